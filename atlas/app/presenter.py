"""Presenter mode: slide controls and the slides themselves. Streamlit allowed."""

from __future__ import annotations

import time

import pandas as pd
import streamlit as st

from atlas import config
from atlas.app import cache, components, panels, state, widgets
from atlas.figures import layout, timelines
from atlas.rules import activity as activity_rules
from atlas.rules import reconcile as reconcile_rules
from atlas.text import formats
from atlas.text import lookup as i18n
from atlas.views import presenter as presenter_view

# --- presenter mode


def _go_to(delta: int) -> None:
    current = presenter_view.Position(int(st.session_state.get(state.SLIDE, 1)) - 1)
    st.session_state[state.SLIDE] = current.step(delta).index + 1
    st.session_state[state.SHOWN_AT] = time.monotonic()


def _leave_presenter(lang: str) -> None:
    """Back to the overview; the slide and the kiosk loop leave the link with presenter mode."""
    st.session_state[state.PRESENT] = "0"
    st.session_state[state.SLIDE] = state.DEFAULTS[state.SLIDE]
    st.session_state[state.KIOSK] = state.DEFAULTS[state.KIOSK]
    st.session_state.pop(state.SHOWN_AT, None)
    st.switch_page("app_pages/overview.py", query_params={"lang": lang} if lang != i18n.DEFAULT_LANG else None)


def present_controls(lang: str) -> int:
    """The presenter's bar (previous/next, kiosk interval, exit), shown only while the mouse moves (static/presenter.css
    and the stage component); the clicker's keys and Esc work whatever has focus. Returns the kiosk interval."""
    action = components.stage(key=state.PRESENT_STAGE)
    if action == "exit":
        _leave_presenter(lang)
    elif action is not None:
        _go_to(1 if action == "next" else -1)
    with st.container(horizontal=True, key=state.PRESENT_CONTROLS, vertical_alignment="center"):
        st.button("◀", key=state.PRESENT_PREV, on_click=_go_to, args=(-1,), help=i18n.t("present.prev", lang))
        st.button("▶", key=state.PRESENT_NEXT, on_click=_go_to, args=(1,), help=i18n.t("present.next", lang))
        kiosk = st.selectbox(
            i18n.t("present.kiosk", lang),
            list(presenter_view.KIOSK_CHOICES),
            format_func=lambda s: (
                i18n.t("present.kiosk.off", lang) if s == 0 else i18n.t("present.kiosk.every", lang, s=s)
            ),
            key=state.KIOSK,
            label_visibility="collapsed",
            width=340,
            filter_mode=None,
        )
        if st.button(i18n.t("present.exit", lang), key=state.PRESENT_EXIT, icon=":material/close_fullscreen:",
                     help=i18n.t("present.exit.help", lang)):  # fmt: skip
            _leave_presenter(lang)
    return int(kiosk or 0)


def slide_counter(lang: str) -> None:
    """Which slide is on screen («Слайд 3 из 6»), drawn with the slide so that a kiosk loop moves it on too."""
    position = presenter_view.Position(int(st.session_state.get(state.SLIDE, 1)) - 1)
    with st.container(key=state.PRESENT_COUNTER):
        st.markdown(i18n.t("present.position", lang, n=position.index + 1, total=position.total))


def _big_card(label: str, value: str, detail: str) -> None:
    with st.container(border=True, height="stretch"):
        st.markdown(f"**{label}**")
        st.metric(label, value, label_visibility="collapsed")
        if detail:
            st.markdown(detail)


def _on_record(indicators: tuple[str, ...], reconciled: pd.DataFrame, lang: str) -> None:
    """One card per Ministry figure, with how many of them the atlas has on record ("N on record of M")."""
    rows = reconciled.set_index("indicator")
    with st.container(key=state.PRESENT_CARDS):
        for indicator in indicators:
            reported, on_record = rows.at[indicator, "reported"], int(rows.at[indicator, "on_record"])
            if pd.isna(reported):
                continue
            detail = i18n.t("reconcile.n_of_m", lang, n=on_record, m=int(reported))
            _big_card(i18n.t(f"mfa.{indicator}", lang), formats.number(int(reported), lang), detail)


