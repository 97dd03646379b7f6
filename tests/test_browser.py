"""The important paths in a real browser: Debian's Chromium driven by Playwright against the served app."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlparse

import pytest
from playwright.sync_api import Browser, Page, sync_playwright

from atlas.server import compression

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-quic"]  # fmt: skip
MAP_DRAWN = "document.querySelectorAll('.atlas-map__regions path[data-id][fill]').length >= 83"
REGIONS = ".atlas-map__regions path[data-id]"
TABLE = "[data-testid='stDataFrame']"


def reach_tables(tab: Page) -> None:
    """Scroll to each of the page's tables, as a reader does: until then its place is held (assets/later.js), and
    the run of that table alone that follows sends it."""
    tab.locator(f"{TABLE}, .atlas-later").first.wait_for(timeout=30_000)
    places = tab.locator(".atlas-later")
    for _ in range(20):  # a page has a few tables
        left = places.count()
        if not left:
            break
        tab.evaluate("() => document.querySelector('.atlas-later')?.scrollIntoView({block: 'center'})")
        tab.wait_for_function(f"document.querySelectorAll('.atlas-later').length < {left}", timeout=30_000)
    assert places.count() == 0
    tab.locator(TABLE).first.wait_for(timeout=30_000)


pytestmark = pytest.mark.browser


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The atlas served as `make run` serves it (`streamlit run serve.py`) on a free loopback port, for the module."""
    port = _free_port()
    cache = tmp_path_factory.mktemp("compressed")
    compression.build(cache=cache, quality=4)  # what the server's background build does, quickly, before it starts
    env = {**os.environ, "ATLAS_DATA_DIR": "", "ATLAS_CACHE_DIR": str(cache), "ATLAS_PRECOMPRESS": "0"}
    process = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", "serve.py", "--server.port", str(port), "--server.address",
         "127.0.0.1"],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"{base}/_stcore/health", timeout=2) as response:
                if response.status == 200:
                    break
        except OSError:
            time.sleep(0.3)
    else:
        process.kill()
        pytest.fail(f"the app did not start: {process.stderr.read().decode() if process.stderr else ''}")
    yield base
    process.terminate()
    process.wait(timeout=20)


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield instance
        instance.close()


@pytest.fixture
def page(browser: Browser, server: str) -> Iterator[tuple[Page, list[str], list[str]]]:
    """A fresh page, with the console errors and the requests to hosts other than the app collected."""
    # bypass_csp: Playwright's wait_for_function runs its predicate through eval, which the atlas's CSP forbids
    # (test_security.py renders the pages under the real policy).
    context = browser.new_context(viewport={"width": 1440, "height": 1000}, bypass_csp=True)
    tab = context.new_page()
    console_errors: list[str] = []
    foreign: list[str] = []
    app_host = urlparse(server).netloc
    tab.on("console", lambda msg: console_errors.append(msg.text) if msg.type == "error" else None)
    tab.on("pageerror", lambda exc: console_errors.append(str(exc)))
    tab.on("request", lambda req: foreign.append(req.url) if urlparse(req.url).netloc not in ("", app_host) else None)
    yield tab, console_errors, foreign
    context.close()


def test_overview_map_draws_every_region_offline(page: tuple[Page, list[str], list[str]], server: str) -> None:
    tab, console_errors, foreign = page
    tab.goto(server + "/")
    tab.wait_for_function(MAP_DRAWN, timeout=30_000)
    regions = tab.locator(REGIONS)
    assert regions.count() == 83
    assert tab.locator(".atlas-map__belarus path[data-id='BY']").count() == 1
    # Every region is filled with a palette colour, and the largest one's box is far smaller than the map's
    # (a shape drawn inside out would cover the whole frame).
    fills = set(tab.eval_on_selector_all(REGIONS, "ps => ps.map(p => p.getAttribute('fill'))"))
    assert "#dcdcdc" in fills and len(fills) >= 4
    assert (tab.locator(".atlas-map__svg").get_attribute("aria-label") or "").startswith("Картограмма регионов России")
    map_box = tab.locator(".atlas-map__svg").bounding_box()
    assert map_box is not None and map_box["width"] > 600 and map_box["height"] > 300
    boxes = [box for box in (regions.nth(i).bounding_box() for i in range(83)) if box]
    assert max(b["width"] * b["height"] for b in boxes) < 0.25 * map_box["width"] * map_box["height"]

    # Hover Krasnoyarsk Krai (the largest region) and read the tooltip.
    krasnoyarsk = tab.locator(f"{REGIONS}[data-id='RU-KYA']")
    krasnoyarsk.scroll_into_view_if_needed()
    box = krasnoyarsk.bounding_box()
    assert box is not None
    tab.mouse.move(box["x"] + box["width"] * 0.5, box["y"] + box["height"] * 0.55)
    tooltip = tab.locator(".atlas-map__tip")
    tooltip.wait_for(state="visible", timeout=5_000)
    text = tooltip.text_content() or ""
    assert "Красноярский край" in text
    assert "млн долл. США" in text and "год" in text and "источник" in text

    assert console_errors == []
    assert foreign == []


