"""View model of the compare page (2–4 regions side by side): frames in, localised sections out (the rows of the
trade chart, tables, sentences). No Streamlit, no plotly: atlas.figures.compare draws the chart.

A section holds one row per chosen region, in the order chosen, so a region without records is named, never
dropped: "no data on record" stands where a figure or a record would be, never zero. The trade history is the
default figure of each year (atlas.rules.trade.default_trade): US dollars only, roubles never converted or mixed in.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import NamedTuple

import pandas as pd

from atlas import config
from atlas.datasets import loaders
from atlas.export import tables as export
from atlas.rules import activity as activity_rules
from atlas.rules import filters as filter_rules
from atlas.rules import sources as source_rules
from atlas.rules import trade as trade_rules
from atlas.text import formats
from atlas.text import lookup as i18n
from atlas.views import region as region_view
from atlas.views.region import Chart, Section

KEY = config.REGION_KEY
MIN_REGIONS, MAX_REGIONS = 2, 4
MEASURE = "turnover"  # the chart's measure: the one every region's record has most often
Codes = tuple[str, ...]


def chosen(codes: Sequence[str], regions: pd.DataFrame) -> tuple[Codes, Codes]:
    """The codes of a choice that the registry knows (each once, in order, at most MAX_REGIONS), and those it does
    not know (to be reported, as any part of a link not understood)."""
    known = set(regions[KEY])
    unique = list(dict.fromkeys(codes))
    return tuple(c for c in unique if c in known)[:MAX_REGIONS], tuple(c for c in unique if c not in known)


def names(codes: Codes, regions: pd.DataFrame, lang: str) -> dict[str, str]:
    """Each chosen region's name in `lang`."""
    every = filter_rules.region_names(regions, lang)
    return {code: every.get(code, code) for code in codes}


def _ranges(years: Sequence[int]) -> str:
    """2014, 2015, 2016, 2019 → '2014–2016, 2019': the years on record, a gap shown as a gap."""
    spans: list[list[int]] = []
    for year in sorted(set(years)):
        if spans and year == spans[-1][1] + 1:
            spans[-1][1] = year
        else:
            spans.append([year, year])
    return ", ".join(str(a) if a == b else f"{a}–{b}" for a, b in spans)


# --- trade -----------------------------------------------------------------------------------------------------


def trade_history(codes: Codes, trade: pd.DataFrame) -> pd.DataFrame:
    """Shape change: the chosen regions' default turnover figures, one row per region and year (USD million; a
    Belarusian part-year figure where the rule makes it the default, marked so wherever shown)."""
    defaults = trade_rules.default_trade(trade[trade[KEY].isin(codes)])
    rows = defaults[defaults["measure"] == MEASURE]
    order = {code: i for i, code in enumerate(codes)}
    rows = rows.assign(_order=rows[KEY].map(order)).sort_values(["_order", "year"], kind="stable")
    return rows.drop(columns="_order").reset_index(drop=True)


def _cell(row: pd.Series, lang: str) -> str:
    """A figure as the year table writes it: the source's wording and what a reader must know of it."""
    text = region_view.short_amount(float(row["value"]), row["qualifier"], lang)
    marks = formats.figure_marks(row["period"], row["year_basis"], lang)
    if row["stats_side"] == "RU":
        marks.append(i18n.t("side.RU", lang))
    return text + (f" ({', '.join(marks)})" if marks else "")


def coverage(codes: Codes, history: pd.DataFrame, regions: pd.DataFrame, lang: str) -> str:
    """How many of the chosen regions have a turnover figure and for which years; those without are named."""
    named = names(codes, regions, lang)
    years = {code: history.loc[history[KEY] == code, "year"].astype(int).tolist() for code in codes}
    having = [code for code in codes if years[code]]
    parts = [i18n.t("compare.trade.years_of", lang, name=named[c], years=_ranges(years[c])) for c in having]
    text = i18n.t("compare.trade.coverage", lang, n=len(having), m=len(codes))
    if parts:
        text += ": " + "; ".join(parts)
    missing = [named[c] for c in codes if not years[c]]
    if missing:
        text += ". " + i18n.t("compare.trade.none", lang, names=", ".join(missing))
    return region_view.md(text + ".")


