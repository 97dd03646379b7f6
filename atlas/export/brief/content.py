"""The brief's content: what a region's one-page brief says, built from the frames, as plain data."""

from __future__ import annotations

import dataclasses
import json
import math
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

import pandas as pd

from atlas import config
from atlas.datasets import loaders
from atlas.export.brief.pictures import map_inset_png, trade_chart_png
from atlas.rules import sources as source_rules
from atlas.rules import trade as trade_rules
from atlas.text import escape, formats
from atlas.text import lookup as i18n
from atlas.views import targets as targets_view
from atlas.views.region import KeyFigure

NAME_MAX = 120  # characters of a region name in the brief (real names: up to 40)
MAX_AGREEMENTS = 6
MAX_VISITS = 5
MAX_MEETINGS = 3
MAX_WORKING_GROUPS = 2
MONTH_ABBREVIATIONS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


# --------------------------------------------------------------------------------------------------- content
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


def _key_figures(trade: pd.DataFrame, rankings: pd.DataFrame, lang: str) -> tuple[list[KeyFigure], list[int]]:
    """Latest default figure of each measure, newer figures in other units/periods, the latest rank.

    Also returns the years whose default figure competes with other figures (n_figures > 1).
    """
    figures: list[KeyFigure] = []
    contested: set[int] = set()
    defaults = trade_rules.default_trade(trade) if not trade.empty else pd.DataFrame()
    all_figures = trade_rules.trade_figures(trade) if not trade.empty else pd.DataFrame()
    for measure in config.MEASURES:
        label = i18n.t(f"measure.{measure}", lang)
        rows = defaults[defaults["measure"] == measure] if not defaults.empty else defaults
        latest_year = None
        shown_default = ("", "")
        if rows.empty:
            figures.append(KeyFigure(label, i18n.t("no_data", lang), year="—"))
        else:
            row = trade_rules.latest_figures(rows, measure).iloc[0]  # the map's and the profile's latest figure
            latest_year = int(row["year"])
            shown_default = (str(row["source_url"]), str(row["period"]))
            value = formats.amount(float(row["value"]), str(row["unit"]), lang, str(row["qualifier"]))
            marks = formats.figure_marks(str(row["period"]), str(row["year_basis"]), lang)
            year_text = f"{latest_year} ({', '.join(marks)})" if marks else str(latest_year)
            figures.append(KeyFigure(label, value, year=year_text, source_url=str(row["source_url"])))
            if row["other_side"] in ("BY", "RU"):
                side = i18n.t(f"side.{row['other_side']}", lang)
                other_value = formats.amount(
                    float(row["other_value"]), config.MAP_UNIT, lang, str(row["other_qualifier"])
                )
                other_marks = formats.figure_marks(str(row["other_period"]), "stated", lang)
                other_year = f"{latest_year} ({', '.join(other_marks)})" if other_marks else str(latest_year)
                figures.append(
                    KeyFigure(
                        f"{label} — {side}", other_value, year=other_year, source_url=str(row["other_source_url"])
                    )
                )
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
            other_label = i18n.t("brief.kf.part_year", lang, measure=label, month=formats.MONTHS[lang][month])
        value = formats.amount(float(other["value"]), str(other["unit"]), lang, str(other["qualifier"]))
        figures.append(KeyFigure(other_label, value, year=str(int(other["year"])), source_url=str(other["source_url"])))
    if not rankings.empty:
        ranked = rankings[rankings["rank"].notna()].sort_values("year", ascending=False, kind="stable")
        if not ranked.empty:
            row = ranked.iloc[0]
            label = i18n.t(f"brief.kf.rank.{row['ranking']}", lang)
            figures.append(
                KeyFigure(label, str(int(row["rank"])), year=str(int(row["year"])), source_url=str(row["source_url"]))
            )
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


def _target_fact(frames: dict[str, pd.DataFrame], region_iso: str, lang: str) -> list[TradeFact]:
    """The region's newest stated trade target with its verdict, as one line (none when nothing is on record)."""
    line = targets_view.brief_line(frames, region_iso, lang)
    if line is None:
        return []
    return [TradeFact(i18n.t("brief.target", lang), _clip(escape.plain(line[0]), 170), line[1])]


