"""atlas.figures.svgchart: a plotly figure read into the SVG chart component's spec, ticks in the UI's language."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go
import pytest

from atlas.figures import svgchart


def test_hover_markup_becomes_plain_lines() -> None:
    assert svgchart.hover_lines("<b>5 March 2024</b><br>Kaluga &amp; Tula<br />source: belta.by") == [
        "5 March 2024", "Kaluga & Tula", "source: belta.by"]  # fmt: skip
    assert svgchart.hover_lines(None) == []


def test_stacked_bars_of_counts_get_integer_ticks_and_level_labels() -> None:
    fig = go.Figure(
        [
            go.Bar(x=[2023, 2024], y=[3, 4], name="into Belarus", marker_color="#0072B2", text=[3, 4]),
            go.Bar(x=[2023, 2024], y=[2, 1], name="into Russia", marker_color="#E69F00", text=[2, 1]),
        ]
    ).update_layout(barmode="stack", title={"text": "Visits per year"})
    spec = svgchart.from_plotly(fig, "en")
    assert spec["title"] == "Visits per year" and spec["bars"] == {"mode": "stack", "count": 2}
    into_russia = spec["series"][1]["points"]
    assert [(p["base"], p["y"]) for p in into_russia] == [(3.0, 2.0), (4.0, 1.0)]  # stacked on the first series
    assert [p["text"] for p in into_russia] == ["2", "1"]  # counts read as whole numbers, not "2.0"
    assert all(float(t["v"]).is_integer() for t in spec["y"]["ticks"])  # no fractional ticks on counts
    assert spec["y"]["min"] == 0 and spec["y"]["max"] >= 5
    assert [t["label"] for t in spec["x"]["ticks"]] == ["2023", "2024"]  # years without a thousands separator
    assert spec["series"][0]["points"][0]["tip"] == ["2023", "into Belarus: 3"]


def test_a_year_axis_with_points_between_years_keeps_year_labels() -> None:
    fig = go.Figure([go.Scatter(x=[2022, 2025, 2025.12], y=[4900, 3500, 3400], mode="markers")])
    fig.update_layout(xaxis={"tickformat": "d", "dtick": 1})
    for lang in ("ru", "en"):
        labels = [t["label"] for t in svgchart.from_plotly(fig, lang)["x"]["ticks"]]
        assert labels[:2] == ["2022", "2023"] and "2025" in labels, labels  # not "2,022" nor "2 022"


def test_thousands_read_in_the_ui_language() -> None:
    fig = go.Figure([go.Scatter(x=[2022, 2023, 2024], y=[12_000, 26_000, 41_000], mode="lines+markers", name="t")])
    ru = [t["label"] for t in svgchart.from_plotly(fig, "ru")["y"]["ticks"]]
    en = [t["label"] for t in svgchart.from_plotly(fig, "en")["y"]["ticks"]]
    assert "20 тыс." in ru and not any("k" in label for label in ru)
    assert "20k" in en


def test_dates_get_month_names_in_the_ui_language() -> None:
    fig = go.Figure([go.Scatter(x=pd.to_datetime(["2024-01-10", "2024-06-20"]), y=["a", "b"], mode="markers")])
    spec = svgchart.from_plotly(fig, "ru")
    assert spec["x"]["kind"] == "date"
    labels = [t["label"] for t in spec["x"]["ticks"]]
    assert labels and all(label.split()[0] in svgchart.MONTHS_SHORT["ru"] for label in labels)
    assert spec["y"]["categories"] == ["a", "b"]
    english = [t["label"] for t in svgchart.from_plotly(fig, "en")["x"]["ticks"]]
    assert all(label.split()[0] in svgchart.MONTHS_SHORT["en"] for label in english)


def test_category_order_follows_the_array_bottom_to_top_and_gaps_stay_gaps() -> None:
    fig = go.Figure(
        [
            go.Scatter(
                x=[2020, 2021, None, 2023],
                y=[1, 2, None, 4],
                mode="lines+markers",
                name="turnover",
                marker={"color": "#0072B2"},
            ),  # fmt: skip
            go.Scatter(
                x=[2021],
                y=[3],
                mode="markers",
                name="other",
                showlegend=False,
                marker={"color": "white", "line": {"color": "#0072B2", "width": 2}},
            ),  # fmt: skip
        ]
    )
    spec = svgchart.from_plotly(fig, "en")
    line, other = spec["series"]
    assert [p["x"] for p in line["points"]] == [2020.0, 2021.0, None, 2023.0]  # the gap breaks the line
    assert other["hollow"] and other["colour"] == "#0072B2" and not other["legend"]
    timeline = go.Figure([go.Scatter(x=pd.to_datetime(["2024-01-01"]), y=["Minister"], mode="markers")])
    timeline.update_layout(yaxis={"categoryorder": "array", "categoryarray": ["Other", "Minister", "President"]})
    assert svgchart.from_plotly(timeline, "en")["y"]["categories"] == ["Other", "Minister", "President"]


def test_hover_text_and_templates_and_skip() -> None:
    fig = go.Figure(
        [
            go.Scatter(x=[1, 2], y=[1, 2], hovertext=["<b>A</b><br>one", "B"], hoverinfo="text", name="a"),
            go.Scatter(x=[1], y=[3], text=["<b>C</b>"], hovertemplate="%{text}<extra></extra>", name="b"),
            go.Scatter(x=[1], y=[4], text=["label"], mode="text", hoverinfo="skip", name="c"),
        ]
    )
    a, b, c = svgchart.from_plotly(fig, "en")["series"]
    assert a["points"][0]["tip"] == ["A", "one"] and b["points"][0]["tip"] == ["C"]
    assert c["points"][0]["tip"] == [] and c["labels"] and c["points"][0]["text"] == "label"


def test_projector_figures_are_marked_large() -> None:
    from atlas.figures import layout

    fig = go.Figure([go.Bar(x=[2024], y=[1])])
    assert not svgchart.from_plotly(fig, "ru")["projector"]
    big = svgchart.from_plotly(layout.for_projector(fig), "ru")
    assert big["projector"] and big["font"] >= 22 and big["height"] == 760


def test_every_chart_of_the_views_converts() -> None:
    """The real builders' figures (timelines, counts, meetings, forums) become specs with drawable points."""
    from atlas.datasets import loaders
    from atlas.figures import timelines
    from atlas.rules import activity as activity_rules
    from tests import uidata

    frames = loaders.load_all(uidata.FOLDER).frames
    visits, regions = frames["visits"], frames["regions"]
    figures = [
        timelines.visits_timeline(visits, regions, "ru"),
        timelines.counts_chart(activity_rules.visit_counts(visits, "year"), "year", "ru"),
        timelines.meetings_chart(frames["wg_meetings"], "en"),
        timelines.forums_timeline(frames["forums"], "en"),
    ]
    for figure in figures:
        spec = svgchart.from_plotly(figure, "ru")
        drawn = [p for s in spec["series"] for p in s["points"] if p["x"] is not None and p["y"] is not None]
        assert drawn, spec["title"]
        assert spec["x"]["ticks"] and spec["x"]["min"] < spec["x"]["max"]


