"""Region search in a real browser (#12): ranked matches, no stray letters, texts in the UI's language."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, Page

from tests.test_browser import browser, server  # noqa: F401 - module-scoped fixtures, shared

pytestmark = pytest.mark.browser
ENGLISH_FRAMEWORK_TEXTS = ("No results", "Select all", "matches", "Add:")


@pytest.fixture
def tab(browser: Browser) -> Iterator[Page]:  # noqa: F811
    context = browser.new_context(viewport={"width": 1440, "height": 900}, bypass_csp=True)
    yield context.new_page()
    context.close()


def _results(tab: Page, key: str) -> list[str]:
    buttons = tab.locator(f".st-key-{key}-results [data-testid^='stBaseButton']")
    buttons.first.wait_for(timeout=15_000)
    return [text.replace("location_on", "").replace("add", "", 1).strip() for text in buttons.all_inner_texts()]


def _page_text(tab: Page) -> str:
    return tab.locator("body").inner_text()


def test_profile_search_ranks_tatarstan_first_without_stray_letter_matches(tab: Page, server: str) -> None:  # noqa: F811
    tab.goto(f"{server}/region")
    box = tab.locator(".st-key-region-search input")
    box.fill("Татар")
    tab.get_by_role("button", name="Республика Татарстан").wait_for(timeout=15_000)
    found = _results(tab, "region-search")
    assert found[0] == "Республика Татарстан"
    for stray in ("Алтай", "Ставрополь", "Саратов", "Астрахан", "Твер"):
        assert not any(stray in name for name in found), found
    tab.get_by_role("button", name="Республика Татарстан").click()
    tab.locator("h1", has_text="Республика Татарстан").wait_for(timeout=20_000)
    tab.wait_for_url("**region=RU-TA**", timeout=15_000)
    assert tab.locator(".st-key-region-code input").input_value() == "Республика Татарстан"  # the name, no alias
    assert box.input_value() == ""


def test_profile_search_finds_by_alias_and_says_so_in_the_ui_language(tab: Page, server: str) -> None:  # noqa: F811
    tab.goto(f"{server}/region")
    box = tab.locator(".st-key-region-search input")
    box.fill("Питер")
    tab.get_by_role("button", name="г. Санкт-Петербург — Питер").wait_for(timeout=15_000)
    assert len(_results(tab, "region-search")) == 1  # not North Ossetia
    box.fill("Минск")
    tab.get_by_text("По запросу «Минск» регион не найден").wait_for(timeout=15_000)
    assert not any(text in _page_text(tab) for text in ENGLISH_FRAMEWORK_TEXTS)
    tab.goto(f"{server}/region?lang=en")
    box = tab.locator(".st-key-region-search input")
    box.fill("Kazan")
    tab.get_by_role("button", name="Republic of Tatarstan — Kazan").wait_for(timeout=15_000)


def test_sidebar_filter_adds_regions_found_and_its_list_takes_no_typing(tab: Page, server: str) -> None:  # noqa: F811
    tab.goto(f"{server}/visits")
    box = tab.locator(".st-key-app-regions-search input")
    box.fill("Tatar")
    tab.get_by_role("button", name="Республика Татарстан").click()
    tab.wait_for_url("**regions=RU-TA**", timeout=15_000)
    box.fill("Москва")
    tab.get_by_role("button", name="г. Москва").click()
    tab.wait_for_url("**regions=RU-TA%2CRU-MOW**", timeout=15_000)
    chosen = tab.locator(".st-key-app-regions")
    chosen.get_by_text("г. Москва").wait_for(timeout=15_000)
    assert "Республика Татарстан" in chosen.inner_text()
    # The list itself opens for browsing but takes no typing: no fuzzy filter, no "Select all" / "No results".
    combo = chosen.locator("input")
    combo.click()
    tab.keyboard.type("zzz")
    tab.get_by_role("option").first.wait_for(timeout=10_000)
    assert not any(text in _page_text(tab) for text in ENGLISH_FRAMEWORK_TEXTS)
    assert tab.get_by_role("option").count() > 10
