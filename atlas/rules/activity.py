"""Activity by subject: agreement status per region, visit counts per period, working-group activity."""

from __future__ import annotations

import pandas as pd

from atlas import config

AGREEMENT_STATUSES = ("intergovernmental", "other_agreement", "plan_only", "none")


def agreement_status(agreements: pd.DataFrame) -> pd.Series:
    """Per region with any record: intergovernmental / other_agreement / plan_only (regions absent: no record).

    intergovernmental: an agreement (or memorandum) with the Government of Belarus that is signed or in force;
    other_agreement: signed agreements with oblasts, Minsk or ministries only; plan_only: plans, programmes,
    roadmaps or protocols, or agreements still planned.
    """
    signed = agreements["status"].isin(["signed", "in_force", "expired", "unknown"])
    is_agreement = agreements["kind"].isin(["agreement", "memorandum"]) & signed
    intergov = is_agreement & agreements["belarus_party"].eq("government")
    frame = agreements.assign(_rank=2)
    frame.loc[is_agreement, "_rank"] = 1
    frame.loc[intergov, "_rank"] = 0
    best = frame.groupby(config.REGION_KEY)["_rank"].min()
    return best.map(dict(enumerate(AGREEMENT_STATUSES))).rename("status")


# The Ministry's visit totals of a year, and which records on file each one counts (the Ambassador's meetings are
# reported apart from the 129 Belarusian delegations): (indicator, direction, levels,
# at_forum: True/False/None for "either").
VISIT_RECONCILIATION: tuple[tuple[str, str, tuple[str, ...], bool | None], ...] = (
    ("ru_head_delegations", "RU->BY", ("head_of_region",), False),
    ("ru_head_delegations_forum", "RU->BY", ("head_of_region",), True),
    ("ru_deputy_governor_delegations", "RU->BY", ("deputy_governor",), None),
    ("ru_regional_minister_delegations", "RU->BY", ("regional_minister",), None),
    ("by_delegations", "BY->RU", tuple(lv for lv in config.VISIT_LEVELS if lv != "ambassador"), None),
    ("by_prime_minister_visits", "BY->RU", ("prime_minister",), None),
    ("by_deputy_pm_visits", "BY->RU", ("deputy_prime_minister",), None),
    ("ambassador_meetings", "BY->RU", ("ambassador",), None),
)


def visit_counts(visits: pd.DataFrame, period: str) -> pd.DataFrame:
    """Visits per period ('year' or 'month') and direction; a month count uses only visits dated to the month."""
    if period == "month":
        dated = visits[visits["date_precision"].isin(["month", "day"])]
        key = dated["date_start"].dt.to_period("M").dt.to_timestamp()
    else:
        dated = visits
        key = dated["date_start"].dt.year
    counts = dated.assign(period=key).groupby(["period", "direction"]).size().rename("visits").reset_index()
    return counts.sort_values(["period", "direction"]).reset_index(drop=True)


WG_ACTIVITY = ("meetings_3plus", "meetings_1_2", "body_only", "none")


def wg_activity(working_groups: pd.DataFrame, meetings: pd.DataFrame) -> pd.DataFrame:
    """Per region with a body: meetings on record and an activity class (3+ meetings, 1–2, a body but none)."""
    counts = meetings.groupby(config.REGION_KEY).size()
    per_region = working_groups.groupby(config.REGION_KEY).size().rename("bodies").to_frame()
    per_region["meetings"] = counts.reindex(per_region.index).fillna(0).astype(int)
    per_region["activity"] = pd.cut(
        per_region["meetings"], bins=[-1, 0, 2, 10**6], labels=["body_only", "meetings_1_2", "meetings_3plus"]
    ).astype(str)
    return per_region.reset_index()
