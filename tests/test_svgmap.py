"""The map's SVG paths (projection, fitting, path syntax) and the payloads of the map and the bars."""

from __future__ import annotations

import json
import re

import numpy as np
import pytest
import shapely
from shapely.geometry import Polygon, box

from atlas.figures import mapspec, ranked
from atlas.geo import projection

NUMBER = r"-?(?:\d+\.?\d*|\.\d+)"


def test_numbers_are_written_short() -> None:
    assert [projection._num(t) for t in (25, -3, 40, 0, -25, 1234)] == ["2.5", "-.3", "4", "0", "-2.5", "123.4"]


def test_ring_path_is_relative_closed_and_drops_repeats() -> None:
    points = np.array([[0, 0], [100, 0], [100, 0], [100, 50], [0, 50], [0, 0]])
    d = projection.ring_path(points)
    assert d == "M0 0l10 0 0 5 -10 0z"  # the repeated point and the closing point are gone; 'z' closes
    # walking the relative steps from the start returns to the last vertex
    numbers = [float(n) for n in re.findall(NUMBER, d)]
    assert sum(numbers[2::2]) == -10 + 10 and sum(numbers[3::2]) == 5


def test_ring_that_collapses_at_this_scale_is_dropped() -> None:
    assert projection.ring_path(np.array([[3, 3], [3, 3], [4, 3], [3, 3]])) == ""


def test_holes_are_kept_as_their_own_rings() -> None:
    frame = projection.Frame(x0=0.0, y0=100.0, k=1.0, width=116.0, height=116.0)
    outer = box(0, 0, 100, 100)
    with_hole = Polygon(outer.exterior.coords, [box(40, 40, 60, 60).exterior.coords])
    d = projection.geometry_path(with_hole, frame)
    assert d.count("M") == 2 and d.count("z") == 2


def test_frame_fits_the_width_and_flips_y() -> None:
    frame = projection.Frame.fit([box(0, 0, 200, 100)], width=1000, pad=0)
    assert frame.k == pytest.approx(5.0) and frame.height == 500
    # the top-left corner of the shapes (x=0, y=100) lands at (PAD, PAD), in tenths
    assert frame.apply(np.array([[0.0, 100.0]])).tolist() == [[projection.PAD * 10, projection.PAD * 10]]


def test_projection_keeps_chukotka_east_of_kamchatka() -> None:
    """Longitudes past 180 (Chukotka) stay east of the rest, not wrapped round to the far west."""
    west, anadyr, east = projection.project([shapely.Point(20.5, 66), shapely.Point(175, 66), shapely.Point(185, 66)])
    assert west.x < 0 < anadyr.x < east.x


def test_build_paths_is_deterministic_and_keeps_every_code() -> None:
    regions = {"RU-AAA": box(30, 50, 40, 60), "RU-BBB": box(40, 50, 60, 60)}
    first = projection.dumps(projection.build_paths(regions, box(24, 52, 32, 56)))
    assert first == projection.dumps(projection.build_paths(regions, box(24, 52, 32, 56)))
    paths = json.loads(first)
    assert set(paths["regions"]) == {"RU-AAA", "RU-BBB"} and paths["belarus"].startswith("M")
    assert paths["width"] == projection.WIDTH and paths["height"] > 0


def _inset_fixture() -> tuple[dict[str, shapely.Polygon], projection.Frame]:
    """Projected-metre squares: a small region inside a big one; the frame puts them in the top half of 1000x1000."""
    shapes = {"RU-BIG": Polygon(box(0, 0, 100, 100).exterior.coords, [box(40, 40, 50, 50).exterior.coords]),
              "RU-SMALL": box(40, 40, 50, 50)}  # fmt: skip
    return shapes, projection.Frame(x0=0.0, y0=100.0, k=4.0, width=1000.0, height=1000.0, ox=0.0, oy=0.0)


