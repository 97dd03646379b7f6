"""Targets against results (#15.3): each verdict on tiny frames, the schema's messages, and the page (AppTest on the
UI fixture, whose targets.csv has one row per verdict)."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pandas as pd
import pytest

from atlas.app import state
from atlas.datasets import loaders
from atlas.datasets.schema import SPECS
from atlas.figures import layout
from atlas.rules import targets as rules
from tests.apptest import fresh_app
from tests.test_pages import component_payloads
from tests.test_pages import ui_data as ui_data  # noqa: F401  (the app runs on the UI fixture)

UI = Path(__file__).resolve().parent / "fixtures" / "ui"


def figures(*points: tuple[int, float, str, str]) -> pd.DataFrame:
    """Full-year default turnover of one region: (year, value, qualifier, stats_side)."""
    return pd.DataFrame(
        [
            {
                "region_iso": "RU-AAA",
                "measure": "turnover",
                "period": "year",
                "year": y,
                "value": v,
                "qualifier": q,
                "stats_side": s or None,
                "source_url": f"https://example.org/{y}",
            }
            for y, v, q, s in points
        ],  # fmt: skip
        columns=["region_iso", "measure", "period", "year", "value", "qualifier", "stats_side", "source_url"],
    )


@pytest.mark.parametrize(
    ("target", "deadline", "stated", "points", "verdict", "reason"),
    [
        (1000, 2025, 2022, [(2022, 500, "exact", ""), (2024, 1100, "exact", "")], "reached", ""),
        (1000, 2025, 2022, [(2022, 500, "exact", ""), (2024, 1000, "almost", "")], "on_track", ""),  # almost ≠ reached
        (1000, 2026, 2022, [(2022, 500, "exact", ""), (2024, 800, "exact", "")], "on_track", ""),  # 26 % ≥ 19 %
        (1000, 2026, 2022, [(2022, 500, "exact", ""), (2024, 600, "exact", "")], "behind", ""),  # 9.5 % < 19 %
        (1000, 2023, 2022, [(2022, 500, "exact", ""), (2024, 900, "exact", "")], "missed", ""),
        (1000, None, 2022, [(2022, 500, "exact", ""), (2024, 900, "exact", "")], "open", ""),
        (1000, 2026, 2024, [(2022, 500, "exact", ""), (2024, 900, "exact", "")], "cannot_judge", "no_later"),
        (1000, 2026, 2020, [(2022, 500, "exact", ""), (2024, 900, "exact", "")], "cannot_judge", "no_base"),
        (1000, 2026, 2022, [], "cannot_judge", "no_figures"),
    ],
)
def test_each_verdict(target, deadline, stated, points, verdict, reason) -> None:
    judged = rules.judge(target, deadline, stated, figures(*points).sort_values("year"))
    assert (judged.verdict, judged.reason) == (verdict, reason)


def test_the_growth_compared_is_the_compound_yearly_rate() -> None:
    judged = rules.judge(1000, 2026, 2022, figures((2022, 500, "exact", ""), (2024, 800, "exact", "")))
    assert judged.needed == pytest.approx(2**0.25 - 1) and judged.observed == pytest.approx(1.6**0.5 - 1)
    assert (judged.base_year, judged.latest_year, judged.distance) == (2022, 2024, 200)


def test_the_other_sides_statistics_are_left_out_and_said() -> None:
    rows = figures((2020, 400, "exact", "BY"), (2024, 9000, "more_than", "RU"))
    kept, left_out = rules.comparable(rows, "RU-AAA", "BY")
    assert list(kept["year"]) == [2020] and list(left_out["year"]) == [2024]
    judged = rules.judge(1000, None, 2024, kept, left_out)
    assert (judged.verdict, judged.reason, judged.latest_value) == ("cannot_judge", "other_side", 400)
    assert rules.judge(1000, None, 2024, kept.iloc[0:0], left_out).reason == "other_side"


def test_a_bad_row_is_reported_by_file_row_and_column(tmp_path: Path) -> None:
    shutil.copytree(UI, tmp_path, dirs_exist_ok=True)
    path = tmp_path / "targets.csv"
    lines = path.read_text(encoding="utf-8").splitlines()
    cells = lines[1].split(",")
    cells[2], cells[5] = "много", "2020"  # target_value not a number; deadline before the year stated (2024)
    lines[1] = ",".join(cells)
    cells = lines[2].split(",")
    cells[3] = "50"  # the range's upper end below its lower end (100)
    lines[2] = ",".join(cells)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    problems = [str(p) for p in loaders.load_all(tmp_path).problems["targets"]]
    assert any(p.startswith("targets.csv:2: target_value: not a number") for p in problems), problems
    path.write_text("\n".join([lines[0], lines[2]]) + "\n", encoding="utf-8")
    problems = [str(p) for p in loaders.load_all(tmp_path).problems["targets"]]
    assert problems == ["targets.csv:2: target_value_max: 50 is below target_value 100"]
    lines[1] = lines[1].replace("много", "2000")
    path.write_text("\n".join([lines[0], lines[1]]) + "\n", encoding="utf-8")
    problems = [str(p) for p in loaders.load_all(tmp_path).problems["targets"]]
    assert problems == ["targets.csv:2: deadline_year: 2020 is before the year it was stated (2024)"]
    assert "targets" in SPECS and "targets" in loaders.LOAD_ORDER


def test_the_page_shows_every_target_with_its_verdict_and_follows_the_order() -> None:
    at = fresh_app()
    at.run()
    at.switch_page("app_pages/targets.py").run()
    assert not at.exception and not at.error, [e.value for e in at.error]
    summary = " ".join(i.value for i in at.info)
    assert "Заявлений о целях: 8 по 5 регионам из 8 источников" in summary
    assert "Достигнуто: 1; срок прошёл, не достигнуто: 1; отстают: 1; идут по графику: 1" in summary
    table = at.dataframe[0].value
    # the largest distance left first (Smolensk's 3 000 against almost 1 500); no comparable figure last
    assert (table["Регион"].iloc[0], table["Цель"].iloc[0]) == ("Смоленская область", "3\u202f000 млн долл. США")
    assert set(table["Регион"].iloc[-2:]) == {"г. Москва", "г. Санкт-Петербург"}
    verdicts = dict(zip(table["Цель"], table["Вывод"], strict=True))
    assert verdicts["1\u202f800 млн долл. США"] == "по графику"
    assert verdicts["700 млн долл. США"] == "достигнуто"
    assert verdicts["5\u202f000 млн долл. США"].startswith("судить нельзя: после заявления есть только цифры")
    assert verdicts["100 млрд руб."] == "судить нельзя: нет цифр после заявления"
    (chart,) = component_payloads(at, "atlas.chart")
    assert chart["shapes"] and chart["alt"].startswith("Столбчатая диаграмма")
    # one row per target with a figure, first row on top, the chart as tall as its rows (the axis on top of them)
    rows = chart["x"]["categories"]
    assert chart["horizontal"] and rows[0].startswith("Смоленская область")
    assert chart["height"] == layout.ROWS_FRAME_PX + layout.ROW_PX * len(rows)
    assert sorted(p["x"] for s in chart["series"] for p in s["points"]) == [float(i) for i in range(len(rows))]
    # each bar names the year of its figure (Bryansk: 800 of 700 in 2024, the fixture's latest)
    labels = {s["name"]: [p["text"] for p in s["points"]] for s in chart["series"]}
    assert labels["достигнуто"] == ["114 % (2024)"]
    assert all(re.fullmatch(r"\d+ % \(20\d\d\)", text) for texts in labels.values() for text in texts)
    at.segmented_control(key=state.TARGETS_SORT).set_value("trade").run()
    assert at.query_params["sort"] == "trade"
    assert at.dataframe[0].value["Регион"].iloc[0] == "г. Москва"  # the largest latest turnover (3 000, RU side)


def test_the_page_in_english_and_under_a_region_filter() -> None:
    at = fresh_app(lang="en", regions="RU-TA")
    at.run()
    at.switch_page("app_pages/targets.py").run()
    assert not at.exception
    table = at.dataframe[0].value
    assert list(table["Region"]) == ["Republic of Tatarstan"]
    assert table["Target"].iloc[0] == "USD 1,000–1,200 million"
    assert table["Verdict"].iloc[0] == "deadline passed, not reached"
