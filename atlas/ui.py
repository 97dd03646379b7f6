"""Reusable widgets and panels: each owns its keys and returns plain values. Streamlit allowed."""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlparse

import pandas as pd
import streamlit as st

from atlas import cache, components, config, escape, export, i18n, present, ranked, state, svgchart, transform, views

log = logging.getLogger("atlas")
MAX_PROBLEMS_SHOWN = 5


def page_style() -> None:
    """The atlas's stylesheet (static/atlas.css): caption contrast, compact page top, figure cards that never split a
    word."""
    st.html(config.STATIC_DIR / "atlas.css")


_LINK_TEXT = re.compile(r"[^A-Za-z0-9=,.%\-]")


def link_notices(lang: str, page_paths: set[str]) -> None:
    """Once, after a link was read: a short notice naming what it held that was not understood (a value, or a page
    that does not exist) and saying what is shown instead; the parts understood are applied as usual."""
    items = list(st.session_state.pop(state.NOTICES, None) or [])
    if not st.session_state.get("app._link_seen"):
        st.session_state["app._link_seen"] = True  # the session's first address: was it a page we have?
        path = urlparse(st.context.url or "").path.strip("/")
        if path and path not in page_paths:
            items.append(path)
    if items:
        # only URL characters are echoed, at most 40 of each: nothing a link holds is rendered as markup
        shown = ", ".join(f"«{_LINK_TEXT.sub('', item)[:40]}»" for item in items)
        st.toast(i18n.t("link.not_understood", lang, items=shown), icon=":material/link_off:", duration="long")


def language_selector() -> str:
    """The language switch in the sidebar (mirrored in ?lang=); returns 'ru' or 'en'."""
    with st.sidebar:
        st.segmented_control(
            i18n.t("lang.label", state.lang()),
            list(i18n.LANGS),
            format_func=i18n.LANG_NAMES.__getitem__,
            required=True,
            key=state.LANG,
            persist_state="session",
        )
    return state.lang()


@contextmanager
def guarded(lang: str) -> Iterator[None]:
    """Run a block of a page; an unexpected error becomes a short message, never a traceback."""
    try:
        yield
    except Exception:
        log.exception("page block failed")
        st.error(i18n.t("error.unexpected", lang), icon=":material/error:")


def datasets_ready(names: list[str], lang: str) -> bool:
    """True if every named dataset loaded; otherwise an error panel per broken file, naming file, row and column."""
    loaded = cache.datasets()
    ok = True
    for name in names:
        if name in loaded.frames:
            continue
        ok = False
        problems = loaded.problems.get(name, [])
        # in a code span, where nothing is Markdown; a backtick in a quoted value would end the span
        lines = [f"`{str(p).replace('`', 'ʹ')}`" for p in problems[:MAX_PROBLEMS_SHOWN]]
        if len(problems) > MAX_PROBLEMS_SHOWN:
            lines.append(i18n.t("error.dataset_more", lang, n=len(problems) - MAX_PROBLEMS_SHOWN))
        message = i18n.t("error.dataset", lang, name=i18n.t(f"dataset.{name}", lang))
        st.error("\n\n".join([message, *lines]), icon=":material/report:")
    return ok


def geo_ready(lang: str) -> bool:
    """True if the boundaries loaded; otherwise an error panel naming the file."""
    bundle = cache.geo()
    if bundle.error is None:
        return True
    st.error(f"{i18n.t('error.dataset', lang, name=i18n.t('dataset.geo', lang))}\n\n`{bundle.error}`")
    return False


def mfa_block(lang: str) -> None:
    """The Ministry's latest totals as cards, or why they can't be shown (file broken or holding no rows)."""
    if not datasets_ready(["mfa_totals"], lang):
        return
    totals = cache.frame("mfa_totals")
    if totals is None or totals.empty:
        st.info(i18n.t("no_data_long", lang) + f" ({i18n.t('dataset.mfa_totals', lang)})")
        return
    year, values, source = transform.mfa_kpis(totals)
    kpi_row(values, year, source, lang)


