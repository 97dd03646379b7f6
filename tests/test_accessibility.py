"""Accessibility: palettes stay distinguishable under colour-vision deficiencies; charts carry text alternatives."""

from __future__ import annotations

from pathlib import Path

import pytest

from atlas import config
from atlas.figures import palette, vision
from tests import uidata
from tests.apptest import component_data, opened

ROOT = Path(__file__).resolve().parent.parent
MIN_DELTA_E = 10.0  # CIE76; below ~10 two flat areas start to look alike at a glance


def palettes() -> dict[str, list[str]]:
    """Every palette of atlas/figures/palette.py (each name ending in _COLOURS), found by name, not listed by hand;
    the trade scale is also checked with the no-data grey it is drawn beside."""
    found = {
        name: list(value.values()) if isinstance(value, dict) else list(value)
        for name, value in vars(palette).items()
        if name.endswith("_COLOURS") and isinstance(value, dict | tuple | list)
    }
    return {**found, "TRADE_COLOURS + NO_DATA_COLOUR": [*palette.TRADE_COLOURS, palette.NO_DATA_COLOUR]}


CATEGORICAL = palettes()


def test_every_palette_is_found() -> None:
    assert {"STATUS_COLOURS", "LEVEL_COLOURS", "TRADE_COLOURS", "DIRECTION_COLOURS"} <= set(CATEGORICAL)
    assert list(palette.LEVEL_COLOURS) == list(config.VISIT_LEVELS)  # every level has its colour, in rank order


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


# Views that draw every kind of picture: pages (with a region, the meetings tab) and every slide.
WALK = [
    ("app_pages/overview.py", {}),
    ("app_pages/region.py", {"region": "RU-SMO"}),
    ("app_pages/visits.py", {}),
    ("app_pages/working_groups.py", {}),
    ("app_pages/working_groups.py", {"wg": "meetings"}),
    ("app_pages/forums.py", {}),
    ("app_pages/analysis.py", {}),
    ("app_pages/targets.py", {}),
    ("app_pages/links.py", {}),
    *[("app_pages/overview.py", {"present": "1", "slide": str(n), "region": "RU-SMO"}) for n in range(1, 7)],
]
PICTURES = ("atlas.chart", "atlas.region_map", "atlas.ranked_bars")


def test_every_picture_on_every_page_has_a_text_alternative(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every chart, map, bar chart and 3D view the pages draw (run through the app on the UI fixture) is mounted
    with a text alternative for screen readers."""
    monkeypatch.setenv("ATLAS_DATA_DIR", str(uidata.FOLDER))
    seen: dict[str, int] = {}
    missing = []
    for page, query in WALK:
        at = opened(None if page == "app_pages/overview.py" else page, **query)
        for element in at.get("bidi_component"):
            if element.proto.component_name in PICTURES:
                name = element.proto.component_name
                seen[name] = seen.get(name, 0) + 1
                if not str(component_data(element).get("alt", "")).strip():
                    missing.append(f"{page} {query}: {name}")
        for element in at.get("deck_gl_json_chart"):
            seen["deck"] = seen.get("deck", 0) + 1
            if not element.proto.alt.strip():
                missing.append(f"{page} {query}: 3D view")
    assert set(seen) == {*PICTURES, "deck"}, seen  # every kind of picture was drawn, so each was checked
    assert missing == []


def test_maps_and_bars_carry_a_text_alternative() -> None:
    """The map and the bars are drawn by the atlas's components: each mounts with a description for screen readers.

    How the map's script names the picture, its regions and their roles: tests/js/tooltip.test.js; in the browser:
    tests/test_axe.py and the keyboard test of tests/test_browser.py."""
    from atlas.datasets import loaders
    from atlas.figures import palette
    from atlas.views import maps as maps_view
    from atlas.views import overview as overview_view

    data = loaders.load_all(uidata.FOLDER)
    regions = data.frames["regions"]
    drawn = uidata.drawn()
    view = maps_view.trade_map(regions, data.frames["trade"], drawn, measure="turnover", year=None, lang="en")
    payload = view.spec.payload(geometry_url="/x", size=(1000, 560), labels={}, clickable=True)
    assert payload["alt"].startswith("Choropleth of Russia's regions") and f"of {len(drawn)} regions" in payload["alt"]
    rows = overview_view.top_importers_rows(regions, data.frames["rankings"], data.frames["trade"], 2024, "en")
    assert overview_view.top_importers_chart(rows, "en").payload(clickable=True)["alt"]
    assert palette.NO_DATA_COLOUR in {item.colour for item in view.spec.legend}
