"""`python -m bench.load [--sessions 30 --seconds 60]`: concurrent sessions changing the map's filters.

Starts the atlas on a free loopback port, opens N websocket sessions speaking Streamlit's protocol
(bench.wsclient: first run, then rerun_script with widget states), and has each cycle through measure / year /
mode changes for a bounded time. Reports requests, errors, p50/p95 of send → script_finished, and server RSS
before, at peak and after the sessions close (waits up to 30 s for it to settle). Appends a section to
bench/REPORT.md.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import datetime as dt
import random
import statistics
import tempfile
import threading
import time
from pathlib import Path

from bench.common import ROOT, Server
from bench.wsclient import Session

CHANGES = [
    ("overview.measure", "Экспорт Беларуси"),
    ("overview.year", "2024"),
    ("overview.measure", "Импорт Беларуси"),
    ("overview.year", "Последний год с данными"),
    ("overview.mode", "Соглашения"),
    ("overview.mode", "Торговля"),
    ("overview.measure", "Товарооборот"),
    ("overview.year", "2023"),
    ("overview.year", "Последний год с данными"),
]


def percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


Run = tuple[float, float, str]  # (seconds since the load started, send -> script_finished, what was sent)


async def one_session(
    port: int, t0: float, deadline: float, runs: list[Run], errors: list[str], seed: int, think: tuple[float, float]
) -> int:
    rng = random.Random(seed)
    done = 0
    s = Session(port)
    try:
        await s.connect()
        sent = time.monotonic()
        first = await s.rerun()
        runs.append((sent - t0, first.seconds, "first run"))
        done += 1
        step = rng.randrange(len(CHANGES))
        while time.monotonic() < deadline:
            key, value = CHANGES[step % len(CHANGES)]
            step += 1
            if key not in s.widgets:  # e.g. the year box is hidden in agreements mode
                continue
            if value not in s.widgets[key].options:
                continue
            sent = time.monotonic()
            result = await s.change(key, value)
            if result.status != 0:
                errors.append(f"script finished with status {result.status}")
            runs.append((sent - t0, result.seconds, f"{key} → {value}"))
            done += 1
            await asyncio.sleep(rng.uniform(*think))  # a user's pause between clicks
        errors.extend(f"exception element: {e}" for e in s.errors)
    except Exception as exc:  # noqa: BLE001 - every failure is counted, none stops the test
        errors.append(f"{type(exc).__name__}: {exc}")
    finally:
        with contextlib.suppress(Exception):
            await s.close()
    return done


def sample_rss(server: Server, stop: threading.Event, peak: list[int]) -> None:
    while not stop.is_set():
        try:
            peak[0] = max(peak[0], server.rss())
        except Exception:  # noqa: BLE001 - the process may be exiting
            return
        stop.wait(0.25)


async def run_load(port: int, sessions: int, seconds: float, think: tuple[float, float] = (0.5, 2.0)
                   ) -> tuple[list[Run], list[str], int]:  # fmt: skip
    t0 = time.monotonic()
    deadline = t0 + seconds
    runs: list[Run] = []
    errors: list[str] = []
    tasks = []
    for i in range(sessions):  # ramp up over ~2 s, as users arrive
        tasks.append(asyncio.create_task(one_session(port, t0, deadline, runs, errors, i, think)))
        await asyncio.sleep(2.0 / sessions)
    counts = await asyncio.wait_for(asyncio.gather(*tasks), seconds + 120)
    return runs, errors, sum(counts)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sessions", type=int, default=30)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--think", default="0.5-2", help="pause between a session's clicks, seconds (MIN-MAX)")
    parser.add_argument(
        "--session-ttl",
        type=int,
        default=10,
        help="server.disconnectedSessionTTL for this run (Streamlit's default 120 s would keep closed "
        "sessions in memory past the 30 s settle window)",
    )
    parser.add_argument("--no-report", action="store_true", help="print only; do not append to bench/REPORT.md")
    args = parser.parse_args(argv)
    think = tuple(float(x) for x in args.think.split("-", 1))
    mb = 1024 * 1024
    log = Path(tempfile.mkdtemp(prefix="atlas-load-")) / "server.log"
    env = {"STREAMLIT_SERVER_DISCONNECTED_SESSION_TTL": str(args.session_ttl)}
    with Server(log=log, env=env) as server:
        # warm: one session through every view, so the run measures steady state
        asyncio.run(run_load(server.port, 1, 3))
        time.sleep(1)
        before = server.rss()
        peak = [before]
        stop = threading.Event()
        sampler = threading.Thread(target=sample_rss, args=(server, stop, peak), daemon=True)
        sampler.start()
        started = time.monotonic()
        runs, errors, requests = asyncio.run(run_load(server.port, args.sessions, args.seconds, think))  # type: ignore[arg-type]
        latencies = [seconds for _, seconds, _ in runs]
        elapsed = time.monotonic() - started
        closed_at = time.monotonic()
        after = server.rss()
        while time.monotonic() - closed_at < 30:  # let it settle, up to 30 s
            time.sleep(2)
            now = server.rss()
            if abs(now - after) < 2 * mb and now - before < 20 * mb:
                after = now
                break
            after = now
        stop.set()
        sampler.join(2)
    settled = after - before < max(20 * mb, 0.1 * before)
    lines = [
        "",
        f"## Load test ({dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M UTC})",
        "",
        f"`python -m bench.load --sessions {args.sessions} --seconds {args.seconds:.0f} --think {args.think}`: "
        f"{args.sessions} websocket sessions (Streamlit protocol, loopback) cycling measure / year / mode, "
        f"{think[0]}–{think[1]} s between a session's clicks; disconnectedSessionTTL {args.session_ttl} s.",
        "",
        "| metric | value |",
        "|---|---|",
        f"| requests (script runs) | {requests} in {elapsed:.0f} s ({requests / elapsed:.1f}/s) |",
        f"| errors | {len(errors)} |",
        f"| p50 send → script_finished | {percentile(latencies, 0.5) * 1000:.0f} ms |",
        f"| p95 send → script_finished | {percentile(latencies, 0.95) * 1000:.0f} ms |",
        f"| max | {max(latencies, default=0) * 1000:.0f} ms |",
        f"| RSS before / peak / after close | {before / mb:.0f} / {peak[0] / mb:.0f} / {after / mb:.0f} MB |",
        f"| back near baseline within 30 s | {'yes' if settled else 'no'} ({(after - before) / mb:+.0f} MB) |",
        "",
        "Slowest runs (seconds after the start; the sessions arrive over the first 2 s):",
        "",
        *[f"- {lat * 1000:.0f} ms at {at:.1f} s: {what}" for at, lat, what in sorted(runs, key=lambda r: -r[1])[:5]],
        "",
    ]
    if errors:
        kinds: dict[str, int] = {}
        for e in errors:
            kinds[e[:160]] = kinds.get(e[:160], 0) + 1
        lines += ["Errors by kind:", "", *[f"- {n}× {e}" for e, n in kinds.items()], ""]
        tracebacks = [line for line in log.read_text(errors="replace").splitlines() if "Error" in line][:5]
        if tracebacks:
            lines += [f"Server log ({log}), first error lines:", "", *[f"    {t[:200]}" for t in tracebacks], ""]
    text = "\n".join(lines)
    print(text)
    if not args.no_report:
        report = ROOT / "bench" / "REPORT.md"
        with Path(report).open("a", encoding="utf-8") as handle:
            handle.write(text)
    if latencies:
        print(f"mean {statistics.mean(latencies) * 1000:.0f} ms", flush=True)
    return 1 if errors else 0


if __name__ == "__main__":
    raise SystemExit(main())
