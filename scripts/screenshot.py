"""Screenshot atlas pages in headless Chromium: `python scripts/screenshot.py URL OUT.png [--wait-map] [--width W]`."""

from __future__ import annotations

import argparse

from playwright.sync_api import sync_playwright

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-quic"]  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("url")
    parser.add_argument("out")
    parser.add_argument("--wait-map", action="store_true", help="wait until the map's regions are drawn")
    parser.add_argument("--width", type=int, default=1440)
    parser.add_argument("--height", type=int, default=1000)
    parser.add_argument("--full", action="store_true", help="capture the whole page, not just the viewport")
    args = parser.parse_args()
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        # bypass_csp: wait_for_function evaluates its predicate with eval, which the atlas's CSP forbids
        page = browser.new_page(viewport={"width": args.width, "height": args.height}, bypass_csp=True)
        page.goto(args.url)
        page.wait_for_selector("[data-testid='stAppViewContainer'] h1", timeout=30_000)
        # the script has finished when Streamlit's "running" indicator is gone
        page.wait_for_function("!document.querySelector('[data-testid=\"stStatusWidget\"]')", timeout=30_000)
        # no element still waiting for its code, and every plotly chart drawn (plotly.js loads lazily)
        page.wait_for_function("!document.querySelector('[data-testid=\"stSkeleton\"]')", timeout=30_000)
        page.wait_for_function(
            "[...document.querySelectorAll('[data-testid=\"stPlotlyChart\"]')]"
            ".every(c => c.querySelector('.main-svg'))",
            timeout=30_000,
        )
        if args.wait_map:
            page.wait_for_function("document.querySelector('.atlas-map[data-drawn]')", timeout=30_000)
        page.wait_for_timeout(2000)
        page.screenshot(path=args.out, full_page=args.full)
        browser.close()


if __name__ == "__main__":
    main()
