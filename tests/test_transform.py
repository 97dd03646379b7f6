"""Default-figure rule, map values, agreement status, top importers, KPIs."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from atlas import config, transform


def test_default_figure_prefers_belarusian_statistics_then_newest(trade_frame: pd.DataFrame) -> None:
    defaults = transform.default_trade(trade_frame)
    row = defaults[(defaults.region_iso == "RU-AAA") & (defaults.year == 2023)].iloc[0]
    assert row["value"] == 90.0  # BY figure beats the newer RU one
    assert row["n_figures"] == 2


def test_stated_year_beats_inferred_and_forecasts_and_part_years_are_never_defaults(trade_frame: pd.DataFrame) -> None:
    defaults = transform.default_trade(trade_frame).set_index(["region_iso", "year"])
    assert defaults.loc[("RU-BBB", 2021), "value"] == 250.0  # stated-but-approximate beats inferred-but-exact
    assert ("RU-BBB", 2024) not in defaults.index  # forecast
    assert ("RU-BBB", 2023) not in defaults.index  # jan-jun only


@pytest.mark.parametrize(
    ("year", "expected"),
    [(2023, {"RU-AAA": 90.0}), (2022, {"RU-AAA": 80.0}), (None, {"RU-AAA": 90.0, "RU-BBB": 250.0})],
)
def test_trade_for_map(trade_frame: pd.DataFrame, year: int | None, expected: dict[str, float]) -> None:
    values = transform.trade_for_map(transform.default_trade(trade_frame), "turnover", year)
    assert dict(zip(values.region_iso, values.value, strict=True)) == expected
    assert config.COUNTRY_TOTAL not in set(values.region_iso)


def test_trade_years_exclude_national_totals(trade_frame: pd.DataFrame) -> None:
    assert transform.trade_years(transform.default_trade(trade_frame), "turnover") == [2023, 2022, 2021]


def test_agreement_status_classes() -> None:
    agreements = pd.DataFrame(
        {
            "region_iso": ["RU-A", "RU-A", "RU-B", "RU-C", "RU-D"],
            "kind": ["plan", "agreement", "agreement", "roadmap", "agreement"],
            "belarus_party": ["government", "government", "oblast", "government", "government"],
            "status": ["signed", "in_force", "signed", "signed", "planned"],
        }
    )
    status = transform.agreement_status(agreements).to_dict()
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
    table = transform.top_importers(rankings, transform.default_trade(trade_frame), 2023).set_index("region_iso")
    assert table.loc["RU-AAA", "turnover"] == 90.0 and table.loc["RU-AAA", "turnover_year"] == 2023
    assert math.isnan(table.loc["RU-CCC", "turnover"])  # listed, no figure on record: stays, as missing


def test_mfa_kpis_latest_year() -> None:
    totals = pd.DataFrame(
        {"year": [2023, 2024], "indicator": ["wg_meetings", "wg_meetings"], "value": [50, 58],
         "source_url": ["https://x.example", config.MFA_SOURCE_URL]}
    )  # fmt: skip
    assert transform.mfa_kpis(totals) == (2024, {"wg_meetings": 58}, config.MFA_SOURCE_URL)


@pytest.mark.parametrize(
    ("url", "label"),
    [("https://www.belta.by/x", "belta.by"), ("https://a.by/1 | https://b.ru/2", "a.by +1"), ("", "")],
)
def test_source_label(url: str, label: str) -> None:
    assert transform.source_label(url) == label
