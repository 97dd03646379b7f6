"""The targets page's view (#15.3): every stated trade target against the figures since, as a text, a table and a
chart; and one region's targets for its profile and its brief.

The chart is held as data (atlas.figures.targets draws it). The table is what the page shows and what its CSV / Excel
downloads hold (localised headers, one row per target).
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field

import pandas as pd

from atlas import config
from atlas.datasets import loaders
from atlas.rules import filters as filter_rules
from atlas.rules import sources as source_rules
from atlas.rules import targets as target_rules
from atlas.rules import trade as trade_rules
from atlas.text import escape, formats
from atlas.text import lookup as i18n
from atlas.views.visits import profile_links

Frames = dict[str, pd.DataFrame]
SORTS = ("distance", "trade")
DEFAULT_SORT = "distance"


@dataclass(frozen=True)
class TargetsChart:
    """What the targets chart shows (atlas.figures.targets.share_chart draws it): the targets with a figure on record,
    in the page's order, and each bar's label."""

    rows: pd.DataFrame = field(repr=False)
    labels: list[str]


@dataclass(frozen=True)
class TargetsView:
    """What the targets page shows for a choice of order and filters."""

    summary: str
    method: str
    firmness: str
    table: pd.DataFrame
    chart: TargetsChart | None  # None when no target under the filters has a figure
    alt: str
    n_targets: int
    n_sources: int
    links: tuple[str, ...]  # the table's columns holding addresses


def judged(frames: Frames) -> pd.DataFrame:
    """Every target of targets.csv with its verdict (atlas.rules.targets), figures in the target's own unit."""
    by_unit = {unit: trade_rules.default_trade(frames["trade"], unit) for unit in config.UNITS}
    return target_rules.judged_targets(frames["targets"], by_unit)


def target_text(row: pd.Series, lang: str) -> str:
    """The target as an amount: '1 000 млн долл. США', a range as '1 500–2 000 млн долл. США'."""
    high = row["target_value_max"]
    if pd.isna(high):
        return formats.amount(float(row["target_value"]), str(row["unit"]), lang)
    upper = formats.number(float(high), lang)
    whole = formats.amount(float(high), str(row["unit"]), lang)
    return whole.replace(upper, f"{formats.number(float(row['target_value']), lang)}–{upper}", 1)


def latest_text(row: pd.Series, lang: str) -> str:
    if pd.isna(row["latest_value"]):
        return i18n.t("no_data", lang)
    amount = formats.amount(float(row["latest_value"]), str(row["unit"]), lang, str(row["latest_qualifier"]))
    return f"{amount} ({int(row['latest_year'])})"


def distance_text(row: pd.Series, lang: str) -> str:
    if pd.isna(row["distance"]):
        return "—"
    if row["verdict"] == "reached":
        return formats.amount(0.0, str(row["unit"]), lang)
    if float(row["distance"]) <= 0 and row["latest_qualifier"] == "almost":  # "almost X" against X: not reached
        return i18n.t("targets.almost", lang)
    return formats.amount(float(row["distance"]), str(row["unit"]), lang)


def verdict_text(row: pd.Series, lang: str, today_year: int | None = None) -> str:
    """The verdict in words; "cannot judge" says why; a pace verdict says when the deadline has passed."""
    text = i18n.t(f"targets.verdict.{row['verdict']}", lang)
    if row["verdict"] == "cannot_judge" and row["reason"]:
        reason = i18n.t(f"targets.reason.{row['reason']}", lang)
        text = f"{text}: {reason}"
    deadline = row["deadline_year"]
    if today_year and row["verdict"] in ("on_track", "behind") and not pd.isna(deadline) and deadline < today_year:
        text = f"{text} ({i18n.t('targets.passed', lang)})"
    return text


def _growth_text(row: pd.Series, lang: str) -> str:
    def one(value: object) -> str:
        return "—" if value is None or pd.isna(value) else formats.percent(float(value), lang)  # type: ignore[arg-type]

    return f"{one(row['needed'])} / {one(row['observed'])}"


def _who(row: pd.Series) -> str:
    return f"{row['said_by']}, {row['post']}" if row["post"] else str(row["said_by"])