def trade_section(codes: Codes, frames: dict[str, pd.DataFrame], lang: str) -> Section:
    """The chosen regions' turnover on one chart (a line per region, a missing year a gap) and the same figures as a
    table of years; how many regions have figures, and that rouble figures stay out."""
    t = lambda key, **kw: i18n.t(key, lang, **kw)  # noqa: E731
    regions, trade = frames["regions"], frames["trade"]
    history = trade_history(codes, trade)
    named = names(codes, regions, lang)
    lines = [coverage(codes, history, regions, lang)]
    roubles = trade[trade[KEY].isin(codes) & trade["unit"].eq("RUB billion")]
    if not roubles.empty:
        lines.append(t("compare.trade.roubles", n=len(roubles)))
    if history.empty:
        return Section(
            key="trade", title=t("compare.trade.header"), lines=tuple(lines), caption=t("compare.trade.rule")
        )
    years = sorted({int(y) for y in history["year"]}, reverse=True)
    by_year = {(r[KEY], int(r["year"])): _cell(r, lang) for _, r in history.iterrows()}
    table = pd.DataFrame(
        {
            t("year"): years,
            **{named[c]: [by_year.get((c, y), t("no_data")) for y in years] for c in codes},
        }
    )
    return Section(
        key="trade",
        title=t("compare.trade.header"),
        lines=tuple(lines),
        chart=Chart("compare_trade", history.assign(name=history[KEY].map(named))),
        alt=trade_alt(codes, history, named, lang),
        caption=t("compare.trade.rule"),
        table_title=t("compare.trade.table"),
        table=table,
    )


def trade_alt(codes: Codes, history: pd.DataFrame, named: dict[str, str], lang: str) -> str:
    """The chart in words: every point of every line, and the regions without one."""
    parts = []
    for code in codes:
        rows = history[history[KEY] == code]
        if rows.empty:
            parts.append(f"{named[code]}: {i18n.t('no_data', lang)}")
            continue
        points = ", ".join(f"{int(r['year'])} — {_cell(r, lang)}" for _, r in rows.iterrows())
        parts.append(f"{named[code]}: {points}")
    return i18n.t("compare.trade.alt", lang, text="; ".join(parts))


def latest_section(codes: Codes, frames: dict[str, pd.DataFrame], lang: str) -> Section:
    """Each region's latest default figure of every measure, with its year, whose statistics and its source."""
    t = lambda key: i18n.t(key, lang)  # noqa: E731
    defaults = trade_rules.default_trade(frames["trade"][frames["trade"][KEY].isin(codes)])
    named = names(codes, frames["regions"], lang)
    latest = {m: trade_rules.latest_figures(defaults, m).set_index(KEY) for m in config.MEASURES}
    rows = []
    for code in codes:
        for measure in config.MEASURES:
            found = code in latest[measure].index
            row = latest[measure].loc[code] if found else None
            rows.append(
                {
                    t("region"): named[code],
                    t("measure"): t(f"measure.{measure}"),
                    t("value"): formats.amount(float(row["value"]), row["unit"], lang, row["qualifier"])
                    if row is not None else t("no_data"),
                    t("year"): _year_text(row, lang) if row is not None else "",
                    t("region.col.side"): region_view.side_label(row["stats_side"], lang) if row is not None else "",
                    t("source"): source_rules.first_url(row["source_url"]) if row is not None else "",
                }
            )  # fmt: skip
    n = sum(1 for c in codes if any(c in latest[m].index for m in config.MEASURES))
    return Section(
        key="latest",
        title=t("compare.latest.header"),
        lines=(i18n.t("compare.latest.count", lang, n=n, m=len(codes)),),
        caption=t("compare.latest.caption"),
        table=pd.DataFrame(rows),
        link_column=t("source"),
    )


def _year_text(row: pd.Series, lang: str) -> str:
    marks = formats.figure_marks(row["period"], row["year_basis"], lang)
    return f"{int(row['year'])}" + (f" ({', '.join(marks)})" if marks else "")


