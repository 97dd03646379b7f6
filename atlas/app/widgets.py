"""Widgets: each owns its keys (atlas.app.state) and returns plain values. Streamlit allowed."""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import pandas as pd
import streamlit as st

from atlas import config
from atlas.app import cache, components, state
from atlas.export import tables as export
from atlas.rules import events as event_rules
from atlas.rules import filters as filter_rules
from atlas.rules import quiet as quiet_rules
from atlas.rules import search as search_rules
from atlas.text import escape
from atlas.text import lookup as i18n
from atlas.views import targets as targets_view


def language_selector() -> str:
    """The language switch in the sidebar (mirrored in ?lang=); returns 'ru', 'en' or 'be'."""
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


def _labels(prefix: str, lang: str) -> Callable[[object], str]:
    """Each option's label: the string `prefix` + option ("map.mode." + "trade")."""
    return lambda option: i18n.t(f"{prefix}{option}", lang)


def _choice(
    label: str, options: Sequence[Any], key: str, labels: Callable[[Any], str] | None = None, **extra: Any
) -> Any:
    """One of a few options as buttons side by side (a segmented control), one always chosen, the choice kept in the
    session and the URL under `key` (atlas.app.state); `extra`: more of the control's settings (help)."""
    return st.segmented_control(label, list(options), format_func=labels, required=True, key=key,
                                persist_state="session", width="content", **extra)  # fmt: skip


@dataclass(frozen=True)
class MapControls:
    """What the overview map shows."""

    mode: str
    measure: str
    year: int | None  # None: each region's latest year


def map_controls(lang: str) -> MapControls:
    """Mode, measure and year selectors above the map (mirrored in the URL by atlas.app.state)."""
    # One wrapping row: on a narrow screen a control moves down whole rather than being cut off.
    row = st.container(horizontal=True, key=state.MAP_CONTROLS, gap="small")  # one row at 1350 px in Russian too
    with row:
        mode = _choice(i18n.t("map.mode", lang), state.MAP_MODES, state.MAP_MODE, _labels("map.mode.", lang))
    if mode != "trade":
        return MapControls(mode=str(mode), measure=state.DEFAULTS[state.MAP_MEASURE], year=None)
    with row:
        measure = _choice(i18n.t("measure", lang), state.MEASURES, state.MAP_MEASURE, _labels("measure.", lang))
    years = [state.LATEST, *map(str, cache.trade_years(str(measure)))]
    if st.session_state.get(state.MAP_YEAR) not in years:
        st.session_state[state.MAP_YEAR] = state.LATEST  # a year from a link, or one without figures for this measure
        state.write_url()
    with row:
        year = st.selectbox(
            i18n.t("year", lang),
            years,
            format_func=lambda y: i18n.t("map.year.latest", lang) if y == state.LATEST else y,
            key=state.MAP_YEAR,
            persist_state="session",
            width=240,
            filter_mode=None,  # a short list: no typing, so no fuzzy matches and no English "No results"
        )
    return MapControls(mode=str(mode), measure=str(measure), year=None if year in (None, state.LATEST) else int(year))


def lazy_tabs(tabs: Mapping[str, str], view_key: str, widget_key: str, lang: str) -> dict[str, Any]:
    """Tabs {view: i18n key}, of which only the open one should be built (check `.open`): changing tab reruns the
    page. Which tab is open lives in `view_key` as a view name (in the URL, through atlas.app.state), so a link opens
    the same tab in any language; the widget's own value is the label. Returns {view: tab container}."""
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


@dataclass(frozen=True)
class Filters:
    """The filters shared by every page: a year span, federal districts and regions (empty: all)."""

    years: tuple[int, int]
    districts: tuple[str, ...]
    regions: tuple[str, ...]

    def only(self, *names: str) -> Filters:
        """These filters with only the named ones kept ("years", "districts", "regions"): what a table applied."""
        return Filters(
            years=self.years if "years" in names else config.YEAR_SPAN,
            districts=self.districts if "districts" in names else (),
            regions=self.regions if "regions" in names else (),
        )


