"""The Ministry's totals of the year against the rows on record (visits, meetings)."""

from __future__ import annotations

import pandas as pd

from atlas import config
from atlas.rules.activity import VISIT_RECONCILIATION


def mfa_kpis(mfa_totals: pd.DataFrame, year: int | None = None) -> tuple[int, dict[str, int], str]:
    """(year, indicator → value, source_url) of the Ministry's totals for `year` (default: the latest)."""
    if year is None:
        year = int(mfa_totals["year"].max())
    rows = mfa_totals[mfa_totals["year"] == year]
    values = {str(k): int(v) for k, v in zip(rows["indicator"], rows["value"], strict=True)}
    urls = rows["source_url"].unique().tolist()
    return year, values, urls[0] if urls else config.MFA_SOURCE_URL


def reconcile_visits(visits: pd.DataFrame, reported: dict[str, int], year: int) -> pd.DataFrame:
    """For each of the Ministry's visit totals of `year`: how many matching visits the atlas has on record.

    Columns: indicator, on_record, reported (NA where the Ministry gives no figure).
    """
    in_year = visits[visits["date_start"].dt.year == year]
    rows = []
    for indicator, direction, levels, at_forum in VISIT_RECONCILIATION:
        match = (in_year["direction"] == direction) & in_year["level"].isin(levels)
        if at_forum is not None:
            match &= in_year["at_forum"] == at_forum
        rows.append({"indicator": indicator, "on_record": int(match.sum()), "reported": reported.get(indicator)})
    return pd.DataFrame(rows).astype({"reported": "Int64"})


def reconcile_meetings(meetings: pd.DataFrame, reported: dict[str, int], year: int) -> pd.DataFrame:
    """Working-group meetings, plans and protocols of `year` on record against the Ministry's totals."""
    in_year = meetings[meetings["date_start"].dt.year == year]
    rows = [
        ("wg_meetings", len(in_year)),
        ("medium_term_plans", int(in_year["plan_signed"].sum())),
        ("wg_protocols", int(in_year["protocol_signed"].sum())),
    ]
    frame = pd.DataFrame(
        [{"indicator": k, "on_record": n, "reported": reported.get(k)} for k, n in rows],
    )
    return frame.astype({"reported": "Int64"})
