"""A one-page region brief for preparing a visit: content from the loaded frames, then DOCX and PDF bytes.

May import: the standard library, numpy, pandas, shapely, pyproj, matplotlib (object API only, never pyplot: the
app renders in threads), python-docx, fpdf2, and atlas.config / i18n / transform / charts (for colours). No
Streamlit and no caching: the app caches the bytes.

Every number printed comes from one data row and is followed by the number of its source in the brief's source
list (each item links to the full address). Sections with nothing on record say so; nothing is shown as zero.
"""

from __future__ import annotations

import dataclasses
import io
import json
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import numpy as np
import pandas as pd
import shapely
from matplotlib import get_data_path
from matplotlib.collections import PatchCollection
from matplotlib.figure import Figure
from matplotlib.patches import Circle, PathPatch
from matplotlib.path import Path as MplPath
from pyproj import Transformer
from shapely.geometry import shape

from atlas import charts, config, escape, i18n, loaders, transform

# Lambert conformal conic for Russia, as the app's maps: standard parallels 52 and 64, central meridian 100 E.
RUSSIA_LCC = "+proj=lcc +lat_1=52 +lat_2=64 +lat_0=60 +lon_0=100 +datum=WGS84 +units=m +no_defs"
HIGHLIGHT_COLOUR = "#0c2c84"  # darkest class of the trade scale
BAR_COLOUR = charts.TRADE_COLOURS[3]
INK = "#1a1a1a"
MUTED = "#5f6368"
ACCENT = "#123a6b"  # headings
RULE = "#b8c2cc"
FONT_DIR = Path(get_data_path()) / "fonts" / "ttf"
NAME_MAX = 120  # characters of a region name in the brief (real names: up to 40)
MAX_AGREEMENTS = 6
MAX_VISITS = 5
MAX_MEETINGS = 3
MAX_WORKING_GROUPS = 2
MONTH_ABBREVIATIONS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


# --------------------------------------------------------------------------------------------------- content
@dataclass(frozen=True)
class KeyFigure:
    """One line of the key-figures table: what, how much (formatted), for which year, from where."""

    label: str
    value: str
    year: str
    source_url: str


@dataclass(frozen=True)
class TradeFact:
    """A trade row with no amount (growth, share, rank in words): year and the note, in the data's words."""

    year: str
    text: str
    source_url: str


@dataclass(frozen=True)
class TradeBar:
    """The default turnover of one year (USD million), as drawn in the chart."""

    year: int
    value: float
    qualifier: str
    source_url: str
    n_figures: int


@dataclass(frozen=True)
class AgreementItem:
    """An agreement, programme or plan on record."""

    date: str
    title: str
    party: str
    status: str
    source_url: str


@dataclass(frozen=True)
class VisitItem:
    """A delegation visit on record."""

    date: str
    direction: str
    head: str
    purpose: str
    source_url: str


@dataclass(frozen=True)
class MeetingItem:
    """A meeting of a working group, council or commission."""

    date: str
    place: str
    outcome: str
    source_url: str


@dataclass(frozen=True)
class WorkingGroupItem:
    """A cooperation body with its two sides and its latest meetings (newest first)."""

    kind: str
    curator: str
    cochair: str
    source_url: str
    meetings: tuple[MeetingItem, ...]
    meetings_more: int


@dataclass(frozen=True)
class Brief:
    """Everything the one-pager prints, already localised; the renderers only lay it out."""

    lang: str
    region_iso: str
    title: str
    name: str
    name_other: str
    federal_district: str
    subtitle: str
    key_figures: tuple[KeyFigure, ...]
    key_figures_note: str
    trade_facts: tuple[TradeFact, ...]
    trade: tuple[TradeBar, ...]
    agreements: tuple[AgreementItem, ...]
    agreements_more: int
    visits: tuple[VisitItem, ...]
    visits_more: int
    working_groups: tuple[WorkingGroupItem, ...]
    sources: tuple[str, ...]
    generated_on: str
    caveat: str
    map_png: bytes | None = field(repr=False, default=None)
    map_note: str = ""
    chart_png: bytes | None = field(repr=False, default=None)


def _frame(frames: dict[str, pd.DataFrame], name: str, region_iso: str, lang: str) -> pd.DataFrame:
    """The rows of one dataset for the region, data text in `lang` (empty when the dataset did not load)."""
    frame = frames.get(name)
    if frame is None or config.REGION_KEY not in frame.columns:
        return pd.DataFrame()
    return loaders.localised(frame[frame[config.REGION_KEY] == region_iso], lang)


def _text(value: Any) -> str:
    """A cell as stripped text; missing becomes ''."""
    if value is None or (isinstance(value, float) and math.isnan(value)) or value is pd.NA:
        return ""
    return str(value).strip()


