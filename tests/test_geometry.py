"""Tests of atlas.geometry: loading and checking the boundary files, what plotly receives, the map view."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import shapely
from shapely.geometry import MultiPolygon, shape

from atlas import config
from atlas import geometry as geo


def square(x: float, y: float, clockwise: bool = True) -> list[list[list[float]]]:
    ring = [[x, y], [x, y + 1], [x + 1, y + 1], [x + 1, y], [x, y]]
    return [ring if clockwise else ring[::-1]]


def write_fc(path: Path, features: list[dict], crs: str | None = None) -> Path:
    doc: dict = {"type": "FeatureCollection", "features": features}
    if crs:
        doc["crs"] = {"type": "name", "properties": {"name": crs}}
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


def feature(code: str, x: float = 30, coords=None) -> dict:
    return {
        "type": "Feature",
        "properties": {"region_iso": code, "name_en": f"Region {code}"},
        "geometry": {"type": "Polygon", "coordinates": coords or square(x, 55)},
    }


def clockwise_everywhere(geom) -> bool:
    parts = geom.geoms if isinstance(geom, MultiPolygon) else [geom]
    return all(not p.exterior.is_ccw for p in parts)


def test_load_regions_reads_a_good_file_and_keeps_orientation(tmp_path):
    path = write_fc(tmp_path / "r.geojson", [feature("RU-SMO", 30), feature("RU-MOW", 37)])
    gdf = geo.load_regions(path)
    assert list(gdf["region_iso"]) == ["RU-SMO", "RU-MOW"]
    assert {"region_iso", "name_en", "geometry"} <= set(gdf.columns)
    assert gdf.crs.to_epsg() == 4326
    fc = geo.feature_collection(gdf)
    assert [f["properties"] for f in fc["features"]] == [{"region_iso": "RU-SMO"}, {"region_iso": "RU-MOW"}]
    assert [f["id"] for f in fc["features"]] == ["RU-SMO", "RU-MOW"]
    assert all(clockwise_everywhere(shape(f["geometry"])) for f in fc["features"])


def test_feature_collection_with_more_properties(tmp_path):
    gdf = geo.load_regions(write_fc(tmp_path / "r.geojson", [feature("RU-SMO")]))
    fc = geo.feature_collection(gdf, ("region_iso", "name_en"))
    assert fc["features"][0]["properties"] == {"region_iso": "RU-SMO", "name_en": "Region RU-SMO"}
    json.dumps(fc)  # serialisable as is
    with pytest.raises(KeyError):
        geo.feature_collection(gdf, ("nope",))


BOWTIE = [[[30, 55], [31, 56], [31, 55], [30, 56], [30, 55]]]


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("missing", None, "not found"),
        ("broken", "{not json", "cannot read"),
        ("dup", [feature("RU-SMO", 30), feature("RU-SMO", 40)], "duplicate region_iso"),
        ("malformed", [feature("SMO")], "malformed region_iso"),
        ("invalid", [feature("RU-SMO", coords=BOWTIE)], "invalid"),
        ("crs", ([feature("RU-SMO")], "urn:ogc:def:crs:EPSG::3857"), "EPSG:4326"),
    ],
)
def test_load_regions_errors_name_the_file(tmp_path, name, content, message):
    path = tmp_path / f"{name}.geojson"
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    elif isinstance(content, tuple):
        write_fc(path, content[0], crs=content[1])
    elif content is not None:
        write_fc(path, content)
    with pytest.raises(geo.GeoDataError, match=message) as info:
        geo.load_regions(path)
    assert str(path) in str(info.value)
    assert isinstance(info.value, ValueError)


def test_load_regions_needs_region_iso(tmp_path):
    path = write_fc(
        tmp_path / "r.geojson",
        [
            {
                "type": "Feature",
                "properties": {"name_en": "x"},
                "geometry": {"type": "Polygon", "coordinates": square(0, 0)},
            }
        ],
    )
    with pytest.raises(geo.GeoDataError, match="region_iso"):
        geo.load_regions(path)


def test_russia_view_for_plotly():
    view = geo.RUSSIA_VIEW.plotly_geo()
    projection = view["projection"]
    assert (projection["type"], projection["parallels"], projection["rotation"]) == (
        "conic conformal",
        [52.0, 64.0],
        {"lon": 100.0},
    )
    assert projection["scale"] >= 1
    lon0, lon1 = view["lonaxis"]["range"]
    assert lon0 <= 19.8 and lon1 >= 190.3  # Kaliningrad's west to Chukotka's east, kept in the view
    lat0, lat1 = view["lataxis"]["range"]
    assert lon0 < 100 < lon1 and lat0 < view["center"]["lat"] < lat1
    assert view["visible"] is False


# ---------------------------------------------------------------- the committed files


@pytest.fixture(scope="module")
def regions():
    return geo.load_regions()


def test_committed_regions_file(regions):
    assert len(regions) == 83
    assert regions["region_iso"].is_unique
    assert all(regions["region_iso"].str.match(r"^RU-[A-Z]{2,3}$"))
    assert shapely.is_valid(regions.geometry.values).all()
    assert all(clockwise_everywhere(g) for g in regions.geometry)
    assert config.REGIONS_GEOJSON.stat().st_size <= 400_000
    lon0, lat0, lon1, lat1 = regions.total_bounds
    assert 19.5 <= lon0 <= 20.0  # Kaliningrad
    assert 189.0 <= lon1 <= 191.0  # Chukotka, past the antimeridian
    assert 41.0 <= lat0 <= 41.5 and 81.0 <= lat1 <= 82.0


def test_committed_regions_are_a_coverage(regions):
    assert shapely.coverage_is_valid(regions.geometry.values)
    chukotka = regions.set_index("region_iso").geometry["RU-CHU"]
    assert chukotka.bounds[2] > 185 and chukotka.bounds[0] > 150  # one piece of the map, not split at 180
    for small in ("RU-MOW", "RU-SPE", "RU-KGD", "RU-AD"):
        assert small in set(regions["region_iso"])


def test_committed_belarus_file_and_map_payload():
    belarus = geo.load_belarus()
    assert len(belarus) == 1
    assert clockwise_everywhere(belarus.geometry.iloc[0])
    assert 23 < belarus.total_bounds[0] < 24 and 32 < belarus.total_bounds[2] < 33
    assert geo.feature_collection(belarus)["features"][0]["properties"] == {"region_iso": "BY"}
    assert config.REGIONS_GEOJSON.stat().st_size + config.BELARUS_GEOJSON.stat().st_size <= 400_000


def test_committed_world_topojson_for_plotly():
    topo = json.loads((config.STATIC_DIR / "world_110m.json").read_text(encoding="utf-8"))
    assert topo["type"] == "Topology"
    assert {"land", "countries", "coastlines", "ocean", "lakes", "rivers", "subunits"} <= set(topo["objects"])
    # every base layer is hidden, so the topology carries no shapes: nothing to download that is never shown
    assert all(layer["geometries"] == [] for layer in topo["objects"].values())
    assert (config.STATIC_DIR / "world_110m.json").stat().st_size < 2_000


def test_browser_copies_match_the_committed_boundaries():
    """static/ holds what the browser downloads: the geo/ shapes with only region_iso, byte for byte as rebuilt."""
    from atlas import build_geo

    for source, target, loader in (
        (config.REGIONS_GEOJSON, config.STATIC_REGIONS, geo.load_regions),
        (config.BELARUS_GEOJSON, config.STATIC_BELARUS, geo.load_belarus),
    ):
        expected = build_geo.dumps_compact(geo.feature_collection(loader(source)))
        assert target.read_text(encoding="utf-8") == expected, f"{target.name} is stale: run python -m atlas.build_geo"
