"""The presenter's slides and their positions in the deck."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import pandas as pd

from atlas import config
from atlas.rules import trade as trade_rules
from atlas.text import formats
from atlas.views import compare as compare_view
from atlas.views import region as region_view

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


def compared(codes: Sequence[str], regions: pd.DataFrame) -> tuple[str, ...]:
    """The regions the region slide compares: those of `compare=` that the registry knows, when there are at least
    two (otherwise the slide shows one region)."""
    known, _ = compare_view.chosen(codes, regions)
    return known if len(known) >= compare_view.MIN_REGIONS else ()


def latest_cards(codes: tuple[str, ...], trade: pd.DataFrame, regions: pd.DataFrame,
                 lang: str) -> tuple[region_view.KeyFigure, ...]:  # fmt: skip
    """One card per compared region: its latest default turnover and the year ("—" where none is on record)."""
    defaults = trade_rules.default_trade(trade[trade[config.REGION_KEY].isin(codes)])
    latest = trade_rules.latest_figures(defaults, compare_view.MEASURE).set_index(config.REGION_KEY)
    names = compare_view.names(codes, regions, lang)
    cards = []
    for code in codes:
        if code not in latest.index:
            cards.append(region_view.KeyFigure(region_view.md(names[code]), "—", ""))
            continue
        row = latest.loc[code]
        marks = formats.figure_marks(row["period"], row["year_basis"], lang)
        # large type: a worded qualifier ("almost") would not fit the card, so the figure in full opens the detail
        qualifier = "exact" if row["qualifier"] == "almost" else row["qualifier"]
        value = region_view.short_amount(float(row["value"]), qualifier, lang)
        amount = formats.amount(float(row["value"]), row["unit"], lang, row["qualifier"])
        detail = " · ".join([amount, str(int(row["year"])), *marks, region_view.side_label(row["stats_side"], lang)])
        cards.append(region_view.KeyFigure(region_view.md(names[code]), value, detail))
    return tuple(cards)