def _clip(text: str, limit: int) -> str:
    """`text` cut at a word boundary to at most `limit` characters, with an ellipsis when cut."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0].rstrip(",;:—-– ")
    return cut + "…"


def _urls(source_url: str) -> list[str]:
    """The addresses of a ' | '-separated source cell."""
    return [u.strip() for u in source_url.split(" | ") if u.strip()]


def _key_figures(trade: pd.DataFrame, rankings: pd.DataFrame, lang: str) -> tuple[list[KeyFigure], list[int]]:
    """Latest default figure of each measure, newer figures in other units/periods, the latest rank.

    Also returns the years whose default figure competes with other figures (n_figures > 1).
    """
    figures: list[KeyFigure] = []
    contested: set[int] = set()
    defaults = transform.default_trade(trade) if not trade.empty else pd.DataFrame()
    all_figures = transform.trade_figures(trade) if not trade.empty else pd.DataFrame()
    for measure in config.MEASURES:
        label = i18n.t(f"measure.{measure}", lang)
        rows = defaults[defaults["measure"] == measure] if not defaults.empty else defaults
        latest_year = None
        shown_default = ("", "")
        if rows.empty:
            figures.append(KeyFigure(label, i18n.t("no_data", lang), "—", ""))
        else:
            row = transform.latest_figures(rows, measure).iloc[0]  # the map's and the profile's latest figure
            latest_year = int(row["year"])
            shown_default = (str(row["source_url"]), str(row["period"]))
            value = i18n.amount(float(row["value"]), str(row["unit"]), lang, str(row["qualifier"]))
            marks = i18n.figure_marks(str(row["period"]), str(row["year_basis"]), lang)
            year_text = f"{latest_year} ({', '.join(marks)})" if marks else str(latest_year)
            figures.append(KeyFigure(label, value, year_text, str(row["source_url"])))
            if row["other_side"] in ("BY", "RU"):
                side = i18n.t(f"side.{row['other_side']}", lang)
                other_value = i18n.amount(float(row["other_value"]), config.MAP_UNIT, lang, str(row["other_qualifier"]))
                other_marks = i18n.figure_marks(str(row["other_period"]), "stated", lang)
                other_year = f"{latest_year} ({', '.join(other_marks)})" if other_marks else str(latest_year)
                figures.append(KeyFigure(f"{label} — {side}", other_value, other_year, str(row["other_source_url"])))
            contested |= {int(y) for y, n in zip(rows["year"], rows["n_figures"], strict=True) if int(n) > 1}
        if all_figures.empty:
            continue
        # A figure the default rule leaves out (roubles, part of a year, period not stated) that is at least as
        # recent as the default one: it is news for a visit, so it is shown, labelled for what it is.
        others = all_figures[
            (all_figures["measure"] == measure)
            & (all_figures["qualifier"] != "forecast")
            & ((all_figures["unit"] != config.MAP_UNIT) | (all_figures["period"] != "year"))
        ]
        if latest_year is not None:
            others = others[others["year"] >= latest_year]
            others = others[[(u, p) != shown_default for u, p in zip(others["source_url"], others["period"],
                                                                        strict=True)]]  # fmt: skip
        if others.empty:
            continue
        other = others.sort_values(["year", "source_date_start"], ascending=False, na_position="last").iloc[0]
        if other["unit"] != config.MAP_UNIT:
            other_label = i18n.t("brief.kf.rub", lang, measure=label)
        elif other["period"] == "unspecified":
            other_label = i18n.t("brief.kf.unspecified", lang, measure=label)
        else:
            month = MONTH_ABBREVIATIONS.index(str(other["period"]).split("-")[-1])
            other_label = i18n.t("brief.kf.part_year", lang, measure=label, month=i18n.MONTHS[lang][month])
        value = i18n.amount(float(other["value"]), str(other["unit"]), lang, str(other["qualifier"]))
        figures.append(KeyFigure(other_label, value, str(int(other["year"])), str(other["source_url"])))
    if not rankings.empty:
        ranked = rankings[rankings["rank"].notna()].sort_values("year", ascending=False, kind="stable")
        if not ranked.empty:
            row = ranked.iloc[0]
            label = i18n.t(f"brief.kf.rank.{row['ranking']}", lang)
            figures.append(KeyFigure(label, str(int(row["rank"])), str(int(row["year"])), str(row["source_url"])))
    return figures, sorted(contested, reverse=True)


def _trade_facts(trade: pd.DataFrame, lang: str, limit: int = 2) -> list[TradeFact]:
    """The newest rows that carry no amount, only a fact in words (growth, share) in `lang`: at most `limit`."""
    if trade.empty:
        return []
    told = trade["note"].fillna("").ne("") & trade["note"].ne(i18n.t("no_text", lang))  # not told in lang: left out
    wordy = trade[trade[list(config.MEASURES)].isna().all(axis=1) & told]
    wordy = wordy.sort_values(["year", "source_date_start"], ascending=False, na_position="last").head(limit)
    facts = []
    for _, row in wordy.iterrows():
        text = _text(row["note"])
        if text.lower().startswith("no amount:"):
            text = text[len("no amount:") :].strip()
            text = text[:1].upper() + text[1:]
        facts.append(TradeFact(str(int(row["year"])), _clip(text, 170), str(row["source_url"])))
    return facts


def _trade_bars(trade: pd.DataFrame) -> list[TradeBar]:
    """The default turnover per year (USD million), oldest first; years without a figure are absent."""
    if trade.empty:
        return []
    defaults = transform.default_trade(trade)
    rows = defaults[defaults["measure"] == "turnover"].sort_values("year")
    return [
        TradeBar(int(r["year"]), float(r["value"]), str(r["qualifier"]), str(r["source_url"]), int(r["n_figures"]))
        for _, r in rows.iterrows()
    ]


def _agreements(rows: pd.DataFrame, lang: str) -> tuple[list[AgreementItem], int]:
    """Agreements newest first (undated last), at most MAX_AGREEMENTS, and how many were left out."""
    if rows.empty:
        return [], 0
    ordered = rows.sort_values(["signed_date_start", "agreement_id"], ascending=[False, True], na_position="last")
    items = []
    for _, r in ordered.head(MAX_AGREEMENTS).iterrows():
        when = _text(r["signed_date"])
        date_text = i18n.partial_date(when, lang) if when else _clip(_text(r["date_note"]), 28)
        items.append(
            AgreementItem(
                date=date_text or i18n.t("brief.date.none", lang),
                title=_clip(_text(r["title"]), 110),
                party=i18n.t(f"brief.party.{r['belarus_party']}", lang),
                status=i18n.t(f"brief.status.{r['status']}", lang),
                source_url=str(r["source_url"]),
            )
        )
    return items, max(len(ordered) - MAX_AGREEMENTS, 0)


def _visits(rows: pd.DataFrame, lang: str) -> tuple[list[VisitItem], int]:
    """The latest visits, newest first, at most MAX_VISITS, and how many earlier ones were left out."""
    if rows.empty:
        return [], 0
    ordered = rows.sort_values(["date_start", "visit_id"], ascending=False, na_position="last")
    items = [
        VisitItem(
            date=i18n.partial_date(_text(r["date"]), lang),
            direction=i18n.t(f"brief.direction.{r['direction']}", lang),
            head=_clip(_text(r["delegation_head"]), 90),
            purpose=_clip(_text(r["purpose"]), 130),
            source_url=str(r["source_url"]),
        )
        for _, r in ordered.head(MAX_VISITS).iterrows()
    ]
    return items, max(len(ordered) - MAX_VISITS, 0)


def _working_groups(bodies: pd.DataFrame, meetings: pd.DataFrame, lang: str) -> list[WorkingGroupItem]:
    """Each cooperation body of the region with its latest meetings."""
    items = []
    for _, body in bodies.head(MAX_WORKING_GROUPS).iterrows():
        held = meetings[meetings["wg_id"] == body["wg_id"]] if not meetings.empty else meetings
        if not held.empty:
            held = held.sort_values(["date_start", "meeting_id"], ascending=False, na_position="last")
        listed = []
        for _, m in held.head(MAX_MEETINGS).iterrows():
            signed = [i18n.t(key, lang) for key, flag in (("brief.wg.protocol", m["protocol_signed"]),
                                                          ("brief.wg.plan", m["plan_signed"])) if flag]  # fmt: skip
            outcome = _clip(_text(m["outcome"]), 110)
            if signed:
                outcome = f"{outcome} ({', '.join(signed)})" if outcome else ", ".join(signed)
            date_text = (
                i18n.partial_date(_text(m["date"]), lang) if _text(m["date"]) else i18n.t("brief.date.none", lang)
            )
            listed.append(MeetingItem(date_text, _text(m["place"]), outcome, str(m["source_url"])))
        items.append(
            WorkingGroupItem(
                kind=i18n.t(f"brief.body.{body['body_kind']}", lang),
                curator=_clip(_text(body["belarus_curator"]), 90) or i18n.t("no_data", lang),
                cochair=_clip(_text(body["russia_cochair"]), 90) or i18n.t("no_data", lang),
                source_url=str(body["source_url"]),
                meetings=tuple(listed),
                meetings_more=max(len(held) - MAX_MEETINGS, 0),
            )
        )
    return items


def _collect_sources(brief: Brief) -> tuple[str, ...]:
    """Unique addresses in the order the brief cites them."""
    cited: list[str] = []
    cells = [k.source_url for k in brief.key_figures] + [f.source_url for f in brief.trade_facts]
    cells += [b.source_url for b in brief.trade]
    cells += [a.source_url for a in brief.agreements] + [v.source_url for v in brief.visits]
    for group in brief.working_groups:
        cells += [group.source_url] + [m.source_url for m in group.meetings]
    for cell in cells:
        for url in _urls(cell):
            if url not in cited:
                cited.append(url)
    return tuple(cited)


def _bundled_belarus() -> dict[str, Any] | None:
    """Belarus's outline from geo/belarus.geojson, or None when the file is missing or unreadable."""
    try:
        loaded = json.loads(config.BELARUS_GEOJSON.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return loaded if isinstance(loaded, dict) and loaded.get("features") else None


def build_brief(
    region_iso: str,
    frames: dict[str, pd.DataFrame],
    regions_geojson: dict[str, Any] | None,
    lang: str,
    *,
    belarus_geojson: dict[str, Any] | None = None,
    today: date | None = None,
) -> Brief:
    """The brief's content for one region, in `lang`, with its map inset and trade chart rendered to PNG.

    `belarus_geojson` (the app's `cache.geo().belarus`) outlines Belarus on the map; when not given, the bundled
    geo/belarus.geojson is read (4 KB). `today` fixes the generated-on date (tests).
    """
    if belarus_geojson is None:
        belarus_geojson = _bundled_belarus()
    regions = frames["regions"]
    entry = regions[regions[config.REGION_KEY] == region_iso]
    if entry.empty:
        raise ValueError(f"unknown region {region_iso!r}")
    region = entry.iloc[0]
    other_lang = "ru" if lang == "en" else "en"
    # Names are cut to fit a heading (the full name stays in the app's tables); Word's title property holds 255.
    name = _clip(escape.plain(region[f"name_{lang}"] if lang in ("ru", "en") else region["name_ru"]), NAME_MAX)
    name_other = _clip(escape.plain(region[f"name_{other_lang}"]), NAME_MAX)
    district = i18n.t(f"fd.{region['federal_district']}", lang)
    trade = _frame(frames, "trade", region_iso, lang)
    key_figures, contested = _key_figures(trade, _frame(frames, "rankings", region_iso, lang), lang)
    note = i18n.t("brief.kf.note", lang, years=", ".join(map(str, contested))) if contested else ""
    agreements, agreements_more = _agreements(_frame(frames, "agreements", region_iso, lang), lang)
    visits, visits_more = _visits(_frame(frames, "visits", region_iso, lang), lang)
    groups = _working_groups(_frame(frames, "working_groups", region_iso, lang),
                             _frame(frames, "wg_meetings", region_iso, lang), lang)  # fmt: skip
    bars = _trade_bars(trade)
    has_polygon = (
        bool(region["has_polygon"])
        and regions_geojson is not None
        and any(f["properties"].get(config.REGION_KEY) == region_iso for f in regions_geojson["features"])
    )
    brief = Brief(
        lang=lang,
        region_iso=region_iso,
        title=i18n.t("brief.title", lang, name=name),
        name=name,
        name_other=name_other,
        federal_district=district,
        subtitle=i18n.t("brief.subtitle", lang, district=district, other_name=name_other, code=region_iso),
        key_figures=tuple(key_figures),
        key_figures_note=note,
        trade_facts=tuple(_trade_facts(trade, lang)),
        trade=tuple(bars),
        agreements=tuple(agreements),
        agreements_more=agreements_more,
        visits=tuple(visits),
        visits_more=visits_more,
        working_groups=tuple(groups),
        sources=(),
        generated_on=i18n.partial_date((today or date.today()).isoformat(), lang),
        caveat=i18n.t("brief.caveat", lang),
        map_png=map_inset_png(region_iso, regions_geojson, belarus_geojson) if has_polygon else None,
        map_note=i18n.t("brief.map.caption", lang, name=name) if has_polygon else i18n.t("brief.map.none", lang),
        chart_png=trade_chart_png(bars, lang) if bars else None,
    )
    return _cleaned(replace(brief, sources=_collect_sources(brief)))


def _cleaned(value: Any) -> Any:
    """Every text of the brief without control characters (Word refuses NUL, \\x01, \\x0b…; PDF shows boxes)."""
    if isinstance(value, str):
        return escape.plain(value)
    if isinstance(value, tuple):
        return tuple(_cleaned(item) for item in value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return replace(value, **{f.name: _cleaned(getattr(value, f.name)) for f in dataclasses.fields(value)})
    return value


# --------------------------------------------------------------------------------------------------- images
def _rings_path(geometry: Any) -> MplPath:
    """All rings of a (multi)polygon as one compound matplotlib path."""
    paths = []
    for polygon in getattr(geometry, "geoms", [geometry]):
        for ring in [polygon.exterior, *polygon.interiors]:
            paths.append(MplPath(np.asarray(ring.coords)[:, :2], closed=True))
    return MplPath.make_compound_path(*paths)


def _projected(features: Iterable[dict[str, Any]], transformer: Transformer) -> list[tuple[str, Any]]:
    """(region_iso, geometry in projected metres) for every feature; longitudes past 180 are kept as they are."""
    out = []
    for feature in features:
        geometry = shape(feature["geometry"])
        projected = shapely.transform(geometry, lambda xy: np.column_stack(transformer.transform(xy[:, 0], xy[:, 1])))
        out.append((str(feature["properties"].get(config.REGION_KEY, "")), projected))
    return out


def _png(figure: Figure, dpi: int = 220) -> bytes:
    """The figure as PNG bytes (white background, tight box)."""
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=dpi, facecolor="white", bbox_inches="tight", pad_inches=0.02)
    return buffer.getvalue()


def map_inset_png(
    region_iso: str, regions_geojson: dict[str, Any] | None, belarus_geojson: dict[str, Any] | None = None
) -> bytes | None:
    """A small map of Russia (Lambert conic) with the region in a strong colour and Belarus outlined; None if absent."""
    if regions_geojson is None:
        return None
    transformer = Transformer.from_crs(config.WGS84, RUSSIA_LCC, always_xy=True)
    shapes = _projected(regions_geojson["features"], transformer)
    target = [g for code, g in shapes if code == region_iso]
    if not target:
        return None
    figure = Figure(figsize=(3.6, 2.2))
    axes = figure.add_axes((0, 0, 1, 1))
    axes.set_axis_off()
    axes.set_aspect("equal")
    others = [_rings_path(g) for code, g in shapes if code != region_iso]
    axes.add_collection(PatchCollection([PathPatch(p) for p in others], facecolor=charts.NO_DATA_COLOUR,
                                        edgecolor="white", linewidth=0.25))  # fmt: skip
    if belarus_geojson is not None:
        belarus = [_rings_path(g) for _, g in _projected(belarus_geojson["features"], transformer)]
        axes.add_collection(PatchCollection([PathPatch(p) for p in belarus], facecolor=charts.BELARUS_FILL,
                                            edgecolor=charts.BELARUS_LINE, linewidth=0.7))  # fmt: skip
    region = target[0]
    axes.add_collection(PatchCollection([PathPatch(_rings_path(region))], facecolor=HIGHLIGHT_COLOUR,
                                        edgecolor=HIGHLIGHT_COLOUR, linewidth=0.4))  # fmt: skip
    bounds = np.array([g.bounds for _, g in shapes])
    xmin, ymin = bounds[:, 0].min(), bounds[:, 1].min()
    xmax, ymax = bounds[:, 2].max(), bounds[:, 3].max()
    width = xmax - xmin
    rx0, ry0, rx1, ry1 = region.bounds
    if max(rx1 - rx0, ry1 - ry0) < 0.02 * width:  # a city or a small republic: ring it so it can be found
        point = region.representative_point()
        axes.add_patch(Circle((point.x, point.y), 0.022 * width, fill=False, edgecolor=HIGHLIGHT_COLOUR,
                              linewidth=1.1))  # fmt: skip
    pad = 0.01 * width
    axes.set_xlim(xmin - pad, xmax + pad)
    axes.set_ylim(ymin - pad, ymax + pad)
    return _png(figure)


def _bar_label(bar: TradeBar, lang: str) -> str:
    """'≈ 4 900', '> 3 400', 'почти 3 500': the amount with the source's wording, no unit (the caption has it)."""
    words = {"approx", "more_than", "almost"}
    prefix = i18n.t(f"qualifier.{bar.qualifier}", lang) + " " if bar.qualifier in words else ""
    return prefix + i18n.number(bar.value, lang)


def trade_chart_png(bars: Sequence[TradeBar], lang: str) -> bytes | None:
    """Bars of the default yearly turnover (USD million), each labelled; a gap in the years leaves a gap."""
    if not bars:
        return None
    positions: list[float] = []
    for i, bar in enumerate(bars):
        step = 0.0 if i == 0 else 1.0 + (0.5 if bar.year - bars[i - 1].year > 1 else 0.0)
        positions.append((positions[-1] if positions else 0.0) + step)
    figure = Figure(figsize=(3.6, 2.2))
    axes = figure.add_subplot()
    values = [bar.value for bar in bars]
    axes.bar(positions, values, width=0.62, color=BAR_COLOUR, zorder=2)
    top = max(values)
    for x, bar in zip(positions, bars, strict=True):
        axes.text(x, bar.value + top * 0.03, _bar_label(bar, lang), ha="center", va="bottom", fontsize=7, color=INK)
    axes.set_xticks(positions, [str(bar.year) for bar in bars], fontsize=7.5, color=INK)
    for x0, x1, bar, previous in zip(positions[:-1], positions[1:], bars[1:], bars[:-1], strict=True):
        if bar.year - previous.year > 1:  # mark the skipped years on the axis
            axes.text((x0 + x1) / 2, 0, "…", ha="center", va="top", fontsize=8, color=MUTED,
                      transform=axes.get_xaxis_transform())  # fmt: skip
    span = max(positions[-1] - positions[0], 3.0)
    middle = (positions[0] + positions[-1]) / 2
    axes.set_xlim(middle - span / 2 - 0.6, middle + span / 2 + 0.6)
    axes.set_ylim(0, top * 1.22)
    axes.yaxis.set_visible(False)
    for side in ("top", "right", "left"):
        axes.spines[side].set_visible(False)
    axes.spines["bottom"].set_color(RULE)
    axes.tick_params(axis="x", length=0, pad=3)
    figure.subplots_adjust(left=0.02, right=0.98, top=0.97, bottom=0.12)
    return _png(figure)


# --------------------------------------------------------------------------------------------------- layout
# Successive cuts (agreements, visits, meetings per body) tried until the PDF fits on one page.
_LEVELS = ((MAX_AGREEMENTS, MAX_VISITS, MAX_MEETINGS), (4, 4, 2), (3, 3, 1), (2, 2, 1), (1, 1, 0))


def _fitted(brief: Brief, level: int) -> Brief:
    """The brief with its lists cut to `level` of _LEVELS ('… and N more' grows) and its sources re-collected."""
    n_agreements, n_visits, n_meetings = _LEVELS[level]
    groups = tuple(
        replace(
            g, meetings=g.meetings[:n_meetings], meetings_more=g.meetings_more + max(len(g.meetings) - n_meetings, 0)
        )
        for g in brief.working_groups
    )
    cut = replace(
        brief,
        agreements=brief.agreements[:n_agreements],
        agreements_more=brief.agreements_more + max(len(brief.agreements) - n_agreements, 0),
        visits=brief.visits[:n_visits],
        visits_more=brief.visits_more + max(len(brief.visits) - n_visits, 0),
        working_groups=groups,
    )
    return replace(cut, sources=_collect_sources(cut))


def _refs(source_url: str, sources: Sequence[str]) -> str:
    """'[3]' or '[3, 4]': the numbers of a row's addresses in the brief's source list."""
    numbers = [str(sources.index(u) + 1) for u in _urls(source_url) if u in sources]
    return f"[{', '.join(numbers)}]" if numbers else ""


def _short_url(url: str, limit: int = 64) -> str:
    """An address without scheme and 'www.', cut with '…' past `limit` characters (the link keeps it whole)."""
    parsed = urlparse(url)
    text = parsed.netloc.removeprefix("www.") + parsed.path.rstrip("/")
    if parsed.query:
        text += "?" + parsed.query
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _agreement_line(item: AgreementItem, sources: Sequence[str]) -> tuple[str, str]:
    """(bold lead, rest) of an agreement line."""
    return item.date, f" · {item.title} · {item.party} · {item.status} {_refs(item.source_url, sources)}"


def _visit_line(item: VisitItem, sources: Sequence[str]) -> tuple[str, str]:
    """(bold lead, rest) of a visit line."""
    return item.date, f" · {item.direction} · {item.head} — {item.purpose} {_refs(item.source_url, sources)}"


def _group_line(item: WorkingGroupItem, lang: str, sources: Sequence[str]) -> tuple[str, str]:
    """(bold lead, rest) of a cooperation body line."""
    return item.kind, (
        f": {i18n.t('brief.wg.curator', lang)} — {item.curator}; {i18n.t('brief.wg.cochair', lang)} — "
        f"{item.cochair} {_refs(item.source_url, sources)}"
    )


def _meeting_line(item: MeetingItem, sources: Sequence[str]) -> tuple[str, str]:
    """(bold lead, rest) of a meeting line."""
    place = f", {item.place}" if item.place else ""
    return item.date, f"{place} — {item.outcome} {_refs(item.source_url, sources)}"


def _sections(brief: Brief) -> list[tuple[str, list[tuple[str, str, bool]]]]:
    """The list sections as (heading, [(bold lead, rest, indented)]); an empty section has the no-data line."""
    lang, sources = brief.lang, brief.sources
    none = [("", i18n.t("brief.none", lang), False)]
    agreements = [(*_agreement_line(a, sources), False) for a in brief.agreements] or none
    if brief.agreements_more:
        agreements.append(("", i18n.t("brief.more", lang, n=brief.agreements_more), False))
    visits = [(*_visit_line(v, sources), False) for v in brief.visits] or none
    if brief.visits_more:
        visits.append(("", i18n.t("brief.more", lang, n=brief.visits_more), False))
    groups: list[tuple[str, str, bool]] = []
    for group in brief.working_groups:
        groups.append((*_group_line(group, lang, sources), False))
        if group.meetings:
            groups.append((i18n.t("brief.wg.meetings", lang) + ":", "", True))
            groups += [(*_meeting_line(m, sources), True) for m in group.meetings]
        elif not group.meetings_more:
            groups.append(("", i18n.t("brief.wg.no_meetings", lang), True))
        if group.meetings_more:
            groups.append(("", i18n.t("brief.more", lang, n=group.meetings_more), True))
    return [
        (i18n.t("brief.section.agreements", lang), agreements),
        (i18n.t("brief.section.visits", lang), visits),
        (i18n.t("brief.section.working_group", lang), groups or none),
    ]


def _fact_lines(brief: Brief) -> list[tuple[str, str, bool]]:
    """Lines under the key figures: trade facts on record without an amount."""
    if not brief.trade_facts:
        return []
    lines = [(i18n.t("brief.kf.facts", brief.lang) + ":", "", False)]
    lines += [(f.year, f" · {f.text} {_refs(f.source_url, brief.sources)}", True) for f in brief.trade_facts]
    return lines


def _chart_caption(brief: Brief) -> str:
    """Caption of the trade chart with the numbers of the sources of its bars."""
    refs = sorted({int(n) for bar in brief.trade for n in _refs(bar.source_url, brief.sources).strip("[]").split(", ")
                   if n})  # fmt: skip
    return i18n.t("brief.chart.caption", brief.lang, refs=", ".join(f"[{n}]" for n in refs))


def _figure_rows(brief: Brief) -> list[tuple[str, str, str, str]]:
    """Key-figure table rows: label, value, year, source numbers."""
    return [(k.label, k.value, k.year, _refs(k.source_url, brief.sources)) for k in brief.key_figures]


# --------------------------------------------------------------------------------------------------- PDF
def _hex_rgb(colour: str) -> tuple[int, int, int]:
    """'#12ab34' → (18, 171, 52)."""
    colour = colour.lstrip("#")
    return int(colour[0:2], 16), int(colour[2:4], 16), int(colour[4:6], 16)


def _layout_pdf(brief: Brief) -> Any:
    """The brief as given laid out on an FPDF document (not yet serialised: the page count is known)."""
    from fpdf import FPDF
    from fpdf.enums import TableCellFillMode
    from fpdf.fonts import FontFace

    lang = brief.lang
    footer_text = i18n.t("brief.footer", lang, date=brief.generated_on)

    class _Page(FPDF):
        def footer(self) -> None:
            self.set_y(-10)
            self.set_font("DejaVu", "", 6.5)
            self.set_text_color(*_hex_rgb(MUTED))
            self.cell(0, 4, footer_text, align="L")
            self.set_x(self.l_margin)
            self.cell(0, 4, brief.region_iso, align="R")

    pdf = _Page(orientation="P", unit="mm", format="A4")
    pdf.set_title(brief.title)
    pdf.set_margins(14, 11, 14)
    pdf.set_auto_page_break(True, margin=13)
    pdf.add_font("DejaVu", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.add_page()
    width = pdf.epw
    ink, muted, accent = _hex_rgb(INK), _hex_rgb(MUTED), _hex_rgb(ACCENT)

    # header
    pdf.set_font("DejaVu", "", 7)
    pdf.set_text_color(*muted)
    pdf.cell(0, 3.5, i18n.t("brief.kicker", lang), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "B", 14)
    pdf.set_text_color(*accent)
    pdf.multi_cell(0, 6.2, brief.title, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 8)
    pdf.set_text_color(*muted)
    pdf.cell(0, 4.2, brief.subtitle, new_x="LMARGIN", new_y="NEXT")
    pdf.set_draw_color(*accent)
    pdf.set_line_width(0.5)
    pdf.line(pdf.l_margin, pdf.get_y() + 1, pdf.l_margin + width, pdf.get_y() + 1)
    pdf.ln(3)

    # map inset and trade chart side by side
    gap = 6.0
    half = (width - gap) / 2
    top = pdf.get_y()
    image_height = half * 0.58 if brief.map_png or brief.chart_png else 16.0
    bottoms = []
    for x, png, caption, empty_text in (
        (pdf.l_margin, brief.map_png, brief.map_note if brief.map_png else "", brief.map_note),
        (pdf.l_margin + half + gap, brief.chart_png, _chart_caption(brief) if brief.chart_png else "",
         i18n.t("brief.chart.none", lang)),
    ):  # fmt: skip
        if png is not None:
            pdf.image(io.BytesIO(png), x=x, y=top, w=half, h=image_height, keep_aspect_ratio=True)
        else:
            pdf.set_fill_color(245, 246, 248)
            pdf.rect(x, top, half, image_height, style="F")
            pdf.set_font("DejaVu", "", 7.5)
            pdf.set_text_color(*muted)
            wrapped = pdf.multi_cell(half - 12, 3.6, empty_text, dry_run=True, output="LINES")
            n_lines = len(wrapped) if isinstance(wrapped, list) else 2
            pdf.set_xy(x + 6, top + (image_height - n_lines * 3.6) / 2)
            pdf.multi_cell(half - 12, 3.6, empty_text, align="C")
            pdf.set_fill_color(255, 255, 255)
        pdf.set_xy(x, top + image_height + 0.8)
        pdf.set_font("DejaVu", "", 6.5)
        pdf.set_text_color(*muted)
        if caption:
            pdf.multi_cell(half, 3.0, caption, align="L", new_x="LMARGIN", new_y="NEXT")
        bottoms.append(pdf.get_y())
    pdf.set_y(max(bottoms) + 1.5)

    def heading(text: str) -> None:
        pdf.ln(1.6)
        pdf.set_font("DejaVu", "B", 9.5)
        pdf.set_text_color(*accent)
        pdf.cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
        pdf.set_draw_color(*_hex_rgb(RULE))
        pdf.set_line_width(0.2)
        pdf.line(pdf.l_margin, pdf.get_y(), pdf.l_margin + width, pdf.get_y())
        pdf.ln(1.0)

    # key figures
    heading(i18n.t("brief.section.figures", lang))
    pdf.set_font("DejaVu", "", 8)
    pdf.set_text_color(*ink)
    pdf.set_draw_color(*_hex_rgb(RULE))
    header_style = FontFace(emphasis="BOLD", color=muted, fill_color=(240, 242, 245))
    with pdf.table(
        col_widths=(84, 56, 14, 28),
        width=width,
        line_height=3.9,
        headings_style=header_style,
        borders_layout="HORIZONTAL_LINES",
        text_align=("LEFT", "LEFT", "CENTER", "LEFT"),
        padding=(0.6, 1.2),
        cell_fill_mode=TableCellFillMode.NONE,
    ) as table:
        header = table.row()
        for key in ("brief.col.indicator", "brief.col.value", "brief.col.year", "brief.col.source"):
            header.cell(i18n.t(key, lang))
        for label, value, year, refs in _figure_rows(brief):
            row = table.row()
            row.cell(label)
            row.cell(value)
            row.cell(year)
            row.cell(refs)
    if brief.key_figures_note:
        pdf.ln(0.8)
        pdf.set_font("DejaVu", "", 6.5)
        pdf.set_text_color(*muted)
        pdf.multi_cell(0, 3.0, brief.key_figures_note, align="L", new_x="LMARGIN", new_y="NEXT")

    def write_lines(lines: list[tuple[str, str, bool]]) -> None:
        for lead, rest, indented in lines:
            pdf.set_x(pdf.l_margin + (4 if indented else 0))
            pdf.set_text_color(*ink)
            if lead:
                pdf.set_font("DejaVu", "B", 7.8)
                pdf.write(3.6, lead)
            pdf.set_font("DejaVu", "", 7.8)
            if not lead and not indented and rest.startswith(("…", i18n.t("brief.none", lang))):
                pdf.set_text_color(*muted)
            pdf.write(3.6, rest)
            pdf.ln(3.6)
            pdf.ln(0.5)

    facts = _fact_lines(brief)
    if facts:
        pdf.ln(0.6)
        write_lines(facts)

    # list sections
    for title, lines in _sections(brief):
        heading(title)
        write_lines(lines)

    # sources in two columns, each linked to the full address
    heading(i18n.t("brief.section.sources", lang))
    pdf.set_font("DejaVu", "", 6.2)
    pdf.set_text_color(*accent)
    rows = math.ceil(len(brief.sources) / 2)
    start = pdf.get_y()
    for i, url in enumerate(brief.sources):
        column, line = divmod(i, rows) if rows else (0, 0)
        pdf.set_xy(pdf.l_margin + column * (half + gap), start + line * 2.9)
        pdf.cell(half, 2.9, _fit_width(pdf, f"[{i + 1}] {_short_url(url, 90)}", half - 2), link=url)
    pdf.set_xy(pdf.l_margin, start + rows * 2.9 + 1.5)
    if not brief.sources:
        write_lines([("", i18n.t("brief.none", lang), False)])
        pdf.ln(1)
    pdf.set_font("DejaVu", "", 6.5)
    pdf.set_text_color(*muted)
    pdf.multi_cell(0, 3.0, brief.caveat, align="L", new_x="LMARGIN", new_y="NEXT")
    return pdf


def _fit_width(pdf: Any, text: str, width: float) -> str:
    """`text` shortened with '…' until it fits `width` mm in the current font."""
    if pdf.get_string_width(text) <= width:
        return text
    text = text.rstrip("…")
    while text and pdf.get_string_width(text + "…") > width:
        text = text[:-1]
    return text + "…"


def _fit_level(brief: Brief) -> tuple[int, Any]:
    """The first level of _LEVELS at which the PDF takes one page, and that laid-out PDF."""
    for level in range(len(_LEVELS)):
        pdf = _layout_pdf(_fitted(brief, level))
        if pdf.pages_count == 1:
            break
    return level, pdf


def brief_pdf(brief: Brief) -> bytes:
    """The brief as a one-page A4 PDF (DejaVu Sans from matplotlib, so Cyrillic works offline)."""
    return bytes(_fit_level(brief)[1].output())


# --------------------------------------------------------------------------------------------------- DOCX
# WordprocessingML fixes the order of a paragraph's and a cell's properties: new ones go before these.
_PPR_AFTER_BORDERS = ("w:shd", "w:tabs", "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap", "w:overflowPunct",
                      "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN", "w:bidi", "w:adjustRightInd",
                      "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing", "w:mirrorIndents",
                      "w:suppressOverlap", "w:jc", "w:textDirection", "w:textAlignment", "w:textboxTightWrap",
                      "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange")  # fmt: skip
_TCPR_AFTER_BORDERS = ("w:shd", "w:noWrap", "w:tcMar", "w:textDirection", "w:tcFitText", "w:vAlign", "w:hideMark",
                       "w:headers", "w:cellIns", "w:cellDel", "w:cellMerge", "w:tcPrChange")  # fmt: skip


def _docx_border(element: Any, tag: str, edges: Sequence[str], colour: str, size: int = 4) -> None:
    """Add w:<tag> borders on `edges` (top/bottom/left/right) of a paragraph's or cell's properties."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    borders = OxmlElement(tag)
    for edge in edges:
        line = OxmlElement(f"w:{edge}")
        line.set(qn("w:val"), "single")
        line.set(qn("w:sz"), str(size))
        line.set(qn("w:space"), "1")
        line.set(qn("w:color"), colour.lstrip("#"))
        borders.append(line)
    element.insert_element_before(borders, *(_PPR_AFTER_BORDERS if tag == "w:pBdr" else _TCPR_AFTER_BORDERS))


def _docx_shade(cell: Any, fill: str) -> None:
    """Background colour of a table cell."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill.lstrip("#"))
    cell._tc.get_or_add_tcPr().insert_element_before(shading, *_TCPR_AFTER_BORDERS[1:])


def _docx_link(paragraph: Any, url: str, text: str, size: float, colour: str) -> None:
    """Append a hyperlink run (external relationship to `url`) to a paragraph."""
    from docx.opc.constants import RELATIONSHIP_TYPE
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    rel_id = paragraph.part.relate_to(url, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), rel_id)
    run = OxmlElement("w:r")
    props = OxmlElement("w:rPr")
    colour_el = OxmlElement("w:color")
    colour_el.set(qn("w:val"), colour.lstrip("#"))
    size_el = OxmlElement("w:sz")
    size_el.set(qn("w:val"), str(int(size * 2)))
    props.extend([colour_el, size_el])
    run.append(props)
    text_el = OxmlElement("w:t")
    text_el.text = text
    text_el.set(qn("xml:space"), "preserve")
    run.append(text_el)
    link.append(run)
    paragraph._p.append(link)


def _render_docx(brief: Brief) -> bytes:
    """The DOCX bytes of the brief as given (lists already cut to fit one page)."""
    from docx import Document
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Mm, Pt, RGBColor

    lang = brief.lang
    document = Document()
    document.core_properties.title = brief.title
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin = section.right_margin = Mm(14)
    section.top_margin, section.bottom_margin = Mm(11), Mm(12)
    section.footer_distance = Mm(6)
    width_mm = 210 - 28
    normal = document.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(8)
    normal.paragraph_format.space_after = Pt(0)
    normal.paragraph_format.space_before = Pt(0)
    normal.paragraph_format.line_spacing = 1.0

    def rgb(colour: str) -> RGBColor:
        return RGBColor(*_hex_rgb(colour))

    def paragraph(text: str = "", size: float = 8, bold: bool = False, colour: str = INK, after: float = 0) -> Any:
        para = document.add_paragraph()
        para.paragraph_format.space_after = Pt(after)
        if text:
            run = para.add_run(text)
            run.font.size, run.font.bold, run.font.color.rgb = Pt(size), bold, rgb(colour)
        return para

    def heading(text: str) -> None:
        para = paragraph(text, 9.5, True, ACCENT, after=2)
        para.paragraph_format.space_before = Pt(5)
        para.paragraph_format.keep_with_next = True
        _docx_border(para._p.get_or_add_pPr(), "w:pBdr", ("bottom",), RULE)

    paragraph(i18n.t("brief.kicker", lang), 7, colour=MUTED)
    paragraph(brief.title, 14, True, ACCENT, after=1)
    subtitle = paragraph(brief.subtitle, 8, colour=MUTED, after=3)
    _docx_border(subtitle._p.get_or_add_pPr(), "w:pBdr", ("bottom",), ACCENT, size=8)

    # map inset and chart side by side, captions under each
    half = (width_mm - 6) / 2
    pictures = document.add_table(rows=1, cols=2)
    pictures.alignment = WD_TABLE_ALIGNMENT.CENTER
    pictures.autofit = False
    for cell, png, caption, empty_text in (
        (pictures.rows[0].cells[0], brief.map_png, brief.map_note if brief.map_png else "", brief.map_note),
        (pictures.rows[0].cells[1], brief.chart_png, _chart_caption(brief) if brief.chart_png else "",
         i18n.t("brief.chart.none", lang)),
    ):  # fmt: skip
        cell.width = Mm(half + 3)
        first = cell.paragraphs[0]
        if png is not None:
            first.add_run().add_picture(io.BytesIO(png), width=Mm(half))
        else:
            first.alignment = WD_ALIGN_PARAGRAPH.CENTER
            first.paragraph_format.space_before = Pt(28)
            first.paragraph_format.space_after = Pt(28)
            run = first.add_run(empty_text)
            run.font.size, run.font.color.rgb = Pt(7.5), rgb(MUTED)
            _docx_shade(cell, "#f5f6f8")
        if caption:
            note = cell.add_paragraph()
            run = note.add_run(caption)
            run.font.size, run.font.color.rgb = Pt(6.5), rgb(MUTED)

    heading(i18n.t("brief.section.figures", lang))
    rows = _figure_rows(brief)
    table = document.add_table(rows=1 + len(rows), cols=4)
    table.autofit = False
    widths = (84, 56, 14, 28)
    headers = [
        i18n.t(k, lang) for k in ("brief.col.indicator", "brief.col.value", "brief.col.year", "brief.col.source")
    ]
    for r, values in enumerate([tuple(headers), *rows]):
        for c, value in enumerate(values):
            cell = table.rows[r].cells[c]
            cell.width = Mm(widths[c])
            para = cell.paragraphs[0]
            if c == 2:
                para.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run = para.add_run(value)
            run.font.size = Pt(8)
            run.font.bold = r == 0
            run.font.color.rgb = rgb(MUTED if r == 0 else INK)
            _docx_border(cell._tc.get_or_add_tcPr(), "w:tcBorders", ("bottom",), RULE)
            if r == 0:
                _docx_shade(cell, "#f0f2f5")
    if brief.key_figures_note:
        paragraph(brief.key_figures_note, 6.5, colour=MUTED).paragraph_format.space_before = Pt(2)

    def write_lines(lines: list[tuple[str, str, bool]]) -> None:
        for lead, rest, indented in lines:
            para = paragraph(after=1)
            if indented:
                para.paragraph_format.left_indent = Mm(4)
            if lead:
                run = para.add_run(lead)
                run.font.size, run.font.bold = Pt(7.8), True
            run = para.add_run(rest)
            run.font.size = Pt(7.8)
            faint = not lead and not indented and rest.startswith(("…", i18n.t("brief.none", lang)))
            run.font.color.rgb = rgb(MUTED if faint else INK)

    write_lines(_fact_lines(brief))
    for title, lines in _sections(brief):
        heading(title)
        write_lines(lines)

    heading(i18n.t("brief.section.sources", lang))
    if brief.sources:
        n_rows = math.ceil(len(brief.sources) / 2)
        listing = document.add_table(rows=n_rows, cols=2)
        listing.autofit = False
        for i, url in enumerate(brief.sources):
            column, line = divmod(i, n_rows)
            cell = listing.rows[line].cells[column]
            cell.width = Mm(half + 3)
            _docx_link(cell.paragraphs[0], url, f"[{i + 1}] {_short_url(url, 66)}", 6.2, ACCENT)
    else:
        write_lines([("", i18n.t("brief.none", lang), False)])
    paragraph(brief.caveat, 6.5, colour=MUTED).paragraph_format.space_before = Pt(3)

    footer = section.footer.paragraphs[0]
    run = footer.add_run(i18n.t("brief.footer", lang, date=brief.generated_on))
    run.font.size, run.font.color.rgb = Pt(6.5), rgb(MUTED)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def brief_docx(brief: Brief) -> bytes:
    """The brief as a one-page A4 Word document (lists cut as in the PDF so it stays on one page)."""
    level, _ = _fit_level(brief)
    return _render_docx(_fitted(brief, level))


# --------------------------------------------------------------------------------------------------- failure


def failure_docx(code: str, lang: str) -> bytes:
    """A one-paragraph Word document saying why there is no brief (it holds no data text, so it cannot fail)."""
    from docx import Document

    document = Document()
    document.core_properties.title = i18n.t("brief.failed", lang, code=code)[:200]
    document.add_paragraph(i18n.t("brief.failed", lang, code=code))
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def failure_pdf(code: str, lang: str) -> bytes:
    """The same message as a one-page PDF."""
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.add_font("DejaVu", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_page()
    pdf.set_font("DejaVu", "", 11)
    pdf.multi_cell(0, 6, i18n.t("brief.failed", lang, code=code))
    return bytes(pdf.output())
