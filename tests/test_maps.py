"""The pydeck trade-links view: arcs only where a figure is on record, no basemap fetched from outside."""

from __future__ import annotations

import json

import pytest

from atlas.datasets import loaders
from atlas.figures import deck as maps
from atlas.geo import boundaries as geometry
from tests import uidata


@pytest.fixture(scope="module")
def parts() -> tuple:
    frames = loaders.load_all(uidata.FOLDER).frames  # the UI fixture: arcs are computed from its rows
    return (
        frames,
        geometry.feature_collection(geometry.load_regions()),
        geometry.feature_collection(geometry.load_belarus()),
    )


def test_arcs_start_in_minsk_and_exist_only_for_regions_with_figures(parts) -> None:
    frames, regions_geojson, _ = parts
    arcs, missing = maps.trade_arcs(frames["regions"], frames["trade"], regions_geojson, "ru")
    trade = uidata.rows("trade").query("unit == 'USD million' and turnover != '' and qualifier != 'forecast'")
    with_figure = set(trade["region_iso"]) & set(uidata.drawn())
    assert sorted(arcs["region_iso"]) == sorted(with_figure)
    assert missing == len(regions_geojson["features"]) - len(with_figure)  # every other polygon, grey
    assert set(zip(arcs.from_lon, arcs.from_lat, strict=True)) == {maps.MINSK}
    assert arcs["value"].notna().all() and (arcs["width"] > 0).all()
    assert arcs["label"].str.contains("млн долл. США").all()


def test_chukotka_keeps_its_longitude_past_180(parts) -> None:
    _, regions_geojson, _ = parts
    points = maps.anchor_points(regions_geojson).set_index("region_iso")
    assert points.loc["RU-CHU", "lon"] > 165  # east of Kamchatka, not wrapped to the far west
    assert points.loc["RU-CHU", "lon"] > points.loc["RU-KAM", "lon"]


def test_deck_uses_the_apps_own_blank_style(parts) -> None:
    frames, regions_geojson, belarus = parts
    arcs, _ = maps.trade_arcs(frames["regions"], frames["trade"], regions_geojson, "en")
    spec = json.loads(maps.trade_deck(arcs, regions_geojson, belarus, "en").to_json())
    assert spec["mapStyle"] == maps.BLANK_STYLE_URL and spec["mapStyle"].startswith("/app/static/")
    assert [layer["id"] for layer in spec["layers"]] == ["regions", "belarus", "trade-arcs"]


def test_deck_json_is_compact_and_keeps_every_layer(parts) -> None:
    frames, regions_geojson, belarus = parts
    arcs, _ = maps.trade_arcs(frames["regions"], frames["trade"], regions_geojson, "ru")
    text = maps.trade_deck(arcs, regions_geojson, belarus, "ru").to_json()
    assert "\n" not in text and ", " not in text[:2000]  # pydeck's own JSON indents: one coordinate per line
    assert len(text) < 2 * len(json.dumps(regions_geojson, separators=(",", ":")))
    spec = json.loads(text)
    assert len(spec["layers"][0]["data"]["features"]) == len(regions_geojson["features"])