def _trade_bars(trade: pd.DataFrame) -> list[TradeBar]:
    """The default turnover per year (USD million), oldest first; years without a figure are absent."""
    if trade.empty:
        return []
    defaults = trade_rules.default_trade(trade)
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
        date_text = formats.partial_date(when, lang) if when else _clip(_text(r["date_note"]), 28)
        items.append(
            AgreementItem(
                date=date_text or i18n.t("brief.date.none", lang),
                title=_clip(_text(r["title"]), 110),
                party=i18n.t(f"party.{r['belarus_party']}", lang),
                status=i18n.t(f"agreement_status.{r['status']}", lang),
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
            date=formats.partial_date(_text(r["date"]), lang),
            direction=i18n.t(f"direction.{r['direction']}", lang),
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
                formats.partial_date(_text(m["date"]), lang) if _text(m["date"]) else i18n.t("brief.date.none", lang)
            )
            listed.append(MeetingItem(date_text, _text(m["place"]), outcome, str(m["source_url"])))
        items.append(
            WorkingGroupItem(
                kind=i18n.t(f"body.{body['body_kind']}", lang),
                curator=_clip(_text(body["belarus_curator"]), 90) or i18n.t("no_data", lang),
                cochair=_clip(_text(body["russia_cochair"]), 90) or i18n.t("no_data", lang),
                source_url=str(body["source_url"]),
                meetings=tuple(listed),
                meetings_more=max(len(held) - MAX_MEETINGS, 0),
            )
        )
    return items


def collect_sources(brief: Brief) -> tuple[str, ...]:
    """Unique addresses in the order the brief cites them."""
    cited: list[str] = []
    cells = [k.source_url for k in brief.key_figures] + [f.source_url for f in brief.trade_facts]
    cells += [b.source_url for b in brief.trade]
    cells += [a.source_url for a in brief.agreements] + [v.source_url for v in brief.visits]
    for group in brief.working_groups:
        cells += [group.source_url] + [m.source_url for m in group.meetings]
    for cell in cells:
        for url in source_rules.split_urls(cell):
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


def _caveat(lang: str) -> str:
    """The brief's closing caveat; in an interface language without data texts of its own (Belarusian) it also says
    once that the data texts and names are Russian."""
    caveat = i18n.t("brief.caveat", lang)
    return f"{caveat} {i18n.t('data_lang.note', lang)}." if i18n.data_lang(lang) != lang else caveat


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

    `belarus_geojson` (the app's `cache.shapes().belarus`) outlines Belarus on the map; when not given, the bundled
    geo/belarus.geojson is read (4 KB). `today` fixes the generated-on date (tests).
    """
    if belarus_geojson is None:
        belarus_geojson = _bundled_belarus()
    regions = frames["regions"]
    entry = regions[regions[config.REGION_KEY] == region_iso]
    if entry.empty:
        raise ValueError(f"unknown region {region_iso!r}")
    region = entry.iloc[0]
    own_lang = i18n.data_lang(lang)  # the Belarusian brief names the region in Russian
    other_lang = "ru" if own_lang == "en" else "en"
    # Names are cut to fit a heading (the full name stays in the app's tables); Word's title property holds 255.
    name = _clip(escape.plain(region[f"name_{own_lang}"]), NAME_MAX)
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
        trade_facts=tuple(_target_fact(frames, region_iso, lang) + _trade_facts(trade, lang)),
        trade=tuple(bars),
        agreements=tuple(agreements),
        agreements_more=agreements_more,
        visits=tuple(visits),
        visits_more=visits_more,
        working_groups=tuple(groups),
        sources=(),
        generated_on=formats.partial_date((today or date.today()).isoformat(), lang),
        caveat=_caveat(lang),
        map_png=map_inset_png(region_iso, regions_geojson, belarus_geojson) if has_polygon else None,
        map_note=i18n.t("brief.map.caption", lang, name=name) if has_polygon else i18n.t("brief.map.none", lang),
        chart_png=trade_chart_png(bars, lang) if bars else None,
    )
    return _cleaned(replace(brief, sources=collect_sources(brief)))


def _cleaned(value: Any) -> Any:
    """Every text of the brief without control characters (Word refuses NUL, \\x01, \\x0b…; PDF shows boxes)."""
    if isinstance(value, str):
        return escape.plain(value)
    if isinstance(value, tuple):
        return tuple(_cleaned(item) for item in value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return replace(value, **{f.name: _cleaned(getattr(value, f.name)) for f in dataclasses.fields(value)})
    return value
