"""Who has gone quiet (atlas.rules.quiet) on tiny frames: contacts, partial dates, the reference date, the ranking."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from atlas.rules import quiet
from tests.test_events import _dates, agreements, visits

REGIONS = pd.DataFrame({"region_iso": ["RU-AAA", "RU-BBB", "RU-CCC", "RU-DDD"]})


def meetings(*rows: tuple[str, str, str]) -> pd.DataFrame:
    """(id, region, date) rows."""
    frame = pd.DataFrame(rows, columns=["meeting_id", "region_iso", "date"])
    frame["source_url"] = "https://m.example/" + frame["meeting_id"]
    return _dates(frame, "date")


def latest(*rows: tuple[str, float, int]) -> pd.DataFrame:
    """(region, value, year) latest turnover figures, as trade.latest_figures returns them."""
    frame = pd.DataFrame(rows, columns=["region_iso", "value", "year"])
    return frame.assign(period="year", year_basis="stated", qualifier="exact", source_url="https://t.example/1")


CONTACTS = quiet.contacts(
    visits(("V001", "RU-AAA", "head_of_region", "2024-01-10"), ("V002", "RU-BBB", "other", "2025-06")),
    meetings(("M001", "RU-AAA", "2024"), ("M002", "RU-CCC", "")),
    agreements(("A001", "RU-BBB", "plan", "2026-01-15", "signed"), ("A002", "RU-CCC", "agreement", "2026", "planned")),
)
TRADE = latest(("RU-AAA", 50.0, 2023), ("RU-BBB", 900.0, 2024), ("RU-CCC", 10.0, 2022))


def test_contacts_and_their_last_possible_day() -> None:
    by_id = CONTACTS.set_index("record_id")
    assert set(by_id.index) == {"V001", "V002", "M001", "M002", "A001"}  # a planned document is no contact
    assert by_id.loc["M001", "date_end"] == pd.Timestamp("2024-12-31")  # "2024" can mean up to 31 December
    assert by_id.loc["V002", "date_end"] == pd.Timestamp("2025-06-30")
    assert pd.isna(by_id.loc["M002", "date_end"]) and by_id.loc["A001", "kind"] == "document"


def test_reference_date_is_the_latest_contact_or_today() -> None:
    today = dt.date(2026, 12, 2)
    assert quiet.reference_date(CONTACTS, "latest", today) == dt.date(2026, 1, 15)
    assert quiet.reference_date(CONTACTS, "today", today) == today
    with pytest.raises(ValueError):
        quiet.reference_date(CONTACTS, "yesterday", today)


def test_quiet_regions_ranked_by_trade_with_no_data_last() -> None:
    on = dt.date(2026, 1, 15)
    table = quiet.quiet_regions(REGIONS, CONTACTS, TRADE, 12, on)
    # RU-AAA: last contact the 2024 meeting (31 Dec 2024 at the latest) > 12 months before; RU-BBB met in 2026;
    # RU-CCC only an undated meeting; RU-DDD nothing at all and no turnover: last
    assert list(table["region_iso"]) == ["RU-AAA", "RU-CCC", "RU-DDD"]
    first = table.iloc[0]
    assert (first["last_kind"], first["last_record_id"], first["last_date"]) == ("meeting", "M001", "2024")
    assert first["months_since"] == 12 and first["turnover"] == 50.0 and first["turnover_year"] == 2023
    assert pd.isna(table.iloc[1]["last_kind"]) and table.iloc[1]["undated"] == 1
    assert pd.isna(table.iloc[2]["turnover"])
    longer = quiet.quiet_regions(REGIONS, CONTACTS, TRADE, 18, on)
    assert list(longer["region_iso"]) == ["RU-CCC", "RU-DDD"]  # the 2024 meeting is within 18 months
    everyone = quiet.last_contacts(REGIONS, CONTACTS, TRADE, 18, on)
    assert list(everyone["region_iso"]) == ["RU-BBB", "RU-AAA", "RU-CCC", "RU-DDD"]
    assert everyone.set_index("region_iso").loc["RU-BBB", "last_record_id"] == "A001"
    with pytest.raises(ValueError):
        quiet.quiet_regions(REGIONS, CONTACTS, TRADE, 0, on)


def test_a_contact_after_the_reference_date_is_not_counted() -> None:
    table = quiet.last_contacts(REGIONS, CONTACTS, TRADE, 6, dt.date(2025, 12, 1))
    bbb = table.set_index("region_iso").loc["RU-BBB"]
    assert bbb["last_record_id"] == "V002" and bbb["months_since"] == 5 and not bbb["quiet"]


def test_bundled_smolensk_tatarstan_and_moscow_are_not_quiet() -> None:
    """On the bundled data, as of its latest contact (16 March 2026): the three reference regions met recently."""
    from atlas.datasets import loaders
    from atlas.rules import trade

    frames = loaders.load_all().frames
    found = quiet.contacts(frames["visits"], frames["wg_meetings"], frames["agreements"])
    on = quiet.reference_date(found, "latest", dt.date(2026, 12, 2))
    latest_trade = trade.latest_figures(trade.default_trade(frames["trade"]), "turnover")
    table = quiet.last_contacts(frames["regions"], found, latest_trade, 18, on).set_index("region_iso")
    assert on == dt.date(2026, 3, 16) and table.index[0] == "RU-MOW"  # the largest latest turnover ranks first
    assert table.loc[["RU-SMO", "RU-TA", "RU-MOW"], "last_date"].tolist() == ["2025-12", "2026-02", "2025-09-18"]
    assert not table.loc[["RU-SMO", "RU-TA", "RU-MOW"], "quiet"].any()
    assert table["quiet"].sum() == 24
