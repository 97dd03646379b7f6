"""Moving around with filters in the link, in a real browser: one user action is one history entry (a page change,
«Сбросить фильтры»), Back returns to the previous view, a page says which shared filters it does not apply, and the
profile opens the one filtered region (Debian's Chromium, Playwright, the served app)."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page

from tests.test_browser import browser, server  # noqa: F401 - module-scoped fixtures, shared

pytestmark = pytest.mark.browser
NOTICE = "[data-testid='stAlert']"


@pytest.fixture
def tab(browser: Browser) -> Iterator[Page]:  # noqa: F811
    # bypass_csp: Playwright's wait_for_function runs its predicate through eval, which the atlas's CSP forbids
    context = browser.new_context(viewport={"width": 1440, "height": 900}, bypass_csp=True)
    yield context.new_page()
    context.close()


def _settled(tab: Page, path: str, heading: str) -> None:
    """Wait until the page at `path` shows `heading` and its run wrote the filters back into the address."""
    tab.wait_for_function(f"location.pathname === {path!r} && location.search.includes('regions=RU-SMO')",
                          timeout=30_000)  # fmt: skip
    tab.locator("h1", has_text=heading).first.wait_for(timeout=30_000)
    tab.wait_for_function("!document.querySelector('[data-testid=\"stStatusWidget\"]')", timeout=30_000)


def test_a_page_change_and_a_reset_are_one_history_entry_each_and_back_returns(tab: Page, server: str) -> None:  # noqa: F811
    tab.goto(f"{server}/?regions=RU-SMO")
    tab.locator("h1", has_text="Беларусь").wait_for(timeout=30_000)
    tab.wait_for_function("document.body.dataset.atlasHistory === 'one-entry-per-action'", timeout=30_000)
    start = tab.evaluate("history.length")
    steps = [("Визиты", "/visits", "Визиты"), ("Форумы регионов", "/forums", "Форум"),
             ("Рабочие группы", "/working-groups", "Рабочие группы")]  # fmt: skip
    for count, (link, path, heading) in enumerate(steps, start=1):
        tab.locator("[data-testid='stSidebarNav'] a", has_text=link).first.click()
        _settled(tab, path, heading)
        tab.wait_for_timeout(500)  # a second push would come right after the page's run
        assert tab.evaluate("history.length") == start + count, f"{link}: one click, one entry"
    reset = tab.get_by_role("button", name="Сбросить фильтры")
    reset.click()
    tab.wait_for_function("!location.search.includes('regions')", timeout=15_000)
    reset.wait_for(state="detached", timeout=15_000)
    tab.wait_for_timeout(500)
    assert tab.evaluate("history.length") == start + len(steps) + 1
    # Back: the filtered working-groups page, then the forums, each as it was
    tab.go_back()
    _settled(tab, "/working-groups", "Рабочие группы")
    tab.get_by_role("button", name="Сбросить фильтры").wait_for(timeout=15_000)  # the filter is on again
    tab.go_back()
    _settled(tab, "/forums", "Форум")
    assert tab.evaluate("history.length") == start + len(steps) + 1  # Back added nothing


@pytest.mark.parametrize(
    ("link", "heading", "expected"),
    [
        ("/?regions=RU-SMO", "Беларусь", "регионы (Смоленская область)"),
        ("/forums?regions=RU-SMO&years=2023-2024", "Форум", "регионы (Смоленская область)"),  # years apply there
        ("/working-groups?fd=central&lang=en", "Working groups", "districts (Central)"),
        ("/region?region=RU-BRY&years=2020-2021", "Брянская", "годы 2020–2021"),
    ],
)
def test_a_page_says_which_filters_from_the_link_it_does_not_apply(
    tab: Page,
    server: str,  # noqa: F811
    link: str,
    heading: str,
    expected: str,
) -> None:
    tab.goto(server + link)
    tab.locator("h1", has_text=heading).first.wait_for(timeout=30_000)
    notice = tab.locator(NOTICE, has_text=expected)
    notice.first.wait_for(timeout=15_000)
    text = notice.first.text_content() or ""
    assert ("не применяются" in text) or ("not applied" in text)
    if "forums" in link:
        assert "2023" not in text  # the forums page applies the years: only the regions are named


def test_the_profile_opens_the_one_filtered_region(tab: Page, server: str) -> None:  # noqa: F811
    tab.goto(f"{server}/region?regions=RU-SMO")
    tab.locator("h1", has_text="Смоленская область").wait_for(timeout=30_000)
    tab.wait_for_function("new URLSearchParams(location.search).get('region') === 'RU-SMO'", timeout=15_000)
    assert tab.locator(NOTICE, has_text="не применяются").count() == 0  # the filter is the profile shown


def test_a_table_download_is_named_by_its_filters_with_absolute_links_and_iso_dates(
    browser: Browser,  # noqa: F811
    server: str,  # noqa: F811
) -> None:
    context = browser.new_context(viewport={"width": 1440, "height": 900}, bypass_csp=True, accept_downloads=True)
    tab = context.new_page()
    try:
        tab.goto(f"{server}/visits?regions=RU-SMO&years=2023-2024")
        button = tab.get_by_role("button", name="Скачать CSV")
        button.first.wait_for(timeout=30_000)
        with tab.expect_download(timeout=15_000) as download:
            button.first.click()
        assert download.value.suggested_filename == "visits_RU-SMO_2023-2024.csv"
        text = Path(download.value.path()).read_text(encoding="utf-8-sig")
        rows = list(csv.reader(io.StringIO(text)))
        assert len(rows) > 1
        assert all(row[2] == f"{server}/region?region=RU-SMO&lang=ru" for row in rows[1:])  # absolute, this host
        assert all(re.fullmatch(r"202[34](-\d\d){0,2}", row[0]) for row in rows[1:])  # ISO dates, in the span
    finally:
        context.close()
