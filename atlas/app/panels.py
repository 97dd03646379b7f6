"""Page panels: guarded blocks, dataset notices, the official totals, charts and maps on a page. Streamlit allowed."""

from __future__ import annotations

import logging
import re
from collections.abc import Collection, Iterator
from contextlib import contextmanager
from urllib.parse import urlparse

import pandas as pd
import streamlit as st

from atlas import config
from atlas.app import cache, components, state, widgets
from atlas.figures import layout, ranked, svgchart
from atlas.rules import filters as filter_rules
from atlas.rules import quiet as quiet_rules
from atlas.rules import reconcile as reconcile_rules
from atlas.rules import sources as source_rules
from atlas.text import escape, formats
from atlas.text import lookup as i18n
from atlas.views import maps as maps_view
from atlas.views import region as region_view

log = logging.getLogger("atlas")
MAX_PROBLEMS_SHOWN = 5


def page_style(lang: str) -> None:
    """The atlas's stylesheet (static/atlas.css): caption contrast, compact page top, figure cards that never split a
    word; the page's language (`<html lang>`) set to `lang`."""
    st.html(config.STATIC_DIR / "atlas.css")
    components.one_history_entry_per_action(lang)  # on every page, before any user action: see assets/history.js


_LINK_TEXT = re.compile(r"[^A-Za-z0-9=,.%\-]")


def link_notices(lang: str, page_paths: set[str]) -> None:
    """Once, after a link was read: a short notice naming what it held that was not understood (a value, or a page
    that does not exist) and saying what is shown instead; the parts understood are applied as usual."""
    items = list(st.session_state.pop(state.NOTICES, None) or [])
    if not st.session_state.get(state.LINK_SEEN):
        st.session_state[state.LINK_SEEN] = True  # the session's first address: was it a page we have?
        path = urlparse(st.context.url or "").path.strip("/")
        if path and path not in page_paths:
            items.append(path)
    if items:
        not_understood(items, lang)


def not_understood(items: list[str], lang: str) -> None:
    """The notice of a link's parts not understood ("name=value" items), as link_notices shows it."""
    # only URL characters are echoed, at most 40 of each: nothing a link holds is rendered as markup
    shown = ", ".join(f"«{_LINK_TEXT.sub('', item)[:40]}»" for item in items)
    st.toast(i18n.t("link.not_understood", lang, items=shown), icon=":material/link_off:", duration="long")


def data_lang_note(lang: str) -> None:
    """One caption at the top of the page when the interface language has no data texts of its own (Belarusian):
    the titles, notes, names and places below are Russian. Said once here rather than beside every cell."""
    if i18n.data_lang(lang) != lang:
        st.caption(f":material/translate: {i18n.t('data_lang.note', lang)}")


SHARED_FILTERS = ("years", "districts", "regions")


def filters_not_applied(lang: str, applied: Collection[str] = (), shown_region: str = "") -> None:
    """Say which shared filters (from the sidebar or a link) this page or block does not apply, so none is ignored
    silently; `applied` names the ones it does apply ("years", "districts", "regions"). Nothing when none is set.
    On a profile (`shown_region`), a region filter holding that region alone is the profile shown."""
    years = tuple(st.session_state.get(state.YEARS, config.YEAR_SPAN))
    districts = list(st.session_state.get(state.DISTRICTS) or [])
    codes = list(st.session_state.get(state.REGIONS) or [])
    if shown_region and codes == [shown_region]:
        codes = []
    parts = []
    if "years" not in applied and len(years) == 2 and tuple(years) != config.YEAR_SPAN:
        parts.append(i18n.t("filters.not_applied.years", lang, first=years[0], last=years[1]))
    if "districts" not in applied and districts:
        names = ", ".join(i18n.t(f"fd.{d}", lang) for d in districts)
        parts.append(i18n.t("filters.not_applied.districts", lang, names=names))
    if "regions" not in applied and codes:
        regions = cache.maybe_frame("regions")
        named = names_list(codes, regions, lang) if regions is not None else ", ".join(codes)
        parts.append(i18n.t("filters.not_applied.regions", lang, names=escape.md(named)))
    if parts:
        st.info(i18n.t("filters.not_applied", lang, text="; ".join(parts)), icon=":material/filter_alt_off:")


@contextmanager
def guarded(lang: str) -> Iterator[None]:
    """Run a block of a page; an unexpected error becomes a short message, never a traceback."""
    try:
        yield
    except Exception:
        log.exception("page block failed")
        st.error(i18n.t("error.unexpected", lang), icon=":material/error:")


def filtered_page(title: str, caption: str, lang: str) -> tuple[pd.DataFrame | None, widgets.Filters]:
    """A page's title and caption (string keys) and the shared filters in the sidebar. Returns the regions' table
    (None when regions.csv is broken) and the filters chosen."""
    st.title(i18n.t(title, lang))
    st.caption(i18n.t(caption, lang))
    regions = cache.maybe_frame("regions")
    return regions, widgets.global_filters(regions, lang)


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


