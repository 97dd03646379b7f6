"""Presenter mode: full-screen slides for a projector, driven by arrow keys or a clicker, or looping as a kiosk."""

import time
from pathlib import Path

import streamlit as st

from atlas import state, ui

lang = state.lang()
st.html(Path(__file__).resolve().parent.parent / "static" / "presenter.css")
kiosk = ui.present_controls(lang)


@st.fragment(run_every=kiosk or None)
def slide() -> None:
    """The current slide; in a kiosk loop the fragment alone reruns and moves on, so the page never flickers."""
    shown_at = st.session_state.setdefault("present.shown_at", time.monotonic())
    if kiosk and time.monotonic() - shown_at >= kiosk - 0.5:
        ui.advance_slide()
    with ui.guarded(lang):
        ui.present_slide(ui.current_slide(), lang)
    ui.slide_counter(lang)
    state.write_url()


slide()
