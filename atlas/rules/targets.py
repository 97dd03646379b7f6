"""Targets against results: each stated trade target with the latest comparable turnover on record, the distance
left and a verdict on the path since the statement. Pure pandas: imports config only.

The method, one rule for every target:
- Figures: the default full-year turnover of the region (atlas.rules.trade.default_trade) in the target's own unit
  (a rouble target against rouble figures, never converted). A Belarusian figure for part of a year is never set
  against a yearly target. A figure of the other side's statistics than the side that stated the target is left
  out (Russian statistics can run several times the Belarusian for the same region and year).
- Base: the figure of the year the target was stated, or the nearest year before. Latest: the newest figure.
- Verdict, in this order: no comparable figure → cannot judge; the latest figure (of the statement year or after)
  reaches the target → reached; a figure for the deadline year or later falls short → deadline passed, not
  reached; no figure after the statement year → cannot judge; no base → cannot judge; no deadline → not
  reached, pace not judged; otherwise the growth needed a year from the base to the target by the deadline
  against the growth observed a year from the base to the latest figure → on track or behind.
- A range ("1,5–2 млрд") is judged by its lower end. Nothing is interpolated or estimated.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pandas as pd

from atlas import config

VERDICTS = ("reached", "on_track", "behind", "missed", "open", "cannot_judge")
REASONS = ("no_figures", "other_side", "no_later", "no_base")
# Rank of a verdict when sorting (what needs attention first).
VERDICT_ORDER = {"missed": 0, "behind": 1, "open": 2, "on_track": 3, "cannot_judge": 4, "reached": 5}


@dataclass(frozen=True)
class Judged:
    """The verdict on one target, with the figures behind it (None where there is none)."""

    verdict: str
    reason: str  # for cannot_judge: one of REASONS; else ""
    base_year: int | None
    base_value: float | None
    latest_year: int | None
    latest_value: float | None
    latest_qualifier: str | None
    latest_source: str | None
    needed: float | None  # yearly growth needed from the base to reach the target by the deadline (0.12 = 12 %)
    observed: float | None  # yearly growth observed from the base to the latest figure
    distance: float | None  # what is left to the target from the latest figure (0 when reached)
    share: float | None  # latest figure / target


def _reaches(value: float, qualifier: str, target: float) -> bool:
    """A figure reaches a target when it is at least the target; "almost X" never reaches X."""
    return value > target or (value == target and qualifier != "almost")


def _cagr(start: float, end: float, years: int) -> float | None:
    if years <= 0 or start <= 0:
        return None
    return float((end / start) ** (1 / years) - 1)


def comparable(defaults: pd.DataFrame, code: str, side: str | None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The region's full-year default turnover kept for a target stated by `side` (BY, RU or None), oldest first,
    and the rows left out because they are the other side's statistics."""
    rows = defaults[
        (defaults[config.REGION_KEY] == code) & (defaults["measure"] == "turnover") & (defaults["period"] == "year")
    ].sort_values("year", kind="stable")
    figure_side = rows["stats_side"].fillna("")
    other = figure_side.ne("") & figure_side.ne(side) if side else pd.Series(False, index=rows.index)
    return rows[~other], rows[other]


def judge(
    target: float,
    deadline: int | None,
    stated_year: int,
    kept: pd.DataFrame,
    left_out: pd.DataFrame | None = None,
) -> Judged:
    """The verdict on one target from the figures `kept` for it (region's full-year defaults, one unit, one side)."""
    if kept.empty:
        reason = "other_side" if left_out is not None and not left_out.empty else "no_figures"
        return Judged("cannot_judge", reason, *([None] * 10))  # type: ignore[arg-type]
    latest = kept.iloc[-1]
    before = kept[kept["year"] <= stated_year]
    base = before.iloc[-1] if not before.empty else None
    latest_year, latest_value = int(latest["year"]), float(latest["value"])
    qualifier = str(latest["qualifier"])
    base_year = None if base is None else int(base["year"])
    base_value = None if base is None else float(base["value"])
    reached = _reaches(latest_value, qualifier, target)
    observed = (
        _cagr(base_value, latest_value, latest_year - base_year)
        if base_value is not None and base_year is not None
        else None
    )
    needed = (
        _cagr(base_value, target, deadline - base_year)
        if deadline is not None and base_value is not None and base_year is not None
        else None
    )
    facts: dict[str, Any] = {
        "base_year": base_year,
        "base_value": base_value,
        "latest_year": latest_year,
        "latest_value": latest_value,
        "latest_qualifier": qualifier,
        "latest_source": str(latest["source_url"]),
        "needed": needed,
        "observed": observed,
        "distance": 0.0 if reached else target - latest_value,
        "share": latest_value / target if target else None,
    }
    if reached and latest_year >= stated_year:
        return Judged("reached", "", **facts)
    if deadline is not None and latest_year >= deadline:
        return Judged("missed", "", **facts)
    if latest_year <= stated_year:
        later_other = left_out is not None and not left_out[left_out["year"] >= stated_year].empty
        return Judged("cannot_judge", "other_side" if later_other else "no_later", **facts)
    if base is None:
        return Judged("cannot_judge", "no_base", **facts)
    if deadline is None:
        return Judged("open", "", **facts)
    on_track = needed is not None and observed is not None and observed >= needed
    return Judged("on_track" if on_track else "behind", "", **facts)


def judged_targets(targets: pd.DataFrame, defaults_by_unit: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """Every target with its verdict and figures (the columns of Judged), in the file's order.

    `defaults_by_unit`: default_trade of the trade rows for each unit (USD million, RUB billion).
    """
    out = []
    for _, row in targets.iterrows():
        defaults = defaults_by_unit.get(str(row["unit"]), pd.DataFrame())
        side = row["stats_side"] or None
        if defaults.empty:
            kept, left_out = defaults, None
        else:
            kept, left_out = comparable(defaults, str(row[config.REGION_KEY]), side)
        deadline = None if pd.isna(row["deadline_year"]) else int(row["deadline_year"])
        stated_year = int(pd.Timestamp(row["stated_date_start"]).year)
        judged = judge(float(row["target_value"]), deadline, stated_year, kept, left_out)
        out.append({**row.to_dict(), "stated_year": stated_year, **judged.__dict__})
    return pd.DataFrame(out, columns=[*targets.columns, "stated_year", *Judged.__dataclass_fields__])