def test_an_axis_reads_all_its_ticks_in_one_format() -> None:
    # Moscow's trade: 0 … 20 000; «5 000» beside «10 тыс.» read as two scales
    fig = go.Figure([go.Scatter(x=[2004, 2014, 2024], y=[3_000, 12_000, 21_000], mode="lines+markers", name="t")])
    ru = [t["label"] for t in svgchart.from_plotly(fig, "ru")["y"]["ticks"]]
    assert "5 тыс." in ru and "10 тыс." in ru and not any("000" in label for label in ru), ru
    en = [t["label"] for t in svgchart.from_plotly(fig, "en")["y"]["ticks"]]
    assert "5k" in en and "10k" in en, en
    small = go.Figure([go.Scatter(x=[2022, 2023, 2024], y=[1_000, 3_000, 4_900], mode="markers")])
    assert any("000" in t["label"] for t in svgchart.from_plotly(small, "ru")["y"]["ticks"])  # under 10 000: in full


def test_bars_lying_as_rows_are_read_in_the_bars_own_terms() -> None:
    """orientation="h": the values on x and the categories on y in plotly; in the spec `x` is where a bar stands and
    `y` its value (so stacking and bands are the upright bars' own), and `horizontal` says to draw them as rows."""
    fig = go.Figure(
        [
            go.Bar(x=[40.0, 100.0], y=["Смоленская", "Брянская"], orientation="h", name="a", text=["40 %", "100 %"]),
            go.Bar(x=[70.0], y=["Тверская"], orientation="h", name="b"),
        ],
        layout={
            "yaxis": {"categoryarray": ["Смоленская", "Брянская", "Тверская"], "autorange": "reversed"},
            "barmode": "stack",
            "shapes": [{"type": "line", "x0": 100, "x1": 100, "y0": "Смоленская", "y1": "Тверская"}],
        },
    )
    spec = svgchart.from_plotly(fig, "ru")
    assert spec["horizontal"] and spec["x"]["kind"] == "category"
    assert spec["x"]["categories"] == ["Смоленская", "Брянская", "Тверская"]  # the rows, first on top
    assert [(p["x"], p["y"]) for s in spec["series"] for p in s["points"]] == [(0.0, 40.0), (1.0, 100.0), (2.0, 70.0)]
    assert spec["y"]["kind"] == "number" and spec["y"]["min"] == 0 and spec["y"]["max"] >= 100
    drawn = {"colour": None, "width": None, "dash": None, "layer": None}
    assert spec["shapes"][0] | drawn == {"x0": 0.0, "x1": 2.0, "y0": 100.0, "y1": 100.0, **drawn}
    upright = svgchart.from_plotly(go.Figure([go.Bar(x=["a"], y=[1.0])]), "ru")
    assert not upright["horizontal"]