def kpi_row(values: dict[str, int], year: int, source_url: str, lang: str) -> None:
    """The Ministry's totals of the year as metric cards, each with its breakdown and the source."""
    st.header(i18n.t("overview.kpi_header", lang, year=year))
    cards = [
        ("kpi.agreements", "agreements_total", {"regions": "agreement_regions"}),
        (
            "kpi.ru_delegations",
            "ru_head_delegations",
            {
                "forum": "ru_head_delegations_forum",
                "deputies": "ru_deputy_governor_delegations",
                "ministers": "ru_regional_minister_delegations",
            },
        ),
        (
            "kpi.by_delegations",
            "by_delegations",
            {"pm": "by_prime_minister_visits", "dpm": "by_deputy_pm_visits", "amb": "ambassador_meetings"},
        ),
        ("kpi.wg_meetings", "wg_meetings", {"regions": "curated_regions", "curators": "curators"}),
    ]
    # Cards in a wrapping row (atlas.css gives each a minimum width): on a narrow screen whole cards move to the next
    # line, so a word is never split to fit a column.
    row = st.container(horizontal=True, key="kpi-row", gap="small")
    for index, (label, main, parts) in enumerate(cards):
        if main in values:
            detail = {k: values.get(v, "—") for k, v in parts.items()}
            help_text = i18n.t(f"{label}.help", lang, **detail)
            with row:
                _kpi_card(i18n.t(label, lang), values[main], help_text, f"kpi-{index}", lang)
    if "medium_term_plans" in values:
        plans, protocols = values["medium_term_plans"], values.get("wg_protocols", 0)
        with row:
            _kpi_card(
                i18n.t("kpi.plans", lang),
                plans + protocols,
                i18n.t("kpi.plans.help", lang, plans=plans, protocols=protocols),
                "kpi-plans",
                lang,
            )
    link = escape.link(transform.first_url(source_url), transform.source_label(source_url))
    st.caption(f"{i18n.t('overview.kpi_source', lang)} — {link}")


def _kpi_card(label: str, value: int, detail: str, key: str, lang: str) -> None:
    """A bordered card: the label in full (no truncation), the figure large, its breakdown small."""
    with st.container(border=True, height="stretch", key=key):
        st.markdown(f"**{label}**")
        st.metric(label, i18n.number(value, lang), label_visibility="collapsed")
        st.caption(detail)


@dataclass(frozen=True)
class MapControls:
    """What the overview map shows."""

    mode: str
    measure: str
    year: int | None  # None: each region's latest year


def map_controls(lang: str) -> MapControls:
    """Mode, measure and year selectors above the map (mirrored in the URL by atlas.state)."""
    # One wrapping row: on a narrow screen a control moves down whole rather than being cut off.
    row = st.container(horizontal=True, key="map-controls", gap="medium")
    with row:
        mode = st.segmented_control(
            i18n.t("map.mode", lang),
            list(state.MAP_MODES),
            format_func=lambda m: i18n.t(f"map.mode.{m}", lang),
            required=True,
            key=state.MAP_MODE,
            persist_state="session",
            width="content",
        )
    if mode != "trade":
        return MapControls(mode=str(mode), measure=state.DEFAULTS[state.MAP_MEASURE], year=None)
    with row:
        measure = st.segmented_control(
            i18n.t("map.measure", lang),
            list(state.MEASURES),
            format_func=lambda m: i18n.t(f"measure.{m}", lang),
            required=True,
            key=state.MAP_MEASURE,
            persist_state="session",
            width="content",
        )
    years = [state.LATEST, *map(str, cache.trade_years(str(measure)))]
    if st.session_state.get(state.MAP_YEAR) not in years:
        st.session_state[state.MAP_YEAR] = state.LATEST  # a year from a link, or one without figures for this measure
        state.write_url()
    with row:
        year = st.selectbox(
            i18n.t("map.year", lang),
            years,
            format_func=lambda y: i18n.t("map.year.latest", lang) if y == state.LATEST else y,
            key=state.MAP_YEAR,
            persist_state="session",
            width=240,
        )
    return MapControls(mode=str(mode), measure=str(measure), year=None if year in (None, state.LATEST) else int(year))


