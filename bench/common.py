"""Shared pieces of the benchmarks: a loopback Streamlit server, RSS, headless Chromium and in-page timers.

Only loopback addresses are used. Every server started here is stopped by the `Server` context manager.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import socket
import statistics
import struct
import subprocess
import sys
import threading
import time
import urllib.request
import zlib
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import psutil

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run", "--disable-quic"]  # fmt: skip
MAP_PATHS = 83  # regions drawn on the map (+1 Belarus path)
VIEWPORT = {"width": 1440, "height": 1000}
HOST = "127.0.0.1"


def free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return int(s.getsockname()[1])


def wait_http(url: str, timeout: float = 60.0) -> float:
    """Poll until `url` answers 200; returns the seconds waited."""
    start = time.monotonic()
    while True:
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return time.monotonic() - start
        except OSError:
            pass
        if time.monotonic() - start > timeout:
            raise TimeoutError(f"{url} did not answer within {timeout:.0f} s")
        time.sleep(0.1)


class Server:
    """`streamlit run SCRIPT` on a free loopback port, in `cwd`; stopped (with its children) on exit."""

    def __init__(self, script: str = "app.py", cwd: Path = ROOT, env: dict[str, str] | None = None,
                 port: int | None = None, log: Path | None = None) -> None:  # fmt: skip
        self.script, self.cwd, self.port = script, cwd, port or free_port()
        self.env = {**os.environ, **(env or {})}
        self.log = log
        self.proc: subprocess.Popen[bytes] | None = None
        self.started_in = 0.0

    @property
    def url(self) -> str:
        return f"http://{HOST}:{self.port}"

    def __enter__(self) -> Server:
        cmd = [sys.executable, "-m", "streamlit", "run", self.script, "--server.port", str(self.port),
               "--server.address", HOST, "--server.headless", "true",
               "--browser.gatherUsageStats", "false"]  # fmt: skip
        out = open(self.log, "wb") if self.log else subprocess.DEVNULL  # noqa: SIM115
        self.proc = subprocess.Popen(cmd, cwd=self.cwd, env=self.env, stdout=out, stderr=subprocess.STDOUT,
                                     start_new_session=True)  # fmt: skip
        self.started_in = wait_http(f"{self.url}/_stcore/health")
        return self

    def rss(self) -> int:
        """Resident memory of the server process and all its children, in bytes."""
        assert self.proc is not None
        return rss_tree(self.proc.pid)

    def __exit__(self, *exc: object) -> None:
        if self.proc and self.proc.poll() is None:
            try:
                os.killpg(self.proc.pid, signal.SIGTERM)  # our own process group (start_new_session)
                self.proc.wait(10)
            except (ProcessLookupError, subprocess.TimeoutExpired):
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait(5)


def rss_tree(pid: int) -> int:
    proc = psutil.Process(pid)
    total = proc.memory_info().rss
    for child in proc.children(recursive=True):
        with contextlib.suppress(psutil.NoSuchProcess):
            total += child.memory_info().rss
    return total


def settle_rss(server: Server, seconds: float = 2.0) -> int:
    """RSS after letting the server go idle for a moment (median of a few samples)."""
    samples = []
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        samples.append(server.rss())
        time.sleep(0.25)
    return int(statistics.median(samples))


# In-page timers, installed before any page script runs. Times are performance.now(): ms since navigation start.
# "Drawn" means every region's shape is in the page with its colour: the atlas's SVG map (.atlas-map, the
# component in atlas/assets/regionmap.js) or a plotly choropleth (the floors drawn with plotly).
INIT_SCRIPT = """
(() => {
  const N = %(paths)d;
  const b = window.__bench = {drawnAt: null, clickAt: null, changedAt: null, baseline: null, ws: [], kind: null};
  const shapes = () => {
    const svg = document.querySelectorAll('.atlas-map__regions path[fill]');
    if (svg.length >= N) return {kind: 'svg', paths: svg, fill: (p) => p.getAttribute('fill'),
      title: document.querySelector('.atlas-map__title')};
    const plotly = document.querySelectorAll('path.choroplethlocation');
    if (plotly.length >= N) return {kind: 'plotly', paths: plotly, fill: (p) => p.style.fill,
      title: document.querySelector('.js-plotly-plot .gtitle')};
    return null;
  };
  const fp = () => {
    const found = shapes();
    if (found === null) return null;
    const fills = [];
    for (const p of found.paths) fills.push((p.getAttribute('data-id') || '') + '=' + found.fill(p));
    fills.sort();
    return (found.title ? found.title.textContent : '') + '|' + found.paths.length + '|' + fills.join(';');
  };
  window.__benchFp = fp;
  document.addEventListener('click', () => {
    b.baseline = fp(); b.clickAt = performance.now(); b.changedAt = null;
  }, true);
  const Native = window.WebSocket;
  if (Native) {
    window.WebSocket = function (...args) {
      const ws = new Native(...args);
      ws.addEventListener('message', (e) => {
        const n = e.data && (e.data.byteLength !== undefined ? e.data.byteLength : (e.data.size || e.data.length || 0));
        b.ws.push([performance.now(), n]);
      });
      return ws;
    };
    window.WebSocket.prototype = Native.prototype;
    Object.assign(window.WebSocket, {CONNECTING: 0, OPEN: 1, CLOSING: 2, CLOSED: 3});
  }
  const tick = () => {
    if (b.drawnAt === null) {
      const found = shapes();
      if (found !== null) {
        // the shapes are in the DOM with their colours; count from the next animation frame, when they are painted
        requestAnimationFrame(() => {
          if (b.drawnAt === null) { b.drawnAt = performance.now(); b.kind = found.kind; }
        });
      }
    } else if (b.clickAt !== null && b.changedAt === null) {
      const f = fp();
      if (f !== null && f !== b.baseline) b.changedAt = performance.now();
    }
    setTimeout(tick, 4);
  };
  tick();
})();
""".replace("%(paths)d", str(MAP_PATHS))

RESOURCE_TIMINGS_JS = """
() => performance.getEntriesByType('resource').map(e => ({name: e.name, start: e.startTime, end: e.responseEnd,
  size: e.encodedBodySize, decoded: e.decodedBodySize, transfer: e.transferSize}))
