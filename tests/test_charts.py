"""What the map and the ranked bars are told to draw: colours, classes, hover lines, legends (not pixels)."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from atlas.datasets import loaders
from atlas.figures import layout, palette, timelines
from atlas.views import maps as maps_view
from atlas.views import overview as overview_view
from tests import uidata


@pytest.mark.parametrize(
    ("value", "expected"),
    [(0.0, 0), (99.9, 0), (100.0, 1), (499.0, 2), (2500.0, 5), (22000.0, 5), (float("nan"), None)],
)
def test_trade_classes(value: float, expected: int | None) -> None:
    got = palette.trade_class(pd.Series([value])).iloc[0]
    assert (expected is None and math.isnan(got)) or got == expected


def test_class_labels_cover_every_colour() -> None:
    assert len(palette.class_labels("ru")) == len(palette.TRADE_COLOURS)
    assert palette.class_labels("en")[-1] == "≥ 2,500"


@pytest.fixture(scope="module")
def bundled() -> loaders.Datasets:
    """The UI fixture's datasets (tests/fixtures/ui): the figures below come from its rows."""
    return loaders.load_all(uidata.FOLDER)


def _drawn(bundled: loaders.Datasets) -> list[str]:
    regions = bundled.frames["regions"]
    return regions.loc[regions.has_polygon, "region_iso"].tolist()


def test_trade_map_draws_every_region_once_and_marks_missing_as_no_data(bundled) -> None:
    frames = bundled.frames
    view = maps_view.trade_map(frames["regions"], frames["trade"], _drawn(bundled), measure="turnover", year=2024,
                           lang="ru")  # fmt: skip
    spec = view.spec
    assert len(spec.fills) == len(uidata.drawn()) and set(spec.fills) == set(uidata.drawn())
    fills = list(spec.fills.values())
    assert palette.NO_DATA_COLOUR in fills and any(f in palette.TRADE_COLOURS for f in fills)
    missing = [code for code, fill in spec.fills.items() if fill == palette.NO_DATA_COLOUR]
    assert all("нет данных" in spec.tips[code][1] for code in missing)
    assert "0 млн" not in " ".join(" ".join(spec.tips[code]) for code in missing)
    assert [item.label for item in spec.legend][-1] == "Нет данных"
    assert [item.colour for item in spec.legend] == [*palette.TRADE_COLOURS, palette.NO_DATA_COLOUR]
    assert spec.tips["RU-SMO"][0] == uidata.name("RU-SMO")  # the first hover line is the region's name
    trade = uidata.rows("trade")
    with_2024 = set(trade.loc[(trade["year"] == "2024") & (trade["unit"] == "USD million") & (trade["turnover"] != ""),
                              "region_iso"])  # fmt: skip
    assert set(missing) == set(uidata.drawn()) - with_2024


def test_trade_map_colours_follow_the_class_breaks(bundled) -> None:
    frames = bundled.frames
    view = maps_view.trade_map(frames["regions"], frames["trade"], _drawn(bundled), measure="turnover", year=2024,
                           lang="en")  # fmt: skip
    for code, fill in view.spec.fills.items():
        amount_line = view.spec.tips[code][1]
        if fill == palette.NO_DATA_COLOUR:
            assert "no data" in amount_line
        else:
            assert "USD" in amount_line


def test_trade_map_hover_names_year_and_source(bundled) -> None:
    frames = bundled.frames
    view = maps_view.trade_map(frames["regions"], frames["trade"], _drawn(bundled), measure="turnover", year=None,
                           lang="en")  # fmt: skip
    with_data = [" | ".join(view.spec.tips[c]) for c, f in view.spec.fills.items() if f != palette.NO_DATA_COLOUR]
    assert with_data and all("year: " in h and "source: " in h and "USD" in h for h in with_data)
    assert all("<" not in line for tip in view.spec.tips.values() for line in tip if not line.startswith("Turnover"))


def test_agreements_map_has_four_statuses(bundled) -> None:
    frames = bundled.frames
    view = maps_view.agreements_map(frames["regions"], frames["agreements"], None, _drawn(bundled), lang="en")
    assert [item.label for item in view.spec.legend] == ["Intergovernmental agreement",
                                                         "Agreements with oblasts / ministries only",
                                                         "Plan or roadmap only", "No record"]  # fmt: skip
    assert set(view.spec.fills.values()) <= set(palette.STATUS_COLOURS.values())