def lazy_tabs(tabs: Mapping[str, str], view_key: str, widget_key: str, lang: str) -> dict[str, Any]:
    """Tabs {view: i18n key}, of which only the open one should be built (check `.open`): changing tab reruns the
    page. Which tab is open lives in `view_key` as a view name (in the URL, through atlas.state), so a link opens the
    same tab in any language; the widget's own value is the label. Returns {view: tab container}."""
    views, labels = list(tabs), [i18n.t(k, lang) for k in tabs.values()]
    by_label = {i18n.t(key, other): view for view, key in tabs.items() for other in i18n.LANGS}
    synced_key = f"{widget_key}._synced"  # the view both agreed on at the end of the last run
    synced = st.session_state.get(synced_key)
    clicked = by_label.get(str(st.session_state.get(widget_key)))
    view = str(st.session_state.get(view_key, views[0]))
    if clicked is not None and clicked != synced:
        view = clicked  # the user opened another tab; otherwise the view stands (a link, or nothing changed)
    if view not in tabs:
        view = views[0]
    st.session_state[view_key] = view
    st.session_state[widget_key] = labels[views.index(view)]
    st.session_state[synced_key] = view
    return dict(zip(views, st.tabs(labels, key=widget_key, on_change="rerun"), strict=True))


def plotly(figure: object, key: str, alt: str) -> None:
    """Draw a chart built with plotly's Python API as SVG in the page (atlas.svgchart), so no page waits for
    plotly.js (4.7 MB); hover, keyboard and Save SVG / PNG work as with plotly's own. Figures made for the projector
    (present.for_projector) are drawn large, without controls."""
    lang = state.lang()
    labels = {name: i18n.t(f"chart.{name}", lang) for name in components.CHART_LABELS}
    payload = svgchart.from_plotly(figure, lang, alt=alt, filename=key.replace(".", "-"))
    components.chart(payload, labels, key=key, large=bool(payload["projector"]))


def region_map(view: views.MapView, key: str, *, clickable: bool = False, large: bool = False) -> str | None:
    """Draw a map of regions; return the code of a region just clicked (clickable maps only)."""
    bundle = cache.geo()
    lang = state.lang()
    labels = {name: i18n.t(f"map.{name}", lang) for name in components.MAP_LABELS}
    return components.region_map(view.spec, bundle.map_url, bundle.map_size, labels, key=key, clickable=clickable,
                                 large=large)  # fmt: skip


def ranked_bars(spec: ranked.RankedBars, key: str, *, clickable: bool = False, large: bool = False) -> str | None:
    """Draw ranked bars; return the code of a region whose name was just clicked (clickable bars only)."""
    hint = i18n.t("map.click_hint.short", state.lang()) if clickable else ""
    return components.ranked_bars(spec, key=key, clickable=clickable, large=large, hint=hint)


def names_list(codes: list[str], regions: pd.DataFrame, lang: str) -> str:
    """Comma-separated region names for codes, in the given order."""
    names = transform.region_names(regions, lang)
    return ", ".join(names.get(code, code) for code in codes)


@dataclass(frozen=True)
class Filters:
    """The filters shared by every page: a year span, federal districts and regions (empty: all)."""

    years: tuple[int, int]
    districts: tuple[str, ...]
    regions: tuple[str, ...]


