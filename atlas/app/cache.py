"""The only module that applies Streamlit caching. Everything it wraps is pure; results are shared and read-only.

Every cached function is keyed by the data folder and a fingerprint of its files (name, size, mtime), so editing
a data file is picked up on the next rerun, and by small plain arguments (measure, year, language), never frames.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from atlas import config
from atlas.datasets import loaders
from atlas.figures import analysis as analysis_figures
from atlas.figures import compare as compare_figures
from atlas.figures import mapspec, ranked
from atlas.figures import profile as profile_figures
from atlas.figures import targets as target_figures
from atlas.geo import boundaries as geometry
from atlas.rules import reconcile as reconcile_rules
from atlas.rules import trade as trade_rules
from atlas.views import analysis as analysis_view
from atlas.views import compare as compare_view
from atlas.views import maps as maps_view
from atlas.views import overview as overview_view
from atlas.views import region as views_region
from atlas.views import targets as targets_view

Fingerprint = tuple[tuple[str, int, int], ...]
TopBars = ranked.RankedBars


@dataclass(frozen=True)
class GeoBundle:
    """What the map needs of the boundaries (the codes drawn, the SVG paths' URL and frame), or the reason they are
    unavailable. Read as plain JSON, so a page with a map loads no geopandas; the shapes are `shapes()`."""

    codes: tuple[str, ...]
    error: str | None
    map_url: str = ""  # static/ru_map.json with a content hash, so a rebuilt file is never read from a stale cache
    map_size: tuple[float, float] = (1000.0, 560.0)


def _fingerprint(folder: Path) -> Fingerprint:
    """(name, size, mtime) of every CSV file of the folder: one listing and one stat per file (a missing folder: ())."""
    try:
        with os.scandir(folder) as entries:
            stats = [(e.name, e.stat()) for e in entries if e.name.endswith(".csv") and e.is_file()]
    except OSError:  # no such folder, or not a folder
        return ()
    return tuple((name, st.st_size, st.st_mtime_ns) for name, st in sorted(stats))


def _key() -> tuple[str, Fingerprint]:
    folder = config.data_dir()
    return str(folder), _fingerprint(folder)


@st.cache_resource(show_spinner=False, max_entries=4)
def _datasets(folder: str, fingerprint: Fingerprint) -> loaders.Datasets:
    return loaders.load_all(Path(folder))


def datasets() -> loaders.Datasets:
    """Every dataset of the data folder in use, validated; broken files are reported, not raised."""
    return _datasets(*_key())


class DatasetUnavailable(LookupError):
    """A dataset was asked for whose file failed the checks (`panels.datasets_ready` shows why, and guards this)."""


def frame(name: str) -> pd.DataFrame:
    """One loaded dataset; call it after `panels.datasets_ready` said the dataset is there (else DatasetUnavailable)."""
    frames = datasets().frames
    if name not in frames:
        raise DatasetUnavailable(name)
    return frames[name]


def maybe_frame(name: str) -> pd.DataFrame | None:
    """One loaded dataset, or None when its file failed the checks: for what works without it (filters, notes)."""
    return datasets().frames.get(name)


@st.cache_resource(show_spinner=False)
def geo() -> GeoBundle:
    """The boundary files checked as the map needs them, once per server."""
    try:
        codes = geometry.region_codes(config.REGIONS_GEOJSON)
        geometry.check_outline(config.BELARUS_GEOJSON)
        paths = geometry.load_map_paths(config.STATIC_MAP, codes)
    except geometry.GeoDataError as exc:
        return GeoBundle((), str(exc))
    digest = hashlib.sha1(config.STATIC_MAP.read_bytes()).hexdigest()[:12]
    return GeoBundle(
        codes,
        None,
        map_url=f"{config.STATIC_URL}{config.STATIC_MAP.name}?v={digest}",
        map_size=(float(paths["width"]), float(paths["height"])),
    )


@dataclass(frozen=True)
class Shapes:
    """Region and Belarus boundaries as GeoJSON dicts (the 3D view, the brief), or why they are unavailable."""

    regions: dict[str, Any] | None
    belarus: dict[str, Any] | None
    error: str | None = None


@st.cache_resource(show_spinner=False)
def shapes() -> Shapes:
    """The boundaries' shapes, validated with geopandas, loaded once per server by the first page that needs them."""
    try:
        regions = geometry.load_regions(config.REGIONS_GEOJSON)
        belarus = geometry.load_belarus(config.BELARUS_GEOJSON)
    except geometry.GeoDataError as exc:
        return Shapes(None, None, str(exc))
    if config.REGION_KEY not in belarus.columns:
        belarus = belarus.assign(**{config.REGION_KEY: "BY"})
    return Shapes(geometry.feature_collection(regions), geometry.feature_collection(belarus))


def region_shapes() -> dict[str, Any] | None:
    """The regions' GeoJSON for a brief (None when the boundaries are unavailable); called when a brief is built."""
    return shapes().regions


def drawn_regions() -> list[str]:
    """Codes the map draws: registry regions with a polygon, optionally narrowed by ATLAS_MAP_REGIONS."""
    regions, bundle = maybe_frame("regions"), geo()
    if regions is None or bundle.error is not None:
        return []
    codes = [c for c in regions.loc[regions["has_polygon"], config.REGION_KEY] if c in bundle.codes]
    if config.MAP_REGIONS_SETTING != "all-with-polygons":
        wanted = {c.strip() for c in config.MAP_REGIONS_SETTING.split(",")}
        codes = [c for c in codes if c in wanted]
    return codes


@st.cache_resource(show_spinner=False, max_entries=4)
def _default_trade(folder: str, fingerprint: Fingerprint) -> pd.DataFrame:
    """One figure per region, measure and year (transform.default_trade), computed once per data version."""
    return trade_rules.default_trade(frame("trade"))


@st.cache_resource(show_spinner=False, max_entries=8)
def _trade_timeline(folder: str, fingerprint: Fingerprint, measure: str, lang: str) -> mapspec.Timeline:
    """Every year of the trade map of a measure (the slider's colours, tooltips and sparklines), built once."""
    return maps_view.trade_timeline(
        frame("regions"), drawn_regions(), _default_trade(folder, fingerprint), measure=measure, lang=lang
    )


@st.cache_resource(show_spinner=False, max_entries=64)
def _trade_map(folder: str, fingerprint: Fingerprint, measure: str, year: int | None, lang: str) -> maps_view.MapView:
    return maps_view.trade_map(
        frame("regions"),
        frame("trade"),
        drawn_regions(),
        measure=measure,
        year=year,
        lang=lang,
        defaults=_default_trade(folder, fingerprint),
        timeline=_trade_timeline(folder, fingerprint, measure, lang),
    )


def trade_map(measure: str, year: int | None, lang: str) -> maps_view.MapView:
    """The trade choropleth for a measure and year (None: latest per region); callers check the datasets first."""
    return _trade_map(*_key(), measure, year, lang)


@st.cache_resource(show_spinner=False, max_entries=8)
def _agreements_map(folder: str, fingerprint: Fingerprint, lang: str) -> maps_view.MapView:
    mfa = maybe_frame("mfa_totals")
    return maps_view.agreements_map(
        frame("regions"),
        frame("agreements"),
        reconcile_rules.mfa_kpis(mfa) if mfa is not None and not mfa.empty else None,
        drawn_regions(),
        lang=lang,
    )


def agreements_map(lang: str) -> maps_view.MapView:
    """The agreement-status choropleth."""
    return _agreements_map(*_key(), lang)


@st.cache_data(show_spinner=False)
def _trade_years(folder: str, fingerprint: Fingerprint, measure: str) -> list[int]:
    trade = maybe_frame("trade")
    return [] if trade is None else trade_rules.trade_years(_default_trade(folder, fingerprint), measure)


def trade_years(measure: str) -> list[int]:
    """Years with at least one regional figure for the measure, newest first."""
    return _trade_years(*_key(), measure)


@st.cache_resource(show_spinner=False, max_entries=8)
def _top_importers(
    folder: str, fingerprint: Fingerprint, year: int, lang: str
) -> tuple[pd.DataFrame, ranked.RankedBars]:
    rows = overview_view.top_importers_rows(frame("regions"), frame("rankings"), frame("trade"), year, lang)
    return overview_view.top_importers_table(rows, lang), overview_view.top_importers_chart(rows, lang)


def top_importers(year: int, lang: str) -> tuple[pd.DataFrame, TopBars]:
    """The Ministry's top-10 importing regions of `year` with the figures on record, as a table and a chart."""
    return _top_importers(*_key(), year, lang)


@st.cache_resource(show_spinner=False, max_entries=4)
def _wg_map(folder: str, fingerprint: Fingerprint, lang: str) -> maps_view.MapView:
    return maps_view.wg_map(
        frame("regions"),
        frame("working_groups"),
        frame("wg_meetings"),
        drawn_regions(),
        lang,
    )


def wg_map(lang: str) -> maps_view.MapView:
    """Regions coloured by working-group activity on record."""
    return _wg_map(*_key(), lang)


def mfa_values(year: int) -> dict[str, int]:
    """The Ministry's totals of `year` (empty when mfa_totals.csv failed or has no such year)."""
    totals = maybe_frame("mfa_totals")
    if totals is None or totals.empty or year not in set(totals["year"]):
        return {}
    return reconcile_rules.mfa_kpis(totals, year)[1]


@st.cache_resource(show_spinner=False, max_entries=512)
def _profile_section(folder: str, fingerprint: Fingerprint, index: int, code: str, lang: str) -> views_region.Section:
    return views_region.SECTIONS[index].build(code, datasets().frames, lang)


def profile_section(index: int, code: str, lang: str) -> views_region.Section:
    """Section `index` of views_region.SECTIONS for a region's profile, built once per data version, region and
    language (a profile took seconds of pandas work per run; the same region's next visit or rerun reuses it)."""
    return _profile_section(*_key(), index, code, lang)


@st.cache_resource(show_spinner=False, max_entries=256)
def _profile_chart(folder: str, fingerprint: Fingerprint, index: int, code: str, lang: str) -> go.Figure | None:
    chart = _profile_section(folder, fingerprint, index, code, lang).chart
    return None if chart is None else profile_figures.draw(chart, lang)


def profile_chart(index: int, code: str, lang: str) -> go.Figure | None:
    """The plotly figure of section `index`'s chart (None: the section has none), drawn once per data version."""
    return _profile_chart(*_key(), index, code, lang)


@st.cache_resource(show_spinner=False, max_entries=256)
def _profile_sources(folder: str, fingerprint: Fingerprint, code: str) -> tuple[str, ...]:
    return views_region.sources_list(code, datasets().frames)


def profile_sources(code: str) -> tuple[str, ...]:
    """The profile's numbered source list, read from the rows its sections cite."""
    return _profile_sources(*_key(), code)


@st.cache_resource(show_spinner=False, max_entries=4)
def _trade_deck(folder: str, fingerprint: Fingerprint, lang: str) -> tuple[Any, int, int]:
    from atlas.figures import deck as maps  # pydeck is loaded only by the page that draws it

    bundle = shapes()
    if bundle.regions is None:  # the page checks panels.geo_ready first
        raise DatasetUnavailable("geo")
    arcs, missing = maps.trade_arcs(frame("regions"), frame("trade"), bundle.regions, lang)
    return maps.trade_deck(arcs, bundle.regions, bundle.belarus, lang), len(arcs), missing


def trade_deck(lang: str) -> tuple[Any, int, int]:
    """The 3D trade-links view, how many regions have an arc and how many have no figure."""
    return _trade_deck(*_key(), lang)


@st.cache_resource(show_spinner=False, max_entries=32)
def _moved(folder: str, fingerprint: Fingerprint, kind: str, window: int,
           lang: str) -> tuple[analysis_view.MovedView, go.Figure | None]:  # fmt: skip
    view = analysis_view.moved_view(datasets().frames, kind, window, lang)
    return view, None if view.chart is None else analysis_figures.moved_chart(view.chart, lang)


def moved(kind: str, window: int, lang: str) -> tuple[analysis_view.MovedView, go.Figure | None]:
    """What moved trade for a kind of event and a window, and its chart drawn (None: nothing is compared); the page
    shows both, so they are cached as one (callers check the datasets first)."""
    return _moved(*_key(), kind, window, lang)


@st.cache_resource(show_spinner=False, max_entries=32)
def _quiet(folder: str, fingerprint: Fingerprint, months: int, reference: str, today: str,
           lang: str) -> analysis_view.QuietView:  # fmt: skip
    return analysis_view.quiet_view(datasets().frames, months, reference, dt.date.fromisoformat(today), lang)


def quiet(months: int, reference: str, lang: str) -> analysis_view.QuietView:
    """Regions with no contact for `months` months as of the latest contact on record or today."""
    return _quiet(*_key(), months, reference, dt.date.today().isoformat(), lang)


@st.cache_resource(show_spinner=False, max_entries=256)
def _compare_section(folder: str, fingerprint: Fingerprint, index: int, codes: tuple[str, ...],
                     lang: str) -> views_region.Section:  # fmt: skip
    return compare_view.SECTIONS[index].build(codes, datasets().frames, lang)


def compare_section(index: int, codes: tuple[str, ...], lang: str) -> views_region.Section:
    """Section `index` of views.compare.SECTIONS for the regions compared (in the order chosen)."""
    return _compare_section(*_key(), index, codes, lang)


@st.cache_resource(show_spinner=False, max_entries=64)
def _compare_chart(folder: str, fingerprint: Fingerprint, codes: tuple[str, ...], lang: str) -> go.Figure | None:
    index = compare_view.SECTION_INDEX["trade"]
    chart = _compare_section(folder, fingerprint, index, codes, lang).chart
    return None if chart is None else compare_figures.trade_chart(chart.rows, lang)


def compare_chart(codes: tuple[str, ...], lang: str) -> go.Figure | None:
    """The compared regions' turnover chart (None: none of them has a figure)."""
    return _compare_chart(*_key(), codes, lang)


@st.cache_resource(show_spinner=False, max_entries=64)
def _targets(folder: str, fingerprint: Fingerprint, sort: str, years: tuple[int, int], districts: tuple[str, ...],
             regions: tuple[str, ...], today_year: int,
             lang: str) -> tuple[targets_view.TargetsView, go.Figure | None]:  # fmt: skip
    view = targets_view.targets_view(datasets().frames, sort, years, districts, regions, lang, today_year)
    return view, None if view.chart is None else target_figures.share_chart(view.chart, lang)


def targets(sort: str, years: tuple[int, int], districts: tuple[str, ...], regions: tuple[str, ...],
            lang: str) -> tuple[targets_view.TargetsView, go.Figure | None]:  # fmt: skip
    """Every stated trade target under the shared filters, judged, in the chosen order, and its chart drawn (None: no
    target has a figure); cached as one, as the page shows both (callers check datasets)."""
    return _targets(*_key(), sort, years, districts, regions, dt.date.today().year, lang)
