"""What a new user meets first, in a real browser: the map as the overview's hero, whole words in the figure cards,
presenter mode as a stage, search, history and bad links (Debian's Chromium, Playwright, the served app)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, Page

from tests.test_browser import MAP_DRAWN, browser, server  # noqa: F401 - module-scoped fixtures, shared

pytestmark = pytest.mark.browser
CARD_FIGURES = ".st-key-kpi-row [data-testid='stMetricValue']"

# Words of the figure cards split across two lines (a word's text range with two line boxes) or sticking out of
# their card.
BROKEN_WORDS = """() => {
  const broken = [];
  for (const card of document.querySelectorAll('.st-key-kpi-row [data-testid="stVerticalBlock"]')) {
    const edge = card.getBoundingClientRect().right;
    const walker = document.createTreeWalker(card, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (const match of node.textContent.matchAll(/[^\\s—-]+/g)) {
        const range = document.createRange();
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        const lines = new Set([...range.getClientRects()].map(r => Math.round(r.top)));
        if (lines.size > 1) broken.push(match[0]);
        if ([...range.getClientRects()].some(r => r.right > edge + 0.5)) broken.push(`${match[0]} (sticks out)`);
      }
    }
  }
  return broken;
}"""


@pytest.fixture
def at_size(browser: Browser) -> Iterator[callable]:  # noqa: F811
    contexts = []

    def open_page(width: int, height: int) -> Page:
        context = browser.new_context(viewport={"width": width, "height": height})
        contexts.append(context)
        return context.new_page()

    yield open_page
    for context in contexts:
        context.close()


@pytest.mark.parametrize(("width", "height", "share"), [(1440, 900, 0.6), (1920, 1080, 0.6), (390, 844, 0.6)])
def test_overview_opens_on_the_map(at_size, server: str, width: int, height: int, share: float) -> None:  # noqa: F811
    """Most of the map is on the first screen, above the Ministry's totals (which come right under it)."""
    tab = at_size(width, height)
    tab.goto(server + "/")
    tab.wait_for_function(MAP_DRAWN, timeout=30_000)
    tab.locator(".st-key-kpi-row").wait_for(timeout=15_000)
    box = tab.locator(".atlas-map__svg").bounding_box()
    cards = tab.locator(".st-key-kpi-row").bounding_box()
    assert box is not None and cards is not None
    visible = max(0.0, min(box["y"] + box["height"], height) - max(box["y"], 0))
    assert visible / box["height"] >= share, f"{visible:.0f} of {box['height']:.0f} px of the map on screen"
    assert cards["y"] > box["y"]  # the totals come under the map


@pytest.mark.parametrize(("width", "height", "lang"), [(1024, 768, "ru"), (1024, 768, "en"), (390, 844, "ru")])
def test_figure_cards_never_split_a_word(at_size, server: str, width: int, height: int, lang: str) -> None:  # noqa: F811
    tab = at_size(width, height)
    tab.goto(f"{server}/?lang={lang}")
    tab.wait_for_function(f"document.querySelectorAll({CARD_FIGURES!r}).length === 5", timeout=30_000)
    assert tab.evaluate(BROKEN_WORDS) == []