def _filter(label: str, options: Sequence[str], key: str, labels: Callable[[str], str], lang: str) -> list[str]:
    """A filter's list of options, none chosen meaning all, kept in the session (and the URL) under `key`: no typing
    (a short list, or the region search beside it) and no "Select all", both of which Streamlit words in English."""
    return st.multiselect(label, list(options), format_func=labels, key=key, persist_state="session",
                          placeholder=i18n.t("filters.all", lang), filter_mode=None, select_all=False)  # fmt: skip


def global_filters(regions: pd.DataFrame | None, lang: str) -> Filters:
    """Years, federal districts and regions in the sidebar; the choice follows the user from page to page."""
    with st.sidebar:
        st.header(i18n.t("filters.header", lang))
        years = st.slider(
            i18n.t("filters.years", lang), min_value=config.YEAR_SPAN[0], max_value=config.YEAR_SPAN[1], key=state.YEARS
        )
        # eight districts: no typing; no English "Select all" either
        districts = _filter(i18n.t("federal_district", lang), config.FEDERAL_DISTRICTS, state.DISTRICTS,
                            _labels("fd.", lang), lang)  # fmt: skip
        chosen: list[str] = []
        if regions is not None:
            names = filter_rules.region_names(regions, lang)
            pool = regions if not districts else regions[regions["federal_district"].isin(districts)]
            options = sorted(pool[config.REGION_KEY], key=lambda c: names[c])
            kept = [c for c in st.session_state.get(state.REGIONS, []) if c in options]
            if kept != st.session_state.get(state.REGIONS, []):
                st.session_state[state.REGIONS] = kept  # regions outside the chosen districts drop out
            # typing goes to the search box below: ranked, and in the UI's language
            chosen = _filter(i18n.t("region", lang), options, state.REGIONS, lambda c: names.get(c, c), lang)
            region_search(pool, lang, state.SEARCH_FILTER, _add_region, chosen=chosen, adding=True)
        # a range slider returns a pair; a single int only if its state was ever a lone year
        span = (int(years[0]), int(years[1])) if isinstance(years, tuple | list) else (int(years), int(years))
        if districts or chosen or span != config.YEAR_SPAN:
            st.button(i18n.t("filters.reset", lang), on_click=_reset_filters, icon=":material/filter_alt_off:")
    return Filters(years=span, districts=tuple(districts), regions=tuple(chosen))


def _add_region(code: str) -> None:
    current = list(st.session_state.get(state.REGIONS, []))
    if code not in current:
        st.session_state[state.REGIONS] = [*current, code]


def _reset_filters() -> None:
    for key in (state.YEARS, state.DISTRICTS, state.REGIONS):
        st.session_state[key] = state.DEFAULTS[key]


def data_table(
    frame: pd.DataFrame,
    key: str,
    filename: str,
    lang: str,
    column_config: dict[str, object] | None = None,
    filters: Filters | None = None,
) -> None:
    """A sortable, searchable table and its CSV and Excel downloads, exactly as shown (filtered), each standing alone:
    real dates, absolute profile links on this host, and a name that says what was filtered (`filters`: the ones
    this table applied). The files are built when a button is clicked (a callable), not on every run: the Excel file
    of the visits table took ~0.4 s.

    Until a table's place first nears the viewport in this session, the place is held (`components.table_later`)
    and the table comes in the run that follows, a run of the table alone (a fragment): a page's first paint does not
    wait for Streamlit's table script and grid, nor for rows below the fold, and the rest of the page is not sent
    again. The downloads are there from the start."""
    _table_or_its_place(frame, key, lang, column_config)
    if filters is not None:
        filename = export.file_stem(filename, years=filters.years, all_years=config.YEAR_SPAN,
                                    districts=filters.districts, regions=filters.regions)  # fmt: skip
    root = export.app_root(st.context.url, str(st.session_state.get(state.PAGE, "")))
    left, right, _ = st.columns([1, 1, 4])
    with left:
        st.download_button(
            i18n.t("download.csv", lang),
            data=lambda: export.to_csv_bytes(export.for_download(frame, root)),
            file_name=f"{filename}.csv",
            mime="text/csv",
            key=f"{key}.csv",
            icon=":material/download:",
            on_click="ignore",
        )
    with right:
        st.download_button(
            i18n.t("download.xlsx", lang),
            data=lambda: export.to_xlsx_bytes(export.for_download(frame, root), filename[:31]),
            file_name=f"{filename}.xlsx",
            mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            key=f"{key}.xlsx",
            icon=":material/table_view:",
            on_click="ignore",
        )