# --- agreements, visits, working groups ------------------------------------------------------------------------


def _date_text(text: str, note: str, lang: str) -> str:
    """A partial date as the profile writes it, with the source's wording where the date is imprecise."""
    if not text:
        return note or "—"
    return formats.partial_date(text, lang) + (f" ({note})" if note else "")


def _count_line(key: str, counts: dict[str, int], named: dict[str, str], lang: str) -> str:
    """'Visits on record: Smolensk Oblast 3, Moscow — no data on record' (a region without a record is not a 0)."""
    parts = [
        f"{named[c]} — {formats.number(n, lang)}" if n else f"{named[c]} — {i18n.t('no_data', lang)}"
        for c, n in counts.items()
    ]
    return region_view.md(i18n.t(key, lang, text="; ".join(parts)))


def agreements_section(codes: Codes, frames: dict[str, pd.DataFrame], lang: str) -> Section:
    """Per region: documents on record, the latest of them (date, kind, title) and the agreement status."""
    t = lambda key: i18n.t(key, lang)  # noqa: E731
    agreements = loaders.localised(frames["agreements"][frames["agreements"][KEY].isin(codes)], lang)
    status = activity_rules.agreement_status(agreements)
    named = names(codes, frames["regions"], lang)
    rows, iso = [], []
    counts: dict[str, int] = {}
    for code in codes:
        own = agreements[agreements[KEY] == code].sort_values(
            "signed_date_start", ascending=False, na_position="last", kind="stable"
        )
        counts[code] = len(own)
        latest = own.iloc[0] if not own.empty else None
        rows.append(
            {
                t("region"): named[code],
                t("col.documents"): str(len(own)) if len(own) else t("no_data"),
                t("compare.col.latest_date"): _date_text(latest["signed_date"], latest["date_note"], lang)
                if latest is not None else "",
                t("compare.col.latest"): f"{t('region.kind.' + latest['kind'])}: {latest['title']}"
                if latest is not None else "",
                t("region.col.status"): t(f"status.{status.get(code, 'none')}"),
                t("source"): source_rules.first_url(latest["source_url"]) if latest is not None else "",
            }
        )  # fmt: skip
        iso.append("" if latest is None or latest["date_note"] else latest["signed_date"])
    table = export.with_iso_dates(pd.DataFrame(rows), {t("compare.col.latest_date"): iso})
    return Section(
        key="agreements",
        title=t("compare.agreements.header"),
        lines=(_count_line("compare.agreements.count", counts, named, lang),),
        caption=t("compare.agreements.caption"),
        table=table,
        link_column=t("source"),
    )


def visits_section(codes: Codes, frames: dict[str, pd.DataFrame], lang: str) -> Section:
    """Visits both ways per region and year, by the level of the head of delegation (levels on record only)."""
    t = lambda key: i18n.t(key, lang)  # noqa: E731
    visits = frames["visits"][frames["visits"][KEY].isin(codes)]
    named = names(codes, frames["regions"], lang)
    levels = [lv for lv in config.VISIT_LEVELS if lv in set(visits["level"])]
    counts = visits.assign(year=visits["date_start"].dt.year).groupby([KEY, "year", "level"]).size()
    rows = []
    for code in codes:
        years = sorted({int(y) for (c, y, _) in counts.index if c == code}, reverse=True)
        if not years:
            rows.append({t("region"): named[code], t("year"): "", t("compare.col.total"): t("no_data"),
                         **{t(f"level.{lv}"): "" for lv in levels}})  # fmt: skip
            continue
        for year in years:
            by_level = {lv: int(counts.get((code, year, lv), 0)) for lv in levels}
            rows.append({t("region"): named[code], t("year"): str(year),
                         t("compare.col.total"): str(sum(by_level.values())),
                         **{t(f"level.{lv}"): str(by_level[lv]) for lv in levels}})  # fmt: skip
    per_region = {c: int((visits[KEY] == c).sum()) for c in codes}
    return Section(
        key="visits",
        title=t("compare.visits.header"),
        lines=(_count_line("compare.visits.count", per_region, named, lang),),
        caption=t("compare.visits.caption"),
        table=pd.DataFrame(rows),
    )


