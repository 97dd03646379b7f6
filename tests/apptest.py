"""The app under streamlit.testing.v1.AppTest: one way to open it, for every UI test.

Each call clears Streamlit's caches first, so a test sees the data folder its own environment names
(ATLAS_DATA_DIR, set by the test before the call) and never a frame cached by an earlier test.
"""

from __future__ import annotations

import json
from pathlib import Path

import streamlit as st
from streamlit.testing.v1 import AppTest

from atlas.app import state

ROOT = Path(__file__).resolve().parent.parent
ENTRYPOINT = str(ROOT / "app.py")


def fresh_app(*, tables_later: bool = False, **query: str) -> AppTest:
    """The app, not yet run, with the given query string and empty caches; its tables are sent as they are once
    their place has neared the viewport (the browser's side, assets/later.js), unless `tables_later`."""
    st.cache_data.clear()
    st.cache_resource.clear()
    at = AppTest.from_file(ENTRYPOINT, default_timeout=60)
    if not tables_later:
        at.session_state[state.TABLES_NEAR] = True
    for key, value in query.items():
        at.query_params[key] = value
    return at


def opened(page: str | None = None, **query: str) -> AppTest:
    """The app run with the query string, then switched to `page` (an app_pages/ path) and run again; a run that
    raised fails the test here."""
    at = fresh_app(**query)
    at.run()
    if page:
        at.switch_page(page)
        at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def component_text(element: object) -> str:
    """The JSON an atlas component received: Streamlit's `json` field, or the UTF-8 bytes the atlas sends."""
    proto = element.proto  # type: ignore[attr-defined]
    return proto.bytes.decode("utf-8") if proto.WhichOneof("data") == "bytes" else proto.json


def component_data(element: object) -> dict:
    """The data an atlas component received, parsed."""
    return json.loads(component_text(element))
