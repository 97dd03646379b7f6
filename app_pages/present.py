"""Presenter mode: full-screen slides for a projector, driven by arrow keys or a clicker, or looping as a kiosk."""

import time
from pathlib import Path

import streamlit as st

from atlas.app import panels, presenter, state

lang = state.lang()
st.html(Path(__file__).resolve().parent.parent / "static" / "presenter.css")
kiosk = presenter.present_controls(lang)


@st.fragment(run_every=kiosk or None)
def slide() -> None:
    """The current slide; in a kiosk loop the fragment alone reruns and moves on, so the page never flickers."""
    shown_at = st.session_state.setdefault(state.SHOWN_AT, time.monotonic())
    if kiosk and time.monotonic() - shown_at >= kiosk - 0.5:
        presenter.advance_slide()
    with panels.guarded(lang):
        presenter.present_slide(presenter.current_slide(), lang)
    presenter.slide_counter(lang)
    state.write_url()


slide()