def test_top_importers_table_lists_the_ministrys_regions_and_says_what_is_missing(bundled) -> None:
    frames = bundled.frames
    rows = overview_view.top_importers_rows(frames["regions"], frames["rankings"], frames["trade"], 2024, "ru")
    table = overview_view.top_importers_table(rows, "ru")
    assert list(table.columns) == ["region_iso", "Регион", "Экспорт Беларуси", "Товарооборот", "Источник"]
    rankings = uidata.rows("rankings")
    listed = rankings.loc[(rankings["year"] == "2024") & (rankings["ranking"] == "by_exports"), "region_iso"]
    assert sorted(table["Регион"]) == sorted(uidata.name(code) for code in listed)
    bars = overview_view.top_importers_chart(rows, "ru")
    assert len(bars.bars) == len(listed)
    trade = uidata.rows("trade").query("qualifier != 'forecast' and unit == 'USD million' and turnover != ''")
    trade = trade[trade["region_iso"].isin(listed)]
    leader = trade.loc[trade["turnover"].astype(float).idxmax(), "region_iso"]  # far ahead of the others
    assert bars.bars[0].label == uidata.name(leader) and bars.widths()[0] == 1.0
    no_figure = set(listed) - set(trade["region_iso"])
    assert {b.code for b in bars.bars if b.value is None} == no_figure and no_figure  # said, not dropped
    widths = [w for b, w in zip(bars.bars, bars.widths(), strict=True) if b.value is not None]
    assert widths == sorted(widths, reverse=True)
    assert all(b.source_url.startswith("http") for b in bars.bars if b.value is not None)


def test_visit_counts_label_only_bars_that_fit_them() -> None:
    """Counts are printed inside the bars; one too big for a short bar is hidden, not shrunk to an unreadable speck."""
    counts = pd.DataFrame({"period": [2014, 2024, 2024], "direction": ["RU->BY", "RU->BY", "BY->RU"],
                           "visits": [1, 30, 15]})  # fmt: skip
    fig = timelines.counts_chart(counts, "year", "ru")
    assert [list(t.text) for t in fig.data] == [[1, 30], [15]]
    assert fig.layout.uniformtext.mode == "hide" and fig.layout.uniformtext.minsize >= 10
    assert all(t.textangle == 0 for t in fig.data)  # level, never turned on its side to squeeze in


def test_the_president_ranks_first_in_both_visit_timelines_with_one_palette() -> None:
    visits = pd.DataFrame(
        {
            "visit_id": ["V001", "V002", "V003"],
            "date": ["2024-02-21", "2024-05-01", "2024-06-05"],
            "date_start": pd.to_datetime(["2024-02-21", "2024-05-01", "2024-06-05"]),
            "direction": ["BY->RU", "BY->RU", "RU->BY"],
            "region_iso": ["RU-TA", "RU-TA", "RU-TA"],
            "level": ["ambassador", "president", "head_of_region"],
            "delegation_head_ru": ["Посол", "Президент", "Глава"],
            "delegation_head_en": ["Ambassador", "President", "Head"],
            "source_url": ["https://a.example/1"] * 3,
        }
    )
    regions = pd.DataFrame({"region_iso": ["RU-TA"], "name_ru": ["Татарстан"], "name_en": ["Tatarstan"]})
    page = timelines.visits_timeline(visits, regions, "en")
    rows_top_down = list(page.layout.yaxis.categoryarray)[::-1]
    assert rows_top_down[0] == "President of Belarus"  # above the Ambassador and every other level
    colours = {trace.y[0]: trace.marker.color for trace in page.data if trace.y and trace.y[0]}
    assert colours["President of Belarus"] == palette.LEVEL_COLOURS["president"]
    from atlas.figures import profile as profile_figures

    profile = profile_figures.visits_chart(visits, "en")
    assert [t.name for t in profile.data][0] == "President of Belarus"  # legend order: highest rank first; one label
    assert {t.name: t.marker.color for t in profile.data}["Ambassador of Belarus"] == palette.LEVEL_COLOURS[
        "ambassador"
    ]


def test_traces_follow_the_vocabulary_and_a_value_without_rows_has_none() -> None:
    rows = pd.DataFrame({"level": ["minister", "president", "minister"], "n": [1, 2, 3]})
    found = [
        (value, part["n"].tolist())
        for value, part in layout.by_value(rows, "level", ("president", "mayor", "minister"))
    ]
    assert found == [("president", [2]), ("minister", [1, 3])]


def test_a_yearly_line_breaks_where_a_year_is_missing_and_never_reads_zero() -> None:
    rows = pd.DataFrame({"year": [2019, 2020, 2023], "value": [5.0, 6.0, 8.0]})
    x, y, text = layout.with_gaps(rows, lambda row: f"{int(row['year'])}")
    assert (x, y, text) == ([2019, 2020, 2020.5, 2023], [5.0, 6.0, None, 8.0], ["2019", "2020", "", "2023"])