def global_filters(regions: pd.DataFrame | None, lang: str) -> Filters:
    """Years, federal districts and regions in the sidebar; the choice follows the user from page to page."""
    with st.sidebar:
        st.header(i18n.t("filters.header", lang))
        years = st.slider(
            i18n.t("filters.years", lang), min_value=state.YEAR_SPAN[0], max_value=state.YEAR_SPAN[1], key=state.YEARS
        )
        districts = st.multiselect(
            i18n.t("federal_district", lang),
            list(config.FEDERAL_DISTRICTS),
            format_func=lambda d: i18n.t(f"fd.{d}", lang),
            key=state.DISTRICTS,
            persist_state="session",
            placeholder=i18n.t("filters.all", lang),
        )
        chosen: list[str] = []
        if regions is not None:
            names = transform.region_names(regions, lang)
            pool = regions if not districts else regions[regions["federal_district"].isin(districts)]
            options = sorted(pool[config.REGION_KEY], key=lambda c: names[c])
            kept = [c for c in st.session_state.get(state.REGIONS, []) if c in options]
            if kept != st.session_state.get(state.REGIONS, []):
                st.session_state[state.REGIONS] = kept  # regions outside the chosen districts drop out
            chosen = st.multiselect(
                i18n.t("region", lang),
                options,
                format_func=lambda c: names.get(c, c),
                key=state.REGIONS,
                persist_state="session",
                placeholder=i18n.t("filters.all", lang),
            )
        # a range slider returns a pair; a single int only if its state was ever a lone year
        span = (int(years[0]), int(years[1])) if isinstance(years, tuple | list) else (int(years), int(years))
        if districts or chosen or span != state.YEAR_SPAN:
            st.button(i18n.t("filters.reset", lang), on_click=_reset_filters, icon=":material/filter_alt_off:")
    return Filters(years=span, districts=tuple(districts), regions=tuple(chosen))


def _reset_filters() -> None:
    for key in (state.YEARS, state.DISTRICTS, state.REGIONS):
        st.session_state[key] = state.DEFAULTS[key]


def data_table(
    frame: pd.DataFrame, key: str, filename: str, lang: str, column_config: dict[str, object] | None = None
) -> None:
    """A sortable, searchable table and its CSV and Excel downloads, exactly as shown (filtered). The files are built
    when a button is clicked (a callable), not on every run: the Excel file of the visits table took ~0.4 s."""
    st.dataframe(frame, hide_index=True, key=key, column_config=column_config)  # type: ignore[arg-type]
    left, right, _ = st.columns([1, 1, 4])
    with left:
        st.download_button(
            i18n.t("download.csv", lang),
            data=lambda: export.to_csv_bytes(frame),
            file_name=f"{filename}.csv",
            mime="text/csv",
            key=f"{key}.csv",
            icon=":material/download:",
            on_click="ignore",
        )
    with right:
        st.download_button(
            i18n.t("download.xlsx", lang),
            data=lambda: export.to_xlsx_bytes(frame, filename[:31]),
            file_name=f"{filename}.xlsx",
            mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            key=f"{key}.xlsx",
            icon=":material/table_view:",
            on_click="ignore",
        )


def visit_filters(lang: str) -> tuple[list[str], list[str]]:
    """Direction and level filters of the visits page (empty: all), kept in the URL."""
    left, right = st.columns([1, 2])
    with left:
        directions = st.multiselect(
            i18n.t("visits.filter.direction", lang),
            list(config.VISIT_DIRECTIONS),
            format_func=lambda d: i18n.t(f"direction.{d}", lang),
            key=state.VISIT_DIRECTIONS,
            persist_state="session",
            placeholder=i18n.t("filters.all", lang),
        )
    with right:
        levels = st.multiselect(
            i18n.t("visits.filter.level", lang),
            list(config.VISIT_LEVELS),
            format_func=lambda v: i18n.t(f"level.{v}", lang),
            key=state.VISIT_LEVELS,
            persist_state="session",
            placeholder=i18n.t("filters.all", lang),
        )
    return list(directions), list(levels)


def period_choice(lang: str) -> str:
    """Count visits by year or by month."""
    choice = st.segmented_control(
        i18n.t("visits.period", lang),
        ["year", "month"],
        format_func=lambda p: i18n.t(f"visits.period.{p}", lang),
        default="year",
        required=True,
        key="visits.period",
    )
    return str(choice or "year")


def link_column(lang: str) -> dict[str, object]:
    """Column config: sources as clickable host names, region profiles as 'open' links."""
    return {
        i18n.t("source", lang): st.column_config.LinkColumn(
            i18n.t("source", lang), display_text=r"https?://(?:www\.)?([^/]+)"
        ),
        i18n.t("col.profile", lang): st.column_config.LinkColumn(
            i18n.t("col.profile", lang), display_text=i18n.t("col.profile.open", lang), width="small"
        ),
    }