def test_a_line_shape_keeps_its_dash() -> None:
    """A dashed line in the figure (the analysis median, the targets' 100 %) is dashed in the spec; one without a dash
    is solid, as plotly draws it."""
    dashed = {"type": "line", "x0": "a", "x1": "b", "y0": 1, "y1": 1, "line": {"dash": "dash", "width": 2}}
    plain = {"type": "line", "x0": "a", "x1": "b", "y0": 2, "y1": 2}
    fig = go.Figure([go.Bar(x=["a", "b"], y=[1.0, 3.0])], layout={"shapes": [dashed, plain]})
    assert [s["dash"] for s in svgchart.from_plotly(fig, "ru")["shapes"]] == ["dash", "solid"]


def test_a_line_shape_is_drawn_above_the_bars_unless_the_figure_says_below() -> None:
    """plotly draws a shape above the traces unless its layer is "below": the median crossing a bar stays in sight."""
    above = {"type": "line", "x0": "a", "x1": "b", "y0": 1, "y1": 1}
    below = {**above, "layer": "below"}
    fig = go.Figure([go.Bar(x=["a", "b"], y=[1.0, 3.0])], layout={"shapes": [above, below]})
    assert [s["layer"] for s in svgchart.from_plotly(fig, "ru")["shapes"]] == ["above", "below"]


def test_a_line_on_paper_spans_the_whole_plot() -> None:
    """xref/yref "paper" (0 … 1 of the plot, as plotly reads it) reaches the axis' ends, upright and as rows; a line
    given by categories runs from the first one's centre to the last one's, as in plotly."""
    line = {"type": "line", "xref": "paper", "x0": 0, "x1": 1, "y0": 2.0, "y1": 2.0}
    upright = svgchart.from_plotly(
        go.Figure([go.Bar(x=["a", "b", "c"], y=[1.0, 3.0, 2.0])], layout={"shapes": [line]}), "ru"
    )
    assert (upright["shapes"][0]["x0"], upright["shapes"][0]["x1"]) == (upright["x"]["min"], upright["x"]["max"])
    assert upright["shapes"][0]["y0"] == 2.0
    rows = {"type": "line", "yref": "paper", "y0": 0, "y1": 1, "x0": 100, "x1": 100}
    lying = svgchart.from_plotly(
        go.Figure([go.Bar(x=[40.0, 120.0], y=["a", "b"], orientation="h")], layout={"shapes": [rows]}), "ru"
    )
    assert (lying["shapes"][0]["x0"], lying["shapes"][0]["x1"]) == (lying["x"]["min"], lying["x"]["max"])
    assert lying["shapes"][0]["y0"] == lying["shapes"][0]["y1"] == 100.0
    centres = {"type": "line", "x0": "a", "x1": "c", "y0": 2.0, "y1": 2.0}
    by_category = svgchart.from_plotly(
        go.Figure([go.Bar(x=["a", "b", "c"], y=[1.0, 3.0, 2.0])], layout={"shapes": [centres]}), "ru"
    )
    assert (by_category["shapes"][0]["x0"], by_category["shapes"][0]["x1"]) == (0.0, 2.0)


@pytest.mark.parametrize("rows", [False, True], ids=["upright (analysis)", "rows (targets)"])
def test_the_line_across_one_bar_per_label_is_dashed_and_spans_the_plot(rows: bool) -> None:
    """The analysis median and the targets' 100 % run across the whole plot, dashed, like plotly's reference line."""
    from atlas.figures import layout

    labels = ["a", "b", "c"]
    bars = go.Figure([go.Bar(y=labels, x=[20.0, 60.0, 110.0], orientation="h")] if rows else
                     [go.Bar(x=labels, y=[-20.0, 10.0, 30.0])])  # fmt: skip
    fig = layout.one_bar_per_label(bars, labels, line_at=50.0, height=300, lang="ru", title="", rows=rows)
    asked = fig.layout.shapes[0]
    assert (asked.yref if rows else asked.xref) == "paper" and asked.line.dash == "dash"
    spec = svgchart.from_plotly(fig, "ru")
    (shape,) = spec["shapes"]
    assert (shape["x0"], shape["x1"]) == (spec["x"]["min"], spec["x"]["max"])
    assert shape["y0"] == shape["y1"] == 50.0 and shape["dash"] == "dash"


@pytest.mark.parametrize("lang", ["ru", "en", "be"])
def test_negative_ticks_read_with_a_real_minus_like_the_bar_labels(lang: str) -> None:
    """The value axis of the analysis chart under zero: '−20', as its bar labels write '−32.0 %', never '-20'."""
    fig = go.Figure([go.Bar(x=["a", "b"], y=[-32.0, 18.0], text=["−32.0 %", "+18.0 %"])])
    ticks = svgchart.from_plotly(fig, lang)["y"]["ticks"]
    below = [t["label"] for t in ticks if t["v"] < 0]
    assert below and all(label.startswith("\u2212") for label in below), ticks
    assert not any("-" in t["label"] for t in ticks), ticks
    deep = go.Figure([go.Scatter(x=[2022, 2023], y=[-40_000.0, 20_000.0], mode="markers")])
    thousands = [t["label"] for t in svgchart.from_plotly(deep, lang)["y"]["ticks"]]
    assert any(label.startswith("\u2212") for label in thousands) and not any("-" in x for x in thousands), thousands
