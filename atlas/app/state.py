"""Session-state keys, defaults and the URL round-trip; init() runs at the top of every rerun from app.py.

The choices that define a view (language, map mode, measure, year, filters, region) live in session state under
the keys below and are mirrored in the URL's query string, by value (never by translated label), so a view can be
bookmarked and shared in any language. The rule of the round-trip: when the URL differs from what the app last
wrote (a pasted link, the browser's back button), the URL wins; otherwise the session wins and is written back.
Streamlit allowed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import streamlit as st

from atlas import config
from atlas.rules import events as event_rules
from atlas.rules import quiet as quiet_rules
from atlas.text import lookup as i18n
from atlas.views import targets as targets_view

# Widget keys ("<page>.<name>"; "app." for choices shared by every page)
LANG = "app.lang"
YEARS = "app.years"  # (first, last) year, inclusive; shared filter
DISTRICTS = "app.districts"  # federal districts; shared filter (empty: all)
REGIONS = "app.regions"  # region codes; shared filter (empty: all)
MAP_MODE = "overview.mode"
MAP_MEASURE = "overview.measure"
MAP_YEAR = "overview.year"
MAP_ALL_YEARS = "overview.map.all_years"  # True once the map's slider or play was first used: every year is sent
REGION = "region.code"  # the region whose profile is open
COMPARE = "compare.codes"  # the regions compared side by side (2–4 codes, in the order chosen)
VISIT_DIRECTIONS = "visits.directions"
VISIT_LEVELS = "visits.levels"
WG_VIEW = "wg.view"  # which tab of the working-groups page is open: map, curators or meetings (in the URL)
WG_TAB = "wg.tab"  # the tabs widget itself (its value is the open tab's label, which depends on the language)
PAGE = "app.page"  # the open page's path in the app ("" on the overview), set by app.py before the page runs
PRESENT = "present.on"  # "1": presenter mode (full screen, slides)
SLIDE = "present.slide"  # 1-based slide number
KIOSK = "present.kiosk"  # seconds per slide in the kiosk loop, "0" = off
ANALYSIS_VIEW = "analysis.view"  # which tab of the analysis page is open: moved or quiet (in the URL)
ANALYSIS_TAB = "analysis.tab"  # the tabs widget itself (its value is the open tab's label)
EVENT_KIND = "analysis.event"  # what moved trade: the kind of event (atlas.rules.events.EVENT_KINDS)
EVENT_WINDOW = "analysis.window"  # … and the window after it, in years
QUIET_MONTHS = "analysis.months"  # who has gone quiet: months without contact
QUIET_REFERENCE = "analysis.asof"  # … as of the latest contact on record or today
TARGETS_SORT = "targets.sort"  # the targets page's order: distance left or the region's trade
# The region search boxes (what is typed; never in the URL): the profile's chooser, the sidebar filter, the slide
SEARCH_PROFILE = "region.search"
SEARCH_FILTER = "app.regions.search"
SEARCH_PRESENT = "present.region.search"
SEARCH_COMPARE = "compare.search"  # the compare page's chooser
SEARCH_COMPARE_WITH = "region.compare.search"  # the profile's "compare with…" control
# The other elements' keys (charts, maps, tables, buttons; never in the URL). A table's key also names its download
# buttons (<key>.csv, <key>.xlsx), a search box's its result buttons (<key>.pick.<code>).
OVERVIEW_MAP = "overview.map"
OVERVIEW_TOP = "overview.top"  # the leading importers' bars
PROFILE_BRIEF = "region.{}"  # the brief's download buttons, by the file's name
PROFILE_CHART = "region.{}.chart"  # a profile section's chart and table, by the section's key (views.region)
PROFILE_TABLE = "region.{}.table"
COMPARE_WITH = "region.compare_with"  # the profile's "compare with…" list (the other regions)
COMPARE_WITH_OPEN = "region.compare_with.open"  # … and its button
COMPARE_MAP = "compare.map"
COMPARE_CHART = "compare.{}.chart"  # a compare section's chart and table, by the section's key (views.compare)
COMPARE_TABLE = "compare.{}.table"
VISITS_TIMELINE = "visits.timeline"
VISITS_PERIOD = "visits.period"  # the counts per year or per month
VISITS_COUNTS = "visits.counts"
VISITS_TABLE = "visits.table"
WG_MAP = "wg.map"
WG_CURATORS = "wg.curators"  # the curators' table
WG_CHART = "wg.chart"
WG_MEETINGS = "wg.meetings"  # the meetings' table
FORUMS_TIMELINE = "forums.timeline"
FORUMS_TABLE = "forums.table"
ANALYSIS_MOVED_CHART = "analysis.moved.chart"
ANALYSIS_MOVED = "analysis.moved"  # the regions compared before and after
ANALYSIS_EXCLUDED = "analysis.excluded"  # the events left out, with the reason
ANALYSIS_QUIET = "analysis.quiet"
TARGETS_CHART = "targets.chart"
TARGETS_TABLE = "targets.table"
LINKS_DECK = "links.deck"
PRESENT_STAGE = "present.stage"  # the stage component: the clicker's keys, Esc, the bar shown while the mouse moves
PRESENT_PREV = "present.prev"
PRESENT_NEXT = "present.next"
PRESENT_EXIT = "present.exit"
PRESENT_REGION = "present.region"  # the region slide's chooser
PRESENT_DEFAULT_REGION = "RU-SMO"  # the region slide's region when no region is chosen (or the chosen one is unknown)
PRESENT_MAP = "present.map"
PRESENT_TOP = "present.top"
PRESENT_VISITS = "present.visits"
PRESENT_WG = "present.wg"
PRESENT_REGION_CHART = "present.region.chart"
PRESENT_COMPARE_CHART = "present.compare.chart"
# Containers keyed for the stylesheets (static/atlas.css, static/presenter.css select them as .st-key-<key>)
TABLES_NEAR = "app.tables_near"  # True once a table's place neared the viewport: from then on tables come in the run
TABLE_LATER = "{}.later"  # the place of a table (by the table's key) until TABLES_NEAR
HISTORY = "atlas-history"  # the history component (one browser history entry per user action)
MAP_CONTROLS = "map-controls"
KPI_ROW = "kpi-row"
KPI_CARD = "kpi-{}"  # a card of the Ministry's totals, by its place in the row or its name
QUIET_ALERT = "quiet-alert"
MOVED_CONTROLS = "moved-controls"
QUIET_CONTROLS = "quiet-controls"
PRESENT_CONTROLS = "present-controls"
PRESENT_COUNTER = "present-counter"
PRESENT_CARDS = "present-cards"
PRESENT_REGION_PICK = "present-region-pick"
# Session keys of no widget
LINK_SEEN = "app._link_seen"  # the session's first address has been checked (is it a page we have?)
SHOWN_AT = "present.shown_at"  # when the slide on screen was shown (monotonic seconds; the kiosk loop's clock)

LATEST = "latest"  # MAP_YEAR value meaning "each region's latest year on record"
MAP_MODES = ("trade", "agreements")
WG_VIEWS = ("map", "curators", "meetings")
ANALYSIS_VIEWS = ("moved", "quiet")
MEASURES = config.MEASURES
COMPARE_MAX = 4  # regions compared at most (and at least 2 for a comparison)


@dataclass(frozen=True)
class Param:
    """How one state key appears in the URL."""

    name: str
    default: Any
    parse: Callable[[str], Any]  # raises ValueError on a bad value
    dump: Callable[[Any], str]


def _choice(options: tuple[str, ...]) -> Callable[[str], str]:
    def parse(text: str) -> str:
        if text not in options:
            raise ValueError(text)
        return text

    return parse


def _year(text: str) -> str:
    if text != LATEST and not (text.isdigit() and len(text) == 4):
        raise ValueError(text)
    return text


def _years(text: str) -> tuple[int, int]:
    first, _, last = text.partition("-")
    a, b = int(first), int(last or first)
    span = (min(a, b), max(a, b))  # "2024-2023" is read as 2023-2024 (with a notice: see init)
    if not (config.YEAR_SPAN[0] <= span[0] <= span[1] <= config.YEAR_SPAN[1]):
        raise ValueError(text)
    if span != (a, b):
        raise Partly(span, [text])
    return span


class Partly(ValueError):
    """A link's value understood in part: `value` is what is kept, `dropped` what was not understood."""

    def __init__(self, value: Any, dropped: list[str]) -> None:
        super().__init__(", ".join(dropped))
        self.value, self.dropped = value, dropped


