"""Accessibility: palettes stay distinguishable under colour-vision deficiencies; charts carry text alternatives."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from atlas import config
from atlas.figures import palette, vision

ROOT = Path(__file__).resolve().parent.parent
MIN_DELTA_E = 10.0  # CIE76; below ~10 two flat areas start to look alike at a glance

CATEGORICAL = {
    "agreement status": list(palette.STATUS_COLOURS.values()),
    "trade classes + no data": [*palette.TRADE_COLOURS, palette.NO_DATA_COLOUR],
    "visit levels": [palette.LEVEL_COLOURS[level] for level in config.VISIT_LEVELS],
    "working-group activity": list(palette.WG_COLOURS),
    "change after an event": list(palette.CHANGE_COLOURS.values()),
}


@pytest.mark.parametrize("name", sorted(CATEGORICAL))
def test_palette_is_distinguishable_under_every_colour_vision(name: str) -> None:
    weakest, a, b, seen_by = vision.weakest_pair(CATEGORICAL[name])
    assert weakest >= MIN_DELTA_E, f"{name}: {a} and {b} look alike under {seen_by} (ΔE {weakest:.1f})"


@pytest.mark.parametrize("seen_by", vision.VISIONS)
def test_trade_scale_darkens_steadily_under_every_colour_vision(seen_by: str) -> None:
    lightness = [vision.lab(vision.simulate(vision.rgb(c), seen_by))[0] for c in palette.TRADE_COLOURS]
    assert all(later < earlier - 5 for earlier, later in zip(lightness, lightness[1:], strict=False)), lightness


def test_simulation_is_not_a_no_op() -> None:
    assert vision.delta_e("#E69F00", "#009E73", "normal") > vision.delta_e("#E69F00", "#009E73", "protanopia")


def test_every_chart_on_a_page_has_a_text_alternative() -> None:
    """Every panels.chart / st.pydeck_chart call in the pages passes alt=… for screen readers."""
    missing = []
    for path in sorted((ROOT / "app_pages").glob("*.py")) + sorted((ROOT / "atlas" / "app").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            is_chart = isinstance(node, ast.Call) and getattr(node.func, "attr", "") in ("chart", "pydeck_chart")
            is_chart = is_chart and getattr(getattr(node.func, "value", None), "id", "") != "components"  # alt in spec
            if is_chart and not any(k.arg == "alt" for k in node.keywords):
                missing.append(f"{path.name}:{node.lineno}")
    assert missing == []


def test_maps_and_bars_carry_a_text_alternative() -> None:
    """The map and the bars are drawn by the atlas's components: each mounts with a description for screen readers.

    How the map's script names the picture, its regions and their roles: tests/js/tooltip.test.js; in the browser:
    tests/test_axe.py and the keyboard test of tests/test_browser.py."""
    from atlas.datasets import loaders
    from atlas.figures import palette
    from atlas.views import maps as maps_view
    from atlas.views import overview as overview_view

    data = loaders.load_all()
    regions = data.frames["regions"]
    drawn = regions.loc[regions.has_polygon, "region_iso"].tolist()
    view = maps_view.trade_map(regions, data.frames["trade"], drawn, measure="turnover", year=None, lang="en")
    payload = view.spec.payload(geometry_url="/x", size=(1000, 560), labels={}, clickable=True)
    assert payload["alt"].startswith("Choropleth of Russia's regions") and "of 83 regions" in payload["alt"]
    rows = overview_view.top_importers_rows(regions, data.frames["rankings"], data.frames["trade"], 2024, "en")
    assert overview_view.top_importers_chart(rows, "en").payload(clickable=True)["alt"]
    assert palette.NO_DATA_COLOUR in {item.colour for item in view.spec.legend}
