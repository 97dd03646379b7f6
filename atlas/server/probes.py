"""Deep links without failed requests: the pages' addresses answer with Streamlit's page, told where the server is.

Opened at a page's address (`/visits`), Streamlit's frontend does not know whether the app lives at `/` or at
`/visits/`, so it first probes `/visits/_stcore/health` and `/visits/_stcore/host-config`; their 404s land in the
browser's console as errors before it tries `/`. The routes below serve the same page with one small script in
front of Streamlit's own (`static/backend-base.js`), which names the server's root as the backend, so the frontend
asks `/` straight away. Starlette routes for `serve.py`'s `st.App(routes=...)`; no Streamlit import.
"""

from __future__ import annotations

import importlib.util
from functools import cache
from pathlib import Path

from starlette.requests import Request
from starlette.responses import HTMLResponse
from starlette.routing import Route

from atlas import config

# The url_path of every page in app.py (tests/test_probes.py keeps the two in step).
PAGE_PATHS = ("region", "compare", "visits", "working-groups", "forums", "analysis", "targets", "links", "sources",
              "present")  # fmt: skip
BASE_SCRIPT = f'<script src="{config.STATIC_URL}backend-base.js"></script>'
FIRST_PAINT = config.STATIC_DIR / "first-paint.css"  # inline in <head>: the space of what mounts late, kept
PRESENT_MARK = 'class="atlas-present"'  # on <html> in presenter mode (no sidebar to keep space for)


@cache
def _index_html(presenting: bool) -> str:
    """Streamlit's index.html with the backend-base script first in <head> and the first-paint style (read once)."""
    spec = importlib.util.find_spec("streamlit")
    if spec is None or spec.origin is None:
        raise RuntimeError("streamlit is not installed")
    index = Path(spec.origin).parent / "static" / "index.html"
    style = f"<style>{FIRST_PAINT.read_text(encoding='utf-8')}</style>"
    html = index.read_text(encoding="utf-8").replace("<head>", f"<head>{BASE_SCRIPT}{style}", 1)
    return html.replace("<html ", f"<html {PRESENT_MARK} ", 1) if presenting else html


async def page(request: Request) -> HTMLResponse:
    """A page's address (and the overview's, `/`): the app's page, which looks for the server at the root."""
    presenting = request.url.path == "/present" or request.query_params.get("present") == "1"
    return HTMLResponse(_index_html(presenting), headers={"Cache-Control": "no-cache"})


routes = [Route(f"/{path}", page, methods=["GET", "HEAD"]) for path in ("", *PAGE_PATHS)]
