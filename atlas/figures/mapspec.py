"""What the SVG map component draws: its legend items and its spec."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from atlas.figures import palette


@dataclass(frozen=True)
class LegendItem:
    label: str
    colour: str


@dataclass(frozen=True)
class MapSpec:
    """Everything the map component needs besides the geometry: all text already localised, all plain.

    `fills`, `tips` and `names` are keyed by region code. `tips` are hover lines (plain text, shown with
    textContent: names from a data file can never become markup); the first line is shown in bold.
    """

    title: str
    fills: Mapping[str, str]
    tips: Mapping[str, Sequence[str]]
    names: Mapping[str, str]
    legend: Sequence[LegendItem]
    legend_title: str = ""
    belarus_label: str = ""
    belarus_fill: str = ""
    belarus_line: str = ""
    border: str = palette.BORDER_COLOUR
    alt: str = ""
    notes: Sequence[str] = ()  # under the legend of a saved picture: coverage and sources, so it stands alone

    def payload(
        self,
        *,
        geometry_url: str,
        size: tuple[float, float],
        labels: Mapping[str, str],
        clickable: bool,
        large: bool = False,
        filename: str = "atlas-map",
    ) -> dict[str, Any]:
        """The JSON the component receives: small (no geometry), and the same for the same map.

        `size` is the frame (width, height) of the geometry file, so the page reserves the map's space before the
        paths arrive and nothing below it jumps.
        """
        return {
            "geometry": geometry_url,
            "width": size[0],
            "height": size[1],
            "filename": filename,
            "title": self.title,
            "alt": self.alt,
            "regions": [
                {"id": code, "fill": fill, "name": self.names.get(code, code), "tip": list(self.tips.get(code, ()))}
                for code, fill in self.fills.items()
            ],
            "belarus": {"label": self.belarus_label, "fill": self.belarus_fill, "line": self.belarus_line}
            if self.belarus_fill
            else None,
            "border": self.border,
            "legend": {"title": self.legend_title, "items": [[i.label, i.colour] for i in self.legend]},
            "notes": list(self.notes),
            "labels": dict(labels),
            "clickable": clickable,
            "large": large,
        }
