"""The brief's pictures: the map inset and the trade bars as PNG (matplotlib)."""

from __future__ import annotations

import io
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

import numpy as np
from matplotlib.collections import PatchCollection
from matplotlib.figure import Figure
from matplotlib.patches import Circle, PathPatch
from matplotlib.path import Path as MplPath
from shapely.geometry import shape

from atlas import config
from atlas.figures import palette
from atlas.geo import projection
from atlas.text import formats
from atlas.text import lookup as i18n

if TYPE_CHECKING:
    from atlas.export.brief.content import TradeBar


# --------------------------------------------------------------------------------------------------- images
def _rings_path(geometry: Any) -> MplPath:
    """All rings of a (multi)polygon as one compound matplotlib path."""
    paths = []
    for polygon in getattr(geometry, "geoms", [geometry]):
        for ring in [polygon.exterior, *polygon.interiors]:
            paths.append(MplPath(np.asarray(ring.coords)[:, :2], closed=True))
    return MplPath.make_compound_path(*paths)


def _projected(features: Iterable[dict[str, Any]]) -> list[tuple[str, Any]]:
    """(region_iso, geometry in projected metres) for every feature, in the map's one projection (atlas.geo)."""
    features = list(features)
    codes = [str(feature["properties"].get(config.REGION_KEY, "")) for feature in features]
    return list(zip(codes, projection.project([shape(feature["geometry"]) for feature in features]), strict=True))


def _png(figure: Figure, dpi: int = 220) -> bytes:
    """The figure as PNG bytes (white background, tight box)."""
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=dpi, facecolor=palette.WHITE, bbox_inches="tight", pad_inches=0.02)
    return buffer.getvalue()


def map_inset_png(
    region_iso: str, regions_geojson: dict[str, Any] | None, belarus_geojson: dict[str, Any] | None = None
) -> bytes | None:
    """A small map of Russia (Lambert conic) with the region in a strong colour and Belarus outlined; None if absent."""
    if regions_geojson is None:
        return None
    shapes = _projected(regions_geojson["features"])
    target = [g for code, g in shapes if code == region_iso]
    if not target:
        return None
    figure = Figure(figsize=(3.6, 2.2))
    axes = figure.add_axes((0, 0, 1, 1))
    axes.set_axis_off()
    axes.set_aspect("equal")
    others = [_rings_path(g) for code, g in shapes if code != region_iso]
    axes.add_collection(PatchCollection([PathPatch(p) for p in others], facecolor=palette.NO_DATA_COLOUR,
                                        edgecolor=palette.BORDER_COLOUR, linewidth=0.25))  # fmt: skip
    if belarus_geojson is not None:
        belarus = [_rings_path(g) for _, g in _projected(belarus_geojson["features"])]
        axes.add_collection(PatchCollection([PathPatch(p) for p in belarus], facecolor=palette.BELARUS_FILL,
                                            edgecolor=palette.BELARUS_LINE, linewidth=0.7))  # fmt: skip
    region = target[0]
    axes.add_collection(PatchCollection([PathPatch(_rings_path(region))], facecolor=palette.BRIEF_HIGHLIGHT,
                                        edgecolor=palette.BRIEF_HIGHLIGHT, linewidth=0.4))  # fmt: skip
    bounds = np.array([g.bounds for _, g in shapes])
    xmin, ymin = bounds[:, 0].min(), bounds[:, 1].min()
    xmax, ymax = bounds[:, 2].max(), bounds[:, 3].max()
    width = xmax - xmin
    rx0, ry0, rx1, ry1 = region.bounds
    if max(rx1 - rx0, ry1 - ry0) < 0.02 * width:  # a city or a small republic: ring it so it can be found
        point = region.representative_point()
        axes.add_patch(Circle((point.x, point.y), 0.022 * width, fill=False, edgecolor=palette.BRIEF_HIGHLIGHT,
                              linewidth=1.1))  # fmt: skip
    pad = 0.01 * width
    axes.set_xlim(xmin - pad, xmax + pad)
    axes.set_ylim(ymin - pad, ymax + pad)
    return _png(figure)


def _bar_label(bar: TradeBar, lang: str) -> str:
    """'≈ 4 900', '> 3 400', 'почти 3 500': the amount with the source's wording, no unit (the caption has it)."""
    words = {"approx", "more_than", "almost"}
    prefix = i18n.t(f"qualifier.{bar.qualifier}", lang) + " " if bar.qualifier in words else ""
    return prefix + formats.number(bar.value, lang)


def trade_chart_png(bars: Sequence[TradeBar], lang: str) -> bytes | None:
    """Bars of the default yearly turnover (USD million), each labelled; a gap in the years leaves a gap."""
    if not bars:
        return None
    positions: list[float] = []
    for i, bar in enumerate(bars):
        step = 0.0 if i == 0 else 1.0 + (0.5 if bar.year - bars[i - 1].year > 1 else 0.0)
        positions.append((positions[-1] if positions else 0.0) + step)
    figure = Figure(figsize=(3.6, 2.2))
    axes = figure.add_subplot()
    values = [bar.value for bar in bars]
    axes.bar(positions, values, width=0.62, color=palette.BRIEF_BAR, zorder=2)
    top = max(values)
    for x, bar in zip(positions, bars, strict=True):
        axes.text(
            x,
            bar.value + top * 0.03,
            _bar_label(bar, lang),
            ha="center",
            va="bottom",
            fontsize=7,
            color=palette.BRIEF_INK,
        )
    axes.set_xticks(positions, [str(bar.year) for bar in bars], fontsize=7.5, color=palette.BRIEF_INK)
    for x0, x1, bar, previous in zip(positions[:-1], positions[1:], bars[1:], bars[:-1], strict=True):
        if bar.year - previous.year > 1:  # mark the skipped years on the axis
            axes.text((x0 + x1) / 2, 0, "…", ha="center", va="top", fontsize=8, color=palette.BRIEF_MUTED,
                      transform=axes.get_xaxis_transform())  # fmt: skip
    span = max(positions[-1] - positions[0], 3.0)
    middle = (positions[0] + positions[-1]) / 2
    axes.set_xlim(middle - span / 2 - 0.6, middle + span / 2 + 0.6)
    axes.set_ylim(0, top * 1.22)
    axes.yaxis.set_visible(False)
    for side in ("top", "right", "left"):
        axes.spines[side].set_visible(False)
    axes.spines["bottom"].set_color(palette.BRIEF_RULE)
    axes.tick_params(axis="x", length=0, pad=3)
    figure.subplots_adjust(left=0.02, right=0.98, top=0.97, bottom=0.12)
    return _png(figure)
