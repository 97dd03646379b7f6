"""The map's saved picture stands alone, in a real browser: the SVG the Save button downloads carries the map's title,
its legend, the coverage and the source line, in the UI's language (Debian's Chromium, Playwright, the served app)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from xml.etree import ElementTree

import pytest
from playwright.sync_api import Browser, Page

from tests.test_browser import MAP_DRAWN, browser, server  # noqa: F401 - module-scoped fixtures, shared

pytestmark = pytest.mark.browser
SVG = "{http://www.w3.org/2000/svg}"


@pytest.fixture
def tab(browser: Browser) -> Iterator[Page]:  # noqa: F811
    # bypass_csp: Playwright's wait_for_function runs its predicate through eval, which the atlas's CSP forbids
    context = browser.new_context(viewport={"width": 1440, "height": 900}, bypass_csp=True, accept_downloads=True)
    yield context.new_page()
    context.close()


def _saved_svg(tab: Page, link: str) -> tuple[str, list[str]]:
    """Open `link`, wait for the map, click its SVG button; the map's title as shown and the saved file's texts."""
    tab.goto(link)
    tab.wait_for_function(MAP_DRAWN, timeout=30_000)
    title = tab.locator(".atlas-map__title").first.text_content() or ""
    with tab.expect_download(timeout=15_000) as download:
        tab.locator(".atlas-map").first.get_by_role("button", name="SVG").click()
    path = download.value.path()
    assert download.value.suggested_filename.endswith(".svg")
    root = ElementTree.parse(Path(path)).getroot()
    texts = [" ".join(node.itertext()) for node in root.iter(f"{SVG}text")]
    return title, texts


@pytest.mark.parametrize(
    ("link", "legend", "source"),
    [
        ("/", "нет данных", "Источники:"),
        ("/?lang=en&mode=agreements", "", "Sources:"),
    ],
)
def test_the_saved_map_carries_its_title_legend_and_source_line(
    tab: Page,
    server: str,  # noqa: F811
    link: str,
    legend: str,
    source: str,
) -> None:
    title, texts = _saved_svg(tab, server + link)
    whole = " ".join(texts)
    assert title and title.split(",")[0] in whole  # the title (wrapped into lines when long)
    shown_legend = tab.locator(".atlas-map__legend-item").all_text_contents()
    assert shown_legend and all(item.strip() in texts for item in shown_legend)  # every legend entry, as shown
    if legend:
        assert legend in whole.lower()
    assert source in whole and "DCW-GMT" in whole  # where the figures and the boundaries come from
    assert ("регионов" in whole) or ("regions" in whole)  # the coverage line: N of M regions, grey is no data
