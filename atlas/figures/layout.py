"""The one plotly layout of the atlas (font, ground, title, legend, margins, hover box; projector sizes)."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Iterator, Sequence
from typing import Any, TypeVar

import pandas as pd
import plotly.graph_objects as go

from atlas.figures import palette
from atlas.text import lookup as i18n

FONT = "Inter, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif"
TITLE_TYPE = 16  # px: a chart's title on a page
REGION_TYPE = 14  # px: the charts of one region or a few (profile, compare) read larger than the activity pages'
GROUND = palette.WHITE


def styled(
    fig: go.Figure, *, height: int, lang: str, title: str | None = None, size: int = 13, **own: Any
) -> go.Figure:
    """`fig` laid out as every chart of the atlas is: the font at `size` px, a white ground, the title at the top left,
    a horizontal legend, the UI's number separators and a white hover box; `own` holds what the chart has of its own
    (axes, bar mode, label rules). Returns `fig`."""
    fig.update_layout(
        height=height,
        font={"family": FONT, "size": size},
        margin={"l": 0, "r": 10, "t": 50 if title else 30, "b": 10},
        legend={"orientation": "h", "x": 1, "xanchor": "right", "y": 1.02, "yanchor": "bottom"},
        separators=".," if lang == "en" else ", ",
        hoverlabel={"bgcolor": GROUND, "font": {"size": size, "family": FONT}, "align": "left"},
        plot_bgcolor=GROUND,
        paper_bgcolor=GROUND,
    )
    if title is not None:
        fig.update_layout(title={"text": title, "x": 0.01, "xanchor": "left", "font": {"size": TITLE_TYPE}})
    fig.update_layout(**own)
    return fig


Value = TypeVar("Value", bound=Hashable)


def by_value(frame: pd.DataFrame, column: str, values: Iterable[Value]) -> Iterator[tuple[Value, pd.DataFrame]]:
    """(value, its rows) for each of `values` in that order that has rows in `frame`: one trace per value of a
    vocabulary (a level, a verdict, a direction), in the vocabulary's order, and no empty trace."""
    for value in values:
        part = frame[frame[column] == value]
        if not part.empty:
            yield value, part


def with_gaps(rows: pd.DataFrame, hover: Callable[[pd.Series], str]) -> tuple[list[Any], list[Any], list[str]]:
    """A yearly line's x, y and hover texts from `rows` (sorted by year, with `value`), with a break wherever a year is
    missing, so the line never bridges years without figures (the break's x sits half a year after the last point)."""
    x: list[Any] = []
    y: list[Any] = []
    text: list[str] = []
    for _, row in rows.iterrows():
        if x and int(row["year"]) - x[-1] > 1:
            x, y, text = [*x, x[-1] + 0.5], [*y, None], [*text, ""]
        x, y, text = [*x, int(row["year"])], [*y, float(row["value"])], [*text, hover(row)]
    return x, y, text


def turnover_axes(years: pd.Series, lang: str) -> dict[str, Any]:
    """The axes of a turnover-by-year chart: whole years (every other one past 12), USD million from zero."""
    return {
        "xaxis": {"tickformat": "d", "dtick": 1 if years.max() - years.min() <= 12 else 2, "showgrid": False},
        "yaxis": {"rangemode": "tozero", "gridcolor": palette.GRID, "title": {"text": i18n.t("unit.usd_mn", lang)}},
    }


def labelled_bar(
    x: Any, y: Any, *, name: str, colour: str, text: Sequence[str], hover: Sequence[str], rows: bool = False
) -> go.Bar:
    """A bar trace as the atlas's bar charts draw one: `x` where each bar stands, `y` its value, `text` written past
    its end (above it, or right of it when the bars lie as `rows`), `hover` in its hover box."""
    placed = {"x": y, "y": x, "orientation": "h"} if rows else {"x": x, "y": y}
    return go.Bar(**placed, name=name, marker_color=colour, text=text, textposition="outside", hovertext=hover,
                  hoverinfo="text")  # fmt: skip


ROW_PX = 26  # a bar lying as a row: a 13 px label and the gap to the next
ROWS_FRAME_PX = 84  # … and above the rows the legend and the values' axis, below them a margin


def rows_height(n: int) -> int:
    """The height of a chart of `n` bars lying as rows: as tall as its rows, so none is squeezed or left unlabelled."""
    return ROWS_FRAME_PX + ROW_PX * max(n, 1)


def one_bar_per_label(
    fig: go.Figure,
    labels: list[str],
    *,
    line_at: float | None,
    height: int,
    lang: str,
    title: str,
    rows: bool = False,
) -> go.Figure:
    """`fig` laid out as a chart of one bar per label in the order of `labels`, with a dashed line at `line_at` across
    the whole plot (on "paper": from edge to edge, not from the first bar's centre to the last's; none if None). Each
    label is in one trace only, so stacking the traces centres its one bar. With `rows` the bars lie as rows (traces
    from `labelled_bar(..., rows=True)`): the first label on top, each named on the left, the values' axis above
    them, so it shows on the first screen however many rows follow."""
    shapes = []
    if line_at is not None and labels:
        across = {"xref": "paper", "x0": 0, "x1": 1, "y0": line_at, "y1": line_at}
        if rows:
            across = {"yref": "paper", "y0": 0, "y1": 1, "x0": line_at, "x1": line_at}
        shapes.append({"type": "line", **across,
                       "line": {"color": palette.CHANGE_COLOURS["median"], "width": 2, "dash": "dash"}})  # fmt: skip
    categories = {"categoryorder": "array", "categoryarray": labels}
    axes = (
        {"yaxis": {**categories, "autorange": "reversed"}, "xaxis": {"side": "top", "rangemode": "tozero"}}
        if rows
        else {"xaxis": categories}
    )
    return styled(fig, height=height, lang=lang, title=title, barmode="stack", shapes=shapes, **axes)


PROJECTOR_TYPE = 24  # px: the smallest text on a slide (1920×1080)


def for_projector(figure: go.Figure, height: int = 760) -> go.Figure:
    """A copy of `figure` sized for a projector: every text at 24 px or more (from the back of a hall), a taller
    frame; the original (cached) is untouched."""
    big = go.Figure(figure)
    big.update_layout(
        height=height,
        font={"size": PROJECTOR_TYPE},
        title={"font": {"size": PROJECTOR_TYPE + 8}},
        legend={"font": {"size": PROJECTOR_TYPE}},
        hoverlabel={"font": {"size": PROJECTOR_TYPE}},
        meta={"projector": True},  # drawn large and without controls (atlas.figures.svgchart)
    )
    big.update_xaxes(tickfont={"size": PROJECTOR_TYPE}, title={"font": {"size": PROJECTOR_TYPE}})
    big.update_yaxes(tickfont={"size": PROJECTOR_TYPE}, title={"font": {"size": PROJECTOR_TYPE}})
    for kind in ("bar", "scatter"):
        big.update_traces(textfont={"size": PROJECTOR_TYPE}, selector={"type": kind})
    big.update_traces(marker={"size": 18}, selector={"type": "scatter"})
    big.update_annotations(font={"size": PROJECTOR_TYPE})
    return big
