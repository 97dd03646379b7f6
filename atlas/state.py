"""Session-state keys, defaults and the URL round-trip; init() runs at the top of every rerun from app.py.

The choices that define a view (language, map mode, measure, year, filters) live in session state under the keys
below and are mirrored in the URL's query string, by value (never by translated label), so a view can be
bookmarked and shared in any language. The rule of the round-trip: when the URL differs from what the app last
wrote (a pasted link, the browser's back button), the URL wins; otherwise the session wins and is written back.
Streamlit allowed.
"""

from __future__ import annotations

from collections.abc import Callable

import streamlit as st

from atlas import i18n

# Widget keys ("<page>.<name>"; "app." for choices shared by every page)
LANG = "app.lang"
MAP_MODE = "overview.mode"
MAP_MEASURE = "overview.measure"
MAP_YEAR = "overview.year"

LATEST = "latest"  # MAP_YEAR value meaning "each region's latest year on record"
MAP_MODES = ("trade", "agreements")
MEASURES = ("turnover", "export_from_belarus", "import_to_belarus")

DEFAULTS: dict[str, str] = {
    LANG: i18n.DEFAULT_LANG,
    MAP_MODE: "trade",
    MAP_MEASURE: "turnover",
    MAP_YEAR: LATEST,
}
URL_PARAMS: dict[str, str] = {LANG: "lang", MAP_MODE: "mode", MAP_MEASURE: "measure", MAP_YEAR: "year"}
_VALID: dict[str, Callable[[str], bool]] = {
    LANG: lambda v: v in i18n.LANGS,
    MAP_MODE: lambda v: v in MAP_MODES,
    MAP_MEASURE: lambda v: v in MEASURES,
    MAP_YEAR: lambda v: v == LATEST or (v.isdigit() and len(v) == 4),
}
_WRITTEN = "app._url_written"  # the query string this session last wrote


def _url_values() -> dict[str, str]:
    return {key: st.query_params[param] for key, param in URL_PARAMS.items() if param in st.query_params}


def _normalised(values: dict[str, str]) -> dict[str, str]:
    """Values with defaults filled in, so '?mode=trade' and no 'mode' at all compare equal."""
    return {key: values.get(key, DEFAULTS[key]) for key in URL_PARAMS}


def init() -> None:
    """Restore the view from the URL when it changed from outside, keep every choice across pages, write the URL."""
    from_url = _url_values()
    if _normalised(from_url) != _normalised(st.session_state.get(_WRITTEN, {})):
        for key, value in from_url.items():
            if _VALID[key](value):
                st.session_state[key] = value
    for key, default in DEFAULTS.items():
        # A widget's value is dropped at the end of a run in which the widget wasn't drawn (another page). Writing
        # it back detaches it from the widget, so the choice survives a trip to another page.
        st.session_state[key] = st.session_state.get(key, default)
    write_url()


def write_url() -> None:
    """Mirror the view's state in the query string; defaults are left out to keep links short."""
    current = {key: st.session_state.get(key, DEFAULTS[key]) for key in URL_PARAMS}
    wanted = {key: str(value) for key, value in current.items() if value != DEFAULTS[key]}
    for key, param in URL_PARAMS.items():
        if key in wanted and st.query_params.get(param) != wanted[key]:
            st.query_params[param] = wanted[key]
        elif key not in wanted and param in st.query_params:
            del st.query_params[param]
    st.session_state[_WRITTEN] = wanted


def lang() -> str:
    """The interface language of this session."""
    value = str(st.session_state.get(LANG, i18n.DEFAULT_LANG))
    return value if value in i18n.LANGS else i18n.DEFAULT_LANG
