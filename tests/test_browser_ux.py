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


# Visible text on a slide drawn smaller than 24 px (SVG text measured as drawn, after the viewBox's scaling).
SMALL_TEXT = """() => {
  const small = [];
  const root = document.querySelector('[data-testid="stMain"]') || document.body;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent.trim();
    const el = node.parentElement;
    if (!text || !el) continue;
    let hidden = false;
    for (let a = el; a; a = a.parentElement) {
      const cs = getComputedStyle(a);
      if (cs.display === 'none' || cs.visibility === 'hidden' || parseFloat(cs.opacity) === 0) { hidden = true; break; }
    }
    if (hidden) continue;
    const box = el.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) continue;
    let size = parseFloat(getComputedStyle(el).fontSize);
    if (el instanceof SVGElement && el.getScreenCTM) { const m = el.getScreenCTM(); size *= Math.hypot(m.a, m.b); };
    if (size < 23.5) small.push(`${text.slice(0, 40)} (${size.toFixed(1)} px)`);
  }
  return small;
}"""
SLIDE_SETTLED = (
    "[...document.querySelectorAll('.atlas-map')].every(m => m.hasAttribute('data-drawn'))"
    " && !document.querySelector('[data-testid=\"stSkeleton\"]')"
)
STAGE_LISTENING = "document.body.dataset.atlasStage === 'listening'"
CONTROLS_OPACITY = "getComputedStyle(document.querySelector('.st-key-present-controls')).opacity"


@pytest.fixture
def at_size(browser: Browser) -> Iterator[callable]:  # noqa: F811
    contexts = []

    def open_page(width: int, height: int) -> Page:
        # bypass_csp: Playwright's wait_for_function runs its predicate through eval, which the atlas's CSP forbids
        context = browser.new_context(viewport={"width": width, "height": height}, bypass_csp=True)
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


@pytest.mark.parametrize(("width", "height"), [(1920, 1080), (1440, 900), (1280, 720)])
def test_the_totals_slide_never_splits_a_word(at_size, server: str, width: int, height: int) -> None:  # noqa: F811
    tab = at_size(width, height)
    tab.goto(f"{server}/?present=1&slide=1")
    tab.wait_for_function(f"document.querySelectorAll({CARD_FIGURES!r}).length === 5", timeout=30_000)
    assert tab.evaluate(BROKEN_WORDS) == []


@pytest.mark.parametrize("slide", range(1, 7))
def test_slides_show_nothing_smaller_than_24_px_and_no_controls(at_size, server: str, slide: int) -> None:  # noqa: F811
    tab = at_size(1920, 1080)
    tab.goto(f"{server}/?present=1&slide={slide}")
    tab.get_by_text(f"Слайд {slide} из 6").wait_for(timeout=30_000)
    tab.wait_for_function(SLIDE_SETTLED, timeout=30_000)
    # the hall sees neither the presenter's bar nor the map's and charts' buttons
    tab.wait_for_function(f"{CONTROLS_OPACITY} === '0'", timeout=5_000)
    tools = ".atlas-map__tools, .atlas-chart__tools"
    assert tab.eval_on_selector_all(tools, "ts => ts.filter(t => getComputedStyle(t).opacity !== '0').length") == 0
    assert tab.evaluate(SMALL_TEXT) == []


def test_presenter_controls_show_on_mouse_movement_and_hide_again(at_size, server: str) -> None:  # noqa: F811
    tab = at_size(1920, 1080)
    tab.goto(f"{server}/?present=1&slide=2")
    tab.get_by_text("Слайд 2 из 6").wait_for(timeout=30_000)
    tab.wait_for_function(STAGE_LISTENING, timeout=15_000)
    tab.wait_for_function(f"{CONTROLS_OPACITY} === '0'", timeout=5_000)
    tab.mouse.move(400, 400)
    tab.mouse.move(420, 410)
    tab.wait_for_function(f"{CONTROLS_OPACITY} === '1'", timeout=5_000)
    tab.wait_for_function(f"{CONTROLS_OPACITY} === '0'", timeout=10_000)  # hidden again once the mouse rests


