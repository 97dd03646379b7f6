"""The pages' own addresses (atlas/server/probes.py): every page of app.py is served, with the backend named first."""

from __future__ import annotations

import ast
import asyncio
from pathlib import Path

from starlette.requests import Request

from atlas.server import probes

ROOT = Path(__file__).resolve().parent.parent


def _url_paths() -> set[str]:
    """Every page address app.py declares (st.Page url_path=..., or the file's name for sources)."""
    tree = ast.parse((ROOT / "app.py").read_text(encoding="utf-8"))
    paths = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "_page":
            keywords = {k.arg: k.value for k in node.keywords}
            default = isinstance(keywords.get("default"), ast.Constant) and keywords["default"].value is True
            if "url_path" in keywords:
                paths.add(keywords["url_path"].value)  # type: ignore[attr-defined]
            elif not default:
                paths.add(Path(node.args[0].value).stem)  # type: ignore[attr-defined]
    return paths


def test_every_page_of_the_app_is_answered() -> None:
    assert _url_paths() == set(probes.PAGE_PATHS)


def test_a_page_address_serves_the_app_with_the_backend_script_first() -> None:
    assert sorted(route.path for route in probes.routes) == sorted(f"/{p}" for p in probes.PAGE_PATHS)
    response = asyncio.run(probes.page(Request({"type": "http", "method": "GET", "path": "/visits", "headers": []})))
    assert response.status_code == 200
    head = bytes(response.body).decode("utf-8").split("<head>", 1)[1]
    assert head.startswith(probes.BASE_SCRIPT)  # before Streamlit's own script, which reads window.__streamlit
    assert head.index(probes.BASE_SCRIPT) < head.index('type="module"')
    assert (ROOT / "static" / "backend-base.js").is_file()
