"""The analysis page's main paths in a real browser (#15.4, #15.5): the overview's alert opens the quiet table, the
number of months changes the list (and Back returns to it); the kind of event and the window redraw the chart and
the table. Served app and browser as in tests/test_browser.py."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page

from tests import test_browser as served

pytestmark = pytest.mark.browser
server, browser, page = served.server, served.browser, served.page  # the served app's fixtures, for this module
MAP_DRAWN = served.MAP_DRAWN
Tab = tuple[Page, list[str], list[str]]
BARS = ".atlas-chart[data-drawn] .atlas-chart__bars rect"


def test_overview_alert_opens_the_quiet_list_months_change_it(page: Tab, server: str) -> None:
    tab, console_errors, foreign = page
    tab.goto(server + "/")
    tab.wait_for_function(MAP_DRAWN, timeout=30_000)
    tab.get_by_role("link", name="Регионов без контактов 18+ мес.: 24").click()
    tab.wait_for_url("**/analysis?*an=quiet*", timeout=15_000)
    tab.get_by_text("18+ мес.: 24 из 89").wait_for(timeout=30_000)
    assert tab.get_by_role("tab", name="Кто затих").get_attribute("aria-selected") == "true"
    served.reach_tables(tab)
    tab.get_by_role("radio", name="36", exact=True).click()
    tab.get_by_text("36+ мес.: 14 из 89").wait_for(timeout=15_000)
    tab.wait_for_url("**/analysis?*months=36*", timeout=15_000)
    tab.get_by_role("radio", name="6", exact=True).click()
    tab.get_by_text("6+ мес.: 50 из 89").wait_for(timeout=15_000)
    tab.wait_for_url("**/analysis?*months=6*", timeout=15_000)
    tab.go_back()  # the previous choice, from the link
    tab.wait_for_url("**/analysis?*months=36*", timeout=15_000)
    tab.get_by_text("36+ мес.: 14 из 89").wait_for(timeout=15_000)
    assert console_errors == []
    assert foreign == []


def test_kind_of_event_and_window_redraw_chart_and_table(page: Tab, server: str) -> None:
    tab, console_errors, foreign = page
    tab.goto(server + "/analysis?lang=en")
    tab.get_by_text("based on 2 regions with figures before and after").wait_for(timeout=30_000)
    tab.wait_for_function(f"document.querySelectorAll({BARS!r}).length === 2", timeout=15_000)
    tab.get_by_role("radio", name="Top-level visit").click()
    tab.get_by_text("based on 5 regions with figures before and after").wait_for(timeout=15_000)
    tab.wait_for_url("**/analysis?*event=top_visit*", timeout=15_000)
    tab.wait_for_function(f"document.querySelectorAll({BARS!r}).length === 5", timeout=15_000)
    tab.get_by_role("radio", name="3 yr").click()
    tab.get_by_text("based on 7 regions with figures before and after").wait_for(timeout=15_000)
    tab.wait_for_function(f"document.querySelectorAll({BARS!r}).length === 8", timeout=15_000)  # Sverdlovsk: 2 years
    assert "window=3" in tab.url
    served.reach_tables(tab)
    assert tab.locator("[data-testid='stDataFrame']").count() == 2  # the regions compared, and those excluded
    assert console_errors == []
    assert foreign == []