def test_clicker_keys_work_after_choosing_a_region_and_the_region_goes_into_the_link(
    at_size,  # noqa: F811
    server: str,  # noqa: F811
) -> None:
    tab = at_size(1920, 1080)
    tab.goto(f"{server}/?present=1&slide=6")
    tab.get_by_text("Слайд 6 из 6").wait_for(timeout=30_000)
    tab.wait_for_function(STAGE_LISTENING, timeout=15_000)
    tab.mouse.move(300, 300)  # the chooser shows with the presenter's controls
    search = tab.locator(".st-key-present-region-search input")  # the chooser's search (atlas.rules.search)
    search.click()
    search.fill("Брянская")
    tab.get_by_role("button", name="Брянская область").first.click()
    tab.locator("h1", has_text="Брянская область").wait_for(timeout=15_000)
    tab.wait_for_url("**region=RU-BRY**", timeout=15_000)
    tab.keyboard.press("PageDown")  # focus is still where the chooser left it
    tab.get_by_text("Слайд 1 из 6").wait_for(timeout=15_000)
    tab.keyboard.press("ArrowLeft")
    tab.get_by_text("Слайд 6 из 6").wait_for(timeout=15_000)
    tab.locator("h1", has_text="Брянская область").wait_for(timeout=15_000)


def test_escape_leaves_presenter_mode_and_the_link_forgets_the_slide(at_size, server: str) -> None:  # noqa: F811
    tab = at_size(1440, 900)
    tab.goto(f"{server}/?present=1&slide=3&lang=en")
    tab.get_by_text("Slide 3 of 6").wait_for(timeout=30_000)
    tab.wait_for_function(STAGE_LISTENING, timeout=15_000)
    tab.keyboard.press("Escape")
    tab.wait_for_function("!location.search.includes('present') && !location.search.includes('slide')", timeout=15_000)
    tab.locator("h1", has_text="Belarus and the regions of Russia").wait_for(timeout=15_000)
    assert "lang=en" in tab.url
    assert tab.locator("[data-testid='stSidebar']").count() == 1


def test_kiosk_counter_follows_the_slide_shown(at_size, server: str) -> None:  # noqa: F811
    tab = at_size(1920, 1080)
    tab.goto(f"{server}/?present=1&slide=1&kiosk=10")
    tab.get_by_text("Слайд 1 из 6").wait_for(timeout=30_000)
    tab.get_by_text("Слайд 2 из 6").wait_for(timeout=30_000)  # moved on by the loop, not by a key
    assert tab.locator("h1", has_text="Товарооборот").count() == 1


@pytest.mark.parametrize(
    ("link", "named", "heading", "address"),
    [
        ("/region?region=XX-NOPE", "region=XX-NOPE", "Профиль региона", ""),
        ("/region?region=ru-smo", None, "Смоленская область", "region=RU-SMO"),  # understood: no notice
        ("/visits?years=2024-2023", "years=2024-2023", "Визиты", "years=2023-2024"),
        ("/visits?regions=RU-SMO,,,%25%25", "regions=%%", "Визиты", "regions=RU-SMO"),  # RU-SMO is kept
        ("/?present=1&slide=99", "slide=99", "итоги 2024 года", "present=1"),
        ("/nowhere?lang=en", "nowhere", "Belarus and the regions of Russia", "lang=en"),
    ],
)
def test_a_bad_link_gets_a_short_notice_and_keeps_what_was_understood(
    at_size,  # noqa: F811
    server: str,  # noqa: F811
    link: str,
    named: str | None,
    heading: str,
    address: str,
) -> None:
    tab = at_size(1440, 900)
    tab.goto(server + link)
    tab.locator("h1", has_text=heading).first.wait_for(timeout=30_000)
    toast = tab.locator("[data-testid='stToast']")
    if named is None:
        tab.wait_for_timeout(1_000)  # a notice would have come with the page's first run
        assert toast.count() == 0
    else:
        toast.first.wait_for(timeout=15_000)
        text = toast.first.text_content() or ""
        assert f"«{named}»" in text
        assert ("не понято" in text) or ("Not understood" in text)
    tab.wait_for_function(f"location.search.includes({address!r})", timeout=15_000)


def test_a_filter_change_is_one_history_entry_and_back_returns_to_the_previous_view(
    at_size,  # noqa: F811
    server: str,  # noqa: F811
) -> None:
    tab = at_size(1440, 900)
    tab.goto(f"{server}/forums?years=2023-2024&fd=central")
    tab.locator("h1", has_text="Форум").wait_for(timeout=30_000)
    tab.get_by_role("button", name="Сбросить фильтры").wait_for(timeout=15_000)
    start = tab.evaluate("history.length")
    tab.get_by_role("button", name="Сбросить фильтры").click()  # one action: two filters back to "all"
    tab.wait_for_function("!location.search.includes('years') && !location.search.includes('fd')", timeout=15_000)
    tab.get_by_role("button", name="Сбросить фильтры").wait_for(state="detached", timeout=15_000)
    assert tab.evaluate("history.length") == start + 1
    tab.go_back()
    tab.wait_for_url("**/forums?years=2023-2024&fd=central", timeout=15_000)
    tab.get_by_role("button", name="Сбросить фильтры").wait_for(timeout=15_000)  # the filters are back on
