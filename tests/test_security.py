"""Security headers: the middleware on its own, the same list in deploy/nginx.conf, and the served app in Chromium
(headers on the page, a bundle and a static file; the page still renders under its CSP; no other site may frame it;
a websocket from another origin is refused). Through nginx: tests/test_deploy_config.py (scripts/replicas.sh)."""

from __future__ import annotations

import asyncio
import os
import re
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import sync_playwright

from atlas.server import security

ROOT = Path(__file__).resolve().parent.parent
CONF = (ROOT / "deploy" / "nginx.conf").read_text(encoding="utf-8")
CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run", "--disable-quic"]
MAP_PATHS = ".atlas-map__regions path[data-id][fill]"
REQUIRED = {
    "x-frame-options": "SAMEORIGIN",
    "x-content-type-options": "nosniff",
    "referrer-policy": "strict-origin-when-cross-origin",
}


# --- the middleware alone ---------------------------------------------------------------------------------------


def _run(path: str, scope_type: str = "http", headers: list[tuple[bytes, bytes]] | None = None) -> list[dict]:
    """Messages the middleware sends for one request to an app that answers like Streamlit's static route."""
    sent: list[dict] = []
    reached: list[str] = []

    async def inner(scope: Any, receive: Any, send: Any) -> None:
        reached.append(scope["type"])
        if scope["type"] == "http":
            streamlit_like = [(b"access-control-allow-origin", b"*"), (b"server", b"TornadoServer/6.4")]
            await send({"type": "http.response.start", "status": 200, "headers": streamlit_like})
            await send({"type": "http.response.body", "body": b"{}"})

    async def send(message: dict) -> None:
        sent.append(message)

    async def receive() -> dict:
        return {"type": f"{scope_type}.connect" if scope_type == "websocket" else "http.request"}

    scope = {"type": scope_type, "path": path, "headers": headers or []}
    asyncio.run(security.SecurityHeaders(inner)(scope, receive, send))
    return [*sent, {"type": "reached", "scopes": reached}]


def _headers(messages: list[dict]) -> dict[str, str]:
    start = next(m for m in messages if m["type"] == "http.response.start")
    return {k.decode().lower(): v.decode() for k, v in start["headers"]}


@pytest.mark.parametrize(("path", "cors"), [("/", "*"), ("/app/static/ru_map.json", None)])
def test_middleware_adds_the_headers_and_narrows_static_cors(path: str, cors: str | None) -> None:
    got = _headers(_run(path))
    assert {k: got.get(k) for k in REQUIRED} == REQUIRED
    assert "frame-ancestors 'self'" in got["content-security-policy"]
    assert "server" not in got  # no server name or version from the app
    assert got.get("access-control-allow-origin") == cors  # the atlas's static files need no CORS at all


@pytest.mark.parametrize(
    ("origin", "host", "accepted"),
    [
        (b"http://127.0.0.1:8501", b"127.0.0.1:8501", True),
        (None, b"127.0.0.1:8501", True),  # non-browser clients may omit Origin
        (b"http://localhost:9999", b"localhost:8501", False),  # Streamlit itself lets any localhost port in
        (b"https://evil.example", b"atlas.example.by", False),
    ],
)
def test_websocket_from_another_origin_is_refused(origin: bytes | None, host: bytes, accepted: bool) -> None:
    headers = [(b"host", host)] + ([(b"origin", origin)] if origin else [])
    messages = _run("/_stcore/stream", "websocket", headers)
    assert (messages[-1]["scopes"] == ["websocket"]) is accepted
    assert any(m.get("type") == "websocket.close" for m in messages) is not accepted


def test_csp_allows_exactly_streamlits_inline_scripts() -> None:
    html = security.streamlit_index().read_text(encoding="utf-8")
    hashes = security.inline_script_hashes(html)
    assert len(hashes) == len(re.findall(r"<script>", html)) >= 1
    policy = security.content_security_policy()
    assert all(h in policy for h in hashes)
    assert "'unsafe-eval'" not in policy and "script-src 'self' blob: 'wasm-unsafe-eval' 'sha256-" in policy


