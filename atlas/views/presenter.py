"""The presenter's slides and their positions in the deck."""

from __future__ import annotations

from dataclasses import dataclass

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