def test_inset_enlarges_the_small_region_inside_its_box() -> None:
    shapes, frame = _inset_fixture()
    inset = projection.inset_paths(
        projection.Inset("RU-SMALL", (500.0, 500.0, 200.0, 216.0), margin=0.5), shapes, frame
    )
    assert inset is not None and inset["focus"] == "RU-SMALL" and inset["box"] == [500.0, 500.0, 200.0, 216.0]
    assert set(inset["regions"]) == {"RU-SMALL", "RU-BIG"}  # the neighbour, clipped to the window, gives context
    drawn = {}
    for code, d in inset["regions"].items():  # every point of every ring lies inside the box, below the label band
        points = []
        for ring in d.split("M")[1:]:
            numbers = [float(n) for n in re.findall(NUMBER, ring)]
            points.append((numbers[0], numbers[1]))
            for dx, dy in zip(numbers[2::2], numbers[3::2], strict=True):
                points.append((points[-1][0] + dx, points[-1][1] + dy))
        assert all(500 <= x <= 700 and 500 + projection.LABEL_BAND <= y <= 716 for x, y in points), d
        drawn[code] = points
    # the small region, 40 units wide on the main map, is far larger in the inset
    xs = [x for x, _ in drawn["RU-SMALL"]]
    assert max(xs) - min(xs) > 80


def test_inset_must_not_hide_the_map_and_needs_its_region() -> None:
    shapes, frame = _inset_fixture()
    with pytest.raises(ValueError, match="covers RU-BIG"):
        projection.inset_paths(projection.Inset("RU-SMALL", (300.0, 300.0, 200.0, 200.0)), shapes, frame)
    with pytest.raises(ValueError, match="outside"):
        projection.inset_paths(projection.Inset("RU-SMALL", (900.0, 900.0, 200.0, 200.0)), shapes, frame)
    assert projection.inset_paths(projection.Inset("RU-MOW", (500.0, 500.0, 100.0, 100.0)), shapes, frame) is None


def _spec() -> mapspec.MapSpec:
    return mapspec.MapSpec(
        title="T",
        fills={"RU-AAA": "#111111", "RU-BBB": "#dcdcdc"},
        tips={"RU-AAA": ["<b>A</b>", "1"], "RU-BBB": ["B", "no data"]},
        names={"RU-AAA": "<b>A</b>", "RU-BBB": "B"},
        legend=[mapspec.LegendItem("x", "#111111")],
        belarus_label="Belarus",
        belarus_fill="#f4d8b8",
        belarus_line="#a0522d",
    )


def test_map_payload_carries_colours_and_text_not_geometry() -> None:
    payload = _spec().payload(geometry_url="/app/static/ru_map.json?v=1", size=(1000.0, 560.0), labels={"reset": "R"},
                              clickable=True)  # fmt: skip
    assert payload["regions"] == [
        {"id": "RU-AAA", "fill": "#111111", "name": "<b>A</b>", "tip": ["<b>A</b>", "1"]},
        {"id": "RU-BBB", "fill": "#dcdcdc", "name": "B", "tip": ["B", "no data"]},
    ]
    assert payload["geometry"].startswith("/app/static/") and "M" not in json.dumps(payload["regions"])
    assert payload["belarus"] == {"label": "Belarus", "fill": "#f4d8b8", "line": "#a0522d"}
    assert len(json.dumps(payload)) < 2_000


def test_ranked_bars_scale_to_the_largest_and_keep_missing_apart() -> None:
    bars = ranked.RankedBars(
        title="T",
        bars=[
            ranked.Bar("RU-A", "A", 200.0, "200", "https://example.org/a", "example.org"),
            ranked.Bar("RU-B", "B", 50.0, "50", "javascript:alert(1)", "x"),
            ranked.Bar("RU-C", "C", None, "no data on record"),
        ],
        colour="#1d91c0",
        missing_colour="#dcdcdc",
    )
    assert bars.widths() == [1.0, 0.25, 0.0]
    rows = bars.payload(clickable=True)["rows"]
    assert [r["missing"] for r in rows] == [False, False, True]
    assert rows[0]["source"] == "https://example.org/a"
    assert rows[1]["source"] == ""  # only http(s) links are ever linked
    assert rows[2]["text"] == "no data on record"
