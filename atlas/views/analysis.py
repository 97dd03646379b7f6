"""The analysis page's views: what moved trade (#15.4) and who has gone quiet (#15.5), as texts, tables and the data of
a chart (atlas.figures.analysis draws it).

Every table is what the page shows and what its CSV / Excel downloads hold (localised headers, one row per region
and event year, or per region).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import pandas as pd

from atlas import config
from atlas.rules import events as event_rules
from atlas.rules import filters as filter_rules
from atlas.rules import quiet as quiet_rules
from atlas.rules import sources as source_rules
from atlas.rules import trade as trade_rules
from atlas.text import formats
from atlas.text import lookup as i18n
from atlas.views.visits import profile_links

Frames = dict[str, pd.DataFrame]


@dataclass(frozen=True)
class MovedChart:
    """What the chart of "what moved trade" shows (atlas.figures.analysis.moved_chart draws it)."""

    compared: pd.DataFrame = field(repr=False)  # events.moved's rows compared, one per region and event year
    names: dict[str, str]  # region code → name in the page's language
    pooled: float | None  # the pooled median change, drawn as a line


@dataclass(frozen=True)
class MovedView:
    """What the "what moved trade" tab shows for one kind of event and window."""

    summary: str  # the pooled median with N regions behind it, or why there is none
    caveat: str  # association, not cause
    method: str
    counts: str
    table: pd.DataFrame  # one row per region and event year compared
    excluded: pd.DataFrame  # one row per region and event year left out, with the reason
    chart: MovedChart | None  # None when nothing is compared
    n_regions: int
    pooled: float | None
    links: tuple[str, ...]  # the table's columns holding addresses (shown as links)


def moved_view(frames: Frames, kind: str, window: int, lang: str) -> MovedView:
    """Turnover before and after events of `kind` within `window` years, per region and pooled."""
    names = filter_rules.region_names(frames["regions"], lang)
    turnover = event_rules.comparable_turnover(trade_rules.default_trade(frames["trade"]))
    found = event_rules.events(frames["agreements"], frames["visits"], kind)
    result = event_rules.moved(found, turnover, window)
    if result.pooled is None:
        summary = i18n.t("moved.pooled.none", lang)
    else:
        summary = i18n.t("moved.pooled", lang, change=formats.percent(result.pooled, lang),
                         n=result.n_regions, rose=result.n_rose)  # fmt: skip
    compared = result.compared
    table = pd.DataFrame(
        {
            i18n.t("region", lang): compared[config.REGION_KEY].map(names),
            i18n.t("col.profile", lang): profile_links(compared[config.REGION_KEY], lang),
            i18n.t("moved.col.event_year", lang): compared["year"].astype(int),
            i18n.t("moved.col.events", lang): compared["events"].map(", ".join),
            i18n.t("moved.col.before_year", lang): compared["before_year"].astype(int),
            i18n.t("moved.col.before", lang): compared["before"],
            i18n.t("moved.col.after_years", lang): compared["after_years"].map(lambda ys: ", ".join(map(str, ys))),
            i18n.t("moved.col.after", lang): compared["after"].round(1),
            i18n.t("moved.col.change", lang): (compared["change"] * 100).round(1),
            i18n.t("moved.col.approx", lang): compared["approx"].map(
                lambda a: i18n.t("moved.approx.yes" if a else "no", lang)
            ),
            i18n.t("moved.col.source_before", lang): compared["sources"].map(lambda s: source_rules.first_url(s[0])),
            i18n.t("moved.col.source_after", lang): compared["sources"].map(lambda s: source_rules.first_url(s[-1])),
        }
    )
    left = result.excluded.sort_values([config.REGION_KEY, "year"])
    excluded = pd.DataFrame(
        {
            i18n.t("region", lang): left[config.REGION_KEY].map(names),
            i18n.t("col.profile", lang): profile_links(left[config.REGION_KEY], lang),
            i18n.t("moved.col.event_year", lang): left["year"].astype(int),
            i18n.t("moved.col.events", lang): left["events"].map(", ".join),
            i18n.t("moved.col.reason", lang): left["reason"].map(lambda r: i18n.t(f"moved.reason.{r}", lang)),
        }
    )
    chart = MovedChart(compared, names, result.pooled) if not compared.empty else None
    return MovedView(
        summary=summary,
        caveat=i18n.t("moved.caveat", lang),
        method=i18n.t("moved.method", lang, window=window),
        counts=i18n.t(
            "moved.counts", lang, events=len(found), undated=result.undated, excluded=len(result.excluded_regions)
        ),  # fmt: skip
        table=table.reset_index(drop=True),
        excluded=excluded.reset_index(drop=True),
        chart=chart,
        n_regions=result.n_regions,
        pooled=result.pooled,
        links=(i18n.t("moved.col.source_before", lang), i18n.t("moved.col.source_after", lang)),
    )


@dataclass(frozen=True)
class QuietView:
    """What the "who has gone quiet" tab (and the overview's alert) shows."""

    summary: str
    method: str
    table: pd.DataFrame
    n_quiet: int
    reference: dt.date


def _turnover_text(row: pd.Series, lang: str) -> str:
    if pd.isna(row["turnover"]):
        return i18n.t("no_data", lang)
    amount = formats.amount(float(row["turnover"]), config.MAP_UNIT, lang, str(row["turnover_qualifier"]))
    marks = formats.figure_marks(str(row["turnover_period"]), str(row["turnover_basis"]), lang)
    return f"{amount} ({', '.join([str(int(row['turnover_year'])), *marks])})"


def _date_text(day: dt.date, lang: str) -> str:
    return formats.partial_date(day.isoformat(), lang)


def quiet_view(frames: Frames, months: int, reference: str, today: dt.date, lang: str) -> QuietView:
    """Regions with no contact for `months` months as of the latest contact on record or `today`, ranked by trade."""
    names = filter_rules.region_names(frames["regions"], lang)
    contact_frame = quiet_rules.contacts(frames["visits"], frames["wg_meetings"], frames["agreements"])
    on = quiet_rules.reference_date(contact_frame, reference, today)
    latest = trade_rules.latest_figures(trade_rules.default_trade(frames["trade"]), "turnover")
    rows = quiet_rules.quiet_regions(frames["regions"], contact_frame, latest, months, on)
    table = pd.DataFrame(
        {
            i18n.t("quiet.col.rank", lang): range(1, len(rows) + 1),
            i18n.t("region", lang): rows[config.REGION_KEY].map(names),
            i18n.t("col.profile", lang): profile_links(rows[config.REGION_KEY], lang),
            i18n.t("quiet.col.turnover", lang): [_turnover_text(r, lang) for _, r in rows.iterrows()],
            i18n.t("quiet.col.last_kind", lang): rows["last_kind"].map(
                lambda k: i18n.t(f"quiet.kind.{k}" if isinstance(k, str) else "quiet.kind.none", lang)
            ),
            i18n.t("quiet.col.last_date", lang): rows["last_date"].map(
                lambda d: formats.partial_date(d, lang) if isinstance(d, str) and d else "—"
            ),
            # text, so a region without a contact reads "—" in every language (a missing number shows as "None")
            i18n.t("quiet.col.months", lang): rows["months_since"].map(lambda m: "—" if pd.isna(m) else str(int(m))),
            i18n.t("quiet.col.undated", lang): rows["undated"],
            i18n.t("source", lang): rows["last_source_url"].map(
                lambda u: source_rules.first_url(u) if isinstance(u, str) else ""
            ),
        }
    )
    summary = i18n.t("quiet.summary", lang, months=months, n=len(rows), total=len(frames["regions"]),
                     date=_date_text(on, lang), basis=i18n.t(f"quiet.reference.{reference}", lang))  # fmt: skip
    return QuietView(summary=summary, method=i18n.t("quiet.method", lang), table=table, n_quiet=len(rows),
                     reference=on)  # fmt: skip
