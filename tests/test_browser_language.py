"""The language switch in a real browser (#15.6): Беларуская from the sidebar, kept in the link across a page change
and in `<html lang>`, then back to Русский. Served app and browser as in tests/test_browser.py."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page

from tests import test_browser as served

pytestmark = pytest.mark.browser
server, browser, page = served.server, served.browser, served.page  # the served app's fixtures, for this module
Tab = tuple[Page, list[str], list[str]]


def test_switching_to_belarusian_and_back(page: Tab, server: str) -> None:
    tab, console_errors, foreign = page
    tab.goto(server + "/")
    tab.wait_for_function(served.MAP_DRAWN, timeout=30_000)
    tab.locator(".st-key-app-lang button", has_text="Беларуская").click()
    tab.get_by_role("heading", name="Беларусь — рэгіёны Расіі").wait_for(timeout=15_000)
    tab.wait_for_url("**lang=be*", timeout=15_000)
    tab.get_by_text("Тэксты даных і назвы рэгіёнаў — па-руску").wait_for(timeout=15_000)
    tab.wait_for_function("document.documentElement.lang === 'be'", timeout=15_000)
    tab.get_by_role("link", name="Візіты").click()  # another page keeps the language
    tab.get_by_role("heading", name="Візіты дэлегацый").wait_for(timeout=30_000)
    tab.wait_for_url("**/visits?*lang=be*", timeout=15_000)
    tab.locator(".st-key-app-lang button", has_text="Русский").click()
    tab.get_by_role("heading", name="Визиты делегаций").wait_for(timeout=30_000)
    tab.wait_for_function("document.documentElement.lang === 'ru'", timeout=15_000)
    tab.wait_for_function("!location.search.includes('lang=be')", timeout=15_000)  # Russian, the default
    assert tab.get_by_text("Тэксты даных і назвы рэгіёнаў — па-руску").count() == 0
    assert console_errors == []
    assert foreign == []
