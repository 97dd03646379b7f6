"""The one plotly layout of the atlas (font, margins, projector sizes)."""

from __future__ import annotations

import plotly.graph_objects as go

FONT = "Inter, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif"

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