def meetings_section(codes: Codes, frames: dict[str, pd.DataFrame], lang: str) -> Section:
    """Working-group meetings per region: how many, the latest (date, place), protocols and plans signed."""
    t = lambda key: i18n.t(key, lang)  # noqa: E731
    meetings = loaders.localised(frames["wg_meetings"][frames["wg_meetings"][KEY].isin(codes)], lang)
    named = names(codes, frames["regions"], lang)
    rows, iso = [], []
    counts: dict[str, int] = {}
    for code in codes:
        own = meetings[meetings[KEY] == code].sort_values("date_start", ascending=False, kind="stable")
        counts[code] = len(own)
        latest = own.iloc[0] if not own.empty else None
        rows.append(
            {
                t("region"): named[code],
                t("col.meetings"): str(len(own)) if len(own) else t("no_data"),
                t("col.last_meeting"): formats.partial_date(latest["date"], lang) if latest is not None else "",
                t("col.place"): latest["place"] if latest is not None else "",
                t("compare.col.protocols"): str(int(own["protocol_signed"].sum())) if len(own) else "",
                t("compare.col.plans"): str(int(own["plan_signed"].sum())) if len(own) else "",
                t("source"): source_rules.first_url(latest["source_url"]) if latest is not None else "",
            }
        )
        iso.append("" if latest is None else latest["date"])
    table = export.with_iso_dates(pd.DataFrame(rows), {t("col.last_meeting"): iso})
    return Section(
        key="meetings",
        title=t("compare.meetings.header"),
        lines=(_count_line("compare.meetings.count", counts, named, lang),),
        table=table,
        link_column=t("source"),
    )


def curators_section(codes: Codes, frames: dict[str, pd.DataFrame], lang: str) -> Section:
    """Each region's working group or council: its kind, the Belarusian curator and the Russian co-chair."""
    t = lambda key: i18n.t(key, lang)  # noqa: E731
    bodies = loaders.localised(frames["working_groups"][frames["working_groups"][KEY].isin(codes)], lang)
    named = names(codes, frames["regions"], lang)
    not_named = t("region.wg.not_named")
    rows = []
    for code in codes:
        own = bodies[bodies[KEY] == code]
        if own.empty:
            rows.append({t("region"): named[code], t("col.body"): t("no_data"), t("col.curator"): "",
                         t("col.cochair"): "", t("source"): ""})  # fmt: skip
        for _, body in own.iterrows():
            rows.append(
                {
                    t("region"): named[code],
                    t("col.body"): t(f"body.{body['body_kind']}"),
                    t("col.curator"): body["belarus_curator"] or not_named,
                    t("col.cochair"): body["russia_cochair"] or not_named,
                    t("source"): source_rules.first_url(body["source_url"]),
                }
            )
    with_body = sum(1 for c in codes if (bodies[KEY] == c).any())
    return Section(
        key="curators",
        title=t("compare.curators.header"),
        lines=(i18n.t("compare.curators.count", lang, n=with_body, m=len(codes)),),
        table=pd.DataFrame(rows),
        link_column=t("source"),
    )


# --- the page's plan -------------------------------------------------------------------------------------------

Builder = Callable[[Codes, dict[str, pd.DataFrame], str], Section]


class Part(NamedTuple):
    """A section of the page: the datasets it needs (besides the registry) and its builder."""

    key: str
    needs: tuple[str, ...]
    build: Builder


SECTIONS: tuple[Part, ...] = (
    Part("trade", ("trade",), trade_section),
    Part("latest", ("trade",), latest_section),
    Part("agreements", ("agreements",), agreements_section),
    Part("visits", ("visits",), visits_section),
    Part("meetings", ("wg_meetings",), meetings_section),
    Part("curators", ("working_groups",), curators_section),
)
SECTION_INDEX = {part.key: index for index, part in enumerate(SECTIONS)}