@st.fragment
def _table_or_its_place(frame: pd.DataFrame, key: str, lang: str, column_config: dict[str, object] | None) -> None:
    if st.session_state.get(state.TABLES_NEAR):
        st.dataframe(frame, hide_index=True, key=key, column_config=column_config)  # type: ignore[arg-type]
    else:
        components.table_later(i18n.t("table.later", lang, n=len(frame)), _grid_height(len(frame)),
                               key=state.TABLE_LATER.format(key), on_near=_tables_near)  # fmt: skip


def _tables_near() -> None:
    st.session_state[state.TABLES_NEAR] = True


def _grid_height(rows: int) -> int:
    """The height in px Streamlit gives a table of `rows` rows (a header and up to ten rows, then it scrolls)."""
    return 35 * (min(rows, 10) + 1) + 3


def visit_filters(lang: str) -> tuple[list[str], list[str]]:
    """Direction and level filters of the visits page (empty: all), kept in the URL."""
    left, right = st.columns([1, 2])
    with left:
        directions = _filter(i18n.t("col.direction", lang), config.VISIT_DIRECTIONS, state.VISIT_DIRECTIONS,
                             _labels("direction.", lang), lang)  # fmt: skip
    with right:
        levels = _filter(i18n.t("visits.filter.level", lang), config.VISIT_LEVELS, state.VISIT_LEVELS,
                         _labels("level.", lang), lang)  # fmt: skip
    return list(directions), list(levels)