# --- presenter mode


def _go_to(delta: int) -> None:
    current = present.Position(int(st.session_state.get(state.SLIDE, 1)) - 1)
    st.session_state[state.SLIDE] = current.step(delta).index + 1
    st.session_state["present.shown_at"] = time.monotonic()


def _leave_presenter(lang: str) -> None:
    """Back to the overview; the slide and the kiosk loop leave the link with presenter mode."""
    st.session_state[state.PRESENT] = "0"
    st.session_state[state.SLIDE] = state.DEFAULTS[state.SLIDE]
    st.session_state[state.KIOSK] = state.DEFAULTS[state.KIOSK]
    st.session_state.pop("present.shown_at", None)
    st.switch_page("app_pages/overview.py", query_params={"lang": lang} if lang != i18n.DEFAULT_LANG else None)


def present_controls(lang: str) -> int:
    """The presenter's bar (previous/next, kiosk interval, exit), shown only while the mouse moves (static/presenter.css
    and the stage component); the clicker's keys and Esc work whatever has focus. Returns the kiosk interval."""
    action = components.stage(key="present.stage")
    if action == "exit":
        _leave_presenter(lang)
    elif action is not None:
        _go_to(1 if action == "next" else -1)
    with st.container(horizontal=True, key="present-controls", vertical_alignment="center"):
        st.button("◀", key="present.prev", on_click=_go_to, args=(-1,), help=i18n.t("present.prev", lang))
        st.button("▶", key="present.next", on_click=_go_to, args=(1,), help=i18n.t("present.next", lang))
        kiosk = st.selectbox(
            i18n.t("present.kiosk", lang),
            list(present.KIOSK_CHOICES),
            format_func=lambda s: (
                i18n.t("present.kiosk.off", lang) if s == 0 else i18n.t("present.kiosk.every", lang, s=s)
            ),
            key=state.KIOSK,
            label_visibility="collapsed",
            width=340,
        )
        if st.button(i18n.t("present.exit", lang), key="present.exit", icon=":material/close_fullscreen:",
                     help=i18n.t("present.exit.help", lang)):  # fmt: skip
            _leave_presenter(lang)
    return int(kiosk or 0)


def slide_counter(lang: str) -> None:
    """Which slide is on screen («Слайд 3 из 6»), drawn with the slide so that a kiosk loop moves it on too."""
    position = present.Position(int(st.session_state.get(state.SLIDE, 1)) - 1)
    with st.container(key="present-counter"):
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
    with st.container(key="present-cards"):
        for indicator in indicators:
            reported, on_record = rows.at[indicator, "reported"], int(rows.at[indicator, "on_record"])
            if pd.isna(reported):
                continue
            detail = i18n.t("reconcile.n_of_m", lang, n=on_record, m=int(reported))
            _big_card(i18n.t(f"mfa.{indicator}", lang), i18n.number(int(reported), lang), detail)


