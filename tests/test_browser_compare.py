"""The compare page's main path in a real browser (#15.2): a link opens two regions on one chart, the region search
adds a third (one history entry), and Back returns to the two. Served app and browser as in tests/test_browser.py."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page

from tests import test_browser as served

pytestmark = pytest.mark.browser
server, browser, page = served.server, served.browser, served.page  # the served app's fixtures, for this module
Tab = tuple[Page, list[str], list[str]]
LEGEND = ".atlas-chart[data-drawn] .atlas-chart__legend text"


def legend(tab: Page) -> list[str]:
    return tab.locator(LEGEND).all_text_contents()


def test_link_opens_the_comparison_search_adds_a_region_back_returns(page: Tab, server: str) -> None:
    tab, console_errors, foreign = page
    tab.goto(server + "/compare?compare=RU-SMO,RU-BRY")
    tab.get_by_role("heading", name="Товарооборот по годам").wait_for(timeout=30_000)
    tab.wait_for_function(f"document.querySelectorAll({LEGEND!r}).length === 2", timeout=30_000)
    assert legend(tab) == ["Смоленская область", "Брянская область"]
    tab.get_by_role("searchbox", name="Найти регион").fill("Татар")
    tab.get_by_role("button", name="Республика Татарстан", exact=True).click()
    tab.wait_for_function("decodeURIComponent(location.search).includes('compare=RU-SMO,RU-BRY,RU-TA')",
                          timeout=15_000)  # fmt: skip
    tab.wait_for_function(f"document.querySelectorAll({LEGEND!r}).length === 3", timeout=15_000)
    assert legend(tab)[-1] == "Республика Татарстан"
    tab.go_back()  # one action, one history entry: the two regions again
    tab.wait_for_function(f"document.querySelectorAll({LEGEND!r}).length === 2", timeout=15_000)
    assert "RU-TA" not in tab.url and "RU-SMO" in tab.url
    assert legend(tab) == ["Смоленская область", "Брянская область"]
    assert console_errors == []
    assert foreign == []


def test_every_chosen_region_is_in_view_in_the_chooser(page: Tab, server: str) -> None:
    """Four regions chosen: each name's chip lies inside the chooser's box, none hidden behind the sideways scroll
    Streamlit's multiselect has (the names wrap onto more lines)."""
    tab, console_errors, _ = page
    tab.goto(server + "/compare?compare=RU-SMO,RU-TA,RU-MOW,RU-BRY")
    tab.wait_for_function(f"document.querySelectorAll({LEGEND!r}).length === 4", timeout=30_000)
    chooser = tab.locator('[data-testid="stMain"] [data-testid="stMultiSelect"]').first
    box = chooser.locator(".react-aria-ComboBox").bounding_box()
    assert box is not None
    for name in ("Смоленская область", "Республика Татарстан", "г. Москва", "Брянская область"):
        chip = chooser.get_by_text(name, exact=True).bounding_box()
        assert chip is not None, name
        assert box["x"] <= chip["x"] and chip["x"] + chip["width"] <= box["x"] + box["width"], name
        assert box["y"] <= chip["y"] and chip["y"] + chip["height"] <= box["y"] + box["height"], name
    assert console_errors == []
