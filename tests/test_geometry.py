"""Tests of atlas.geo.boundaries: loading and checking the boundary files, what plotly receives, the map view."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import shapely
from shapely.geometry import MultiPolygon, shape

from atlas import config
from atlas.geo import boundaries as geo


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
    assert path.name in str(info.value)
    assert str(tmp_path) not in str(info.value)  # the server's folders never reach a page
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


def test_browser_copy_matches_the_committed_boundaries():
    """static/ru_map.json is what the browser draws: the geo/ shapes projected, byte for byte as rebuilt."""
    from atlas.geo import projection

    regions, belarus = geo.load_regions(), geo.load_belarus()
    expected = projection.dumps(
        projection.build_paths(
            dict(zip(regions["region_iso"], regions.geometry, strict=True)), belarus.geometry.iloc[0]
        )
    )
    assert config.STATIC_MAP.read_text(encoding="utf-8") == expected, "static/ru_map.json is stale: make geo"
    paths = geo.load_map_paths(config.STATIC_MAP, tuple(regions["region_iso"]))
    assert set(paths["regions"]) == set(regions["region_iso"]) and paths["belarus"]
    assert config.STATIC_MAP.stat().st_size < 200_000
    # Moscow and St Petersburg (a few units wide at full view) are drawn enlarged in insets, with their neighbours
    insets = {i["focus"]: i for i in paths["insets"]}
    assert set(insets) == {"RU-MOW", "RU-SPE"}
    assert {"RU-MOW", "RU-MOS"} <= set(insets["RU-MOW"]["regions"])
    assert {"RU-SPE", "RU-LEN"} <= set(insets["RU-SPE"]["regions"])


def test_map_paths_loader_names_what_is_wrong(tmp_path):
    path = tmp_path / "ru_map.json"
    with pytest.raises(geo.GeoDataError, match="not found"):
        geo.load_map_paths(path, ["RU-SMO"])
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(geo.GeoDataError, match="cannot read as JSON"):
        geo.load_map_paths(path, ["RU-SMO"])
    one_region = {"width": 1000, "height": 500, "regions": {"RU-SMO": "M0 0l1 0 0 1z"}}
    path.write_text(json.dumps(one_region), encoding="utf-8")
    with pytest.raises(geo.GeoDataError, match=r"RU-MOW.*atlas.geo.build"):
        geo.load_map_paths(path, ["RU-SMO", "RU-MOW"])
    path.write_text(json.dumps({"width": 0, "height": 500, "regions": {}}), encoding="utf-8")
    with pytest.raises(geo.GeoDataError, match="width and height"):
        geo.load_map_paths(path, [])