def filtered(rows: pd.DataFrame, regions: pd.DataFrame, years: tuple[int, int], districts: Collection[str],
             codes: Collection[str]) -> pd.DataFrame:  # fmt: skip
    """The shared filters: years on the year of the statement, districts and regions on the region."""
    keep = rows["stated_year"].between(years[0], years[1])
    if districts:
        in_districts = set(regions.loc[regions["federal_district"].isin(list(districts)), config.REGION_KEY])
        keep &= rows[config.REGION_KEY].isin(in_districts)
    if codes:
        keep &= rows[config.REGION_KEY].isin(list(codes))
    return rows[keep]


def ordered(rows: pd.DataFrame, trade_latest: pd.Series, sort: str) -> pd.DataFrame:
    """By distance left (largest first; dollars before roubles, never mixed; none last) or by the region's latest
    turnover in dollars (largest first; regions without one last). Ties keep the file's order."""
    out = rows.assign(
        _trade=rows[config.REGION_KEY].map(trade_latest),
        _rub=rows["unit"].ne(config.MAP_UNIT),
        _no_distance=rows["distance"].isna(),
    )
    if sort == "trade":
        out = out.sort_values(["_trade", "_rub"], ascending=[False, True], na_position="last", kind="stable")
    else:
        out = out.sort_values(["_no_distance", "_rub", "distance"], ascending=[True, True, False], kind="stable")
    return out.drop(columns=["_trade", "_rub", "_no_distance"])


def targets_view(frames: Frames, sort: str, years: tuple[int, int], districts: Collection[str],
                 codes: Collection[str], lang: str, today_year: int | None = None) -> TargetsView:  # fmt: skip
    """Every stated target under the shared filters, in the chosen order, judged against the figures since."""
    names = filter_rules.region_names(frames["regions"], lang)
    rows = loaders.localised(judged(frames), lang)
    rows = filtered(rows, frames["regions"], years, districts, codes)
    latest = trade_rules.latest_figures(trade_rules.default_trade(frames["trade"]), "turnover")
    rows = ordered(rows, latest.set_index(config.REGION_KEY)["value"], sort if sort in SORTS else DEFAULT_SORT)
    sources = {url.strip() for cell in rows["source_url"] for url in str(cell).split(" | ") if url.strip()}
    counts = rows["verdict"].value_counts()
    if rows.empty:
        summary = i18n.t("targets.summary.none", lang)
    else:
        summary = i18n.t("targets.summary", lang, n=len(rows), regions=rows[config.REGION_KEY].nunique(),
                         sources=len(sources),
                         **{k: int(counts.get(v, 0)) for k, v in (("reached", "reached"), ("missed", "missed"),
                            ("behind", "behind"), ("on_track", "on_track"), ("open", "open"),
                            ("cannot", "cannot_judge"))})  # fmt: skip
    table = pd.DataFrame(
        {
            i18n.t("region", lang): rows[config.REGION_KEY].map(names),
            i18n.t("col.profile", lang): profile_links(rows[config.REGION_KEY], lang),
            i18n.t("targets.col.target", lang): [target_text(r, lang) for _, r in rows.iterrows()],
            i18n.t("targets.col.deadline", lang): rows["deadline_year"].map(
                lambda y: i18n.t("targets.deadline.none", lang) if pd.isna(y) else str(int(y))
            ),
            i18n.t("targets.col.said_by", lang): [_who(r) for _, r in rows.iterrows()],
            i18n.t("targets.col.date", lang): rows["stated_date"].map(lambda d: formats.partial_date(d, lang)),
            i18n.t("targets.col.firmness", lang): rows["firmness"].map(lambda f: i18n.t(f"targets.firmness.{f}", lang)),
            i18n.t("targets.col.latest", lang): [latest_text(r, lang) for _, r in rows.iterrows()],
            i18n.t("targets.col.distance", lang): [distance_text(r, lang) for _, r in rows.iterrows()],
            i18n.t("targets.col.share", lang): (rows["share"] * 100).round(0).astype("Int64"),
            i18n.t("targets.col.verdict", lang): [verdict_text(r, lang, today_year) for _, r in rows.iterrows()],
            i18n.t("targets.col.growth", lang): [_growth_text(r, lang) for _, r in rows.iterrows()],
            i18n.t("targets.col.wording", lang): rows["wording"],
            i18n.t("region.col.note", lang): rows["note"],
            i18n.t("source", lang): rows["source_url"].map(source_rules.first_url),
            i18n.t("targets.col.figure_source", lang): rows["latest_source"].map(
                lambda u: source_rules.first_url(u) if isinstance(u, str) and u else ""
            ),
        }
    )
    charted = rows[rows["share"].notna()]
    labels = _bar_labels(charted, names, lang)
    chart = TargetsChart(charted, labels) if not charted.empty else None
    if chart is None:
        alt = i18n.t("targets.chart.none", lang)
    else:
        top = charted.assign(label=labels).sort_values("share", ascending=False, kind="stable").iloc[0]
        share = formats.number(float(top["share"]) * 100, lang, decimals=0)
        alt = i18n.t("targets.chart.alt", lang, n=len(charted), top=f"{top['label']} — {share} %")
    return TargetsView(
        summary=summary,
        method=i18n.t("targets.method", lang),
        firmness=i18n.t("targets.firmness.note", lang),
        table=table.reset_index(drop=True),
        chart=chart,
        alt=alt,
        n_targets=len(rows),
        n_sources=len(sources),
        links=(i18n.t("targets.col.figure_source", lang),),
    )


