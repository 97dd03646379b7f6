"""`python -m bench.lighthouse`: Lighthouse (desktop preset) on every page and on a bare Streamlit page.

Needs the Lighthouse CLI (12.x; `npm i -E lighthouse@12.2.3` somewhere, then put its `node_modules/.bin` on PATH or
set LIGHTHOUSE to the binary) and Chromium (CHROME_PATH, default /usr/bin/chromium). Without it, says so and exits.
The atlas runs as `make run` serves it (`streamlit run serve.py`, compressed copies built first); the bare page is
a one-line `st.title` app on a bare `streamlit run`. Lighthouse's desktop preset simulates a 10 Mbit/s link.
Writes bench/results/lighthouse.json and, when bench/results/latest.json exists, regenerates bench/REPORT.md.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from bench.common import CHROMIUM, ROOT, Server

BARE_SCRIPT = 'import streamlit as st\n\nst.title("Streamlit")\n'
BARE_CONFIG = '[server]\nheadless = true\nfileWatcherType = "none"\n[browser]\ngatherUsageStats = false\n'


def binary() -> str | None:
    """The Lighthouse CLI: $LIGHTHOUSE, else `lighthouse` on PATH, else node_modules/.bin in the repository."""
    explicit = os.environ.get("LIGHTHOUSE", "").strip()
    if explicit:
        return explicit if Path(explicit).exists() else None
    found = shutil.which("lighthouse")
    if found:
        return found
    local = ROOT / "node_modules" / ".bin" / "lighthouse"
    return str(local) if local.exists() else None


def summary(report: dict[str, Any]) -> dict[str, Any]:
    """Performance score (0–100), total bytes, FCP, LCP and TBT of one Lighthouse JSON report, and the scripts that
    kept the main thread busiest (bootup-time: file name, ms of scripting)."""
    audits = report["audits"]
    score = report["categories"]["performance"]["score"]
    items = audits.get("bootup-time", {}).get("details", {}).get("items", [])
    busiest = sorted(items, key=lambda i: -float(i.get("scripting", 0)))[:3]
    return {
        "scripting": [
            [
                str(i.get("url", "")).split("?")[0].rsplit("/", 1)[-1] or str(i.get("url", "")),
                round(float(i.get("scripting", 0))),
            ]
            for i in busiest
        ],  # fmt: skip
        "performance": round(100 * float(score or 0), 1),
        "bytes": float(audits["total-byte-weight"]["numericValue"]),
        "fcp_ms": float(audits["first-contentful-paint"]["numericValue"]),
        "lcp_ms": float(audits["largest-contentful-paint"]["numericValue"]),
        "tbt_ms": float(audits["total-blocking-time"]["numericValue"]),
    }


ATTEMPTS = 3


def run_one(cli: str, url: str, out: Path) -> dict[str, Any]:
    env = {**os.environ, "CHROME_PATH": os.environ.get("CHROME_PATH", CHROMIUM)}
    cmd = [cli, url, "--preset=desktop", "--only-categories=performance", "--output=json", f"--output-path={out}",
           "--quiet", "--chrome-flags=--headless=new --no-sandbox --disable-gpu"]  # fmt: skip
    for attempt in range(1, ATTEMPTS + 1):  # Lighthouse's Chrome launch fails now and then on a busy machine
        done = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=240, check=False)
        if done.returncode == 0:
            return summary(json.loads(out.read_text(encoding="utf-8")))
        print(f"bench.lighthouse: {url} failed (attempt {attempt}): {done.stderr.strip()[-300:]}", file=sys.stderr)
    raise RuntimeError(f"Lighthouse failed {ATTEMPTS} times on {url}")


def version(cli: str) -> str:
    return subprocess.run([cli, "--version"], capture_output=True, text=True, check=False).stdout.strip()


def measure(paths: list[str] | None = None) -> dict[str, Any]:
    """Lighthouse on the atlas's pages (bench.run.PAGES) and on a bare Streamlit page; {} without the CLI."""
    from bench.run import PAGES, build_compressed

    cli = binary()
    if cli is None:
        print("bench.lighthouse: no Lighthouse CLI (set LIGHTHOUSE or put it on PATH); skipped", file=sys.stderr)
        return {}
    build_compressed()
    result: dict[str, Any] = {"version": version(cli), "date": dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
                              "pages": {}}  # fmt: skip
    with tempfile.TemporaryDirectory(prefix="atlas-lighthouse-") as tmp:
        work = Path(tmp)
        with Server(script="serve.py", log=work / "atlas.log") as app:
            for path in paths or [p.path for p in PAGES]:
                run_one(cli, app.url + path, work / "warm.json")  # the server's caches warm, as in bench.run
                result["pages"][path] = run_one(cli, app.url + path, work / "page.json")
                print(f"bench.lighthouse: {path} {result['pages'][path]['performance']:.0f}", flush=True)
        bare = work / "bare"
        (bare / ".streamlit").mkdir(parents=True)
        (bare / ".streamlit" / "config.toml").write_text(BARE_CONFIG, encoding="utf-8")
        (bare / "app.py").write_text(BARE_SCRIPT, encoding="utf-8")
        with Server(script="app.py", cwd=bare, log=work / "bare.log") as server:
            run_one(cli, f"{server.url}/", work / "warm.json")
            result["bare"] = run_one(cli, f"{server.url}/", work / "bare.json")
    out = ROOT / "bench" / "results"
    out.mkdir(parents=True, exist_ok=True)
    (out / "lighthouse.json").write_text(json.dumps(result, indent=1), encoding="utf-8")
    return result


def main() -> int:
    result = measure(sys.argv[1:] or None)
    if not result:
        return 1
    latest = ROOT / "bench" / "results" / "latest.json"
    if latest.exists():
        from bench.run import write_reports

        results = json.loads(latest.read_text(encoding="utf-8"))
        results["lighthouse"] = result
        write_reports(results)
    else:
        print(json.dumps(result, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
