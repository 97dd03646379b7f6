"""A ranked list drawn as bars (the Ministry's top-10 importers): pure data for the bars component. No Streamlit.

Drawn by atlas/app/assets/rankedbars.js as plain HTML rows (name, bar, figure), so the overview needs no chart library
and every number stays readable, selectable text. A missing figure is an empty bar that says so, never a zero bar.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Bar:
    code: str  # region_iso: a click opens that region's profile
    label: str
    value: float | None  # None: no figure on record
    text: str  # the figure as printed (qualifier, unit, year), or "no data on record"
    source_url: str = ""  # where the figure comes from (http or https only; anything else is not linked)
    source_label: str = ""


@dataclass(frozen=True)
class RankedBars:
    title: str
    bars: Sequence[Bar]
    colour: str
    missing_colour: str
    alt: str = ""

    def widths(self) -> list[float]:
        """Each bar's length as a share of the longest (0…1); a missing figure is 0 and drawn as 'no data'."""
        known = [b.value for b in self.bars if b.value is not None and not math.isnan(b.value)]
        top = max(known, default=0.0)
        return [
            0.0 if b.value is None or math.isnan(b.value) or top <= 0 else max(b.value / top, 0.0) for b in self.bars
        ]

    def payload(self, *, clickable: bool, large: bool = False, hint: str = "") -> dict[str, Any]:
        return {
            "title": self.title,
            "alt": self.alt or self.title,
            "rows": [
                {
                    "id": b.code,
                    "label": b.label,
                    "text": b.text,
                    "share": round(w, 4),
                    "missing": b.value is None,
                    "source": b.source_url if b.source_url.startswith(("https://", "http://")) else "",
                    "source_label": b.source_label,
                }
                for b, w in zip(self.bars, self.widths(), strict=True)
            ],
            "colour": self.colour,
            "missing": self.missing_colour,
            "clickable": clickable,
            "large": large,
            "hint": hint,
        }
