"""What moved trade: a region's turnover the year before an event against the years after it (#15.4).

An event is an agreement signed or a top-level visit. For each region and year with such an event, the turnover of
the year before is set against the mean of the turnover figures on record in the `window` years after; per region
the median of its events, pooled the median of the regions. It shows association, never cause: trade moves for
many reasons, and events cluster where trade is already large.

Figures: the atlas's default figure (trade.default_trade), and only full-year USD figures whose year the source
stated, so years compare with years. A Russian-statistics figure is never set against a Belarusian or unattributed
one (Russian statistics can run several times the Belarusian side's for the same region). Nothing is imputed: an
event without a figure the year before, or without one in the window after, is excluded and listed with the reason.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from atlas import config

EVENT_KINDS = ("agreement", "document", "top_visit")
WINDOWS = (1, 2, 3)
DEFAULT_KIND, DEFAULT_WINDOW = "agreement", 1
SIGNED_STATUSES = ("signed", "in_force", "expired", "unknown")  # a document that was signed (not "planned")
AGREEMENT_KINDS = ("agreement", "memorandum")
TOP_VISIT_LEVELS = ("president", "prime_minister", "head_of_region")
REASONS = ("no_before", "no_after", "no_before_after", "sides_differ")
EVENT_COLUMNS = [config.REGION_KEY, "event_id", "date", "year"]


def events(agreements: pd.DataFrame, visits: pd.DataFrame, kind: str) -> pd.DataFrame:
    """The events of `kind`, one row each: region_iso, event_id, date (partial, as recorded), year (empty when the
    record has no date).

    agreement: agreements and memoranda signed (any Belarusian party); document: any document signed (agreements,
    programmes, plans, roadmaps, protocols); top_visit: a visit led by the President, the Prime Minister or a head
    of region, in either direction.
    """
    if kind in ("agreement", "document"):
        rows = agreements[agreements["status"].isin(SIGNED_STATUSES)]
        if kind == "agreement":
            rows = rows[rows["kind"].isin(AGREEMENT_KINDS)]
        out = rows.rename(columns={"agreement_id": "event_id", "signed_date": "date"})
        start = rows["signed_date_start"]
    elif kind == "top_visit":
        rows = visits[visits["level"].isin(TOP_VISIT_LEVELS)]
        out = rows.rename(columns={"visit_id": "event_id"})
        start = rows["date_start"]
    else:
        raise ValueError(f"unknown event kind: {kind}")
    out = out.assign(year=start.dt.year.astype("Int64"))
    return out[EVENT_COLUMNS].reset_index(drop=True)


def comparable_turnover(defaults: pd.DataFrame) -> pd.DataFrame:
    """The default turnover figures that compare across years: full calendar year, USD, year stated by the source,
    regions only. Columns: region_iso, year, value, qualifier, stats_side, source_url."""
    rows = defaults[
        (defaults["measure"] == "turnover")
        & (defaults["period"] == "year")
        & (defaults["year_basis"] == "stated")
        & (defaults["unit"] == config.MAP_UNIT)
        & (defaults[config.REGION_KEY] != config.COUNTRY_TOTAL)
    ]
    out = rows[[config.REGION_KEY, "year", "value", "qualifier", "stats_side", "source_url"]].copy()
    out["year"] = out["year"].astype(int)
    out["stats_side"] = out["stats_side"].fillna("")
    return out.reset_index(drop=True)


@dataclass(frozen=True)
class Moved:
    """The comparison for one kind of event and window.

    compared: one row per region and event year with a figure before and after — region_iso, year, events (ids),
      before_year, before, after_years (tuple), after (mean of the years after), change (after / before − 1),
      approx (a figure behind it is approximate or a lower bound), sources (addresses of the figures used).
    per_region: region_iso, event_years, change (median of the region's events), rose (change > 0).
    excluded: one row per region and event year left out — region_iso, year, events, reason (REASONS).
    pooled: the median of per_region's changes (None when no region has a comparison); n_regions behind it.
    undated: events whose record has no date (never placed in a year).
    """

    compared: pd.DataFrame
    per_region: pd.DataFrame
    excluded: pd.DataFrame
    pooled: float | None
    n_regions: int
    n_rose: int
    excluded_regions: tuple[str, ...]
    undated: int
    window: int


def _side(value: str) -> str:
    return "RU" if value == "RU" else "not_RU"  # Belarusian and unattributed figures compare; Russian stand apart


def moved(events_frame: pd.DataFrame, turnover: pd.DataFrame, window: int) -> Moved:
    """Turnover the year before each event year against the mean of the years after, within `window` (1–3) years."""
    if window not in WINDOWS:
        raise ValueError(f"window must be one of {WINDOWS}: {window}")
    dated = events_frame.dropna(subset=["year"])
    grouped = (
        dated.groupby([config.REGION_KEY, "year"])["event_id"]
        .apply(lambda ids: tuple(sorted(ids)))
        .rename("events")
        .reset_index()
    )
    figures = {(r[config.REGION_KEY], int(r["year"])): r for _, r in turnover.iterrows()}
    compared, excluded = [], []
    for _, event in grouped.iterrows():
        code, year = event[config.REGION_KEY], int(event["year"])
        before = figures.get((code, year - 1))
        after = [figures[(code, y)] for y in range(year + 1, year + window + 1) if (code, y) in figures]
        reason = None
        if before is None:
            reason = "no_before_after" if not after else "no_before"
        elif not after:
            reason = "no_after"
        else:
            after = [f for f in after if _side(f["stats_side"]) == _side(before["stats_side"])]
            if not after:
                reason = "sides_differ"
        if reason is not None:
            excluded.append({config.REGION_KEY: code, "year": year, "events": event["events"], "reason": reason})
            continue
        assert before is not None
        mean_after = sum(float(f["value"]) for f in after) / len(after)
        used = [before, *after]
        compared.append(
            {
                config.REGION_KEY: code,
                "year": year,
                "events": event["events"],
                "before_year": year - 1,
                "before": float(before["value"]),
                "after_years": tuple(int(f["year"]) for f in after),
                "after": mean_after,
                "change": mean_after / float(before["value"]) - 1 if float(before["value"]) > 0 else None,
                "approx": any(f["qualifier"] != "exact" for f in used),
                "sources": tuple(dict.fromkeys(str(f["source_url"]) for f in used)),
            }
        )
    compared_frame = pd.DataFrame(
        compared,
        columns=[config.REGION_KEY, "year", "events", "before_year", "before", "after_years", "after", "change",
                 "approx", "sources"],
    )  # fmt: skip
    compared_frame = compared_frame.dropna(subset=["change"]).reset_index(drop=True)
    per_region = (
        compared_frame.groupby(config.REGION_KEY)
        .agg(event_years=("year", lambda ys: tuple(int(y) for y in ys)), change=("change", "median"))
        .reset_index()
    )
    per_region["rose"] = per_region["change"] > 0
    excluded_frame = pd.DataFrame(excluded, columns=[config.REGION_KEY, "year", "events", "reason"])
    with_comparison = set(per_region[config.REGION_KEY])
    excluded_regions = tuple(sorted(set(excluded_frame[config.REGION_KEY]) - with_comparison))
    pooled = float(per_region["change"].median()) if not per_region.empty else None
    return Moved(
        compared=compared_frame,
        per_region=per_region,
        excluded=excluded_frame,
        pooled=pooled,
        n_regions=len(per_region),
        n_rose=int(per_region["rose"].sum()),
        excluded_regions=excluded_regions,
        undated=int(events_frame["year"].isna().sum()),
        window=window,
    )
