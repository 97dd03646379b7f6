"""The pages' own addresses (atlas/server/probes.py): every page of app.py is served, with the backend named first."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest
import streamlit as st
from starlette.requests import Request

from atlas.server import probes
from tests import uidata
from tests.apptest import fresh_app

ROOT = Path(__file__).resolve().parent.parent


def _url_paths(monkeypatch: pytest.MonkeyPatch, **query: str) -> set[str]:
    """Every page address the running app gives st.navigation (AppTest runs app.py in this process, so the app
    calls the recording st.navigation)."""
    pages: list[Any] = []
    real = st.navigation

    def recording(given: list[Any], **kwargs: Any) -> Any:
        pages.extend(given)
        return real(given, **kwargs)

    monkeypatch.setattr(st, "navigation", recording)
    monkeypatch.setenv("ATLAS_DATA_DIR", str(uidata.FOLDER))
    at = fresh_app(**query)
    at.run()
    assert not at.exception and pages
    return {page.url_path for page in pages} - {""}  # the default page answers at "/"


@pytest.mark.parametrize("query", [{}, {"present": "1"}], ids=["pages", "presenting"])
def test_every_page_of_the_app_is_answered(monkeypatch: pytest.MonkeyPatch, query: dict[str, str]) -> None:
    assert _url_paths(monkeypatch, **query) == set(probes.PAGE_PATHS)


def _served(path: str, query: str = "") -> str:
    scope = {"type": "http", "method": "GET", "path": path, "query_string": query.encode(), "headers": []}
    response = asyncio.run(probes.page(Request(scope)))
    assert response.status_code == 200
    return bytes(response.body).decode("utf-8")


def test_a_page_address_serves_the_app_with_the_backend_script_first() -> None:
    assert sorted(route.path for route in probes.routes) == sorted(["/", *(f"/{p}" for p in probes.PAGE_PATHS)])
    head = _served("/visits").split("<head>", 1)[1]
    assert head.startswith(probes.BASE_SCRIPT)  # before Streamlit's own script, which reads window.__streamlit
    assert head.index(probes.BASE_SCRIPT) < head.index('type="module"')
    assert (ROOT / "static" / "backend-base.js").is_file()


def test_every_address_carries_the_first_paint_style_and_presenter_mode_is_marked() -> None:
    style = probes.FIRST_PAINT.read_text(encoding="utf-8")
    assert ".st-key-overview-map" in style and "stSidebar" in style  # the map's and the sidebar's space kept
    for path, query in (("/", ""), ("/visits", ""), ("/", "present=1"), ("/present", "")):
        html = _served(path, query)
        head = html.split("<head>", 1)[1]
        assert f"<style>{style}</style>" in head  # before Streamlit's script draws anything
        assert head.index(style) < head.index('type="module"')
        assert (probes.PRESENT_MARK in html.split("<head>", 1)[0]) == (query == "present=1" or path == "/present")
