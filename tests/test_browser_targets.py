"""The targets page's main path in a real browser (#15.3): the summary and one bar per target with a figure, the
order changes the table and the link, Back returns to the previous order. Served app and browser as in
tests/test_browser.py, on the bundled data."""

from __future__ import annotations

import pytest
from playwright.sync_api import Browser, Page, expect

from tests import test_browser as served

pytestmark = pytest.mark.browser
server, browser, page = served.server, served.browser, served.page  # the served app's fixtures, for this module
Tab = tuple[Page, list[str], list[str]]
BARS = ".atlas-chart[data-drawn] .atlas-chart__bars rect"


def test_targets_page_draws_every_target_and_the_order_is_in_the_link(page: Tab, server: str) -> None:
    tab, console_errors, foreign = page
    tab.goto(server + "/targets")
    tab.get_by_text("Заявлений о целях: 23 по 16 регионам из 32 источников").wait_for(timeout=30_000)
    tab.wait_for_function(f"document.querySelectorAll({BARS!r}).length === 21", timeout=15_000)  # 2 have no figure
    served.reach_tables(tab)
    tab.get_by_role("radio", name="Товарооборот региона").click()
    tab.wait_for_url("**/targets?*sort=trade*", timeout=15_000)
    expect(tab.get_by_role("radio", name="Товарооборот региона")).to_be_checked(timeout=15_000)
    first = tab.locator("[data-testid='stDataFrame']").first
    tab.get_by_role("radio", name="Сколько осталось").click()
    tab.wait_for_function("!location.search.includes('sort=')", timeout=15_000)
    tab.go_back()  # the previous choice, from the link
    tab.wait_for_url("**/targets?*sort=trade*", timeout=15_000)
    expect(tab.get_by_role("radio", name="Товарооборот региона")).to_be_checked(timeout=15_000)
    first.wait_for(timeout=15_000)
    assert console_errors == []
    assert foreign == []


def test_back_to_the_address_without_an_order_restores_the_default_order(page: Tab, server: str) -> None:
    tab, console_errors, _ = page
    tab.goto(server + "/targets")
    default, by_trade = (
        tab.get_by_role("radio", name="Сколько осталось"),
        tab.get_by_role("radio", name="Товарооборот региона"),
    )
    expect(default).to_be_checked(timeout=30_000)
    tab.wait_for_function("document.body.dataset.atlasHistory === 'one-entry-per-action'", timeout=30_000)
    by_trade.click()
    tab.wait_for_url("**/targets?*sort=trade*", timeout=15_000)
    expect(by_trade).to_be_checked(timeout=15_000)
    tab.go_back()  # to /targets, which names no order: the default one
    tab.wait_for_function("location.pathname === '/targets' && !location.search.includes('sort=')", timeout=15_000)
    expect(default).to_be_checked(timeout=15_000)
    tab.wait_for_function("!document.querySelector('[data-testid=\"stStatusWidget\"]')", timeout=30_000)
    expect(default).to_be_checked()
    assert "sort=" not in tab.evaluate("location.search")  # the run after Back did not write the old order back
    assert console_errors == []


@pytest.mark.parametrize("lang", ["ru", "en"])
def test_the_chart_scale_and_every_row_name_show_at_1440_by_900(browser: Browser, server: str, lang: str) -> None:
    context = browser.new_context(viewport={"width": 1440, "height": 900}, bypass_csp=True)
    try:
        tab = context.new_page()
        tab.goto(f"{server}/targets?lang={lang}")
        tab.wait_for_function(f"document.querySelectorAll({BARS!r}).length === 21", timeout=30_000)
        # the percentage axis: its ticks (0 … 100) above the rows, on the first screen without scrolling
        ticks = tab.evaluate(
            """() => [...document.querySelectorAll('.atlas-chart__grid text')]
                 .filter((t) => /^\\d+$/.test(t.textContent))
                 .map((t) => [t.textContent, t.getBoundingClientRect().bottom])"""
        )
        assert [label for label, _ in ticks][:5] == ["0", "25", "50", "75", "100"], ticks
        assert all(bottom < 900 for _, bottom in ticks), ticks
        # one name per row, none skipped for lack of room, each left of its bar
        names = tab.evaluate(
            """() => [...document.querySelectorAll('.atlas-chart__grid text[text-anchor="end"]')]
                 .map((t) => t.textContent)"""
        )
        assert len(names) == 21 and all(" · " in name for name in names), names
    finally:
        context.close()
