"""Tests of the pure steps of atlas.geo.build on tiny hand-made inputs (no DCW file needed)."""

from __future__ import annotations

import json

import numpy as np
import pytest
import shapely
from shapely.geometry import MultiPolygon, Polygon, box

from atlas.geo import build as bg

MARK_NEW, MARK_HOLE = (65535, 0), (65535, 1)


def pack(rings: list[tuple[tuple[int, int], list[tuple[int, int]]]]) -> tuple[np.ndarray, np.ndarray]:
    """uint16 lon/lat arrays: each ring is (marker, packed points)."""
    lon, lat = [], []
    for mark, points in rings:
        lon.append(mark[0])
        lat.append(mark[1])
        lon.extend(p[0] for p in points)
        lat.extend(p[1] for p in points)
    return np.array(lon, dtype=np.uint16), np.array(lat, dtype=np.uint16)


SQUARE = [(0, 0), (0, 40), (40, 40), (40, 0), (0, 0)]
INNER = [(10, 10), (10, 20), (20, 20), (20, 10), (10, 10)]
FAR = [(50, 50), (50, 60), (60, 60), (60, 50), (50, 50)]


@pytest.mark.parametrize(
    ("values", "vmin", "scale", "expected"),
    [
        ([0, 65535], 30.0, 65535 / 5.0, [30.0, 35.0]),
        ([13107], -10.0, 65535 / 10.0, [-8.0]),
        ([32767], 157.83, 65535 / (190.342 - 157.83), [157.83 + 32767 * (190.342 - 157.83) / 65535]),
    ],
)
def test_decode_coordinates(values, vmin, scale, expected):
    np.testing.assert_allclose(bg.decode_coordinates(np.array(values, dtype=np.uint16), vmin, scale), expected)


def test_decode_rings_splits_at_markers_new_and_hole():
    lon, lat = pack([(MARK_NEW, SQUARE), (MARK_HOLE, INNER), (MARK_NEW, FAR)])
    rings = bg.decode_rings(lon, lat, 0.0, 1.0, 0.0, 1.0)
    assert [len(r) for r in rings] == [5, 5, 5]
    np.testing.assert_allclose(rings[1][0], [10.0, 10.0])
    np.testing.assert_allclose(rings[2][-1], [50.0, 50.0])


def test_decode_rings_applies_min_and_scale_per_axis():
    lon, lat = pack([(MARK_NEW, [(0, 0), (65535, 65535), (0, 65535)])])
    (ring,) = bg.decode_rings(lon, lat, 180.0, 65535 / 11.0, 60.0, 65535 / 2.0)
    np.testing.assert_allclose(ring, [[180.0, 60.0], [191.0, 62.0], [180.0, 62.0]])  # past 180 is kept


@pytest.mark.parametrize(
    ("lon", "lat", "message"),
    [
        ([1, 2, 3], [1, 2, 3], "ring marker"),
        ([65535, 1, 2], [0, 1], "differ in length"),
    ],
)
def test_decode_rings_rejects_bad_input(lon, lat, message):
    with pytest.raises(ValueError, match=message):
        bg.decode_rings(np.array(lon, dtype=np.uint16), np.array(lat, dtype=np.uint16), 0, 1, 0, 1)


@pytest.mark.parametrize(
    ("rings", "geom_type", "area", "holes"),
    [
        ([SQUARE], "Polygon", 1600, 0),
        ([SQUARE, INNER], "Polygon", 1500, 1),  # even-odd: the inner ring is a hole
        ([INNER, SQUARE], "Polygon", 1500, 1),  # order does not matter
        ([SQUARE, FAR], "MultiPolygon", 1700, 0),
        (
            [SQUARE, INNER, [(12, 12), (12, 18), (18, 18), (18, 12), (12, 12)]],
            "MultiPolygon",
            1536,
            1,
        ),  # island in lake
    ],
)
def test_compose_rings_even_odd(rings, geom_type, area, holes):
    geom = bg.compose_rings([np.array(r, dtype=float) for r in rings])
    assert geom.is_valid
    assert geom.geom_type == geom_type
    assert geom.area == pytest.approx(area)
    parts = geom.geoms if isinstance(geom, MultiPolygon) else [geom]
    assert sum(len(p.interiors) for p in parts) == holes


def test_compose_rings_repairs_self_intersection():
    bowtie = np.array([(0, 0), (10, 10), (10, 0), (0, 10), (0, 0)], dtype=float)
    geom = bg.compose_rings([bowtie])
    assert geom.is_valid and geom.geom_type == "MultiPolygon" and geom.area == pytest.approx(50)


def test_polygonal_part_drops_lines_and_points():
    collection = shapely.GeometryCollection(
        [box(0, 0, 1, 1), shapely.LineString([(2, 2), (3, 3)]), shapely.Point(5, 5)]
    )
    assert bg.polygonal_part(collection).equals(box(0, 0, 1, 1))
    assert bg.polygonal_part(shapely.LineString([(0, 0), (1, 1)])).is_empty


@pytest.mark.parametrize(
    "geom",
    [
        Polygon(SQUARE, [INNER]),  # exterior clockwise, hole clockwise
        Polygon(SQUARE[::-1], [INNER[::-1]]),  # exterior counter-clockwise, hole counter-clockwise
        MultiPolygon([Polygon(SQUARE), Polygon(FAR[::-1])]),
    ],
)
def test_orient_clockwise(geom):
    oriented = bg.orient_clockwise(geom)
    assert bg.exterior_is_clockwise(oriented)
    parts = oriented.geoms if isinstance(oriented, MultiPolygon) else [oriented]
    assert all(ring.is_ccw for p in parts for ring in p.interiors)  # holes the other way round
    assert oriented.equals(geom)


