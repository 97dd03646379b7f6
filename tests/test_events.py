"""What moved trade (atlas.rules.events) on tiny frames: events, comparable figures, before / after, exclusions."""

from __future__ import annotations

import pandas as pd
import pytest

from atlas.rules import events, trade


def _dates(frame: pd.DataFrame, column: str) -> pd.DataFrame:
    text = frame[column].fillna("")
    frame[f"{column}_precision"] = text.str.len().map({4: "year", 7: "month", 10: "day"})
    padded = text.map(lambda t: {4: f"{t}-01-01", 7: f"{t}-01"}.get(len(t), t) or None)
    frame[f"{column}_start"] = pd.to_datetime(padded)
    return frame


def agreements(*rows: tuple[str, str, str, str, str]) -> pd.DataFrame:
    """(id, region, kind, signed_date, status) rows as the loader types them."""
    frame = pd.DataFrame(rows, columns=["agreement_id", "region_iso", "kind", "signed_date", "status"])
    frame["source_url"] = "https://a.example/" + frame["agreement_id"]
    return _dates(frame, "signed_date")


def visits(*rows: tuple[str, str, str, str]) -> pd.DataFrame:
    """(id, region, level, date) rows."""
    frame = pd.DataFrame(rows, columns=["visit_id", "region_iso", "level", "date"])
    frame["direction"] = "RU->BY"
    frame["source_url"] = "https://v.example/" + frame["visit_id"]
    return _dates(frame, "date")


def turnover(*rows: tuple[str, int, float, str, str]) -> pd.DataFrame:
    """(region, year, value, qualifier, stats_side) full-year stated USD figures, as comparable_turnover returns."""
    frame = pd.DataFrame(rows, columns=["region_iso", "year", "value", "qualifier", "stats_side"])
    frame["source_url"] = [f"https://t.example/{r}-{y}" for r, y, *_ in rows]
    return frame


NO_VISITS = visits()
NO_AGREEMENTS = agreements()


def test_events_of_each_kind() -> None:
    docs = agreements(
        ("A001", "RU-AAA", "agreement", "2020-05-01", "signed"),
        ("A002", "RU-AAA", "plan", "2021", "in_force"),
        ("A003", "RU-BBB", "memorandum", "", "signed"),  # undated
        ("A004", "RU-BBB", "agreement", "2022", "planned"),  # not signed: never an event
    )
    trips = visits(("V001", "RU-AAA", "head_of_region", "2019-03"), ("V002", "RU-BBB", "ambassador", "2019"))
    agreed = events.events(docs, trips, "agreement")
    assert list(agreed["event_id"]) == ["A001", "A003"]
    assert agreed["year"].tolist()[0] == 2020 and pd.isna(agreed["year"].tolist()[1])
    assert list(events.events(docs, trips, "document")["event_id"]) == ["A001", "A002", "A003"]
    assert list(events.events(docs, trips, "top_visit")["event_id"]) == ["V001"]  # an ambassador is not top level
    with pytest.raises(ValueError):
        events.events(docs, trips, "forum")


def test_comparable_turnover_keeps_full_stated_usd_years_of_regions(trade_frame: pd.DataFrame) -> None:
    defaults = trade.default_trade(trade_frame)
    figures = events.comparable_turnover(defaults)
    # RU-BBB 2023 is a part year; 2024 a forecast; Russia's total is not a region
    assert sorted(zip(figures["region_iso"], figures["year"], strict=True)) == [
        ("RU-AAA", 2022), ("RU-AAA", 2023), ("RU-BBB", 2021)]  # fmt: skip
    assert figures.loc[figures["year"] == 2023, "value"].item() == 90.0  # the default: Belarusian statistics
    assert figures.loc[figures["region_iso"] == "RU-BBB", "value"].item() == 250.0  # the stated year, not inferred


