"""Figure structure of the plotly builders (not pixels)."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from atlas import charts, geometry, loaders, views


@pytest.mark.parametrize(
    ("value", "expected"),
    [(0.0, 0), (99.9, 0), (100.0, 1), (499.0, 2), (2500.0, 5), (22000.0, 5), (float("nan"), None)],
)
def test_trade_classes(value: float, expected: int | None) -> None:
    got = charts.trade_class(pd.Series([value])).iloc[0]
    assert (expected is None and math.isnan(got)) or got == expected


def test_class_labels_cover_every_colour() -> None:
    assert len(charts.class_labels("ru")) == len(charts.TRADE_COLOURS)
    assert charts.class_labels("en")[-1] == "≥ 2,500"


@pytest.fixture(scope="module")
def bundled() -> loaders.Datasets:
    return loaders.load_all()


@pytest.fixture(scope="module")
def geo() -> dict:
    return geometry.feature_collection(geometry.load_regions())


def _drawn(bundled: loaders.Datasets) -> list[str]:
    regions = bundled.frames["regions"]
    return regions.loc[regions.has_polygon, "region_iso"].tolist()


def test_trade_map_draws_every_region_once_and_marks_missing_as_no_data(bundled, geo) -> None:
    frames = bundled.frames
    view = views.trade_map(frames["regions"], frames["trade"], geo, None, geometry.RUSSIA_VIEW.plotly_geo(),
                           _drawn(bundled), measure="turnover", year=2024, lang="ru")  # fmt: skip
    regions_trace = [t for t in view.figure.data if t.type == "choropleth"][0]
    assert len(regions_trace.locations) == 83 == len(set(regions_trace.locations))
    no_data = len(charts.TRADE_COLOURS)
    z = list(regions_trace.z)
    assert no_data in z and any(v < no_data for v in z)
    hovers = {loc: data[1] for loc, data in zip(regions_trace.locations, regions_trace.customdata, strict=True)}
    missing = [loc for loc, v in zip(regions_trace.locations, z, strict=True) if v == no_data]
    assert all("нет данных" in hovers[loc] for loc in missing)
    assert "0 млн" not in " ".join(hovers[loc] for loc in missing)
    legend = [t.name for t in view.figure.data if t.type == "scattergeo"]
    assert legend[-1] == "Нет данных" and len(legend) == len(charts.TRADE_COLOURS) + 1
    assert view.figure.layout.geo.projection.type == "conic conformal"


def test_trade_map_hover_names_year_and_source(bundled, geo) -> None:
    frames = bundled.frames
    view = views.trade_map(frames["regions"], frames["trade"], geo, None, geometry.RUSSIA_VIEW.plotly_geo(),
                           _drawn(bundled), measure="turnover", year=None, lang="en")  # fmt: skip
    trace = [t for t in view.figure.data if t.type == "choropleth"][0]
    with_data = [d[1] for d, v in zip(trace.customdata, trace.z, strict=True) if v < len(charts.TRADE_COLOURS)]
    assert with_data and all("year: " in h and "source: " in h and "USD" in h for h in with_data)


def test_agreements_map_has_four_statuses(bundled, geo) -> None:
    frames = bundled.frames
    view = views.agreements_map(frames["regions"], frames["agreements"], None, geo, None,
                                geometry.RUSSIA_VIEW.plotly_geo(), _drawn(bundled), lang="en")  # fmt: skip
    legend = [t.name for t in view.figure.data if t.type == "scattergeo"]
    assert legend == ["Intergovernmental agreement", "Agreements with oblasts / ministries only",
                      "Plan or roadmap only", "No record"]  # fmt: skip


def test_top_importers_table_lists_ten_and_says_what_is_missing(bundled) -> None:
    frames = bundled.frames
    table = views.top_importers_table(frames["regions"], frames["rankings"], frames["trade"], 2024, "ru")
    assert len(table) == 10
    assert "г. Москва" in set(table["Регион"])
    chart = views.top_importers_chart(table, "ru")
    assert len(chart.data[0].y) == 10