"""


def launch_browser(playwright: Any) -> Any:
    return playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)


@dataclass
class ByteCounter:
    """Bytes the page receives, from the DevTools protocol: HTTP bodies (encoded) and websocket payloads."""

    http: dict[str, int] = field(default_factory=dict)  # url -> encodedDataLength (headers + body on the wire)
    ws_payload: int = 0  # decompressed websocket payload bytes (CDP reports after permessage-deflate)
    ws_frames: list[bytes] = field(default_factory=list)
    _urls: dict[str, str] = field(default_factory=dict)

    def attach(self, context: Any, page: Any) -> None:
        cdp = context.new_cdp_session(page)
        cdp.send("Network.enable")
        cdp.on("Network.requestWillBeSent", lambda e: self._urls.__setitem__(e["requestId"], e["request"]["url"]))
        cdp.on("Network.loadingFinished", self._finished)
        cdp.on("Network.webSocketFrameReceived", self._frame)

    def _finished(self, event: dict[str, Any]) -> None:
        url = self._urls.get(event["requestId"], event["requestId"])
        self.http[url] = self.http.get(url, 0) + int(event["encodedDataLength"])

    def _frame(self, event: dict[str, Any]) -> None:
        import base64

        response = event["response"]
        data = response["payloadData"]
        raw = base64.b64decode(data) if response.get("opcode") == 2 else data.encode()
        self.ws_payload += len(raw)
        self.ws_frames.append(raw)

    @property
    def http_total(self) -> int:
        return sum(self.http.values())

    def http_matching(self, fragment: str) -> int:
        return sum(v for k, v in self.http.items() if fragment in k)


def page_load(browser: Any, url: str, *, counter: ByteCounter | None = None, timeout_ms: int = 30_000
              ) -> tuple[Any, Any, dict[str, Any]]:  # fmt: skip
    """Open `url` in a new context (cold cache); wait for the map; return (context, page, timings in ms)."""
    context = browser.new_context(viewport=VIEWPORT, bypass_csp=True)  # wait_for_function uses eval; CSP forbids it
    page = context.new_page()
    page.add_init_script(INIT_SCRIPT)
    if counter is not None:
        counter.attach(context, page)
    page.goto(url, wait_until="commit")
    page.wait_for_function("window.__bench && window.__bench.drawnAt !== null", timeout=timeout_ms, polling=50)
    bench = page.evaluate("() => window.__bench")
    return context, page, bench


# The main figure of every other page, as the user waits for it: (path, what is drawn, JS condition).
MAP_DRAWN = f"document.querySelectorAll('.atlas-map__regions path[fill]').length >= {MAP_PATHS}"
PLOTLY_DRAWN = "document.querySelector('.js-plotly-plot .main-svg g.cartesianlayer g.trace') !== null"
PAGES = [
    ("/working-groups", "the map of working groups", MAP_DRAWN),
    ("/?present=1&slide=2", "presenter mode, the trade map slide", MAP_DRAWN),
    ("/region?region=RU-SMO", "the trade chart of a profile", PLOTLY_DRAWN),
    ("/visits", "the visits timeline", PLOTLY_DRAWN),
    ("/forums", "the forums timeline", PLOTLY_DRAWN),
    ("/links", "the 3D map (deck.gl canvas)", "(document.querySelector('canvas#deckgl-overlay') || {}).width > 0"),
]


def page_ready(browser: Any, url: str, condition: str, timeout_ms: int = 60_000) -> float:
    """Open `url` in a new context (cold cache); ms from navigation to the first animation frame where `condition`
    holds (checked every frame)."""
    context = browser.new_context(viewport=VIEWPORT, bypass_csp=True)  # wait_for_function uses eval; CSP forbids it
    try:
        page = context.new_page()
        page.goto(url, wait_until="commit")
        handle = page.wait_for_function(f"() => ({condition}) ? performance.now() : false", polling="raf",
                                        timeout=timeout_ms)  # fmt: skip
        return float(handle.json_value())
    finally:
        context.close()


def widget_change(page: Any, radio_name: str, timeout_ms: int = 20_000) -> float:
    """Click a segmented-control option; ms from the click event to the map's redraw (fills or title changed)."""
    page.wait_for_timeout(300)  # let the previous run finish (status widget idle)
    page.get_by_role("radio", name=radio_name, exact=True).click()
    page.wait_for_function("window.__bench.changedAt !== null", timeout=timeout_ms, polling=20)
    b = page.evaluate("() => window.__bench")
    return float(b["changedAt"] - b["clickAt"])