def test_nginx_sends_the_same_headers_and_no_version() -> None:
    added = dict(re.findall(r'^\s*add_header ([\w-]+) "([^"]*)" always;', CONF, re.M))
    assert added == security.headers()  # one list: a change in atlas/server/security.py must reach deploy/nginx.conf
    assert re.search(r"^\s*server_tokens off;", CONF, re.M)
    static = re.search(r"location /app/static/ \{([^}]*)\}", CONF)
    assert static and "proxy_hide_header Access-Control-Allow-Origin;" in static.group(1)
    # a location with its own proxy_hide_header inherits none: the upstream's copies are hidden there too
    assert all(f"proxy_hide_header {name};" in static.group(1) for name in security.headers())


def test_deploy_readme_says_what_each_header_protects() -> None:
    readme = (ROOT / "deploy" / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## Security headers") :]
    assert all(f"`{name}" in section for name in [*security.headers(), "server_tokens"])


# --- the served app ---------------------------------------------------------------------------------------------


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    """The atlas as `make run` serves it (`streamlit run serve.py`), on a free loopback port."""
    port = _free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", "serve.py", "--server.port", str(port), "--server.address",
         "127.0.0.1"],
        cwd=ROOT, env={**os.environ, "ATLAS_DATA_DIR": ""}, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"{base}/_stcore/health", timeout=2):
                break
        except OSError:
            time.sleep(0.3)
    else:
        process.kill()
        pytest.fail("the app did not start")
    yield base
    process.terminate()
    process.wait(timeout=20)


def _get(url: str, **headers: str) -> dict[str, list[str]]:
    request = urllib.request.Request(url, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=20) as response:
            items = response.headers.items()
    except urllib.error.HTTPError as exc:
        items = exc.headers.items()
    found: dict[str, list[str]] = {}
    for name, value in items:
        found.setdefault(name.lower(), []).append(value)
    return found


@pytest.mark.browser
def test_served_headers_on_page_bundle_and_static_file(server: str) -> None:
    with urllib.request.urlopen(server + "/", timeout=20) as response:
        bundle = re.search(r'/static/js/index[^"]*\.js', response.read().decode())
    assert bundle
    for path in ("/", bundle.group(0), "/app/static/ru_map.json", "/no-such-page"):
        got = _get(server + path, Origin="https://evil.example")
        assert {k: got.get(k) for k in REQUIRED} == {k: [v] for k, v in REQUIRED.items()}, path
        policies = got["content-security-policy"]
        assert len(policies) == 1 and "frame-ancestors 'self'" in policies[0]
        assert not any(re.search(r"\d", v) for v in got.get("server", [])), (path, got.get("server"))
        if path.startswith("/app/static/"):
            assert "access-control-allow-origin" not in got, got


@pytest.mark.browser
def test_page_renders_under_its_csp_and_refuses_foreign_frames(server: str) -> None:
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        try:
            page = browser.new_page(viewport={"width": 1440, "height": 1000})
            messages: list[str] = []
            page.on("console", lambda msg: messages.append(msg.text))
            page.on("pageerror", lambda exc: messages.append(str(exc)))
            page.goto(server + "/")
            page.locator(MAP_PATHS).nth(82).wait_for(state="attached", timeout=60_000)  # no eval: the CSP forbids it
            page.goto(server + "/links")  # the 3D view: WebGL and WebAssembly under the policy
            page.locator("canvas").first.wait_for(state="attached", timeout=60_000)
            page.wait_for_timeout(1500)
            assert not [m for m in messages if "Content Security Policy" in m], messages

            # Another site (here: a page of another origin) framing the atlas gets nothing drawn.
            framer = browser.new_page()
            refused: list[str] = []
            framer.on("console", lambda msg: refused.append(msg.text))
            framer.set_content(f'<iframe id="f" src="{server}/" width="800" height="600"></iframe>')
            framer.wait_for_timeout(3000)
            frame = framer.frame_locator("#f")
            assert frame.locator(".atlas-map__regions").count() == 0
            assert any("frame-ancestors" in m or "X-Frame-Options" in m for m in refused), refused
        finally:
            browser.close()