def test_coverage_simplify_keeps_shared_border():
    zigzag = [(0, y) for y in range(0, 11)]
    zigzag = [(0.3 if i % 2 else 0.0, y) for i, (_, y) in enumerate(zigzag)]
    left = Polygon([(-10, 0)] + zigzag + [(-10, 10)])
    right = Polygon([(10, 0)] + zigzag + [(10, 10)])
    assert shapely.coverage_is_valid(np.array([left, right], dtype=object))
    simple = bg.simplify_coverage([left, right], tolerance=1.0)
    assert shapely.get_num_coordinates(simple[0]) < shapely.get_num_coordinates(left)
    assert shapely.coverage_is_valid(np.array(simple, dtype=object))
    assert simple[0].intersection(simple[1]).area == pytest.approx(0)
    assert simple[0].touches(simple[1])
    union = shapely.union_all(simple)
    assert union.geom_type == "Polygon" and not union.interiors  # no gap between them


def test_clean_coverage_snaps_nearly_shared_border():
    left = Polygon([(0, 0), (0, 10), (5.0003, 10), (5.0, 5), (5.0002, 0)])
    right = Polygon([(5.0, 0), (5.0002, 5), (5.0, 10), (10, 10), (10, 0)])
    assert not shapely.coverage_is_valid(np.array([left, right], dtype=object))
    cleaned = bg.clean_coverage([left, right])
    assert shapely.coverage_is_valid(np.array(cleaned, dtype=object))
    assert sum(g.area for g in cleaned) == pytest.approx(100, abs=0.01)


def test_drop_small_parts_keeps_largest_even_if_small():
    tiny = MultiPolygon([box(0, 0, 0.01, 0.01), box(1, 1, 1.001, 1.001)])
    assert bg.drop_small_parts(tiny, 1000).equals(box(0, 0, 0.01, 0.01))


def test_drop_small_parts_and_islands():
    region = MultiPolygon([box(0, 60, 10, 65), box(20, 60, 20.01, 60.01), box(30, 60, 32, 61)])
    kept = bg.drop_small_parts(region, 100)
    assert len(kept.geoms) == 2 and kept.area == pytest.approx(50 + 2)
    neighbour = box(20.01, 60, 21, 61)  # the tiny part touches it: keep it, or a gap would open
    out = bg.drop_small_islands([region, neighbour], 100)
    assert len(out[0].geoms) == 3 and out[1].equals(neighbour)


def test_round_geometry_is_shared_by_neighbours():
    a = Polygon([(0, 0), (0, 1.00049), (1.23456, 1.00049), (1.23456, 0)])
    b = Polygon([(1.23456, 0), (1.23456, 1.00049), (2, 1), (2, 0)])
    ra, rb = bg.round_geometry(a, 3), bg.round_geometry(b, 3)
    assert (1.235, 1.0) in list(ra.exterior.coords) and (1.235, 1.0) in list(rb.exterior.coords)
    assert ra.intersection(rb).area == 0


def test_feature_collection_keeps_order_rounds_and_is_compact():
    poly = bg.orient_clockwise(Polygon([(0.123456, 0), (0, 1), (1, 1.9999999)]))
    region = bg.Region({"region_iso": "RU-XYZ", "name_en": "Test"}, poly)
    fc = bg.to_feature_collection([region], precision=3)
    feature = fc["features"][0]
    assert fc["type"] == "FeatureCollection" and feature["properties"] == {"region_iso": "RU-XYZ", "name_en": "Test"}
    ring = feature["geometry"]["coordinates"][0]
    assert ring[0] == [0.123, 0.0] and [1.0, 2.0] in ring
    assert not Polygon(ring).exterior.is_ccw
    text = bg.dumps_compact(fc)
    assert " " not in text.replace("Test", "") and json.loads(text) == fc


def test_read_dcw_states_and_names(tmp_path):
    states = tmp_path / "dcw-states.txt"
    states.write_text(
        "# comment\nBY X Ignored\nRU MOS Moskow Oblast (Moskovskaya Oblast)\n"
        "RU SMO Smolensk Oblast (Smolenskaya Oblast)\n",
        encoding="utf-8",
    )
    read = bg.read_dcw_states(states)
    assert read == {"MOS": "Moskow Oblast (Moskovskaya Oblast)", "SMO": "Smolensk Oblast (Smolenskaya Oblast)"}
    assert bg.clean_dcw_name("MOS", read["MOS"]) == "Moscow Oblast"
    assert bg.clean_dcw_name("SMO", read["SMO"]) == "Smolensk Oblast"


def test_region_properties_prefer_registry(tmp_path):
    csv_path = tmp_path / "regions.csv"
    csv_path.write_text(
        "region_iso,name_ru,name_en,federal_district,has_polygon\n"
        "RU-SMO,Смоленская область,Smolensk Oblast,central,true\n",
        encoding="utf-8",
    )
    registry = bg.read_registry(csv_path)
    assert bg.region_properties("SMO", "Smolensk Oblst (x)", registry) == {
        "region_iso": "RU-SMO",
        "name_en": "Smolensk Oblast",
        "name_ru": "Смоленская область",
        "federal_district": "central",
    }
    assert bg.region_properties("LIP", "Lipetsk Oblst (Lipetskaya Oblast)", registry) == {
        "region_iso": "RU-LIP",
        "name_en": "Lipetsk Oblast",
    }
    assert bg.read_registry(tmp_path / "absent.csv") == {}


def test_main_reports_missing_dcw(tmp_path, capsys):
    assert bg.main(["--dcw", str(tmp_path / "none.nc"), "--regions-out", str(tmp_path / "r.geojson")]) == 2
    assert "none.nc" in capsys.readouterr().err
    assert not (tmp_path / "r.geojson").exists()