def stats(values: list[float]) -> dict[str, float]:
    return {"median": statistics.median(values), "min": min(values), "max": max(values), "n": len(values)}


# --- a loopback TCP proxy that counts what the server sends, and decodes websocket frames --------------------------


@dataclass
class WireCount:
    http_bytes: int = 0  # server -> client bytes on plain HTTP connections (headers included)
    ws_wire: int = 0  # server -> client bytes on websocket connections (frames, compressed, after the handshake)
    ws_messages: list[tuple[int, bytes]] = field(default_factory=list)  # (wire bytes of the message, payload)


class CountingProxy:
    """Forward 127.0.0.1:port -> target; count server->client bytes; decode server websocket frames (deflate)."""

    def __init__(self, target_port: int) -> None:
        self.target_port = target_port
        self.port = free_port()
        self.count = WireCount()
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._ready = threading.Event()
        self._server: asyncio.base_events.Server | None = None

    def _run(self) -> None:
        asyncio.set_event_loop(self._loop)
        self._server = self._loop.run_until_complete(asyncio.start_server(self._handle, HOST, self.port))
        self._ready.set()
        self._loop.run_forever()

    def __enter__(self) -> CountingProxy:
        self._thread.start()
        self._ready.wait(5)
        return self

    def __exit__(self, *exc: object) -> None:
        def stop() -> None:
            assert self._server is not None
            self._server.close()
            self._loop.stop()

        self._loop.call_soon_threadsafe(stop)
        self._thread.join(5)

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            up_reader, up_writer = await asyncio.open_connection(HOST, self.target_port)
        except OSError:
            writer.close()
            return
        state: dict[str, Any] = {"ws": False}

        async def client_to_server() -> None:
            first = True
            while data := await reader.read(65536):
                if first and b"upgrade: websocket" in data.lower():
                    state["ws"] = True
                first = False
                up_writer.write(data)
                await up_writer.drain()
            up_writer.close()

        async def server_to_client() -> None:
            buffer = b""
            handshake_done = False
            inflater = None
            no_context = False
            parts: list[bytes] = []
            wire = 0
            compressed_msg = False
            while data := await up_reader.read(65536):
                writer.write(data)
                await writer.drain()
                if not state["ws"]:
                    self.count.http_bytes += len(data)
                    continue
                buffer += data
                if not handshake_done:
                    end = buffer.find(b"\r\n\r\n")
                    if end < 0:
                        continue
                    head = buffer[:end].decode("latin-1").lower()
                    self.count.http_bytes += end + 4
                    buffer = buffer[end + 4 :]
                    handshake_done = True
                    if "permessage-deflate" in head:
                        inflater = zlib.decompressobj(-15)
                        no_context = "server_no_context_takeover" in head
                self.count.ws_wire += 0  # counted per frame below
                while len(buffer) >= 2:
                    b0, b1 = buffer[0], buffer[1]
                    length, offset = b1 & 0x7F, 2
                    if length == 126:
                        if len(buffer) < 4:
                            break
                        length, offset = struct.unpack(">H", buffer[2:4])[0], 4
                    elif length == 127:
                        if len(buffer) < 10:
                            break
                        length, offset = struct.unpack(">Q", buffer[2:10])[0], 10
                    if len(buffer) < offset + length:
                        break
                    payload = buffer[offset : offset + length]
                    buffer = buffer[offset + length :]
                    opcode = b0 & 0x0F
                    self.count.ws_wire += offset + length
                    if opcode in (1, 2):
                        compressed_msg = bool(b0 & 0x40)
                        parts, wire = [payload], offset + length
                    elif opcode == 0:
                        parts.append(payload)
                        wire += offset + length
                    else:
                        continue  # control frames
                    if b0 & 0x80:  # FIN
                        body = b"".join(parts)
                        if compressed_msg and inflater is not None:
                            body = inflater.decompress(body + b"\x00\x00\xff\xff")
                            if no_context:
                                inflater = zlib.decompressobj(-15)
                        self.count.ws_messages.append((wire, body))
            writer.close()

        await asyncio.gather(client_to_server(), server_to_client(), return_exceptions=True)


@contextmanager
def timed() -> Any:
    box = {"s": 0.0}
    start = time.perf_counter()
    yield box
    box["s"] = time.perf_counter() - start
