"""The trade map's timeline (the overview's year slider and play loop): every year's classes on one fixed scale, the
tooltips of the years with a figure, each region's turnover history for the sparkline, and the compact payload.
Computed on the UI fixture and checked against its rows."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from atlas.datasets import loaders
from atlas.figures import palette
from atlas.rules import trade as trade_rules
from atlas.views import maps as maps_view
from tests import uidata


@pytest.fixture(scope="module")
def data() -> loaders.Datasets:
    return loaders.load_all(uidata.FOLDER)


def _timeline(data: loaders.Datasets, lang: str = "ru", measure: str = "turnover"):
    frames = data.frames
    defaults = trade_rules.default_trade(frames["trade"])
    return maps_view.trade_timeline(frames["regions"], uidata.drawn(), defaults, measure=measure, lang=lang)


def _turnover_rows() -> pd.DataFrame:
    """The fixture's regional, full-year USD turnover figures that are not forecasts; where both statistics give a
    year, the Belarusian one (the default-figure rule on this fixture)."""
    rows = uidata.rows("trade")
    rows = rows[
        (rows["region_iso"] != "RU")
        & (rows["unit"] == "USD million")
        & (rows["period"] == "year")
        & (rows["qualifier"] != "forecast")
        & (rows["turnover"] != "")
    ].assign(value=lambda r: r["turnover"].astype(float), year=lambda r: r["year"].astype(int))
    rows = rows.assign(_ru=rows["stats_side"].eq("RU")).sort_values(["region_iso", "year", "_ru"])
    return rows.drop_duplicates(["region_iso", "year"])


def test_years_are_every_year_with_a_regional_figure_ascending(data) -> None:
    assert list(_timeline(data).years) == sorted(set(_turnover_rows()["year"]))


def test_each_year_is_classed_on_the_one_fixed_scale_and_a_year_without_a_figure_is_no_data(data) -> None:
    timeline = _timeline(data)
    rows = _turnover_rows().set_index(["region_iso", "year"])["value"]
    no_data = str(len(palette.TRADE_COLOURS))
    assert set(timeline.classes) == set(uidata.drawn())
    for code, classes in timeline.classes.items():
        assert len(classes) == len(timeline.years)
        for year, cls in zip(timeline.years, classes, strict=True):
            if (code, year) in rows.index:
                assert cls == str(int(palette.trade_class(pd.Series([rows[(code, year)]])).iloc[0])), (code, year)
            else:
                assert cls == no_data, (code, year)  # missing is grey, never the lowest class
    assert list(timeline.palette) == [*palette.TRADE_COLOURS, palette.NO_DATA_COLOUR]


def test_a_years_tooltip_names_that_year_and_a_year_without_a_figure_has_none(data) -> None:
    timeline = _timeline(data, lang="en")
    rows = _turnover_rows()
    for code, tips in timeline.tips.items():
        mine = rows[rows["region_iso"] == code].set_index("year")
        for year, tip in zip(timeline.years, tips, strict=True):
            if year in mine.index:
                assert tip is not None and tip[0] == uidata.name(code, "en")
                assert f"year: {year}" in tip
            else:
                assert tip is None
    assert timeline.missing == "Turnover: no data on record"


def test_each_years_frame_names_the_year_and_counts_the_regions_with_a_figure(data) -> None:
    timeline = _timeline(data, lang="en")
    rows = _turnover_rows()
    drawn = uidata.drawn()
    for year, frame in zip(timeline.years, timeline.frames, strict=True):
        n = int(rows[(rows["year"] == year) & rows["region_iso"].isin(drawn)]["region_iso"].nunique())
        assert str(year) in frame.title
        assert frame.notes[0].startswith(f"Figures on record for {n} of {len(drawn)} regions")
        assert frame.title in frame.alt


def test_history_is_the_turnover_on_record_with_gaps_not_zeros(data) -> None:
    timeline = _timeline(data, measure="export_from_belarus")  # the sparkline is turnover whatever the map shows
    rows = _turnover_rows()
    for code in uidata.drawn():
        mine = rows[rows["region_iso"] == code].sort_values("year")
        expected = list(zip(mine["year"], mine["value"], strict=True))
        assert list(timeline.history.get(code, [])) == expected, code
    assert all(value != 0 for series in timeline.history.values() for _, value in series)


def test_latest_is_the_year_of_each_regions_latest_figure(data) -> None:
    timeline = _timeline(data)
    rows = _turnover_rows()
    latest = rows[rows["region_iso"].isin(uidata.drawn())].groupby("region_iso")["year"].max().to_dict()
    assert dict(timeline.latest) == latest


def test_the_map_of_a_year_is_that_years_frame_and_says_its_scale_is_fixed(data) -> None:
    frames = data.frames
    year = _timeline(data).years[-2]
    view = maps_view.trade_map(frames["regions"], frames["trade"], uidata.drawn(), measure="turnover", year=year,
                               lang="ru")  # fmt: skip
    timeline = view.spec.timeline
    assert timeline is not None and timeline.shown == year
    i = list(timeline.years).index(year)
    for code, fill in view.spec.fills.items():
        assert fill == timeline.palette[int(timeline.classes[code][i])]  # the slider's year draws as the server's
        assert (timeline.tips[code][i] or None) in (None, list(view.spec.tips[code]))
    assert view.spec.legend_title == "млн долл. США; шкала одна для всех лет"
    latest = maps_view.trade_map(frames["regions"], frames["trade"], uidata.drawn(), measure="turnover", year=None,
                                 lang="ru")  # fmt: skip
    assert latest.spec.timeline is not None and latest.spec.timeline.shown is None


def test_the_payload_carries_the_timeline_only_when_asked_and_keeps_it_compact(data) -> None:
    frames = data.frames
    view = maps_view.trade_map(frames["regions"], frames["trade"], uidata.drawn(), measure="turnover", year=None,
                               lang="en")  # fmt: skip
    common = {"geometry_url": "/m.json", "size": (1000.0, 560.0), "labels": {}, "clickable": True}
    assert view.spec.payload(**common)["timeline"] is None  # the presenter's and other maps: no slider
    payload = view.spec.payload(**common, timeline=True)["timeline"]
    json.dumps(payload)  # plain JSON
    assert payload["shown"] is None and payload["years"] == list(view.spec.timeline.years)
    smolensk = payload["regions"]["RU-SMO"]
    rows = _turnover_rows()
    smo_years = sorted(rows.loc[rows["region_iso"] == "RU-SMO", "year"])
    assert sorted(smolensk["tips"]) == [str(y) for y in smo_years]  # only years with a figure
    assert [year for year, _ in smolensk["history"]] == smo_years
    assert set(payload["labels"]) == set(maps_view.TIMELINE_LABELS)
    assert "{year}" in payload["labels"]["caption"]


def test_the_first_payload_carries_the_years_and_sparklines_but_not_every_years_colours_and_tooltips(data) -> None:
    frames = data.frames
    view = maps_view.trade_map(frames["regions"], frames["trade"], uidata.drawn(), measure="turnover", year=2024,
                               lang="ru")  # fmt: skip
    common = {"geometry_url": "/m.json", "size": (1000.0, 560.0), "labels": {}, "clickable": True, "timeline": True}
    first = view.spec.payload(**common, every_year=False)
    full = view.spec.payload(**common)
    lazy, every = first["timeline"], full["timeline"]
    assert lazy["years"] == every["years"] and lazy["shown"] == 2024 and lazy["labels"] == every["labels"]
    assert not {"frames", "palette", "missing"} & set(lazy)
    for code, own in lazy["regions"].items():
        assert set(own) == {"history", "latest"}  # no other year's colour or tooltip
        assert own["history"] == every["regions"][code]["history"]  # the sparkline is drawn from the first message
    assert {k: v for k, v in first.items() if k != "timeline"} == {k: v for k, v in full.items() if k != "timeline"}
    assert len(json.dumps(first)) < len(json.dumps(full))
