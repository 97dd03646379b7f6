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


# In-page probes, installed before any page script runs (times are performance.now(): ms since navigation start).
# The websocket hook counts Streamlit's "script finished" messages (ForwardMsg field 6, a varint; status 2, "finished
# early for a rerun", does not count): a page is never ready while its script has not finished once.
INIT_SCRIPT = """
(() => {
  const b = window.__bench = {finished: 0, finishedAt: [], wsBytes: 0, armed: false, actAt: null, actFinished: 0};
  const varint = (u, i) => {
    let v = 0, s = 0, c;
    do { c = u[i++]; v += (c & 0x7f) * 2 ** s; s += 7; } while ((c & 0x80) && i < u.length);
    return [v, i];
  };
  const isFinished = (u) => {
    let i = 0;
    while (i < u.length) {
      let tag; [tag, i] = varint(u, i);
      const field = Math.floor(tag / 8), wire = tag & 7;
      if (wire === 0) { let v; [v, i] = varint(u, i); if (field === 6) return v !== 2; }
      else if (wire === 2) { let n; [n, i] = varint(u, i); i += n; }
      else if (wire === 1) i += 8;
      else if (wire === 5) i += 4;
      else return false;
    }
    return false;
  };
  const onData = (buf) => {
    const u = new Uint8Array(buf);
    b.wsBytes += u.length;
    if (isFinished(u)) { b.finished += 1; b.finishedAt.push(performance.now()); }
  };
  const Native = window.WebSocket;
  if (Native) {
    window.WebSocket = function (...args) {
      const ws = new Native(...args);
      ws.addEventListener('message', (e) => {
        if (e.data instanceof ArrayBuffer) onData(e.data);
        else if (e.data && e.data.arrayBuffer) e.data.arrayBuffer().then(onData);
      });
      return ws;
    };
    window.WebSocket.prototype = Native.prototype;
    Object.assign(window.WebSocket, {CONNECTING: 0, OPEN: 1, CLOSING: 2, CLOSED: 3});
  }
  // the user's action (click or key) once armed: its time and how many runs had finished before it
  const act = () => {
    if (!b.armed) return;
    b.armed = false; b.actAt = performance.now(); b.actFinished = b.finished;
  };
  // on window, in the capture phase, registered first: the stage's own window listener stops the keys it handles
  for (const type of ['pointerdown', 'keydown']) window.addEventListener(type, act, true);
  const all = (selector, test) => [...document.querySelectorAll(selector)].every(test);
  // Ready, as the issue defines it: title up, running indicator and skeletons gone, every chart, map, plotly and
  // deck.gl canvas and picture drawn; and (the websocket hook) a script run finished after `after` runs.
  window.__benchReady = (after) => {
    if (b.finished <= after) return false;
    const h1 = document.querySelector('[data-testid="stMain"] h1, [data-testid="stAppViewContainer"] h1');
    if (!h1 || !h1.textContent.trim()) return false;
    if (document.querySelector('[data-testid="stStatusWidget"], [data-testid="stSkeleton"], '
                               + '[data-testid="stAppSkeleton"]')) return false;
    return all('.atlas-chart, .atlas-map', (e) => e.hasAttribute('data-drawn'))
      && all('[data-testid="stBidiComponentRegular"], [data-testid="stBidiComponentIsolated"]',
             (e) => e.childElementCount > 0 || (e.shadowRoot && e.shadowRoot.childElementCount > 0))
      && all('[data-testid="stPlotlyChart"]', (e) => e.querySelector('.main-svg') !== null)
      && all('[data-testid="stDeckGlJsonChart"]', (e) => {
        const c = e.querySelector('canvas');
        return !!c && c.width > 0;
      })
      && all('[data-testid="stMain"] img', (e) => e.complete && e.naturalWidth > 0);
  };
})();
"""

# the static floor: the picture is in the page with its paths
STATIC_READY = "document.querySelectorAll('svg path').length > 80"


def launch_browser(playwright: Any) -> Any:
    return playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)