def period_choice(lang: str) -> str:
    """Count visits by year or by month."""
    choice = st.segmented_control(
        i18n.t("visits.period", lang),
        ["year", "month"],
        format_func=lambda p: i18n.t(f"visits.period.{p}", lang),
        default="year",
        required=True,
        key=state.VISITS_PERIOD,
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


def sidebar_tools(lang: str, presenter_page: st.Page) -> None:
    """Below the navigation: open presenter mode (every chart and map saves SVG or PNG from its own buttons)."""
    with st.sidebar:
        st.page_link(presenter_page, label=i18n.t("present.open", lang), icon=":material/slideshow:",
                     query_params={"present": "1", "lang": lang})  # fmt: skip


def event_controls(lang: str) -> tuple[str, int]:
    """What moved trade: the kind of event and the window after it (years), kept in the URL."""
    row = st.container(horizontal=True, key=state.MOVED_CONTROLS, gap="medium")
    with row:
        kind = _choice(i18n.t("moved.kind", lang), event_rules.EVENT_KINDS, state.EVENT_KIND,
                       _labels("moved.kind.", lang), help=i18n.t("moved.kind.help", lang))  # fmt: skip
        window = _choice(i18n.t("moved.window", lang), event_rules.WINDOWS, state.EVENT_WINDOW,
                         lambda n: i18n.t("moved.window.n", lang, n=n))  # fmt: skip
    return str(kind or event_rules.DEFAULT_KIND), int(window or event_rules.DEFAULT_WINDOW)


def quiet_controls(lang: str) -> tuple[int, str]:
    """Who has gone quiet: months without contact and the reference date, kept in the URL."""
    row = st.container(horizontal=True, key=state.QUIET_CONTROLS, gap="medium")
    with row:
        months = _choice(i18n.t("quiet.months", lang), quiet_rules.MONTH_CHOICES, state.QUIET_MONTHS)
        reference = _choice(i18n.t("quiet.reference", lang), quiet_rules.REFERENCES, state.QUIET_REFERENCE,
                            _labels("quiet.reference.", lang))  # fmt: skip
    return int(months or quiet_rules.DEFAULT_MONTHS), str(reference or "latest")


def link_columns(names: tuple[str, ...], lang: str) -> dict[str, object]:
    """Column config: these columns' addresses as clickable host names, with the profile link column."""
    config_ = link_column(lang)
    for name in names:
        config_[name] = st.column_config.LinkColumn(name, display_text=r"https?://(?:www\.)?([^/]+)")
    return config_


def region_chooser(regions: pd.DataFrame, lang: str) -> str | None:
    """The profile's region: a list of names in the UI language (no typing) and the region search beside it.
    The choice lives in session state and the URL (atlas.app.state); an unknown code there leaves both empty."""
    from atlas.views import region as region_views  # the profile's view; other pages don't load it

    names = region_views.region_options(regions, lang)
    left, right = st.columns(2, vertical_alignment="top")
    with left:
        code = st.selectbox(
            i18n.t("region.choose", lang),
            list(names),
            index=None,
            format_func=names.__getitem__,
            placeholder=i18n.t("region.choose.placeholder", lang),
            key=state.REGION,
            filter_mode=None,
        )
    with right:
        region_search(regions, lang, state.SEARCH_PROFILE, _open_region)
    return None if code is None else str(code)


def _open_region(code: str) -> None:
    st.session_state[state.REGION] = code


SEARCH_SHOWN = 8  # matches listed under a search box; past that, "…and N more: type more letters"


def region_search(
    regions: pd.DataFrame,
    lang: str,
    key: str,
    pick: Callable[[str], None],
    *,
    chosen: Collection[str] = (),
    adding: bool = False,
    codes: Sequence[str] | None = None,
) -> None:
    """A search box whose matches (atlas.rules.search: ranked, no stray letters, by name, alias or centre in either
    language) are listed under it as buttons, best first; clicking one runs `pick(code)` and reruns the page.

    Streamlit's own choosers filter as you type by scattered letters («Татар» finds Saratov) and answer in English
    ("No results", "Select 2 matches"), so the atlas's choosers take no typing and this box does the finding."""
    st.session_state.pop(f"{key}.picked", None)  # the whole page runs now: it shows the pick already
    index = search_rules.build_index(regions.to_dict("records"), lang)  # type: ignore[arg-type]
    allowed = None if codes is None else tuple(codes)
    _search_box(index, lang, key, pick, frozenset(chosen), adding, allowed)


@st.fragment
def _search_box(
    index: search_rules.Index,
    lang: str,
    key: str,
    pick: Callable[[str], None],
    chosen: frozenset[str],
    adding: bool,
    allowed: tuple[str, ...] | None,
) -> None:
    """Typing reruns only this box (a fragment); a pick reruns the whole page (once: `region_search` clears the mark
    when the whole page is running anyway)."""
    if st.session_state.pop(f"{key}.picked", False):
        st.rerun(scope="app")
    query = st.text_input(
        i18n.t("search.label", lang),
        key=key,
        type="search",
        live=True,
        placeholder=i18n.t("search.placeholder", lang),
        help=i18n.t("search.help", lang),
        autocomplete="off",
        max_chars=search_rules.QUERY_MAX,
    )
    typed = str(query or "").strip()
    if not typed:
        return
    found = [m for m in search_rules.matches(index, typed) if allowed is None or m.code in allowed]
    if not found:
        st.caption(i18n.t("search.none", lang, query=escape.md(typed[:60])))
        return
    with st.container(key=f"{key.replace('.', '-')}-results", gap="xsmall"):
        for match in found[:SEARCH_SHOWN]:
            name = index.names.get(match.code, match.code)
            label = _match_label(match, name, typed, lang)
            if match.code in chosen:
                label = i18n.t("search.chosen", lang, name=label)
            st.button(
                escape.md(label),
                key=f"{key}.pick.{match.code}",
                on_click=_picked,
                args=(key, match.code, pick),
                disabled=match.code in chosen,
                type="tertiary",
                icon=":material/add:" if adding else ":material/location_on:",
            )
    if len(found) > SEARCH_SHOWN:
        st.caption(i18n.t("search.more", lang, n=len(found) - SEARCH_SHOWN))


def _match_label(match: search_rules.Match, name: str, typed: str, lang: str) -> str:
    """The region's name in the UI language; after it, the alias or centre that was found when the name alone does
    not show why, and only when written in the UI's script (the Russian UI shows no English data text)."""
    cyrillic = any("\u0400" <= ch <= "\u04ff" for ch in match.term)
    same_script = cyrillic if i18n.data_lang(lang) == "ru" else not cyrillic
    if (
        match.source in (search_rules.CAPITAL, search_rules.ALIAS)
        and same_script
        and not search_rules.names(name, typed)
    ):
        return i18n.t("search.via", lang, name=name, term=match.term)
    return name


def _picked(key: str, code: str, pick: Callable[[str], None]) -> None:
    pick(code)
    st.session_state[key] = ""  # the box empties once its region is chosen
    st.session_state[f"{key}.picked"] = True


def _append_region(key: str, code: str, most: int, besides: Sequence[str] = ()) -> None:
    """Add `code` to the list of regions under `key`: once, while it holds fewer than `most`, never one of `besides`."""
    current = list(st.session_state.get(key) or [])
    if code not in current and code not in besides and len(current) < most:
        st.session_state[key] = [*current, code]


def toggle_compared(code: str) -> None:
    """A region clicked on the compare page's map: in the comparison it goes out, otherwise in (while there is room)."""
    current = list(st.session_state.get(state.COMPARE) or [])
    if code in current:
        st.session_state[state.COMPARE] = [c for c in current if c != code]
    else:
        _add_compared(code)


def _add_compared(code: str) -> None:
    _append_region(state.COMPARE, code, state.COMPARE_MAX)


def _regions_list(label: str, names: Mapping[str, str], key: str, most: int, lang: str) -> list[str]:
    """Regions to compare: a list of names in the UI language (code → name), at most `most`, no typing (the region
    search beside it does the finding)."""
    return st.multiselect(label, list(names), format_func=names.__getitem__, key=key, max_selections=most,
                          placeholder=i18n.t("region.choose.placeholder", lang), filter_mode=None,
                          select_all=False)  # fmt: skip


def compare_select(regions: pd.DataFrame, lang: str) -> list[str]:
    """The regions compared: a list of names in the UI language (no typing; at most four) and the region search
    under it, which adds the region found. The choice lives in session state and the URL (`compare=`)."""
    from atlas.views import region as region_views

    names = region_views.region_options(regions, lang)
    codes = _regions_list(i18n.t("compare.choose", lang), names, state.COMPARE, state.COMPARE_MAX, lang)
    if len(codes) >= state.COMPARE_MAX:
        st.caption(i18n.t("compare.full", lang))
    else:
        region_search(regions, lang, state.SEARCH_COMPARE, _add_compared, chosen=codes, adding=True)
    return list(codes)


def compare_with(code: str, regions: pd.DataFrame, lang: str) -> None:
    """The profile's "compare with…" control: up to three other regions (list or search), then a button that opens
    the compare page with this region first."""
    from atlas.views import region as region_views

    names = {c: n for c, n in region_views.region_options(regions, lang).items() if c != code}

    def add(found: str) -> None:
        _append_region(state.COMPARE_WITH, found, state.COMPARE_MAX - 1, besides=(code,))

    with st.popover(i18n.t("compare.with", lang), icon=":material/compare_arrows:"):
        others = _regions_list(i18n.t("compare.with.choose", lang), names, state.COMPARE_WITH, state.COMPARE_MAX - 1,
                               lang)  # fmt: skip
        region_search(regions, lang, state.SEARCH_COMPARE_WITH, add, chosen=[code, *others], adding=True,
                      codes=list(names))  # fmt: skip
        if st.button(i18n.t("compare.with.open", lang), key=state.COMPARE_WITH_OPEN, disabled=not others,
                     help=i18n.t("compare.with.help", lang), type="primary"):  # fmt: skip
            chosen = [code, *others]
            st.session_state[state.COMPARE] = chosen
            query = {"compare": ",".join(chosen), "lang": lang}
            st.switch_page("app_pages/compare.py", query_params=query)


def targets_order(lang: str) -> str:
    """The targets page's order: by distance left or by the region's trade, kept in the URL."""
    labels = _labels("targets.sort.", lang)
    choice = _choice(i18n.t("targets.sort", lang), targets_view.SORTS, state.TARGETS_SORT, labels)
    return str(choice or targets_view.DEFAULT_SORT)
