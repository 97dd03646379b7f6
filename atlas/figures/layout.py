"""The one plotly layout of the atlas (font, ground, title, legend, margins, hover box; projector sizes)."""

from __future__ import annotations

from typing import Any

import plotly.graph_objects as go

from atlas.figures import palette

FONT = "Inter, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif"
TITLE_TYPE = 16  # px: a chart's title on a page
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
