"""What the SVG map component draws: its legend items and its spec."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from atlas.figures import palette


@dataclass(frozen=True)
class LegendItem:
    label: str
    colour: str


@dataclass(frozen=True)
class Frame:
    """One year of a timeline: the map's title, text alternative and picture notes for that year."""

    title: str
    alt: str
    notes: Sequence[str]


@dataclass(frozen=True)
class Timeline:
    """Every year on record of a trade map, so the component moves between years (its slider, its play loop) without
    a rerun: per region one colour class per year, the tooltip of each year with a figure, and the region's turnover
    history for the tooltip's sparkline.

    `classes` holds one character per year of `years`, the index into `palette` (one scale for every year).
    `tips[code][i]` is None where a region has no figure in `years[i]`: the component shows its name and `missing`.
    `history[code]` is the region's (year, USD million) turnover on record, ascending; `latest[code]` the year of its
    figure in "each region's latest year" mode (`shown` None).
    """

    years: Sequence[int]
    palette: Sequence[str]
    classes: Mapping[str, str]
    tips: Mapping[str, Sequence[Sequence[str] | None]]
    missing: str
    frames: Sequence[Frame]
    history: Mapping[str, Sequence[tuple[int, float]]]
    latest: Mapping[str, int]
    labels: Mapping[str, str]
    shown: int | None = None

    def payload(self, *, every_year: bool = True) -> dict[str, Any]:
        """The timeline's part of the component's JSON, compact: classes as strings, tips only of years with a
        figure, keyed by year.

        Without `every_year`, only what the slider and the tooltip's sparkline need before the user moves between
        years: the years, the year shown, the labels, each region's turnover history and latest year. The other
        years' colours, tooltips and frames (most of the map's message: Cyrillic text, which a component's JSON
        carries as six-byte escapes) follow once the slider or play is first used.
        """
        regions: dict[str, dict[str, Any]] = {
            code: {
                "history": [[year, value] for year, value in self.history.get(code, ())],
                "latest": self.latest.get(code),
            }
            for code in self.classes
        }
        out: dict[str, Any] = {"years": list(self.years), "shown": self.shown, "regions": regions,
                               "labels": dict(self.labels)}  # fmt: skip
        if not every_year:
            return out
        for code, classes in self.classes.items():
            regions[code]["classes"] = classes
            regions[code]["tips"] = {
                str(year): list(tip)
                for year, tip in zip(self.years, self.tips.get(code, ()), strict=True)
                if tip is not None
            }
        out["palette"] = list(self.palette)
        out["missing"] = self.missing
        out["frames"] = [{"title": f.title, "alt": f.alt, "notes": list(f.notes)} for f in self.frames]
        return out


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
    timeline: Timeline | None = field(default=None, compare=False)  # a trade map's years, for the overview's slider

    def payload(
        self,
        *,
        geometry_url: str,
        size: tuple[float, float],
        labels: Mapping[str, str],
        clickable: bool,
        large: bool = False,
        filename: str = "atlas-map",
        timeline: bool = False,
        every_year: bool = True,
    ) -> dict[str, Any]:
        """The JSON the component receives: small (no geometry), and the same for the same map.

        `size` is the frame (width, height) of the geometry file, so the page reserves the map's space before the
        paths arrive and nothing below it jumps. `timeline` adds the years' slider (`Timeline`), when the spec has one;
        without `every_year`, only its years and sparklines (`Timeline.payload`).
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
            "timeline": self.timeline.payload(every_year=every_year)
            if timeline and self.timeline is not None
            else None,
        }
