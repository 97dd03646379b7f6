"""pydeck builders: an offline 3D view of trade links. Colours and widths are decided in pandas. No Streamlit."""

from __future__ import annotations

import json
from typing import Any

import pandas as pd
import pydeck as pdk
import shapely

from atlas import config
from atlas.rules import filters as filter_rules
from atlas.rules import sources as source_rules
from atlas.rules import trade as trade_rules
from atlas.text import formats
from atlas.text import lookup as i18n

MINSK = (27.5667, 53.9)  # lon, lat of Minsk's centre: where every arc starts
VIEW = pdk.ViewState(longitude=99.0, latitude=62.0, zoom=1.9, pitch=35, bearing=0)  # Kaliningrad to Chukotka in view
REGION_FILL = [226, 232, 240, 255]
NO_DATA_FILL = [240, 240, 240, 255]
BELARUS_FILL = [244, 216, 184, 255]
# A base style with only a white background, served by the app itself (static/map-style.json): without a style of
# its own Streamlit fills in a basemap style fetched from a CDN, and the atlas makes no request outside the app.
BLANK_STYLE_URL = "/app/static/map-style.json"
ARC_FROM = [12, 90, 166]
ARC_TO = [230, 159, 0]


def anchor_points(regions_geojson: dict[str, Any]) -> pd.DataFrame:
    """A point inside each region (its representative point), where its arc lands. Longitudes past 180 are kept,
    so Chukotka's point stays east of Kamchatka rather than jumping to the far west."""
    rows = []
    for feature in regions_geojson["features"]:
        point = shapely.geometry.shape(feature["geometry"]).representative_point()
        rows.append({config.REGION_KEY: feature["properties"][config.REGION_KEY], "lon": point.x, "lat": point.y})
    return pd.DataFrame(rows)


def trade_arcs(
    regions: pd.DataFrame, trade: pd.DataFrame, regions_geojson: dict[str, Any], lang: str
) -> tuple[pd.DataFrame, int]:
    """One arc per region with a turnover on record (each region's latest year), width by amount.

    Returns the arcs and how many drawn regions have no figure (shown grey, without an arc).
    """
    latest = trade_rules.trade_for_map(trade_rules.default_trade(trade), "turnover", None)
    points = anchor_points(regions_geojson)
    names = filter_rules.region_names(regions, lang)
    arcs = points.merge(latest[[config.REGION_KEY, "value", "year", "qualifier", "source_url"]], on=config.REGION_KEY)
    arcs["name"] = arcs[config.REGION_KEY].map(names)
    arcs["label"] = [
        f"{formats.amount(v, config.MAP_UNIT, lang, q)} ({int(y)})"
        for v, y, q in zip(arcs["value"], arcs["year"], arcs["qualifier"], strict=True)
    ]
    arcs["source"] = arcs["source_url"].map(source_rules.source_label)
    # Width grows with the square root of the amount: 22 bn must not drown 50 mn, and every arc stays visible.
    arcs["width"] = 1.5 + (arcs["value"] ** 0.5) / 12
    arcs["from_lon"], arcs["from_lat"] = MINSK
    return arcs.sort_values("value").reset_index(drop=True), len(points) - len(arcs)


class CompactDeck(pdk.Deck):  # type: ignore[misc]
    """A Deck whose JSON has no indentation: pydeck indents by two spaces, one coordinate a line, which made the 3D
    page's message ~1.6 MB for ~0.3 MB of boundaries (Streamlit sends `to_json()` as it is)."""

    def to_json(self) -> str:
        return json.dumps(json.loads(super().to_json()), separators=(",", ":"), ensure_ascii=False)


def trade_deck(
    arcs: pd.DataFrame, regions_geojson: dict[str, Any], belarus_geojson: dict[str, Any] | None, lang: str
) -> CompactDeck:
    """Arcs from Minsk to regions weighted by trade, over the region polygons; no basemap, so nothing is fetched."""
    with_data = set(arcs[config.REGION_KEY])
    features = [
        {**f, "properties": {**f["properties"], "fill": REGION_FILL if f["properties"][config.REGION_KEY] in with_data
                             else NO_DATA_FILL}}
        for f in regions_geojson["features"]
    ]  # fmt: skip
    layers = [
        pdk.Layer(
            "GeoJsonLayer",
            id="regions",
            data={"type": "FeatureCollection", "features": features},
            get_fill_color="properties.fill",
            get_line_color=[150, 160, 175],
            line_width_min_pixels=0.6,
            pickable=False,
        ),
        pdk.Layer(
            "ArcLayer",
            id="trade-arcs",
            data=arcs[["from_lon", "from_lat", "lon", "lat", "width", "name", "label", "source"]],
            get_source_position=["from_lon", "from_lat"],
            get_target_position=["lon", "lat"],
            get_source_color=ARC_FROM,
            get_target_color=ARC_TO,
            get_width="width",
            get_height=0.5,
            pickable=True,
            auto_highlight=True,
        ),
    ]
    if belarus_geojson is not None:
        layers.insert(
            1,
            pdk.Layer(
                "GeoJsonLayer",
                id="belarus",
                data=belarus_geojson,
                get_fill_color=BELARUS_FILL,
                get_line_color=[160, 82, 45],
                line_width_min_pixels=1.2,
            ),  # fmt: skip
        )
    tooltip = {"html": "<b>{name}</b><br/>{label}<br/>" + i18n.t("hover.source", lang) + ": {source}"}
    return CompactDeck(
        layers=layers, initial_view_state=VIEW, map_provider=None, map_style=BLANK_STYLE_URL, tooltip=tooltip
    )
