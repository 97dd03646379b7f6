"""`python -m bench.run [--runs 3]`: every page of the atlas against its floor, in one run (`make bench`).

Method (the benchmark's issue): headless Chromium, each visit in a new browser context (cold browser cache), the
server warm (every page visited once first), medians of `--runs`. A page is *ready* when its title is up,
Streamlit's running indicator and skeletons are gone, every chart (`.atlas-chart[data-drawn]`), map
(`.atlas-map[data-drawn]`), plotly and deck.gl canvas and picture is drawn, and its script run has finished (the
probe counts Streamlit's "script finished" messages on the websocket); the time is that of the first animation
frame where all of this holds, in ms since navigation.

The atlas is served as `make run` serves it: `streamlit run serve.py` (the compressed copies built first, in the
foreground, with `python -m atlas.server.compression`). The floors, in the same run, on a bare `streamlit run`:
the picture floor (a minimal Streamlit page with the overview's map as one SVG picture), the plotly floor (a minimal
Streamlit page with one small plotly chart), and the map alone as a static HTML file (bench/floors.py).

Also: widget → updated view on every page with a widget (from the input event to ready after the next finished
run), the click on a region of the overview's map → its profile ready, bytes on the wire of a first visit of each
page (HTTP encoded, websocket payload), the server's cold start (start → health, first visit) and its RSS.
Writes bench/REPORT.md (with the figures measured before, from the issue) and bench/results/latest.{md,json}.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.metadata
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import psutil

from bench.common import (
    CHROMIUM,
    ROOT,
    ByteCounter,
    Server,
    act_and_wait,
    first_visit,
    launch_browser,
    settle_rss,
    stats,
)

Action = Callable[[Any], None]


def _click_role(role: str, name: str) -> Action:
    return lambda page: page.get_by_role(role, name=name, exact=True).first.click()


def _choose_region(name: str) -> Action:
    def act(page: Any) -> None:
        box = page.locator("[data-testid='stSelectbox']").first
        box.click()
        page.keyboard.type(name, delay=20)
        page.get_by_role("option", name=name).first.wait_for(timeout=10_000)
        page.wait_for_timeout(200)
        page.evaluate("() => { window.__bench.armed = true; window.__bench.actAt = null; }")
        page.keyboard.press("Enter")

    return act


def _slider_step(page: Any) -> None:
    thumb = page.locator("[data-testid='stSidebar'] [data-testid='stSlider'] input[type='range']").first
    thumb.focus()
    page.evaluate("() => { window.__bench.armed = true; window.__bench.actAt = null; }")
    page.keyboard.press("ArrowRight")


@dataclass(frozen=True)
class Widget:
    label: str
    action: Action


@dataclass(frozen=True)
class Page:
    path: str
    floor: str  # "picture" or "plotly": the floor of its kind, as the table pairs them
    widget: Widget | None


PAGES = [
    Page("/", "picture", Widget('measure "Экспорт Беларуси"', _click_role("radio", "Экспорт Беларуси"))),
    Page("/?present=1", "picture", Widget("next slide (→ key)", lambda page: page.keyboard.press("ArrowRight"))),
    Page("/working-groups", "picture",
         Widget('tab "Кураторы"', _click_role("tab", "Кураторы и органы сотрудничества"))),
    Page("/region?region=RU-SMO", "plotly", Widget("another region (Брянская область)",
                                                  _choose_region("Брянская область"))),
    Page("/visits", "plotly", Widget('count by "месяцам"', _click_role("radio", "месяцам"))),
    Page("/forums", "plotly", Widget("years slider, one step (keyboard)", _slider_step)),
    Page("/links", "picture", Widget('language "English" (sidebar)', _click_role("radio", "English"))),
    Page("/compare?compare=RU-SMO,RU-BRY", "plotly", None),
    Page("/targets", "plotly", None),
    Page("/analysis", "plotly", None),
    Page("/sources", "picture", None),
]  # fmt: skip
CLICK_REGION = "RU-SMO"

# The figures measured on main before (the issue, 2026-12-01; same machine, same method, medians of 3).
BEFORE: dict[str, Any] = {
    "date": "2026-12-01",
    "ready": {"/": 1.31, "/?present=1": 1.21, "/working-groups": 1.68, "/region?region=RU-SMO": 2.92,
              "/visits": 3.30, "/forums": 3.33},
    "floors": {"picture": 1.01, "plotly": 2.23, "static": 0.11},
    "lighthouse": "performance 13–55 on the atlas's pages against 68 for a bare Streamlit page",
    "bytes": {"/": 3.0, "/region?region=RU-SMO": 9.4, "/visits": 9.4, "/forums": 9.4, "/links": 5.9},
    "bytes_note": "3.0 MB for `/`, 9.1–9.4 MB for the profile, visits and forums, 5.9 MB for the 3D links page",
}  # fmt: skip
GOALS = {"ready_s": 1.5, "vs_picture": 1.25, "widget_s": 0.3, "click_s": 1.0, "bytes_mb": 1.5}


def machine() -> dict[str, str]:
    chromium = subprocess.run([CHROMIUM, "--version"], capture_output=True, text=True, check=False).stdout.strip()
    return {
        "date": dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "cpus": str(os.cpu_count()),
        "load average at start": " ".join(f"{x:.1f}" for x in os.getloadavg()),
        "python": platform.python_version(),
        "streamlit": importlib.metadata.version("streamlit"),
        "playwright": importlib.metadata.version("playwright"),
        "chromium": chromium,
    }


def build_compressed() -> float:
    """`python -m atlas.server.compression` in the foreground (what the server otherwise does in the background)."""
    start = time.monotonic()
    subprocess.run([sys.executable, "-m", "atlas.server.compression"], cwd=ROOT, check=True, capture_output=True)
    return time.monotonic() - start


def main_rss(server: Server) -> int:
    assert server.proc is not None
    return int(psutil.Process(server.proc.pid).memory_info().rss)


def visits(browser: Any, url: str, runs: int, static: bool = False, widget: Widget | None = None) -> dict[str, Any]:
    """`runs` first visits (seconds to ready; the last one counts bytes); after each, the page's widget once
    (seconds from the input event to ready again)."""
    times, changes = [], []
    counter = ByteCounter()
    for i in range(runs):
        last = i == runs - 1
        ms, context, page = first_visit(browser, url, static=static, keep=True, counter=counter if last else None)
        try:
            times.append(ms / 1000)
            if widget is not None:
                changes.append(act_and_wait(page, widget.action) / 1000)
        finally:
            context.close()
    out = {"times": times, "http": counter.http_total, "ws": counter.ws_payload,
           "largest": counter.largest(6), "uncompressed": _uncompressed(counter)}  # fmt: skip
    if widget is not None:
        out["widget"], out["widget_label"] = changes, widget.label
    return out


def _uncompressed(counter: ByteCounter) -> list[tuple[str, int]]:
    """Text responses over 20 KB that went out without Content-Encoding."""
    text = (".js", ".css", ".json", ".html", ".svg")
    return [(url, n) for url, n in counter.http.items()
            if n > 20_000 and url.split("?")[0].endswith(text) and not counter.encodings.get(url)]  # fmt: skip


def click_runs(browser: Any, base: str, runs: int) -> list[float]:
    """On the overview, click a region of the map; seconds from the pointer going down to its profile ready."""
    out = []
    for _ in range(runs):
        _, context, page = first_visit(browser, f"{base}/", keep=True)
        try:
            old = page.locator("[data-testid='stMain'] h1").first.text_content() or ""
            target = page.locator(f".atlas-map path[data-id='{CLICK_REGION}']").first
            target.scroll_into_view_if_needed()
            extra = f"location.pathname.endsWith('/region') && document.querySelector('h1').textContent !== {old!r}"
            out.append(act_and_wait(page, lambda p, t=target: t.click(), extra) / 1000)
        finally:
            context.close()
    return out


def measure(runs: int, paths: list[str] | None = None) -> dict[str, Any]:
    """Every page and floor; with `paths`, only those pages (warmed, timed, bytes counted), the click on the map when
    `/` is among them, and only the picture floor."""
    from playwright.sync_api import sync_playwright

    from bench import floors

    t0 = time.monotonic()
    chosen = [p for p in PAGES if paths is None or p.path in paths]
    r: dict[str, Any] = {"machine": machine(), "runs": runs, "partial": paths is not None}
    r["compress_build_s"] = build_compressed()
    with tempfile.TemporaryDirectory(prefix="atlas-bench-") as tmp, sync_playwright() as pw:
        work = Path(tmp)
        browser = launch_browser(pw)
        with Server(script="serve.py", log=work / "atlas.log") as app:
            r["start_to_health_s"] = app.started_in
            r["rss_start"] = main_rss(app)
            r["cold_first_visit_s"] = first_visit(browser, f"{app.url}/")[0] / 1000
            for page in chosen:  # warm: every page's caches are the server's
                if page.path != "/":
                    first_visit(browser, app.url + page.path)
            r["rss_warm"] = settle_rss(app)
            r["rss_warm_main"] = main_rss(app)
            r["pages"] = {}
            for page in chosen:
                r["pages"][page.path] = visits(browser, app.url + page.path, runs, widget=page.widget)
                print(f"bench: {page.path} done ({time.monotonic() - t0:.0f} s)", flush=True)
            if any(page.path == "/" for page in chosen):
                r["click"] = click_runs(browser, app.url, runs)
            r["rss_after"] = main_rss(app)
        svg = floors.overview_svg()
        r["floors"] = {}
        floors.write_picture_app(work / "picture", svg)
        floors.write_plotly_app(work / "plotly")
        for name in ("picture",) if paths is not None else ("picture", "plotly"):
            folder = work / name
            with Server(script="app.py", cwd=folder, log=work / f"{name}.log") as floor:
                first_visit(browser, f"{floor.url}/")
                r["floors"][name] = visits(browser, f"{floor.url}/", runs)
                r["floors"][name]["rss"] = main_rss(floor)
        if paths is None:
            floors.write_static_page(work / "static", svg)
            with floors.StaticSite(work / "static") as site:
                first_visit(browser, site.url, static=True)
                r["floors"]["static"] = visits(browser, site.url, runs, static=True)
        print(f"bench: floors done ({time.monotonic() - t0:.0f} s)", flush=True)
        browser.close()
    r["elapsed_s"] = time.monotonic() - t0
    return r


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--runs", type=int, default=3, help="visits per measurement (median); 3 or 5")
    parser.add_argument("--lighthouse", action="store_true", help="also run Lighthouse (bench/lighthouse.py)")
    parser.add_argument("--pages", nargs="+", metavar="PATH", choices=[p.path for p in PAGES],
                        help="only these pages against the picture floor (e.g. / '/?present=1'); writes "
                        "bench/results/partial.{md,json}, not the report")  # fmt: skip
    args = parser.parse_args(argv)
    if args.pages:
        write_partial(measure(args.runs, args.pages))
        return 0
    results = measure(args.runs)
    if args.lighthouse:
        write_reports(results)  # the timings are kept even if Lighthouse then fails
        from bench import lighthouse

        results["lighthouse"] = lighthouse.measure()
    else:
        previous = ROOT / "bench" / "results" / "lighthouse.json"
        if previous.exists():
            results["lighthouse"] = json.loads(previous.read_text(encoding="utf-8"))
    write_reports(results)
    return 0


def write_reports(results: dict[str, Any], root: Path = ROOT) -> str:
    report = render(results)
    out = root / "bench" / "results"
    out.mkdir(parents=True, exist_ok=True)
    (out / "latest.md").write_text(report, encoding="utf-8")
    (out / "latest.json").write_text(json.dumps(results, indent=1, default=str), encoding="utf-8")
    (root / "bench" / "REPORT.md").write_text(report, encoding="utf-8")
    print(report)
    return report


def write_partial(results: dict[str, Any], root: Path = ROOT) -> str:
    """The pages of a `--pages` run against the picture floor: ready, ratio, widget, bytes (HTTP and websocket)."""
    picture = stats(results["floors"]["picture"]["times"])
    lines = [
        f"# Benchmark, some pages ({results['machine']['date']}, medians of {results['runs']}, "
        f"load at start {results['machine']['load average at start']})",
        "",
        "| page | ready | ÷ picture floor | widget → ready | HTTP bytes | websocket bytes |",
        "|---|---|---|---|---|---|",
    ]
    for path, p in results["pages"].items():
        s = stats(p["times"])
        widget = f"{p['widget_label']}: {fmt(stats(p['widget']))}" if p.get("widget") else ""
        lines.append(f"| `{path}` | {fmt(s)} | ×{s['median'] / picture['median']:.2f} | {widget} "
                     f"| {p['http']:,} | {p['ws']:,} |")  # fmt: skip
    lines.append(f"| picture floor | {fmt(picture)} | ×1.00 | | | |")
    if results.get("click"):
        lines += ["", f"Click {CLICK_REGION} on the map → its profile ready: {fmt(stats(results['click']))}"]
    report = "\n".join(lines) + "\n"
    out = root / "bench" / "results"
    out.mkdir(parents=True, exist_ok=True)
    (out / "partial.md").write_text(report, encoding="utf-8")
    (out / "partial.json").write_text(json.dumps(results, indent=1, default=str), encoding="utf-8")
    print(report)
    return report


# --- the report ---------------------------------------------------------------------------------------------------


def fmt(s: dict[str, float], digits: int = 2) -> str:
    return f"{s['median']:.{digits}f} s ({s['min']:.{digits}f}–{s['max']:.{digits}f}, n={s['n']})"


def verdict(ok: bool) -> str:
    return "met" if ok else "**missed**"


def mb(n: float) -> str:
    return f"{n / 1024 / 1024:.2f} MB"


def render(r: dict[str, Any]) -> str:
    fl = {name: stats(f["times"]) for name, f in r["floors"].items()}
    picture, plotly = fl["picture"]["median"], fl["plotly"]["median"]
    pages = {path: stats(p["times"]) for path, p in r["pages"].items()}
    lh = r.get("lighthouse") or {}
    lh_pages = lh.get("pages", {})
    kinds = {p.path: p.floor for p in PAGES}
    lines = [
        "# Benchmark: every page against its floor",
        "",
        "Generated by `python -m bench.run` (`make bench`; do not edit by hand; `bench/results/latest.md` is the same "
        "report).",
        "",
        "## Method",
        "",
        "Headless Chromium on this machine, each visit in a new browser context (cold browser cache), the server warm "
        f"(every page visited once first), medians of {r['runs']}, everything in one run. A page is **ready** when "
        "its title is up, Streamlit's running indicator and skeletons are gone, every chart "
        "(`.atlas-chart[data-drawn]`), map (`.atlas-map[data-drawn]`), plotly and deck.gl canvas and picture is "
        "drawn and its script run has finished (counted on the websocket); the time is the first animation frame "
        "where all of that holds, from navigation. The atlas runs as `make run` serves it (`streamlit run serve.py`, "
        "the compressed copies built first). Floors, same run, bare `streamlit run`: the **picture floor** (a "
        "minimal Streamlit page showing the overview's map as one SVG picture), the **plotly floor** (a minimal "
        "Streamlit page with one small plotly chart) and the map alone as a **static HTML file**. The machine "
        "has 2 cores shared with other work: read the ratios rather than the seconds.",
        "",
        "## Machine",
        "",
        *[f"- {k}: {v}" for k, v in r["machine"].items()],
        f"- whole run: {r['elapsed_s']:.0f} s (compressed copies built in {r['compress_build_s']:.0f} s first)",
        "",
        f"## Ready per page: before ({BEFORE['date']}, measured on main before) and after",
        "",
        "| page | before: ready | before: ÷ its floor | after: ready | ÷ picture floor | ÷ floor of its kind "
        "| Lighthouse perf | bytes, first visit |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for path, s in pages.items():
        before = BEFORE["ready"].get(path)
        kind = kinds.get(path, "picture")
        before_ratio = f"×{before / BEFORE['floors'][kind]:.2f} {kind}" if before else "–"
        own = picture if kind == "picture" else plotly
        score = lh_pages.get(path, {})
        perf = f"{score['performance']:.0f}" if "performance" in score else "–"
        p = r["pages"][path]
        lines.append(
            f"| `{path}` | {f'{before:.2f} s' if before else '–'} | {before_ratio} | {fmt(s)} "
            f"| ×{s['median'] / picture:.2f} | ×{s['median'] / own:.2f} {kind} | {perf} | {mb(p['http'] + p['ws'])} |"
        )
    static = fl["static"]
    lines += [
        f"| picture floor | {BEFORE['floors']['picture']:.2f} s | | {fmt(fl['picture'])} | ×1.00 | | "
        f"{_perf(lh, 'bare')} | {mb(r['floors']['picture']['http'] + r['floors']['picture']['ws'])} |",
        f"| plotly floor | {BEFORE['floors']['plotly']:.2f} s | | {fmt(fl['plotly'])} | ×{plotly / picture:.2f} | | "
        f"| {mb(r['floors']['plotly']['http'] + r['floors']['plotly']['ws'])} |",
        f"| the map alone, static HTML | {BEFORE['floors']['static']:.2f} s | | {fmt(static)} | | | "
        f"| {mb(r['floors']['static']['http'])} |",
        "",
        "Bytes: HTTP as encoded on the wire (headers included) plus the websocket payload as the page receives it "
        "(after permessage-deflate, so an upper bound). Before: "
        f"{BEFORE['bytes_note']}; Lighthouse before: {BEFORE['lighthouse']}.",
        "",
        "## Interactions (from the input event to the page ready again)",
        "",
        "| page | widget | after |",
        "|---|---|---|",
    ]
    for path, p in r["pages"].items():
        if p.get("widget"):
            lines.append(f"| `{path}` | {p['widget_label']} | {fmt(stats(p['widget']))} |")
    click = stats(r["click"])
    lines += [
        f"| `/` | click {CLICK_REGION} on the map → its profile ready | {fmt(click)} |",
        "",
        "## Server",
        "",
        f"- start (`streamlit run serve.py`) → health: {r['start_to_health_s']:.2f} s; first visit of `/` on that "
        f"cold server: {r['cold_first_visit_s']:.2f} s",
        f"- RSS of the server process at start (no session yet): {mb(r['rss_start'])}; after every page once "
        f"(warm): {mb(r['rss_warm_main'])} (with child processes: {mb(r['rss_warm'])}); at the end: "
        f"{mb(r['rss_after'])}",
        f"- the picture floor's server after its visits: {mb(r['floors']['picture']['rss'])}; the plotly floor's: "
        f"{mb(r['floors']['plotly']['rss'])}",
        "",
        "## Largest responses of a first visit (encoded bytes)",
        "",
    ]
    for path, p in r["pages"].items():
        big = ", ".join(f"{url.split('?')[0].rsplit('/', 1)[-1]} {n / 1024:,.0f} KB" for url, n in p["largest"][:4])
        lines.append(f"- `{path}`: {big}")
        if p.get("uncompressed"):
            names = ", ".join(u.split("?")[0].rsplit("/", 1)[-1] for u, _ in p["uncompressed"])
            lines.append(f"  - sent without compression: {names}")
    lines += ["", "## Goals", "", "| goal | after | verdict |", "|---|---|---|"]
    worst = max(pages.values(), key=lambda s: s["median"])["median"]
    worst_ratio = max(s["median"] / picture for s in pages.values())
    widgets = {path: stats(p["widget"])["median"] for path, p in r["pages"].items() if p.get("widget")}
    heaviest = max((p["http"] + p["ws"]) for p in r["pages"].values())
    lines += [
        f"| every page ready ≤ {GOALS['ready_s']} s | slowest {worst:.2f} s | {verdict(worst <= GOALS['ready_s'])} |",
        f"| every page ≤ {GOALS['vs_picture']}× the picture floor | worst ×{worst_ratio:.2f} "
        f"| {verdict(worst_ratio <= GOALS['vs_picture'])} |",
        f"| widget → updated view ≤ {GOALS['widget_s']} s | slowest {max(widgets.values()):.2f} s "
        f"({max(widgets, key=widgets.__getitem__)}) | {verdict(max(widgets.values()) <= GOALS['widget_s'])} |",
        f"| click on a region → profile ready ≤ {GOALS['click_s']} s | {click['median']:.2f} s "
        f"| {verdict(click['median'] <= GOALS['click_s'])} |",
        f"| bytes per first visit ≤ {GOALS['bytes_mb']} MB | heaviest {mb(heaviest)} "
        f"| {verdict(heaviest <= GOALS['bytes_mb'] * 1024 * 1024)} |",
    ]
    if lh_pages:
        bare = lh.get("bare", {}).get("performance", 0)
        low = min(p.get("performance", 0) for p in lh_pages.values())
        lines.append(f"| Lighthouse performance ≥ the bare Streamlit page's ({bare:.0f}) | lowest {low:.0f} "
                     f"| {verdict(low >= bare)} |")  # fmt: skip
    if lh:
        lines += ["", *_lighthouse_lines(lh)]
    notes = ROOT / "bench" / "NOTES.md"
    if notes.exists():
        lines += ["", notes.read_text(encoding="utf-8").strip()]
    return "\n".join(lines) + "\n"


def _perf(lh: dict[str, Any], key: str) -> str:
    value = lh.get(key, {}).get("performance")
    return f"{value:.0f}" if value is not None else "–"


def _lighthouse_lines(lh: dict[str, Any]) -> list[str]:
    lines = [
        f"## Lighthouse {lh.get('version', '')} (desktop preset, simulated throttling; {lh.get('date', '')})",
        "",
        "The atlas as `make run` serves it; the bare Streamlit page is a one-line `st.title` app on a bare "
        "`streamlit run`.",
        "",
        "| page | performance | total bytes | FCP | LCP | TBT | main-thread scripting, busiest |",
        "|---|---|---|---|---|---|---|",
    ]
    rows = {**lh.get("pages", {}), "(bare Streamlit page)": lh.get("bare", {})}
    for path, s in rows.items():
        if not s:
            continue
        lines.append(
            f"| {path if path.startswith('(') else f'`{path}`'} | {s['performance']:.0f} | {mb(s['bytes'])} "
            f"| {s['fcp_ms'] / 1000:.1f} s | {s['lcp_ms'] / 1000:.1f} s | {s['tbt_ms']:.0f} ms "
            f"| {', '.join(f'{name} {ms} ms' for name, ms in s.get('scripting', []))} |"
        )
    return lines


if __name__ == "__main__":
    raise SystemExit(main())