def present_slide(slide: str, lang: str) -> None:
    """Draw one slide of the presenter sequence: one message, type readable from the back of a hall."""
    year = config.REPORT_YEAR
    if slide == "totals":
        st.title(i18n.t("present.totals", lang, year=year))
        panels.mfa_block(lang)
    elif slide == "trade_map" and panels.datasets_ready(["regions", "trade"], lang) and panels.geo_ready(lang):
        st.title(i18n.t("present.trade_map", lang))
        view = cache.trade_map("turnover", None, lang)
        panels.region_map(view, key=state.PRESENT_MAP, large=True)
        st.caption(view.coverage)
    elif slide == "leaders" and panels.datasets_ready(["regions", "rankings", "trade"], lang):
        st.title(i18n.t("top.header", lang, year=year))
        _, bars = cache.top_importers(year, lang)
        panels.ranked_bars(bars, key=state.PRESENT_TOP, large=True)
        st.caption(i18n.t("top.caption", lang))
    elif slide == "visits" and panels.datasets_ready(["regions", "visits"], lang):
        st.title(i18n.t("present.visits.title", lang, year=year))
        visits = cache.frame("visits")
        reconciled = reconcile_rules.reconcile_visits(visits, cache.mfa_values(year), year)
        cards, chart = st.columns([1, 2], gap="large")
        with cards:
            _on_record(("ru_head_delegations", "by_delegations"), reconciled, lang)
        with chart:
            counts = activity_rules.visit_counts(visits, "year")
            figure = layout.for_projector(timelines.counts_chart(counts, "year", lang), height=720)
            panels.chart(figure, key=state.PRESENT_VISITS, alt=i18n.t("visits.counts.year", lang))
        st.caption(i18n.t("present.on_record.why", lang))
    elif slide == "working_groups" and panels.datasets_ready(["regions", "working_groups", "wg_meetings"], lang):
        st.title(i18n.t("present.wg.title", lang, year=year))
        reconciled = reconcile_rules.reconcile_meetings(cache.frame("wg_meetings"), cache.mfa_values(year), year)
        cards, chart = st.columns([1, 2], gap="large")
        with cards:
            _on_record(("wg_meetings", "wg_protocols"), reconciled, lang)
        with chart:
            if panels.geo_ready(lang):
                panels.region_map(cache.wg_map(lang), key=state.PRESENT_WG, large=True)
        st.caption(i18n.t("present.on_record.why", lang))
    elif slide == "region":
        _present_region(lang)


def _pick_region(options: dict[str, str]) -> None:
    st.session_state[state.REGION] = st.session_state[state.PRESENT_REGION]  # the chosen region goes into the link


def _search_pick(code: str) -> None:
    st.session_state[state.REGION] = code


def _present_region(lang: str) -> None:
    from atlas.views import (
        region as views_region,  # the profile's builders; imported here so other pages don't load them
    )

    if not panels.datasets_ready(["regions", "trade"], lang):
        return
    regions = cache.frame("regions")
    compared = presenter_view.compared(st.session_state.get(state.COMPARE) or [], regions)
    if compared:
        _present_compare(compared, regions, lang)
        return
    options = views_region.region_options(regions, lang)
    code = st.session_state.get(state.REGION) or state.PRESENT_DEFAULT_REGION
    if code not in options:
        code = state.PRESENT_DEFAULT_REGION
    st.session_state[state.REGION] = code
    st.session_state[state.PRESENT_REGION] = code
    with st.container(key=state.PRESENT_REGION_PICK, horizontal=True, gap="medium"):
        st.selectbox(i18n.t("present.region.pick", lang), list(options), format_func=options.__getitem__,
                     key=state.PRESENT_REGION, on_change=_pick_region, args=(options,), width=480,
                     filter_mode=None)  # fmt: skip
        with st.container(width=480):
            widgets.region_search(regions, lang, state.SEARCH_PRESENT, _search_pick)
    head = views_region.header(code, regions, cache.maybe_frame("agreements"), lang)
    st.title(head.title)
    figures, trade = views_region.SECTION_INDEX["figures"], views_region.SECTION_INDEX["trade"]
    cards = [card for card in cache.profile_section(figures, code, lang).cards if card.value != "—"]
    missing = len(config.MEASURES) - len(cards)
    has_chart = cache.profile_section(trade, code, lang).chart is not None
    left, right = st.columns([1, 2], gap="large") if has_chart else (st.container(), None)
    with left, st.container(key=state.PRESENT_CARDS):
        for card in cards:
            _big_card(card.label, card.value, card.detail)
        if not cards:
            st.markdown(i18n.t("no_data_long", lang))
        st.markdown("  \n".join(head.facts))
    if right is not None:
        with right:
            panels.profile_chart(trade, code, lang, key=state.PRESENT_REGION_CHART, alt=head.title, projector=True)
    if cards and missing:
        st.caption(i18n.t("present.region.missing", lang))


def _present_compare(codes: tuple[str, ...], regions: pd.DataFrame, lang: str) -> None:
    """The region slide when the link compares regions (`compare=`): their latest turnover as cards beside the
    turnover chart of all of them, drawn large."""
    from atlas.views import compare as compare_view  # the compare page's view; other slides don't load it

    st.title(i18n.t("compare.title", lang))
    trade = compare_view.SECTION_INDEX["trade"]
    section = cache.compare_section(trade, codes, lang)
    figure = cache.compare_chart(codes, lang)
    left, right = st.columns([1, 2], gap="large") if figure is not None else (st.container(), None)
    with left, st.container(key=state.PRESENT_CARDS):
        for card in presenter_view.latest_cards(codes, cache.frame("trade"), regions, lang):
            _big_card(card.label, card.value, card.detail)
    if right is not None and figure is not None:
        with right:
            panels.chart(layout.for_projector(figure, height=720), key=state.PRESENT_COMPARE_CHART, alt=section.alt)
    st.markdown(section.lines[0])
    st.caption(i18n.t("compare.present.caption", lang))


def advance_slide() -> None:
    """Move the kiosk loop on by one slide."""
    _go_to(1)


def current_slide() -> str:
    """The name of the slide on screen."""
    return presenter_view.Position(int(st.session_state.get(state.SLIDE, 1)) - 1).slide
