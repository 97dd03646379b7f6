"""The overview map's timeline in a real browser (#15, time on the map): play steps through the years in place (the
caption advances, the colours change, no rerun per year), pause keeps the year and puts it in the link, Back returns
to the year before play (one history entry, not one per year), the link reloads on the same year, the arrow keys
move the slider, and a region's tooltip carries its turnover sparkline with the year shown marked; the first message
carries only the year shown, and the slider's first use brings every year. Served app and browser as in
tests/test_browser.py."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page

from tests import test_browser as served

pytestmark = pytest.mark.browser
server, browser, page = served.server, served.browser, served.page  # the served app's fixtures, for this module
MAP_DRAWN = served.MAP_DRAWN
Tab = tuple[Page, list[str], list[str]]
FILLS = "[...document.querySelectorAll('.atlas-map__regions path[data-id]')].map(p => p.getAttribute('fill')).join()"
SHOWN = "document.querySelector('.atlas-map').getAttribute('data-year')"


def _link_year(tab: Page, year: str) -> None:
    """Wait until the address holds year=<year> (written by the history API, so no page load to wait for)."""
    tab.wait_for_function(f"new URLSearchParams(location.search).get('year') === '{year}'", timeout=15_000)


def _years(tab: Page) -> list[int]:
    return tab.evaluate("document.querySelector('.atlas-map').__atlas.data.timeline.years")


def test_the_first_render_carries_one_year_and_the_sliders_first_use_brings_every_year(page: Tab, server: str) -> None:
    tab, console_errors, foreign = page
    tab.goto(server + "/?year=2021")
    tab.wait_for_function(MAP_DRAWN, timeout=30_000)
    data = "document.querySelector('.atlas-map').__atlas.data.timeline"
    assert tab.evaluate(f"'frames' in {data}") is False  # no other year's title, colours or tooltips yet
    assert tab.evaluate(f"Object.values({data}.regions).every(r => !('tips' in r) && !('classes' in r))")
    assert tab.evaluate(f"Object.values({data}.regions).some(r => r.history.length > 1)")  # the sparklines are here
    years = _years(tab)
    before = tab.evaluate(FILLS)
    slider = tab.get_by_test_id("atlas-map-slider")
    slider.focus()  # reaching the slider asks for every year
    tab.keyboard.press("ArrowLeft")
    earlier = str(years[years.index(2021) - 1])
    tab.wait_for_function(f"'frames' in {data} && {data}.frames.length === {len(years)}", timeout=15_000)
    tab.wait_for_function(f"{SHOWN} === '{earlier}'", timeout=5_000)
    _link_year(tab, earlier)  # the year moved to is the view's, as before
    tab.wait_for_function("!document.querySelector('.atlas-map').classList.contains('atlas-map--waiting')")
    assert tab.evaluate(FILLS) != before  # painted at the earlier year
    tab.keyboard.press("ArrowRight")  # from now on a move recolours at once, before the server hears of it
    assert tab.evaluate(SHOWN) == "2021"
    assert tab.evaluate(FILLS) == before
    _link_year(tab, "2021")
    assert console_errors == []
    assert foreign == []


def test_play_pause_link_back_and_sparkline(page: Tab, server: str) -> None:
    tab, console_errors, foreign = page
    tab.goto(server + "/?year=2021")
    tab.wait_for_function(MAP_DRAWN, timeout=30_000)
    caption = tab.get_by_test_id("atlas-map-year")
    assert caption.inner_text() == "На карте: 2021 год"
    years = _years(tab)
    start = years.index(2021)
    before = tab.evaluate(FILLS)

    play = tab.get_by_test_id("atlas-map-play")
    assert play.get_attribute("aria-label") == "Воспроизвести по годам"
    play.focus()
    tab.keyboard.press("Space")  # keyboard: Space on the play button
    assert play.get_attribute("aria-label") == "Пауза"
    tab.wait_for_function(f"{SHOWN} === '{years[start + 1]}'", timeout=5_000)  # the caption's year advanced
    assert caption.inner_text() == f"На карте: {years[start + 1]} год"
    assert tab.evaluate(FILLS) != before  # recoloured in place
    assert "year=2021" in tab.url  # no rerun, no link change while playing
    tab.keyboard.press("Enter")  # pause (Enter on the same button)
    paused = tab.evaluate(SHOWN)
    assert play.get_attribute("aria-label") == "Воспроизвести по годам"
    _link_year(tab, paused)  # the year paused on is in the link
    selector = "document.querySelector(\"[data-testid='stSelectbox'] input\").value"
    tab.wait_for_function(f"{selector} === '{paused}'", timeout=15_000)  # and in the year selector
    assert tab.evaluate(SHOWN) == paused  # pause kept the year

    tab.go_back()  # one history entry for play and pause: Back lands on the year before play
    _link_year(tab, "2021")
    tab.wait_for_function(f"{SHOWN} === '2021'", timeout=15_000)

    tab.goto(server + f"/?year={paused}")  # the link reloads on the same year
    tab.wait_for_function(MAP_DRAWN, timeout=30_000)
    assert caption.inner_text() == f"На карте: {paused} год"

    slider = tab.get_by_test_id("atlas-map-slider")
    slider.focus()
    tab.keyboard.press("ArrowLeft")  # the slider from the keyboard
    earlier = str(years[years.index(int(paused)) - 1])
    tab.wait_for_function(f"{SHOWN} === '{earlier}'", timeout=5_000)
    _link_year(tab, earlier)
    assert slider.get_attribute("aria-valuetext") == f"На карте: {earlier} год"

    # the largest region on the map with two or more years of turnover on record, hovered at a point of its own
    point = tab.evaluate(
        """() => {
          const regions = document.querySelector('.atlas-map').__atlas.data.timeline.regions;
          const paths = [...document.querySelectorAll('.atlas-map__regions path[data-id]')]
            .filter(p => (regions[p.dataset.id] || {history: []}).history.length > 1);
          const area = (p) => { const r = p.getBoundingClientRect(); return r.width * r.height; };
          const path = paths.sort((a, b) => area(b) - area(a))[0];
          const r = path.getBoundingClientRect();
          for (let i = 1; i < 40; i++) for (let j = 1; j < 40; j++) {
            const x = r.left + r.width * i / 40, y = r.top + r.height * j / 40;
            if (document.elementFromPoint(x, y) === path) return [x, y];
          }
          return null;
        }"""
    )
    assert point is not None
    tab.mouse.move(*point)
    spark = tab.get_by_test_id("atlas-map-spark")
    spark.wait_for(timeout=5_000)
    assert spark.get_by_text("Товарооборот по годам, млн долл. США").is_visible()
    assert spark.locator("circle").count() >= 2
    assert spark.locator(f'path.atlas-map__spark-mark[data-year="{earlier}"]').count() == 1  # the year shown
    assert re.fullmatch(r"\d{4}\s*\d{4}", spark.locator(".atlas-map__spark-years").inner_text().strip())
    assert console_errors == []
    assert foreign == []