def test_map_zooms_and_saves_pictures(page: tuple[Page, list[str], list[str]], server: str, tmp_path: Path) -> None:
    tab, console_errors, foreign = page
    tab.goto(server + "/?lang=en")
    tab.wait_for_function(MAP_DRAWN, timeout=30_000)
    svg = tab.locator(".atlas-map__svg")
    whole = svg.get_attribute("viewBox")
    tab.get_by_role("button", name="Zoom in (or Ctrl + mouse wheel)").click()
    zoomed = svg.get_attribute("viewBox")
    assert whole and zoomed and float(zoomed.split()[2]) < float(whole.split()[2])
    assert not tab.locator(".atlas-map__insets").is_visible()  # zoomed in, the insets step aside
    tab.get_by_role("button", name="Whole map").click()
    assert svg.get_attribute("viewBox") == whole
    assert tab.locator(".atlas-map__insets").is_visible()
    with tab.expect_download() as download:
        tab.get_by_role("button", name="Save the map as SVG").click()
    saved = tmp_path / "map.svg"
    download.value.save_as(saved)
    picture = saved.read_text(encoding="utf-8")
    assert picture.startswith("<svg") and picture.count("<path") >= 84 and "Turnover" in picture
    assert "Moscow" in picture and "Saint Petersburg" in picture  # the insets' labels go with the picture
    with tab.expect_download() as download:
        tab.get_by_role("button", name="Save the map as PNG").click()
    png = tmp_path / "map.png"
    download.value.save_as(png)
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and png.stat().st_size > 50_000
    assert console_errors == [] and foreign == []


def test_agreement_mode_from_the_url(page: tuple[Page, list[str], list[str]], server: str) -> None:
    tab, console_errors, foreign = page
    tab.goto(server + "/?mode=agreements&lang=en")
    tab.wait_for_function(MAP_DRAWN, timeout=30_000)
    assert tab.locator(".atlas-map__legend", has_text="Intergovernmental agreement").count() == 1
    assert console_errors == [] and foreign == []


def test_changing_measure_updates_the_map_and_the_address(page: tuple[Page, list[str], list[str]], server: str) -> None:
    tab, _, _ = page
    tab.goto(server + "/")
    tab.wait_for_function(MAP_DRAWN, timeout=30_000)
    before = tab.eval_on_selector_all(REGIONS, "ps => ps.map(p => p.getAttribute('fill')).join()")
    tab.get_by_role("radio", name="Импорт Беларуси").click()
    title = "document.querySelector('.atlas-map__title')"
    tab.wait_for_function(f"{title} && {title}.textContent.startsWith('Импорт')", timeout=15_000)
    tab.wait_for_function("location.search.includes('measure=import_to_belarus')", timeout=10_000)
    after = tab.eval_on_selector_all(REGIONS, "ps => ps.map(p => p.getAttribute('fill')).join()")
    assert after != before


def test_clicking_a_region_opens_its_profile(page: tuple[Page, list[str], list[str]], server: str) -> None:
    tab, _, foreign = page
    tab.goto(server + "/")
    tab.wait_for_function(MAP_DRAWN, timeout=30_000)
    krasnoyarsk = tab.locator(f"{REGIONS}[data-id='RU-KYA']")
    krasnoyarsk.scroll_into_view_if_needed()
    box = krasnoyarsk.bounding_box()
    assert box is not None
    x, y = box["x"] + box["width"] * 0.5, box["y"] + box["height"] * 0.55
    tab.mouse.move(x, y)
    tab.mouse.click(x, y)
    tab.wait_for_url("**/region?*region=RU-KYA*", timeout=15_000)
    tab.locator("h1", has_text="Красноярский край").wait_for(timeout=15_000)
    assert foreign == []


