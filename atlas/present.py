"""Presenter mode: the slide sequence and projector styling of figures. No Streamlit."""

from __future__ import annotations

from dataclasses import dataclass

import plotly.graph_objects as go

SLIDES = ("totals", "trade_map", "leaders", "visits", "working_groups", "region")
KIOSK_CHOICES = (0, 10, 15, 30, 60)  # seconds per slide in the kiosk loop; 0 = off
PROJECTOR_TYPE = 24  # px: the smallest text on a slide (1920×1080)


@dataclass(frozen=True)
class Position:
    """Where the presenter is: slide index (0-based) and how many there are."""

    index: int
    total: int = len(SLIDES)

    @property
    def slide(self) -> str:
        return SLIDES[self.index]

    def step(self, delta: int) -> Position:
        """The next (delta=1) or previous (delta=-1) slide, wrapping round at the ends (a kiosk loops)."""
        return Position((self.index + delta) % self.total, self.total)


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
        meta={"projector": True},  # drawn large and without controls (atlas.svgchart)
    )
    big.update_xaxes(tickfont={"size": PROJECTOR_TYPE}, title={"font": {"size": PROJECTOR_TYPE}})
    big.update_yaxes(tickfont={"size": PROJECTOR_TYPE}, title={"font": {"size": PROJECTOR_TYPE}})
    for kind in ("bar", "scatter"):
        big.update_traces(textfont={"size": PROJECTOR_TYPE}, selector={"type": kind})
    big.update_traces(marker={"size": 18}, selector={"type": "scatter"})
    big.update_annotations(font={"size": PROJECTOR_TYPE})
    return big
