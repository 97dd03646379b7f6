"""Default-figure rule, map values, agreement status, top importers, KPIs."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from atlas import config
from atlas.rules import activity as activity_rules
from atlas.rules import filters as filter_rules
from atlas.rules import reconcile as reconcile_rules
from atlas.rules import sources as source_rules
from atlas.rules import trade as trade_rules


def test_default_figure_prefers_belarusian_statistics_then_newest(trade_frame: pd.DataFrame) -> None:
    defaults = trade_rules.default_trade(trade_frame)
    row = defaults[(defaults.region_iso == "RU-AAA") & (defaults.year == 2023)].iloc[0]
    assert row["value"] == 90.0  # BY figure beats the newer RU one
    assert row["n_figures"] == 2


def test_stated_year_beats_inferred_and_forecasts_and_part_years_are_never_defaults(trade_frame: pd.DataFrame) -> None:
    defaults = trade_rules.default_trade(trade_frame).set_index(["region_iso", "year"])
    assert defaults.loc[("RU-BBB", 2021), "value"] == 250.0  # stated-but-approximate beats inferred-but-exact
    assert ("RU-BBB", 2024) not in defaults.index  # forecast
    assert ("RU-BBB", 2023) not in defaults.index  # jan-jun only


@pytest.mark.parametrize(
    ("year", "expected"),
    [(2023, {"RU-AAA": 90.0}), (2022, {"RU-AAA": 80.0}), (None, {"RU-AAA": 90.0, "RU-BBB": 250.0})],
)
def test_trade_for_map(trade_frame: pd.DataFrame, year: int | None, expected: dict[str, float]) -> None:
    values = trade_rules.trade_for_map(trade_rules.default_trade(trade_frame), "turnover", year)
    assert dict(zip(values.region_iso, values.value, strict=True)) == expected
    assert config.COUNTRY_TOTAL not in set(values.region_iso)


def test_trade_years_exclude_national_totals(trade_frame: pd.DataFrame) -> None:
    assert trade_rules.trade_years(trade_rules.default_trade(trade_frame), "turnover") == [2023, 2022, 2021]


def test_agreement_status_classes() -> None:
    agreements = pd.DataFrame(
        {
            "region_iso": ["RU-A", "RU-A", "RU-B", "RU-C", "RU-D"],
            "kind": ["plan", "agreement", "agreement", "roadmap", "agreement"],
            "belarus_party": ["government", "government", "oblast", "government", "government"],
            "status": ["signed", "in_force", "signed", "signed", "planned"],
        }
    )
    status = activity_rules.agreement_status(agreements).to_dict()
    assert status == {"RU-A": "intergovernmental", "RU-B": "other_agreement", "RU-C": "plan_only",
                      "RU-D": "plan_only"}  # fmt: skip


def test_top_importers_keeps_listed_regions_without_figures(trade_frame: pd.DataFrame) -> None:
    rankings = pd.DataFrame(
        {
            "year": [2023, 2023],
            "ranking": ["by_exports", "by_exports"],
            "rank": [pd.NA, pd.NA],
            "region_iso": ["RU-AAA", "RU-CCC"],
            "source_url": [config.MFA_SOURCE_URL] * 2,
        }
    )
    table = trade_rules.top_importers(rankings, trade_rules.default_trade(trade_frame), 2023).set_index("region_iso")
    assert table.loc["RU-AAA", "turnover"] == 90.0 and table.loc["RU-AAA", "turnover_year"] == 2023
    assert math.isnan(table.loc["RU-CCC", "turnover"])  # listed, no figure on record: stays, as missing


def test_mfa_kpis_latest_year() -> None:
    totals = pd.DataFrame(
        {"year": [2023, 2024], "indicator": ["wg_meetings", "wg_meetings"], "value": [50, 58],
         "source_url": ["https://x.example", config.MFA_SOURCE_URL]}
    )  # fmt: skip
    assert reconcile_rules.mfa_kpis(totals) == (2024, {"wg_meetings": 58}, config.MFA_SOURCE_URL)


@pytest.mark.parametrize(
    ("url", "label"),
    [
        ("https://www.belta.by/x", "belta.by"),
        ("https://a.by/1 | https://b.ru/2", "a.by +1"),
        ("", ""),
        ("https://xn----btbhgmabbaof2al1aisq.xn--p1ai/news", "родники-ирбитские.рф"),
    ],
)
def test_source_label(url: str, label: str) -> None:
    assert source_rules.source_label(url) == label


def _visits(rows: list[tuple[str, str, str, bool]]) -> pd.DataFrame:
    frame = pd.DataFrame(rows, columns=["date", "direction", "level", "at_forum"])
    frame["date_start"] = pd.to_datetime(frame["date"].map(lambda d: {4: f"{d}-01-01", 7: f"{d}-01"}.get(len(d), d)))
    frame["date_precision"] = frame["date"].str.len().map({4: "year", 7: "month", 10: "day"})
    frame["region_iso"] = "RU-AAA"
    return frame


def test_reconcile_visits_counts_each_ministry_category() -> None:
    visits = _visits(
        [
            ("2024-03-01", "RU->BY", "head_of_region", False),
            ("2024-06-27", "RU->BY", "head_of_region", True),
            ("2024-06", "RU->BY", "deputy_governor", False),
            ("2024", "BY->RU", "prime_minister", False),
            ("2024-05-02", "BY->RU", "ambassador", False),
            ("2023-05-02", "RU->BY", "head_of_region", False),  # other year: not counted
        ]
    )
    reported = {"ru_head_delegations": 36, "by_delegations": 129, "ambassador_meetings": 60}
    table = reconcile_rules.reconcile_visits(visits, reported, 2024).set_index("indicator")
    assert table.loc["ru_head_delegations", "on_record"] == 1
    assert table.loc["ru_head_delegations_forum", "on_record"] == 1
    assert table.loc["ru_deputy_governor_delegations", "on_record"] == 1
    assert table.loc["by_delegations", "on_record"] == 1  # the Ambassador's meetings are counted apart
    assert table.loc["ambassador_meetings", "on_record"] == 1
    assert table.loc["by_delegations", "reported"] == 129
    assert pd.isna(table.loc["by_deputy_pm_visits", "reported"])


def test_visit_counts_by_month_use_only_visits_dated_to_the_month() -> None:
    visits = _visits([("2024", "RU->BY", "other", False), ("2024-03-05", "RU->BY", "other", False),
                      ("2024-03", "BY->RU", "other", False)])  # fmt: skip
    by_year = activity_rules.visit_counts(visits, "year")
    assert by_year["visits"].sum() == 3
    by_month = activity_rules.visit_counts(visits, "month")
    assert by_month["visits"].sum() == 2
    assert set(by_month["period"]) == {pd.Timestamp("2024-03-01")}


def test_reconcile_meetings_and_activity_classes() -> None:
    meetings = pd.DataFrame(
        {
            "meeting_id": ["M1", "M2", "M3", "M4"],
            "region_iso": ["RU-A", "RU-A", "RU-A", "RU-B"],
            "date_start": pd.to_datetime(["2024-01-01", "2024-05-01", "2023-01-01", None]),
            "protocol_signed": [True, False, True, False],
            "plan_signed": [False, True, False, False],
        }
    )
    table = reconcile_rules.reconcile_meetings(meetings, {"wg_meetings": 58}, 2024).set_index("indicator")
    assert table["on_record"].to_dict() == {"wg_meetings": 2, "medium_term_plans": 1, "wg_protocols": 1}
    bodies = pd.DataFrame({"region_iso": ["RU-A", "RU-B", "RU-C"]})
    activity = activity_rules.wg_activity(bodies, meetings).set_index("region_iso")["activity"].to_dict()
    assert activity == {"RU-A": "meetings_3plus", "RU-B": "meetings_1_2", "RU-C": "body_only"}


def test_filter_rows_by_years_districts_and_regions() -> None:
    regions = pd.DataFrame({"region_iso": ["RU-A", "RU-B"], "federal_district": ["central", "ural"]})
    frame = pd.DataFrame({"region_iso": ["RU-A", "RU-B", "RU-A"], "year": [2020, 2024, 2025]})
    assert len(filter_rules.filter_rows(frame, regions, years=(2024, 2025), year_column="year")) == 2
    assert filter_rules.filter_rows(frame, regions, districts=("ural",))["region_iso"].tolist() == ["RU-B"]
    assert len(filter_rules.filter_rows(frame, regions, codes=("RU-A",))) == 2


def _rows(*rows: tuple) -> pd.DataFrame:
    """Typed trade rows: (region, year, period, turnover, unit, qualifier, year_basis, stats_side, source_date, url)."""
    columns = ["region_iso", "year", "period", "turnover", "unit", "qualifier", "year_basis", "stats_side",
               "source_date", "source_url"]  # fmt: skip
    frame = pd.DataFrame(rows, columns=columns)
    frame["export_from_belarus"] = float("nan")
    frame["import_to_belarus"] = float("nan")
    frame["scope"] = ""
    frame["source_date_start"] = pd.to_datetime(frame["source_date"].replace("", None))
    return frame


# fmt: off
MOSCOW_LIKE = _rows(
    # The city government's figure (Russian statistics, full year) is about three times the Belarusian side's.
    ("RU-MOW", 2024, "year", 22000.0, "USD million", "more_than", "stated", "RU", "2025-09-18", "https://ru.example/1"),
    ("RU-MOW", 2024, "jan-jun", 3500.0, "USD million", "more_than", "stated", "BY", "2024-08-01", "https://b.example/2",),
    ("RU-MOW", 2024, "jan-oct", 6000.0, "USD million", "more_than", "stated", "BY", "2024-12-23", "https://b.example/3",),
    # The oblast has only Russian-side figures: nothing Belarusian to prefer, so its own figure stands.
    ("RU-MOS", 2024, "year", 7100.0, "USD million", "more_than", "stated", "RU", "2026-02-25", "https://ru.example/4"),
    # Both sides for one full year: the Belarusian figure is the default, the Russian one is kept beside it.
    ("RU-AAA", 2024, "year", 900.0, "USD million", "exact", "stated", "BY", "2025-02-01", "https://by.example/5"),
    ("RU-AAA", 2024, "year", 1400.0, "USD million", "exact", "stated", "RU", "2025-03-01", "https://ru.example/6"),
    # A part-year figure of no stated side never displaces anything.
    ("RU-AAA", 2025, "jan-jun", 500.0, "USD million", "exact", "stated", "", "2025-08-01", "https://x.example/7"),
)
# fmt: on


SMOLENSK_LIKE = _rows(
    ("RU-SMO", 2022, "year", 4900.0, "USD million", "approx", "stated", "", "2023-05-30", "https://a.example/1"),
    ("RU-SMO", 2023, "year", 5000.0, "USD million", "forecast", "stated", "", "2023-05-30", "https://a.example/1"),
    ("RU-SMO", 2024, "year", 295.0, "RUB billion", "exact", "stated", "", "2025-05-14", "https://b.example/2"),
    ("RU-SMO", 2025, "year", 3400.0, "USD million", "more_than", "stated", "", "2026-03-06", "https://c.example/3"),
    ("RU-SMO", 2025, "year", 3500.0, "USD million", "almost", "stated", "BY", "2026-03-06", "https://d.example/4"),
)


def test_moscow_city_shows_belarusian_statistics_for_part_of_the_year_not_russian_full_year() -> None:
    defaults = trade_rules.default_trade(MOSCOW_LIKE).set_index(["region_iso", "year"])
    city = defaults.loc[("RU-MOW", 2024)]
    # Why: Belarusian statistics exist for 2024 (January–October, the longest part), and the only full-year figure
    # is Russian-side; the Belarusian one is shown, with its months, and the Russian one beside it.
    assert (city["value"], city["period"], city["stats_side"]) == (6000.0, "jan-oct", "BY")
    assert (city["other_side"], city["other_value"], city["other_period"]) == ("RU", 22000.0, "year")
    assert city["n_figures"] == 3
    oblast = defaults.loc[("RU-MOS", 2024)]
    assert (oblast["value"], oblast["stats_side"]) == (7100.0, "RU") and pd.isna(oblast["other_side"])
    # The Belarusian order (oblast above city) is what the map and the top ten then show.
    assert oblast["value"] > city["value"]
    both = defaults.loc[("RU-AAA", 2024)]
    assert (both["value"], both["stats_side"], both["other_value"]) == (900.0, "BY", 1400.0)
    assert ("RU-AAA", 2025) not in defaults.index  # a part year of no stated side is never a default


def test_smolensk_shows_one_latest_figure_everywhere() -> None:
    defaults = trade_rules.default_trade(SMOLENSK_LIKE)
    latest = trade_rules.latest_figures(defaults, "turnover").set_index("region_iso").loc["RU-SMO"]
    # Why: 2025 is the latest year with a full-year USD figure; of its two, the Belarusian-side one is chosen.
    assert (int(latest["year"]), latest["value"], latest["qualifier"]) == (2025, 3500.0, "almost")
    on_map = trade_rules.trade_for_map(defaults, "turnover", None).set_index("region_iso").loc["RU-SMO"]
    rankings = pd.DataFrame({"year": [2024], "ranking": ["by_exports"], "rank": [3], "region_iso": ["RU-SMO"],
                             "source_url": [config.MFA_SOURCE_URL]})  # fmt: skip
    top = trade_rules.top_importers(rankings, defaults, 2024).set_index("region_iso").loc["RU-SMO"]
    # The top ten of 2024 shows the same figure as the map, not the older 2022 one.
    assert (on_map["value"], int(on_map["year"])) == (3500.0, 2025)
    assert (top["turnover"], int(top["turnover_year"])) == (3500.0, 2025)
    # 2024 exists only in roubles: never converted, so 2024 has no USD default; 2023 is only a forecast.
    assert trade_rules.trade_for_map(defaults, "turnover", 2024).empty
    assert trade_rules.trade_for_map(defaults, "turnover", 2023).empty
    assert set(defaults["year"]) == {2022, 2025}


def test_profile_card_and_tooltip_show_the_other_side_the_months_and_a_publication_year() -> None:
    from atlas.views import maps as maps_view
    from atlas.views import region as views_region

    trade = MOSCOW_LIKE.assign(note_ru="", note_en="")
    (turnover, *_rest) = views_region.key_figures("RU-MOW", trade, "ru")
    assert turnover.value == "> 6\u202f000"
    detail = turnover.detail.replace("\\", "")  # markdown escapes
    assert "январь — октябрь" in detail and "российская статистика: > 22\u202f000" in detail
    (turnover_en, *_rest) = views_region.key_figures("RU-MOW", trade, "en")
    detail_en = turnover_en.detail.replace("\\", "")
    assert "January to October" in detail_en and "Russian statistics: > USD 22,000 million" in detail_en
    dated_by_publication = SMOLENSK_LIKE.assign(year_basis="publication")
    row = trade_rules.latest_figures(trade_rules.default_trade(dated_by_publication), "turnover").iloc[0]
    tip = maps_view._trade_tip(row, "ru", "Смоленская область", "Товарооборот")
    assert "год: 2025 (год — по дате публикации)" in tip