def test_moscow_inset_shows_the_city_and_opens_its_profile(
    page: tuple[Page, list[str], list[str]], server: str
) -> None:
    """Moscow is ~5 px wide at full view: its inset draws it enlarged, with the same colour, tooltip and click."""
    tab, console_errors, foreign = page
    tab.goto(server + "/")
    tab.wait_for_function(MAP_DRAWN, timeout=30_000)
    assert tab.locator(REGIONS).count() == 83  # the insets add no region to the main map
    labels = tab.locator(".atlas-map__inset-label").all_text_contents()
    assert labels == ["г. Москва", "г. Санкт-Петербург"]
    main = tab.locator(f"{REGIONS}[data-id='RU-MOW']")
    moscow = tab.locator("path[data-inset-of='RU-MOW']")
    assert moscow.get_attribute("fill") == main.get_attribute("fill")
    moscow.scroll_into_view_if_needed()
    inset_box, main_box = moscow.bounding_box(), main.bounding_box()
    assert inset_box and main_box and inset_box["width"] > 5 * main_box["width"]
    x, y = inset_box["x"] + inset_box["width"] * 0.5, inset_box["y"] + inset_box["height"] * 0.55
    tab.mouse.move(x, y)
    tooltip = tab.locator(".atlas-map__tip")
    tooltip.wait_for(state="visible", timeout=5_000)
    assert (tooltip.text_content() or "").startswith("г. Москва")
    tab.mouse.click(x, y)
    tab.wait_for_url("**/region?*region=RU-MOW*", timeout=15_000)
    tab.locator("h1", has_text="Москва").wait_for(timeout=15_000)
    assert console_errors == [] and foreign == []


def test_keyboard_reaches_a_region_and_opens_its_profile(page: tuple[Page, list[str], list[str]], server: str) -> None:
    tab, console_errors, foreign = page
    tab.goto(server + "/")
    tab.wait_for_function(MAP_DRAWN, timeout=30_000)
    svg = tab.locator(".atlas-map__svg")
    assert svg.get_attribute("role") == "group" and "Enter" in (svg.get_attribute("aria-label") or "")
    assert tab.locator(f"{REGIONS}[tabindex='0']").count() == 1  # one tab stop for the whole map
    tab.locator(".atlas-map__slider").focus()  # the timeline's year slider: the last tab stop before the map
    tab.keyboard.press("Tab")
    focused = "() => document.activeElement.getAttribute('data-id')"
    assert tab.evaluate(focused) == "RU-ALT"  # regions in alphabetical order: Алтайский край first
    tab.keyboard.press("ArrowRight")
    tab.keyboard.press("ArrowRight")
    assert tab.evaluate(focused) == "RU-ARK"
    assert (tab.locator(".atlas-map__tip").text_content() or "").startswith("Архангельская область")
    assert tab.locator(".atlas-map__focus").get_attribute("d")  # the focused region is outlined on top
    tab.keyboard.press("Enter")
    tab.wait_for_url("**/region?*region=RU-ARK*", timeout=15_000)
    tab.locator("h1", has_text="Архангельская область").wait_for(timeout=15_000)
    assert console_errors == []
    assert foreign == []


def test_working_groups_open_on_the_map_and_switch_tabs(page: tuple[Page, list[str], list[str]], server: str) -> None:
    tab, console_errors, foreign = page
    tab.goto(server + "/")  # arrive from the sidebar, as users do (a deep link makes Streamlit probe for a base path)
    tab.wait_for_function(MAP_DRAWN, timeout=30_000)
    tab.get_by_role("link", name="Рабочие группы").click()
    tab.locator(".atlas-map__title", has_text="Активность рабочих групп").wait_for(timeout=30_000)
    tab.wait_for_function(MAP_DRAWN, timeout=30_000)
    assert tab.locator("[data-testid='stDataFrame'], .atlas-chart").count() == 0  # nothing else built yet
    tab.get_by_role("tab", name="Заседания").click()
    tab.wait_for_url("**/working-groups?*wg=meetings*", timeout=15_000)  # the open tab is in the link
    tab.locator(".atlas-chart[data-drawn] .atlas-chart__svg").first.wait_for(timeout=30_000)
    reach_tables(tab)
    assert tab.locator(".atlas-map").count() == 0
    tab.get_by_role("tab", name="Карта активности").click()
    tab.wait_for_function(MAP_DRAWN, timeout=30_000)
    assert console_errors == []
    assert foreign == []