def geo_ready(lang: str, *, shapes: bool = False) -> bool:
    """True if the boundaries loaded (as the map needs them; with `shapes`, as GeoJSON shapes too, for the 3D view);
    otherwise an error panel naming the file."""
    error = cache.geo().error or (cache.shapes().error if shapes else None)
    if error is None:
        return True
    st.error(f"{i18n.t('error.dataset', lang, name=i18n.t('dataset.geo', lang))}\n\n`{error}`")
    return False


def mfa_block(lang: str) -> None:
    """The Ministry's latest totals as cards, or why they can't be shown (file broken or holding no rows)."""
    if not datasets_ready(["mfa_totals"], lang):
        return
    totals = cache.frame("mfa_totals")
    if totals.empty:
        st.info(i18n.t("no_data_long", lang) + f" ({i18n.t('dataset.mfa_totals', lang)})")
        return
    year, values, source = reconcile_rules.mfa_kpis(totals)
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
    row = st.container(horizontal=True, key=state.KPI_ROW, gap="small")
    for index, (label, main, parts) in enumerate(cards):
        if main in values:
            detail = {k: values.get(v, "—") for k, v in parts.items()}
            help_text = i18n.t(f"{label}.help", lang, **detail)
            with row:
                _kpi_card(i18n.t(label, lang), values[main], help_text, state.KPI_CARD.format(index), lang)
    if "medium_term_plans" in values:
        plans, protocols = values["medium_term_plans"], values.get("wg_protocols", 0)
        with row:
            _kpi_card(
                i18n.t("kpi.plans", lang),
                plans + protocols,
                i18n.t("kpi.plans.help", lang, plans=plans, protocols=protocols),
                state.KPI_CARD.format("plans"),
                lang,
            )
    link = escape.link(source_rules.first_url(source_url), source_rules.source_label(source_url))
    st.caption(f"{i18n.t('overview.kpi_source', lang)} — {link}")


def _kpi_card(label: str, value: int, detail: str, key: str, lang: str) -> None:
    """A bordered card: the label in full (no truncation), the figure large, its breakdown small."""
    with st.container(border=True, height="stretch", key=key):
        st.markdown(f"**{label}**")
        st.metric(label, formats.number(value, lang), label_visibility="collapsed")
        st.caption(detail)


def chart(figure: object, key: str, alt: str) -> None:
    """Draw a chart built with plotly's Python API as SVG in the page (atlas.figures.svgchart), so no page waits for
    plotly.js (4.7 MB); hover, keyboard and Save SVG / PNG work as with plotly's own. Figures made for the projector
    (present.for_projector) are drawn large, without controls."""
    lang = state.lang()
    labels = {name: i18n.t(f"chart.{name}", lang) for name in components.CHART_LABELS}
    payload = svgchart.from_plotly(figure, lang, alt=alt, filename=key.replace(".", "-"))
    components.chart(payload, labels, key=key, large=bool(payload["projector"]))


def profile_chart(index: int, code: str, lang: str, key: str, alt: str, *, projector: bool = False) -> bool:
    """Draw the chart of the profile's section `index` (for a projector: large); False when it has none."""
    figure = cache.profile_chart(index, code, lang)
    if figure is None:
        return False
    chart(layout.for_projector(figure, height=720) if projector else figure, key=key, alt=alt)
    return True


def profile_section(index: int, code: str, lang: str) -> None:
    """Render section `index` of the region profile (views.region.SECTIONS), built once per data version."""
    section = cache.profile_section(index, code, lang)
    st.header(section.title)
    if section.empty:
        st.info(section.empty, icon=":material/info:")
    for column, card in zip(st.columns(len(section.cards)) if section.cards else [], section.cards, strict=True):
        with column, st.container(border=True, height="stretch"):
            st.metric(card.label, card.value)
            st.caption(card.detail)
    for line in section.lines:
        st.markdown(line)
    if section.chart is not None:
        profile_chart(index, code, lang, key=state.PROFILE_CHART.format(section.key), alt=section.alt)
    _section_table(section, state.PROFILE_TABLE.format(section.key), f"{code}_{section.key}", lang)


def _section_table(section: region_view.Section, key: str, filename: str, lang: str) -> None:
    """A profile's or compare page's section below its chart: the caption, the table (its title, sources as links)
    with its downloads."""
    if section.caption:
        st.caption(section.caption)
    if section.table is not None:
        if section.table_title:
            st.markdown(f"**{section.table_title}**")
        link = st.column_config.LinkColumn(section.link_column, display_text=region_view.host_pattern())
        config: dict[str, object] | None = {section.link_column: link} if section.link_column else None
        widgets.data_table(section.table, key, filename, lang, config)