def _codes(pattern: re.Pattern[str] | tuple[str, ...]) -> Callable[[str], list[str]]:
    def parse(text: str) -> list[str]:
        items = [item.strip() for item in text.split(",") if item.strip()]
        if isinstance(pattern, re.Pattern):
            items = [item.upper() for item in items]  # ru-smo is RU-SMO
        ok = (lambda i: bool(pattern.match(i))) if isinstance(pattern, re.Pattern) else pattern.__contains__
        kept, dropped = [i for i in items if ok(i)], [i for i in items if not ok(i)]
        if dropped:
            raise Partly(kept, dropped)  # the valid codes are kept (RU-SMO in "RU-SMO,,,%%")
        return kept

    return parse


def _compared(text: str) -> list[str]:
    """`compare=`: region codes as `regions=` reads them, each once, at most COMPARE_MAX (the rest is reported)."""
    try:
        codes, dropped = _codes(config.REGION_CODE)(text), []
    except Partly as partly:
        codes, dropped = partly.value, list(partly.dropped)
    unique = list(dict.fromkeys(codes))
    dropped += unique[COMPARE_MAX:]
    if dropped:
        raise Partly(unique[:COMPARE_MAX], dropped)
    return unique


def _bounded_int(text: str, lo: int, hi: int) -> int:
    value = int(text)
    if not lo <= value <= hi:
        raise ValueError(text)
    return value


