"""The analysis page's views (atlas.views.analysis) on tiny frames: texts, missing shown as missing, both languages."""

from __future__ import annotations

import datetime as dt

import pandas as pd

from atlas.figures import analysis as analysis_figures
from atlas.views import analysis as analysis_view
from tests.test_events import agreements, visits
from tests.test_quiet import meetings

REGIONS = pd.DataFrame(
    {
        "region_iso": ["RU-AAA", "RU-BBB", "RU-CCC"],
        "name_ru": ["Альфа область", "Бета край", "Гамма республика"],
        "name_en": ["Alpha Oblast", "Beta Krai", "Gamma Republic"],
    }
)


def frames(trade_frame: pd.DataFrame) -> dict[str, pd.DataFrame]:
    later = trade_frame.iloc[[1]].assign(year=2024, turnover=120.0, source_url="https://b.example/9")  # RU-AAA, BY
    return {
        "regions": REGIONS,
        "trade": pd.concat([trade_frame, later], ignore_index=True),
        "agreements": agreements(("A001", "RU-AAA", "agreement", "2022-05-01", "signed")),
        "visits": visits(("V001", "RU-AAA", "head_of_region", "2023-06"), ("V002", "RU-BBB", "president", "2020")),
        "wg_meetings": meetings(("M001", "RU-BBB", "2025-01")),
    }


def test_moved_view_says_how_many_regions_stand_behind_the_median(trade_frame: pd.DataFrame) -> None:
    # RU-AAA's 2023 visit: the 2024 figure 120 against 2022's 80 (approximate): +50 %, one region
    view = analysis_view.moved_view(frames(trade_frame), "top_visit", 1, "ru")
    assert view.summary.startswith("Медианное изменение товарооборота: +50,0 % — по 1 регионам")
    assert "связь, а не причина" in view.caveat and view.chart is not None and view.n_regions == 1
    assert view.chart is not None
    bars = [trace for trace in analysis_figures.moved_chart(view.chart, "ru").data if len(trace.x)]
    assert [(list(bar.x), list(bar.text)) for bar in bars] == [(["Альфа область (2023)"], ["+50,0 %"])]
    row = view.table.iloc[0]
    assert (row["Регион"], row["Изменение, %"], row["Приблизительно"]) == (
        "Альфа область",
        50.0,
        "да: «около», «более»",
    )
    assert (
        view.excluded.to_dict("records")[0]["Причина"] == "нет цифры за год до"
    )  # Beta 2020: 2021 on record, 2019 not
    english = analysis_view.moved_view(frames(trade_frame), "agreement", 1, "en")
    assert (
        english.chart is None and english.summary == "No region has turnover figures both before and after such events."
    )


def test_quiet_view_marks_what_is_missing(trade_frame: pd.DataFrame) -> None:
    view = analysis_view.quiet_view(frames(trade_frame), 6, "today", dt.date(2025, 12, 31), "en")
    assert view.summary.startswith(
        "Regions with no visit, meeting or new document for 6+ months: 3 of 3 — as of 31 December"
    )
    table = view.table.set_index("Region")
    assert table.loc["Gamma Republic", "Last contact"] == "no contact on record"
    assert (
        table.loc["Gamma Republic", "Months ago"] == "—"
        and table.loc["Gamma Republic", "Latest turnover"] == "no data on record"
    )
    assert list(table.index) == ["Beta Krai", "Alpha Oblast", "Gamma Republic"]  # 250 (2021) before 90 (2023)
    assert table.loc["Beta Krai", "Contact date"] == "January 2025" and table.loc["Beta Krai", "Months ago"] == "11"