def _bar_labels(rows: pd.DataFrame, names: dict[str, str], lang: str) -> list[str]:
    """Each bar's label: the region and the date of the statement (a region may have several targets); a second
    statement of one region on one day gets its number, never the dataset's row id."""
    labels: list[str] = []
    for _, row in rows.iterrows():
        name = names.get(row[config.REGION_KEY], row[config.REGION_KEY])
        base = f"{name} · {formats.partial_date(row['stated_date'], lang)}"
        n = sum(1 for label in labels if label == base or label.startswith(f"{base} ("))
        labels.append(base if n == 0 else f"{base} ({n + 1})")
    return labels


def region_lines(frames: Frames, code: str, lang: str) -> list[str]:
    """One line per target stated for the region (newest statement first), for its profile."""
    rows = loaders.localised(judged(frames), lang)
    rows = rows[rows[config.REGION_KEY] == code].sort_values("stated_date_start", ascending=False, kind="stable")
    lines = []
    for _, row in rows.iterrows():
        values = {"target": target_text(row, lang), "who": escape.md(_who(row)),
                  "date": formats.partial_date(row["stated_date"], lang),
                  "firmness": i18n.t(f"targets.firmness.{row['firmness']}", lang), "latest": latest_text(row, lang),
                  "verdict": verdict_text(row, lang)}  # fmt: skip
        if pd.isna(row["deadline_year"]):
            lines.append(i18n.t("region.targets.line.nodeadline", lang, **values))
        else:
            lines.append(i18n.t("region.targets.line", lang, deadline=int(row["deadline_year"]), **values))
    return lines


def brief_line(frames: Frames, code: str, lang: str) -> tuple[str, str] | None:
    """The region's newest stated target in one line for the brief, with its source (None: none on record, or the
    targets or trade file could not be used)."""
    if "targets" not in frames or "trade" not in frames:
        return None
    rows = loaders.localised(judged(frames), lang)
    rows = rows[rows[config.REGION_KEY] == code].sort_values("stated_date_start", ascending=False, kind="stable")
    if rows.empty:
        return None
    row = rows.iloc[0]
    deadline = i18n.t("targets.deadline.none", lang) if pd.isna(row["deadline_year"]) else str(
        int(row["deadline_year"]))  # fmt: skip
    text = i18n.t("brief.target.value", lang, target=target_text(row, lang), deadline=deadline,
                  who=str(row["said_by"]), date=formats.partial_date(row["stated_date"], lang),
                  verdict=verdict_text(row, lang))  # fmt: skip
    return text, str(row["source_url"])
