"""Who has gone quiet: regions with no visit, working-group meeting or new document for N months (#15.5).

A contact is a visit (either direction, any level), a meeting of a region's working group or council, or a document
signed (agreements.csv, status other than "planned"). A partial date counts as the last day it can mean ("2024-05"
is 31 May 2024, "2024" is 31 December 2024): a region is called quiet only when even that day is more than N months
before the reference date. Records without a date are never a contact in time; they are counted apart.

The reference date is the latest contact date on record (its first possible day, so it never runs ahead of what
the records say) or a date the caller gives (today). Regions are ranked by their latest turnover on record
(trade.latest_figures), regions without one last, then by name.
"""

from __future__ import annotations

import datetime as dt

import pandas as pd

from atlas import config
from atlas.rules.events import SIGNED_STATUSES

CONTACT_KINDS = ("visit", "meeting", "document")
MONTH_CHOICES = (6, 12, 18, 24, 36)
DEFAULT_MONTHS = 18
REFERENCES = ("latest", "today")
CONTACT_COLUMNS = [config.REGION_KEY, "kind", "record_id", "date", "date_start", "date_end", "source_url"]


def _period_end(start: pd.Series, precision: pd.Series) -> pd.Series:
    """The last day a partial date can mean."""
    end = start.copy()
    month = precision.eq("month")
    year = precision.eq("year")
    end[month] = start[month] + pd.offsets.MonthEnd(0)
    end[year] = start[year] + pd.offsets.YearEnd(0)
    return end


def contacts(visits: pd.DataFrame, meetings: pd.DataFrame, agreements: pd.DataFrame) -> pd.DataFrame:
    """Every contact on record, dated or not: region_iso, kind, record_id, date (as recorded), date_start,
    date_end (NaT when undated), source_url."""
    signed = agreements[agreements["status"].isin(SIGNED_STATUSES)]
    parts = [
        visits.assign(kind="visit", record_id=visits["visit_id"], _p=visits["date_precision"]),
        meetings.assign(kind="meeting", record_id=meetings["meeting_id"], _p=meetings["date_precision"]),
        signed.rename(columns={"signed_date": "date", "signed_date_start": "date_start"}).assign(
            kind="document", record_id=signed["agreement_id"], _p=signed["signed_date_precision"]
        ),
    ]
    out = pd.concat([p[[config.REGION_KEY, "kind", "record_id", "date", "date_start", "_p", "source_url"]]
                     for p in parts], ignore_index=True)  # fmt: skip
    out["date_start"] = pd.to_datetime(out["date_start"])
    out["date_end"] = _period_end(out["date_start"], out["_p"].fillna(""))
    return out[CONTACT_COLUMNS]


def reference_date(contact_frame: pd.DataFrame, reference: str, today: dt.date) -> dt.date:
    """The date quiet is measured from: the latest contact on record ('latest') or `today`."""
    if reference == "today":
        return today
    if reference != "latest":
        raise ValueError(f"unknown reference: {reference}")
    latest = contact_frame["date_start"].max()
    return today if pd.isna(latest) else min(latest.date(), today)


def _months_between(earlier: dt.date, later: dt.date) -> int:
    """Whole months from `earlier` to `later` (0 when later is not after)."""
    months = (later.year - earlier.year) * 12 + later.month - earlier.month - (later.day < earlier.day)
    return max(months, 0)


def quiet_regions(
    regions: pd.DataFrame, contact_frame: pd.DataFrame, latest_turnover: pd.DataFrame, months: int, on: dt.date
) -> pd.DataFrame:
    """Regions with no contact in the `months` before `on`, ranked by latest turnover (none on record last)."""
    table = last_contacts(regions, contact_frame, latest_turnover, months, on)
    return table[table["quiet"]].reset_index(drop=True)


def last_contacts(
    regions: pd.DataFrame, contact_frame: pd.DataFrame, latest_turnover: pd.DataFrame, months: int, on: dt.date
) -> pd.DataFrame:
    """Every region of the registry with its last contact before `on` and whether it is quiet (no contact in the
    `months` before `on`), ranked by latest turnover (none on record last), then code.

    Columns: region_iso, quiet, last_kind, last_record_id, last_date (as recorded; empty: no dated contact on record),
    last_source_url, months_since (empty when none), undated (contacts without a date), turnover, turnover_year,
    turnover_period, turnover_basis, turnover_qualifier, turnover_source.
    """
    if months <= 0:
        raise ValueError(f"months must be positive: {months}")
    cutoff = pd.Timestamp(on) - pd.DateOffset(months=months)
    dated = contact_frame.dropna(subset=["date_end"])
    dated = dated[dated["date_start"] <= pd.Timestamp(on)]  # a contact after the reference date is not yet "last"
    last = dated.sort_values(["date_end", "date_start"], kind="stable").drop_duplicates(config.REGION_KEY, keep="last")
    last = last.set_index(config.REGION_KEY)
    undated = contact_frame[contact_frame["date_end"].isna()].groupby(config.REGION_KEY).size()
    table = regions[[config.REGION_KEY]].copy()
    code = table[config.REGION_KEY]
    table["last_kind"] = code.map(last["kind"])
    table["last_record_id"] = code.map(last["record_id"])
    table["last_date"] = code.map(last["date"])
    table["last_source_url"] = code.map(last["source_url"])
    ends = code.map(last["date_end"])
    table["months_since"] = [
        pd.NA if pd.isna(end) else _months_between(end.date(), on) for end in ends
    ]  # fmt: skip
    table["months_since"] = table["months_since"].astype("Int64")
    table["undated"] = code.map(undated).fillna(0).astype(int)
    table["quiet"] = (ends.isna() | (ends < cutoff)).to_numpy()
    latest = latest_turnover.set_index(config.REGION_KEY)
    for column, source in (("turnover", "value"), ("turnover_year", "year"), ("turnover_period", "period"),
                           ("turnover_basis", "year_basis"), ("turnover_qualifier", "qualifier"),
                           ("turnover_source", "source_url")):  # fmt: skip
        table[column] = table[config.REGION_KEY].map(latest[source]) if source in latest else pd.NA
    table["turnover_year"] = table["turnover_year"].astype("Int64")
    table = table.sort_values(["turnover", config.REGION_KEY], ascending=[False, True], na_position="last",
                              kind="stable")  # fmt: skip
    return table.reset_index(drop=True)
