"""Accessibility of every page, in both languages and in presenter mode: axe-core (the engine Lighthouse's
accessibility audits run on) loaded into the served page, with no violation allowed.

axe-core is pinned in tests/a11y/package.json and installed by `make test` (`npm ci` in tests/a11y).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page

from tests.test_browser import browser, reach_tables, server  # noqa: F401 - module-scoped fixtures, shared

pytestmark = pytest.mark.browser
AXE = Path(__file__).resolve().parent / "a11y" / "node_modules" / "axe-core" / "axe.min.js"
# WCAG 2.1 A and AA plus the best practices Lighthouse scores (heading order, list markup, landmarks it checks).
RULES = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]},
         "rules": {"region": {"enabled": False}}}  # fmt: skip
SETTLED = (
    "!document.querySelector('[data-testid=\"stSkeleton\"]')"
    " && [...document.querySelectorAll('.atlas-map')].every(m => m.hasAttribute('data-drawn'))"
    " && document.querySelector('h1')"
)
PAGES = [
    "/",
    "/region?region=RU-SMO",
    "/region",
    "/visits",
    "/working-groups",
    "/working-groups?wg=meetings",
    "/forums",
    "/analysis",
    "/analysis?an=quiet",
    "/links",
    "/sources",
    *[f"/present?present=1&slide={n}" for n in range(1, 7)],
]


@pytest.fixture
def tab(browser: Browser) -> Iterator[Page]:  # noqa: F811
    if not AXE.is_file():
        pytest.fail(f"{AXE} is missing: run `npm ci` in tests/a11y (make test does)")
    # bypass_csp: the check's own script is added to the page, which the atlas's CSP would refuse
    context = browser.new_context(viewport={"width": 1440, "height": 900}, bypass_csp=True)
    yield context.new_page()
    context.close()


def _violations(tab: Page) -> list[str]:
    tab.add_script_tag(path=str(AXE))
    found = tab.evaluate(f"async () => (await axe.run(document, {json.dumps(RULES)})).violations")
    return [f"{v['id']}: {v['help']} — {[n['target'] for n in v['nodes']][:3]}" for v in found]


@pytest.mark.parametrize("lang", ["ru", "en"])
@pytest.mark.parametrize("path", PAGES)
def test_page_has_no_accessibility_violation(tab: Page, server: str, path: str, lang: str) -> None:  # noqa: F811
    tab.goto(f"{server}{path}{'&' if '?' in path else '?'}lang={lang}")
    tab.wait_for_function(SETTLED, timeout=30_000)
    tab.wait_for_timeout(500)  # let the last element of the run settle (no assertion depends on time)
    assert _violations(tab) == []
    if tab.locator(".atlas-later").count():  # the tables' places, then the tables themselves
        reach_tables(tab)
        tab.wait_for_function(SETTLED, timeout=30_000)
        tab.wait_for_timeout(500)
        assert _violations(tab) == []


@pytest.mark.parametrize("path", ["/", "/region?region=RU-SMO"])
def test_belarusian_page_has_no_accessibility_violation(tab: Page, server: str, path: str) -> None:  # noqa: F811
    """The Belarusian interface (`lang=be`) on the overview and a profile: also says so in `<html lang>`."""
    tab.goto(f"{server}{path}{'&' if '?' in path else '?'}lang=be")
    tab.wait_for_function(SETTLED, timeout=30_000)
    tab.wait_for_function("document.documentElement.lang === 'be'", timeout=15_000)
    tab.wait_for_timeout(500)  # let the last element of the run settle (no assertion depends on time)
    assert _violations(tab) == []