@dataclass
class ByteCounter:
    """Bytes the page receives, from the DevTools protocol: HTTP (encoded, headers included) and websocket payloads
    (as the page gets them, after permessage-deflate: an upper bound of what the wire carried)."""

    http: dict[str, int] = field(default_factory=dict)  # url -> encodedDataLength
    encodings: dict[str, str] = field(default_factory=dict)  # url -> Content-Encoding ('' when none)
    ws_payload: int = 0
    _urls: dict[str, str] = field(default_factory=dict)

    def attach(self, context: Any, page: Any) -> None:
        cdp = context.new_cdp_session(page)
        cdp.send("Network.enable")
        cdp.on("Network.requestWillBeSent", lambda e: self._urls.__setitem__(e["requestId"], e["request"]["url"]))
        cdp.on("Network.responseReceived", self._response)
        cdp.on("Network.loadingFinished", self._finished)
        cdp.on("Network.webSocketFrameReceived", self._frame)

    def _response(self, event: dict[str, Any]) -> None:
        headers = {k.lower(): v for k, v in event["response"].get("headers", {}).items()}
        self.encodings[event["response"]["url"]] = headers.get("content-encoding", "")

    def _finished(self, event: dict[str, Any]) -> None:
        url = self._urls.get(event["requestId"], event["requestId"])
        self.http[url] = self.http.get(url, 0) + int(event["encodedDataLength"])

    def _frame(self, event: dict[str, Any]) -> None:
        import base64

        response = event["response"]
        data = response["payloadData"]
        raw = base64.b64decode(data) if response.get("opcode") == 2 else data.encode()
        self.ws_payload += len(raw)

    @property
    def http_total(self) -> int:
        return sum(self.http.values())

    def largest(self, n: int = 5) -> list[tuple[str, int]]:
        return sorted(self.http.items(), key=lambda kv: -kv[1])[:n]


def new_page(browser: Any, counter: ByteCounter | None = None) -> tuple[Any, Any]:
    """A new browser context (cold cache) and page with the probes installed."""
    context = browser.new_context(viewport=VIEWPORT, bypass_csp=True)  # wait_for_function uses eval; CSP forbids it
    page = context.new_page()
    page.add_init_script(INIT_SCRIPT)
    if counter is not None:
        counter.attach(context, page)
    return context, page


def wait_ready(page: Any, after: int = 0, extra: str = "true", timeout_ms: int = 60_000) -> float:
    """ms (performance.now) of the first animation frame where the page is ready after `after` finished runs and
    `extra` (a JS expression) holds."""
    handle = page.wait_for_function(
        f"() => (window.__benchReady({after}) && ({extra})) ? performance.now() : false",
        polling="raf",
        timeout=timeout_ms,
    )
    return float(handle.json_value())


def first_visit(browser: Any, url: str, *, counter: ByteCounter | None = None, static: bool = False,
                keep: bool = False) -> tuple[float, Any, Any]:  # fmt: skip
    """Open `url` in a new context; ms from navigation to ready. Returns (ms, context, page); the context is closed
    unless `keep`."""
    context, page = new_page(browser, counter)
    try:
        page.goto(url, wait_until="commit")
        if static:
            handle = page.wait_for_function(f"() => ({STATIC_READY}) ? performance.now() : false", polling="raf")
            ms = float(handle.json_value())
        else:
            ms = wait_ready(page)
        if counter is not None:
            page.wait_for_timeout(300)  # late frames and requests still count
    except BaseException:
        context.close()
        raise
    if not keep:
        context.close()
    return ms, context, page


def act_and_wait(page: Any, action: Any, extra: str = "true", timeout_ms: int = 30_000) -> float:
    """Let the page settle, arm the probe, run `action(page)` (a click or a key press), and return ms from that input
    event to the page ready again after one more finished run (and `extra`)."""
    page.wait_for_timeout(400)
    page.evaluate("() => { window.__bench.armed = true; window.__bench.actAt = null; }")
    action(page)
    page.wait_for_function("() => window.__bench.actAt !== null", timeout=timeout_ms)
    after = int(page.evaluate("() => window.__bench.actFinished"))
    done = wait_ready(page, after, extra, timeout_ms)
    return done - float(page.evaluate("() => window.__bench.actAt"))


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
