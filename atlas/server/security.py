"""HTTP security headers for everything the atlas serves: a pure ASGI middleware for `st.App` (serve.py). No Streamlit.

May import: the standard library and Starlette's datastructures. deploy/nginx.conf sends the same headers (one list:
`HEADERS`, checked by tests/test_security.py); deploy/README.md says what each one protects.

- `Content-Security-Policy`: scripts only from the atlas itself (plus the one inline script of Streamlit's page,
  allowed by its hash), no plugins, no `<base>` hijack, forms post nowhere, images and connections to the atlas
  only (so a source address in the data can never become a tracking pixel), and `frame-ancestors 'self'`: no other
  site may show the atlas in a frame (clickjacking). Styles need 'unsafe-inline' (Streamlit's CSS-in-JS).
- `X-Frame-Options: SAMEORIGIN`: the same frame rule for browsers without CSP level 2.
- `X-Content-Type-Options: nosniff`: a file is run only as the type it is served as.
- `Referrer-Policy: strict-origin-when-cross-origin`: a source link opened from the atlas tells the other site only
  the atlas's origin, never the page and its query (which region, which filters).
- `Cross-Origin-Opener-Policy: same-origin` and `Permissions-Policy`: no window handle for an opener; no camera,
  microphone or location.
- Static files (`/app/static/…`) lose Streamlit's `Access-Control-Allow-Origin: *`: only the atlas's own pages
  read them, which needs no CORS at all.
- A websocket handshake whose `Origin` is not the atlas's own host:port is refused (Streamlit lets any `localhost`
  origin in, on any port).
"""

from __future__ import annotations

import base64
import hashlib
import re
from collections.abc import Awaitable, Callable, MutableMapping
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from starlette.datastructures import MutableHeaders

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

_INLINE_SCRIPT = re.compile(r"<script>(.*?)</script>", re.S)
STATIC_PREFIX = "/app/static/"


def streamlit_index() -> Path:
    """Streamlit's page template (its inline script must be allowed by hash)."""
    import importlib.util

    spec = importlib.util.find_spec("streamlit")
    assert spec and spec.origin
    return Path(spec.origin).parent / "static" / "index.html"


def inline_script_hashes(html: str) -> list[str]:
    """CSP source expressions ('sha256-…') for every inline <script> of a page."""
    return [
        "'sha256-" + base64.b64encode(hashlib.sha256(body.encode("utf-8")).digest()).decode("ascii") + "'"
        for body in _INLINE_SCRIPT.findall(html)
    ]


def content_security_policy(script_hashes: list[str] | None = None) -> str:
    """The policy: everything from the atlas's own origin, nothing from anywhere else."""
    if script_hashes is None:
        index = streamlit_index()
        script_hashes = inline_script_hashes(index.read_text(encoding="utf-8")) if index.is_file() else []
    directives = {
        "default-src": "'self'",
        # blob: the map and bars components are ES modules Streamlit hands the browser as blob URLs;
        # 'wasm-unsafe-eval' lets the 3D view compile its WebAssembly, and nothing else (no eval of JavaScript).
        "script-src": " ".join(["'self'", "blob:", "'wasm-unsafe-eval'", *script_hashes]),
        "style-src": "'self' 'unsafe-inline'",
        "img-src": "'self' data: blob:",
        "font-src": "'self' data:",
        "connect-src": "'self'",
        "worker-src": "'self' blob:",
        "frame-src": "'self'",
        "media-src": "'self' data: blob:",
        "object-src": "'none'",
        "base-uri": "'self'",
        "form-action": "'self'",
        "frame-ancestors": "'self'",
    }
    return "; ".join(f"{name} {value}" for name, value in directives.items())


def headers(csp: str | None = None) -> dict[str, str]:
    """Every header the atlas adds to each response (nginx sends the same list: deploy/nginx.conf)."""
    return {
        "Content-Security-Policy": csp or content_security_policy(),
        "X-Frame-Options": "SAMEORIGIN",
        "X-Content-Type-Options": "nosniff",
        "Referrer-Policy": "strict-origin-when-cross-origin",
        "Cross-Origin-Opener-Policy": "same-origin",
        "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
    }


def same_origin(scope: Scope) -> bool:
    """Whether a websocket handshake comes from a page of the atlas itself: its Origin's host:port is the Host.

    Streamlit also accepts any `localhost` origin on any port (a convenience for development), so any other
    program's page on this machine could drive a session; browsers always send Origin, other clients may omit it.
    """
    found = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", [])}
    origin = found.get("origin")
    if origin is None:
        return True
    return urlsplit(origin).netloc.lower() == found.get("host", "").lower() != ""


class SecurityHeaders:
    """ASGI middleware: adds `headers()` to every HTTP response, drops CORS from static files and the server name.

    Pure ASGI (no BaseHTTPMiddleware): responses keep streaming, websockets pass through untouched.
    """

    def __init__(self, app: ASGIApp, extra: dict[str, str] | None = None) -> None:
        self.app = app
        self.headers = {**headers(), **(extra or {})}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "websocket" and not same_origin(scope):
            await send({"type": "websocket.close", "code": 1008})  # before accept: the handshake gets HTTP 403
            return
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        static = str(scope.get("path", "")).startswith(STATIC_PREFIX)

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                out = MutableHeaders(scope=message)
                for name, value in self.headers.items():
                    out[name] = value
                if static:  # only the atlas's own pages read its static files: no cross-origin access needed
                    for name in ("access-control-allow-origin", "access-control-allow-methods",
                                 "access-control-allow-headers"):  # fmt: skip
                        del out[name]
                del out["server"]
            await send(message)

        await self.app(scope, receive, send_with_headers)


if __name__ == "__main__":  # print the headers as deploy/nginx.conf writes them (after a Streamlit upgrade)
    for _name, _value in headers().items():
        print(f'add_header {_name} "{_value}" always;')