def region_map(
    view: maps_view.MapView, key: str, *, clickable: bool = False, large: bool = False, timeline: bool = False
) -> str | None:
    """Draw a map of regions; return the code of a region just clicked (clickable maps only). `timeline`: the
    overview's year slider and play button (a trade map); the year the user settles on becomes the map's year. The
    first message carries only the shown year; every year's colours and tooltips are sent from the run after the
    user first reaches for the slider or play (`state.MAP_ALL_YEARS`, for the rest of the session)."""
    bundle = cache.geo()
    lang = state.lang()
    labels = {name: i18n.t(f"map.{name}", lang) for name in components.MAP_LABELS}

    def year_chosen() -> None:  # before the next run, while the year selector may still be set
        year = components.chosen_year(key)
        if year is not None:
            st.session_state[state.MAP_YEAR] = str(year)

    def all_years() -> None:
        st.session_state[state.MAP_ALL_YEARS] = True

    return components.region_map(view.spec, bundle.map_url, bundle.map_size, labels, key=key, clickable=clickable,
                                 large=large, on_year=year_chosen if timeline else None,
                                 every_year=bool(st.session_state.get(state.MAP_ALL_YEARS)),
                                 on_all_years=all_years if timeline else None)  # fmt: skip


def ranked_bars(spec: ranked.RankedBars, key: str, *, clickable: bool = False, large: bool = False) -> str | None:
    """Draw ranked bars; return the code of a region whose name was just clicked (clickable bars only)."""
    hint = i18n.t("map.click_hint.short", state.lang()) if clickable else ""
    return components.ranked_bars(spec, key=key, clickable=clickable, large=large, hint=hint)


def names_list(codes: list[str], regions: pd.DataFrame, lang: str) -> str:
    """Comma-separated region names for codes, in the given order."""
    names = filter_rules.region_names(regions, lang)
    return ", ".join(names.get(code, code) for code in codes)


def open_clicked_region(code: str | None) -> None:
    """When a region on a map was clicked, open its profile (the code travels in the URL as ?region=)."""
    if code:
        st.session_state[state.REGION] = code
        st.switch_page("app_pages/region.py", query_params={"region": code, "lang": state.lang()})


def quiet_alert(lang: str) -> None:
    """The overview's short alert: how many regions have had no contact for 18+ months (as of the latest contact on
    record), linking to the analysis page's table with that very choice."""
    if not all(name in cache.datasets().frames for name in ("regions", "trade", "visits", "wg_meetings", "agreements")):
        return  # the map's and the totals' panels already say which file is broken
    months = quiet_rules.DEFAULT_MONTHS
    view = cache.quiet(months, "latest", lang)
    with st.container(border=True, key=state.QUIET_ALERT):
        st.page_link("app_pages/analysis.py", label=i18n.t("quiet.alert", lang, months=months, n=view.n_quiet),
                     icon=":material/notifications:",
                     query_params={"an": "quiet", "months": str(months), "asof": "latest", "lang": lang})  # fmt: skip


def compare_section(index: int, codes: tuple[str, ...], lang: str) -> None:
    """Render section `index` of the compare page (views.compare.SECTIONS): heading, sentences, the chart (trade),
    the table with its downloads."""
    section = cache.compare_section(index, codes, lang)
    st.header(section.title)
    for line in section.lines:
        st.markdown(line)
    if section.chart is not None:
        figure = cache.compare_chart(codes, lang)
        if figure is not None:
            chart(figure, key=state.COMPARE_CHART.format(section.key), alt=section.alt)
    _section_table(section, state.COMPARE_TABLE.format(section.key), f"compare_{'_'.join(codes)}_{section.key}", lang)


def compare_chooser(regions: pd.DataFrame, lang: str) -> tuple[str, ...]:
    """The compare page's choice: the list and the search box beside the map; a click on the map adds a region or
    takes it out. Codes of the link that the registry does not know are reported and dropped. Returns the codes."""
    from atlas.views import compare as compare_view  # this page's view; other pages don't load it

    current = list(st.session_state.get(state.COMPARE) or [])
    known, unknown = compare_view.chosen(current, regions)
    if unknown:
        not_understood([f"compare={','.join(unknown)}"], lang)
    if list(known) != current:
        st.session_state[state.COMPARE] = list(known)
    left, right = st.columns([2, 3], gap="medium")
    if cache.geo().error is None and "trade" in cache.datasets().frames:
        with right:
            clicked = region_map(cache.trade_map("turnover", None, lang), key=state.COMPARE_MAP, clickable=True)
            st.caption(i18n.t("compare.map.hint", lang))
        if clicked:
            widgets.toggle_compared(clicked)
    with left:
        codes = widgets.compare_select(regions, lang)
    return tuple(codes)
