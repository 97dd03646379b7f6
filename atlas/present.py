"""Presenter mode: the slide sequence and projector styling of figures. No Streamlit."""

from __future__ import annotations

from dataclasses import dataclass

import plotly.graph_objects as go

SLIDES = ("totals", "trade_map", "leaders", "visits", "working_groups", "region")
KIOSK_CHOICES = (0, 10, 15, 30, 60)  # seconds per slide in the kiosk loop; 0 = off


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
    """A copy of `figure` with type sized for a projector and a taller frame; the original (cached) is untouched."""
    big = go.Figure(figure)
    big.update_layout(
        height=height,
        font={"size": 22},
        title={"font": {"size": 30}},
        legend={"font": {"size": 20}},
        hoverlabel={"font": {"size": 20}},
        meta={"projector": True},  # drawn large and without controls (atlas.svgchart)
    )
    return big
