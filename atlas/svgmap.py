"""The region map as SVG: boundaries projected once, at build time, into compact path strings. No Streamlit here.

Why SVG and not a plotly geo map: plotly.js is a 4.6 MB script the browser must fetch and start before it can draw
anything, which put the first map at about 2.3 s after navigation on a 2-core machine. The same 83 regions as
pre-projected SVG paths need no library: the browser draws them as soon as the page's own code has run
(see bench/REPORT.md).

- `build_paths()` projects the committed GeoJSON (Lambert conformal conic, standard parallels 52 and 64, central
  meridian 100 E, the projection the atlas has always used), fits it into a 1000-unit-wide frame and writes one
  path string per region; `python -m atlas.build_geo` saves the result as `static/ru_map.json`, which the browser
  fetches once and caches.
- `MapSpec` is what a page hands the map component: a colour, hover lines and a label per region, and the legend.
  It holds no geometry, so a change of year or measure sends a few kilobytes.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import shapely
from pyproj import Transformer
from shapely.geometry.base import BaseGeometry

# Lambert conformal conic for Russia: standard parallels 52 and 64 N, central meridian 100 E.
PROJECTION = "+proj=lcc +lat_1=52 +lat_2=64 +lat_0=60 +lon_0=100 +ellps=WGS84 +units=m +no_defs"
WIDTH = 1000.0  # frame width in SVG user units; the height follows from the shapes' aspect
PAD = 8.0  # user units kept free around the shapes
QUANTUM = 10  # coordinates are kept in tenths of a unit (a tenth of a pixel at 1000 px wide)
FORMAT_VERSION = 1


def project(geoms: Sequence[BaseGeometry], projection: str = PROJECTION) -> list[BaseGeometry]:
    """The geometries in projected metres. Longitudes past 180 (Chukotka) are fine: the projection wraps them."""
    transformer = Transformer.from_crs("EPSG:4326", projection, always_xy=True)

    def forward(coords: np.ndarray) -> np.ndarray:
        x, y = transformer.transform(coords[:, 0], coords[:, 1])
        return np.column_stack([x, y])

    return [shapely.transform(g, forward) for g in geoms]


@dataclass(frozen=True)
class Frame:
    """Maps projected metres to SVG units: x' = (x - x0) * k + PAD, y' = (y0 - y) * k + PAD (y grows downwards)."""

    x0: float
    y0: float
    k: float
    width: float
    height: float

    @classmethod
    def fit(cls, geoms: Iterable[BaseGeometry], width: float = WIDTH, pad: float = PAD) -> Frame:
        minx, miny, maxx, maxy = shapely.total_bounds(list(geoms))
        k = (width - 2 * pad) / (maxx - minx)
        height = math.ceil((maxy - miny) * k + 2 * pad)
        return cls(float(minx), float(maxy), float(k), width, float(height))

    def apply(self, coords: np.ndarray) -> np.ndarray:
        """(n, 2) projected metres to (n, 2) integer tenths of SVG units."""
        x = (coords[:, 0] - self.x0) * self.k + PAD
        y = (self.y0 - coords[:, 1]) * self.k + PAD
        return np.rint(np.column_stack([x, y]) * QUANTUM).astype(np.int64)


def _num(tenths: int) -> str:
    """Tenths of a unit as the shortest SVG number: 25 -> '2.5', -3 -> '-.3', 40 -> '4'."""
    text = f"{tenths / QUANTUM:g}"
    return text.replace("0.", ".", 1) if text.startswith(("0.", "-0.")) else text


def ring_path(points: np.ndarray) -> str:
    """One closed ring (integer tenths) as 'M x y l dx dy …z'; repeated points after rounding are dropped."""
    keep = np.ones(len(points), dtype=bool)
    keep[1:] = np.any(points[1:] != points[:-1], axis=1)
    points = points[keep]
    if len(points) > 1 and np.array_equal(points[0], points[-1]):
        points = points[:-1]  # the closing point: 'z' draws that segment
    if len(points) < 3:
        return ""  # collapsed to a dot or a line at this scale
    deltas = np.diff(points, axis=0)
    head = f"M{_num(int(points[0, 0]))} {_num(int(points[0, 1]))}"
    body = " ".join(f"{_num(int(dx))} {_num(int(dy))}" for dx, dy in deltas)
    return f"{head}l{body}z"


def geometry_path(geom: BaseGeometry, frame: Frame) -> str:
    """Every ring of a (multi)polygon as one path string (draw it with fill-rule evenodd, so holes stay holes)."""
    parts: list[str] = []
    for polygon in getattr(geom, "geoms", [geom]):
        if polygon.is_empty or polygon.geom_type != "Polygon":
            continue
        for ring in [polygon.exterior, *polygon.interiors]:
            d = ring_path(frame.apply(np.asarray(ring.coords)[:, :2]))
            if d:
                parts.append(d)
    return "".join(parts)


def build_paths(
    regions: Mapping[str, BaseGeometry], belarus: BaseGeometry | None, projection: str = PROJECTION
) -> dict[str, Any]:
    """The browser's copy of the map: frame size and one path per region code (and Belarus, under 'BY')."""
    codes = list(regions)
    shapes = project([regions[c] for c in codes] + ([belarus] if belarus is not None else []), projection)
    frame = Frame.fit(shapes)
    paths = {code: geometry_path(shape, frame) for code, shape in zip(codes, shapes, strict=False)}
    result: dict[str, Any] = {
        "version": FORMAT_VERSION,
        "projection": projection,
        "width": frame.width,
        "height": frame.height,
        "regions": paths,
    }
    if belarus is not None:
        result["belarus"] = geometry_path(shapes[-1], frame)
    return result


def dumps(paths: Mapping[str, Any]) -> str:
    """Compact, deterministic JSON for static/ (same input, same bytes)."""
    return json.dumps(paths, ensure_ascii=False, separators=(",", ":"), sort_keys=True)


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
    border: str = "#ffffff"
    alt: str = ""

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
            "labels": dict(labels),
            "clickable": clickable,
            "large": large,
        }