def _int_choice(options: tuple[int, ...]) -> Callable[[str], int]:
    def parse(text: str) -> int:
        value = int(text)
        if value not in options:
            raise ValueError(text)
        return value

    return parse


def _region(text: str) -> str:
    code = text.strip().upper()  # ru-smo is RU-SMO
    if not config.REGION_CODE.match(code):
        raise ValueError(text)
    return code


_joined: Callable[[Any], str] = ",".join

PARAMS: dict[str, Param] = {
    LANG: Param("lang", i18n.DEFAULT_LANG, _choice(i18n.LANGS), str),
    YEARS: Param("years", config.YEAR_SPAN, _years, lambda v: f"{v[0]}-{v[1]}"),
    DISTRICTS: Param("fd", [], _codes(config.FEDERAL_DISTRICTS), _joined),
    REGIONS: Param("regions", [], _codes(config.REGION_CODE), _joined),
    MAP_MODE: Param("mode", "trade", _choice(MAP_MODES), str),
    MAP_MEASURE: Param("measure", "turnover", _choice(MEASURES), str),
    MAP_YEAR: Param("year", LATEST, _year, str),
    REGION: Param("region", "", _region, str),
    COMPARE: Param("compare", [], _compared, _joined),
    VISIT_DIRECTIONS: Param("dir", [], _codes(config.VISIT_DIRECTIONS), _joined),
    VISIT_LEVELS: Param("level", [], _codes(config.VISIT_LEVELS), _joined),
    PRESENT: Param("present", "0", _choice(("0", "1")), str),
    SLIDE: Param("slide", 1, lambda t: _bounded_int(t, 1, 6), str),
    KIOSK: Param("kiosk", 0, lambda t: _bounded_int(t, 0, 600), str),
    WG_VIEW: Param("wg", "map", _choice(WG_VIEWS), str),
    ANALYSIS_VIEW: Param("an", "moved", _choice(ANALYSIS_VIEWS), str),
    EVENT_KIND: Param("event", event_rules.DEFAULT_KIND, _choice(event_rules.EVENT_KINDS), str),
    EVENT_WINDOW: Param("window", event_rules.DEFAULT_WINDOW, _int_choice(event_rules.WINDOWS), str),
    QUIET_MONTHS: Param("months", quiet_rules.DEFAULT_MONTHS, _int_choice(quiet_rules.MONTH_CHOICES), str),
    QUIET_REFERENCE: Param("asof", "latest", _choice(quiet_rules.REFERENCES), str),
    TARGETS_SORT: Param("sort", targets_view.DEFAULT_SORT, _choice(targets_view.SORTS), str),
}
DEFAULTS: dict[str, Any] = {key: param.default for key, param in PARAMS.items()}
_WRITTEN = "app._url_written"  # the query string this session last wrote
_SEEN = "app._url_seen"  # the query string as the session last read or wrote it (normalised)
NOTICES = "app._url_notices"  # what the last link held that was not understood: ["name=value", ...], shown once