def test_clicking_a_leading_importer_opens_its_profile(page: tuple[Page, list[str], list[str]], server: str) -> None:
    tab, _, foreign = page
    tab.goto(server + "/?lang=en")
    tab.wait_for_function(MAP_DRAWN, timeout=30_000)
    tab.locator(".atlas-bars__name", has_text="Smolensk Oblast").click()
    tab.wait_for_url("**/region?*region=RU-SMO*", timeout=15_000)
    tab.locator("h1", has_text="Smolensk Oblast").wait_for(timeout=15_000)
    assert foreign == []


def test_presenter_keys_move_between_slides(page: tuple[Page, list[str], list[str]], server: str) -> None:
    tab, _, foreign = page
    tab.goto(server + "/?present=1&slide=2")
    tab.get_by_text("Слайд 2 из 6").wait_for(timeout=30_000)
    tab.wait_for_function(MAP_DRAWN, timeout=30_000)  # the slide has settled; its key bindings are live
    tab.keyboard.press("PageDown")
    tab.get_by_text("Слайд 3 из 6").wait_for(timeout=15_000)
    tab.keyboard.press("ArrowLeft")
    tab.get_by_text("Слайд 2 из 6").wait_for(timeout=15_000)
    assert "slide=2" in tab.url
    assert foreign == []


@pytest.mark.parametrize("slide", range(1, 7))
def test_presenter_slide_at_full_hd(browser: Browser, server: str, slide: int, tmp_path: Path) -> None:
    """Every slide renders at 1920×1080 with no error panel, no sidebar, and something drawn (screenshot kept)."""
    context = browser.new_context(viewport={"width": 1920, "height": 1080}, bypass_csp=True)
    tab = context.new_page()
    tab.goto(f"{server}/?present=1&slide={slide}")
    tab.get_by_text(f"Слайд {slide} из 6").wait_for(timeout=30_000)
    tab.wait_for_function(
        "[...document.querySelectorAll('[data-testid=\"stPlotlyChart\"]')].every(c => c.querySelector('.main-svg'))"
        " && [...document.querySelectorAll('.atlas-map')].every(m => m.hasAttribute('data-drawn'))"
        " && !document.querySelector('[data-testid=\"stSkeleton\"]')",
        timeout=30_000,
    )
    assert tab.locator("[data-testid='stAlertContentError']").count() == 0
    assert not tab.locator("[data-testid='stSidebar']").is_visible()
    assert tab.locator("h1").count() >= 1
    shot = tmp_path / f"slide-{slide}.png"
    tab.screenshot(path=str(shot))
    assert shot.stat().st_size > 20_000  # a blank 1920×1080 page compresses to a few KB
    context.close()


def test_pages_with_charts_draw_them_without_plotly_and_get_compressed_bundles(
    page: tuple[Page, list[str], list[str]], server: str
) -> None:
    tab, console_errors, foreign = page
    scripts: list[tuple[str, str]] = []

    def record(response) -> None:  # noqa: ANN001
        if response.url.endswith(".js"):
            scripts.append((response.url, response.headers.get("content-encoding", "")))

    tab.on("response", record)
    tab.goto(server + "/")
    tab.wait_for_function(MAP_DRAWN, timeout=30_000)
    tab.get_by_role("link", name="Визиты").click()
    charts = tab.locator(".atlas-chart[data-drawn]")
    tab.wait_for_function("document.querySelectorAll('.atlas-chart[data-drawn]').length >= 2", timeout=30_000)
    assert charts.count() == 2  # the timeline and the counts per year
    timeline = tab.locator(".atlas-chart__svg").first
    assert (timeline.get_attribute("aria-label") or "").startswith("Визиты по датам")
    mark = tab.locator(".atlas-chart__marks path").first
    mark.scroll_into_view_if_needed()
    box = mark.bounding_box()
    assert box is not None
    tab.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    tip = tab.locator(".atlas-chart__tip").first
    tip.wait_for(state="visible", timeout=5_000)
    assert "источник" in (tip.text_content() or "")
    tab.keyboard.press("Escape")
    assert not any("PlotlyChart" in url for url, _ in scripts)  # plotly.js (4.7 MB) is never fetched
    main_bundle = [enc for url, enc in scripts if "/static/js/index." in url]
    assert main_bundle and set(main_bundle) == {"br"}  # Streamlit's own bundle, served pre-compressed
    assert console_errors == []
    assert foreign == []