def present_slide(slide: str, lang: str) -> None:
    """Draw one slide of the presenter sequence: one message, type readable from the back of a hall."""
    year = 2024
    if slide == "totals":
        st.title(i18n.t("present.totals", lang))
        mfa_block(lang)
    elif slide == "trade_map" and datasets_ready(["regions", "trade"], lang) and geo_ready(lang):
        st.title(i18n.t("present.trade_map", lang))
        view = cache.trade_map("turnover", None, lang)
        region_map(view, key="present.map", large=True)
        st.caption(view.coverage)
    elif slide == "leaders" and datasets_ready(["regions", "rankings", "trade"], lang):
        st.title(i18n.t("top.header", lang, year=year))
        _, bars = cache.top_importers(year, lang)
        ranked_bars(bars, key="present.top", large=True)
        st.caption(i18n.t("top.caption", lang))
    elif slide == "visits" and datasets_ready(["regions", "visits"], lang):
        st.title(i18n.t("present.visits.title", lang, year=year))
        visits = cache.frame("visits")
        reconciled = transform.reconcile_visits(visits, cache.mfa_values(year), year)  # type: ignore[arg-type]
        cards, chart = st.columns([1, 2], gap="large")
        with cards:
            _on_record(("ru_head_delegations", "by_delegations"), reconciled, lang)
        with chart:
            counts = transform.visit_counts(visits, "year")  # type: ignore[arg-type]
            figure = present.for_projector(views.counts_chart(counts, "year", lang), height=720)
            plotly(figure, key="present.visits", alt=i18n.t("visits.counts.year", lang))
        st.caption(i18n.t("present.on_record.why", lang))
    elif slide == "working_groups" and datasets_ready(["regions", "working_groups", "wg_meetings"], lang):
        st.title(i18n.t("present.wg.title", lang, year=year))
        reconciled = transform.reconcile_meetings(cache.frame("wg_meetings"), cache.mfa_values(year), year)  # type: ignore[arg-type]
        cards, chart = st.columns([1, 2], gap="large")
        with cards:
            _on_record(("wg_meetings", "wg_protocols"), reconciled, lang)
        with chart:
            if geo_ready(lang):
                region_map(cache.wg_map(lang), key="present.wg", large=True)
        st.caption(i18n.t("present.on_record.why", lang))
    elif slide == "region":
        _present_region(lang)


def _pick_region(options: dict[str, str]) -> None:
    st.session_state[state.REGION] = st.session_state["present.region"]  # the chosen region goes into the link


def _present_region(lang: str) -> None:
    from atlas import views_region  # the profile's builders; imported here so other pages don't load them

    if not datasets_ready(["regions", "trade"], lang):
        return
    regions, trade = cache.frame("regions"), cache.frame("trade")
    options = views_region.region_options(regions, lang)  # type: ignore[arg-type]
    code = st.session_state.get(state.REGION) or "RU-SMO"
    if code not in options:
        code = "RU-SMO"
    st.session_state[state.REGION] = code
    st.session_state["present.region"] = code
    with st.container(key="present-region-pick"):
        st.selectbox(i18n.t("present.region.pick", lang), list(options), format_func=options.__getitem__,
                     key="present.region", on_change=_pick_region, args=(options,), width=640)  # fmt: skip
    head = views_region.header(code, regions, cache.frame("agreements"), lang)  # type: ignore[arg-type]
    st.title(head.title)
    cards = [card for card in views_region.key_figures(code, trade, lang) if card.value != "—"]  # type: ignore[arg-type]
    missing = len(config.MEASURES) - len(cards)
    figure = views_region.trade_chart(views_region.trade_records(code, trade, lang), lang)  # type: ignore[arg-type]
    left, right = st.columns([1, 2], gap="large") if figure is not None else (st.container(), None)
    with left, st.container(key="present-cards"):
        for card in cards:
            _big_card(card.label, card.value, card.detail)
        if not cards:
            st.markdown(i18n.t("no_data_long", lang))
        st.markdown("  \n".join(head.facts))
    if right is not None:
        with right:
            plotly(present.for_projector(figure, height=720), key="present.region.chart", alt=head.title)
    if cards and missing:
        st.caption(i18n.t("present.region.missing", lang))


def advance_slide() -> None:
    """Move the kiosk loop on by one slide."""
    _go_to(1)


def current_slide() -> str:
    """The name of the slide on screen."""
    return present.Position(int(st.session_state.get(state.SLIDE, 1)) - 1).slide


def sidebar_tools(lang: str, presenter_page: st.Page) -> None:
    """Below the navigation: open presenter mode (every chart and map saves SVG or PNG from its own buttons)."""
    with st.sidebar:
        st.page_link(presenter_page, label=i18n.t("present.open", lang), icon=":material/slideshow:",
                     query_params={"present": "1", "lang": lang})  # fmt: skip


def open_clicked_region(code: str | None) -> None:
    """When a region on a map was clicked, open its profile (the code travels in the URL as ?region=)."""
    if code:
        st.session_state[state.REGION] = code
        st.switch_page("app_pages/region.py", query_params={"region": code, "lang": state.lang()})