def _normalised(values: dict[str, str]) -> dict[str, str]:
    """Query values with defaults filled in, so '?mode=trade' and no 'mode' at all compare equal."""
    return {key: values.get(key, param.dump(param.default)) for key, param in PARAMS.items()}


def _copy(value: Any) -> Any:
    """A list is copied, so session state never shares one with DEFAULTS or a widget."""
    return list(value) if isinstance(value, list) else value


def _url_values() -> dict[str, str]:
    return {key: st.query_params[p.name] for key, p in PARAMS.items() if p.name in st.query_params}


def _history_navigation() -> bool:
    """True on a run that the browser's Back or Forward started (Streamlit's run context says so)."""
    from streamlit.runtime.scriptrunner import get_script_run_ctx

    return bool(getattr(get_script_run_ctx(), "is_history_navigation", False))


def init() -> None:
    """Restore the view from the URL when it changed from outside and keep every choice across pages.

    app.py writes the URL back with write_url() once the page has run, when the widgets hold this run's values.
    After Back or Forward the address is a whole view as write_url() left it (defaults left out), so a choice it does
    not name returns to its default. A page change from the navigation opens the bare address of the new page: there
    only what the address names is taken, and every other choice is kept.
    """
    from_url = _url_values()
    seen = _normalised(from_url)
    # Not when the address is the one already read (unless Back or Forward brought it): a run interrupted before it
    # wrote the URL back (a widget used while the page's first run was still going) must not undo the choice of the
    # run that interrupted it.
    back = _history_navigation()
    if seen != _normalised(st.session_state.get(_WRITTEN, {})) and (back or seen != st.session_state.get(_SEEN)):
        if back:
            for key in PARAMS.keys() - from_url.keys():
                st.session_state[key] = _copy(DEFAULTS[key])
        not_understood: list[str] = []
        for key, text in from_url.items():
            try:
                st.session_state[key] = PARAMS[key].parse(text)
            except Partly as partly:  # keep what was understood
                st.session_state[key] = partly.value
                not_understood.append(f"{PARAMS[key].name}={','.join(partly.dropped)}")
            except ValueError:  # a mistyped or hand-edited link: keep the current choice
                not_understood.append(f"{PARAMS[key].name}={text}")
        if not_understood:
            st.session_state[NOTICES] = not_understood
    st.session_state[_SEEN] = seen
    for key, default in DEFAULTS.items():
        # A widget's value is dropped at the end of a run in which the widget wasn't drawn (another page). Writing
        # it back detaches it from the widget, so the choice survives a trip to another page.
        st.session_state[key] = _copy(st.session_state.get(key, default))


def write_url() -> None:
    """Mirror the view's state in the query string; defaults are left out to keep links short."""
    wanted: dict[str, str] = {}
    for key, param in PARAMS.items():
        value = st.session_state.get(key, param.default)
        if value is None:  # a cleared widget (e.g. no region chosen) means "default"
            value = param.default
        if isinstance(value, tuple | list) and not isinstance(param.default, list):
            value = tuple(value)
        if value != param.default:
            wanted[key] = param.dump(value)
    # One write for the whole query string, and none when it already reads so: every change of st.query_params
    # pushes a browser history entry, so key-by-key writes made one user action several entries (Back looked broken).
    target = {PARAMS[key].name: text for key, text in wanted.items()}
    if st.query_params.to_dict() != target:
        st.query_params.from_dict(target)
    st.session_state[_WRITTEN] = wanted
    st.session_state[_SEEN] = _normalised(wanted)


def open_filtered_region() -> None:
    """On the profile: when no region is chosen and the shared filter holds exactly one region (`?regions=RU-SMO`),
    that region's profile opens."""
    codes = list(st.session_state.get(REGIONS) or [])
    if not st.session_state.get(REGION) and len(codes) == 1:
        st.session_state[REGION] = codes[0]


def presenting() -> bool:
    """True in presenter mode (?present=1)."""
    return str(st.session_state.get(PRESENT, "0")) == "1"


def lang() -> str:
    """The interface language of this session."""
    value = str(st.session_state.get(LANG, i18n.DEFAULT_LANG))
    return value if value in i18n.LANGS else i18n.DEFAULT_LANG