def test_before_against_after_per_region_and_pooled() -> None:
    trips = visits(
        ("V001", "RU-AAA", "head_of_region", "2020-06-01"),
        ("V002", "RU-AAA", "president", "2020-09"),  # same region and year: one event year
        ("V003", "RU-BBB", "head_of_region", "2020"),
        ("V004", "RU-CCC", "head_of_region", "2020"),
    )
    figures = turnover(
        ("RU-AAA", 2019, 100.0, "exact", "BY"), ("RU-AAA", 2021, 150.0, "exact", "BY"),
        ("RU-AAA", 2022, 250.0, "exact", ""),
        ("RU-BBB", 2019, 200.0, "exact", ""), ("RU-BBB", 2022, 100.0, "approx", ""),
        ("RU-CCC", 2019, 50.0, "exact", ""),
    )  # fmt: skip
    one = events.moved(events.events(NO_AGREEMENTS, trips, "top_visit"), figures, 1)
    assert one.compared[["region_iso", "events", "before", "after"]].values.tolist() == [
        ["RU-AAA", ("V001", "V002"), 100.0, 150.0]]  # fmt: skip
    assert one.pooled == pytest.approx(0.5) and one.n_regions == 1 and one.n_rose == 1
    assert dict(zip(one.excluded["region_iso"], one.excluded["reason"], strict=True)) == {
        "RU-BBB": "no_after", "RU-CCC": "no_after"}  # fmt: skip
    assert one.excluded_regions == ("RU-BBB", "RU-CCC")
    three = events.moved(events.events(NO_AGREEMENTS, trips, "top_visit"), figures, 3)
    by_region = three.compared.set_index("region_iso")
    assert by_region.loc["RU-AAA", "after_years"] == (2021, 2022) and by_region.loc["RU-AAA", "after"] == 200.0
    assert by_region.loc["RU-BBB", "change"] == pytest.approx(-0.5) and by_region.loc["RU-BBB", "approx"]
    assert three.n_regions == 2 and three.n_rose == 1
    assert three.pooled == pytest.approx((1.0 - 0.5) / 2)  # the median of two regions: their mean
    assert three.excluded_regions == ("RU-CCC",)


def test_nothing_imputed_and_sides_never_mixed() -> None:
    docs = agreements(
        ("A001", "RU-AAA", "agreement", "2020", "signed"),
        ("A002", "RU-BBB", "agreement", "2020", "signed"),
        ("A003", "RU-CCC", "agreement", "2020", "signed"),
        ("A004", "RU-CCC", "agreement", "", "signed"),
    )
    figures = turnover(
        ("RU-AAA", 2018, 100.0, "exact", ""), ("RU-AAA", 2021, 150.0, "exact", ""),  # 2019 missing: not filled
        ("RU-BBB", 2019, 100.0, "exact", "BY"), ("RU-BBB", 2021, 900.0, "exact", "RU"),
    )  # fmt: skip
    result = events.moved(events.events(docs, NO_VISITS, "agreement"), figures, 2)
    assert result.compared.empty and result.pooled is None and result.n_regions == 0
    assert dict(zip(result.excluded["region_iso"], result.excluded["reason"], strict=True)) == {
        "RU-AAA": "no_before", "RU-BBB": "sides_differ", "RU-CCC": "no_before_after"}  # fmt: skip
    assert result.undated == 1
    with pytest.raises(ValueError):
        events.moved(events.events(docs, NO_VISITS, "agreement"), figures, 4)


def test_bundled_smolensk_visits_of_2024() -> None:
    """On the bundled data: Smolensk's head-of-region visits of 2024 against its 2023 and 2025 figures."""
    from atlas.datasets import loaders

    frames = loaders.load_all().frames
    figures = events.comparable_turnover(trade.default_trade(frames["trade"]))
    result = events.moved(events.events(frames["agreements"], frames["visits"], "top_visit"), figures, 1)
    smolensk = result.compared[result.compared["region_iso"] == "RU-SMO"].iloc[0]
    assert (smolensk["year"], smolensk["before_year"], smolensk["after_years"]) == (2024, 2023, (2025,))
    assert smolensk["before"] == 3000.0 and smolensk["after"] == 3500.0 and smolensk["approx"]
