"""The map's one projection and its SVG paths: project shapes, frame them, write rings and insets."""

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

from atlas import config

# Lambert conformal conic for Russia: standard parallels 52 and 64 N, central meridian 100 E; the map (SVG paths in
# static/) and the brief's map picture both use it. From config.WGS84 PROJ builds the same pipeline for +ellps=WGS84 as
# for +datum=WGS84 (only the datum's name differs), so this string is the one kept: static/ru_map.json records it.
PROJECTION = "+proj=lcc +lat_1=52 +lat_2=64 +lat_0=60 +lon_0=100 +ellps=WGS84 +units=m +no_defs"
WIDTH = 1000.0  # frame width in SVG user units; the height follows from the shapes' aspect
PAD = 8.0  # user units kept free around the shapes
QUANTUM = 10  # coordinates are kept in tenths of a unit (a tenth of a pixel at 1000 px wide)
FORMAT_VERSION = 2  # 2: insets


@dataclass(frozen=True)
class Inset:
    """An enlarged view of a region too small to see or click at full view (Moscow is ~5 units wide of 1000).

    `focus` is the region at the centre; `box` (x, y, width, height, SVG units) is where the inset is drawn, in a part
    of the frame no shape covers (build_paths checks); `margin` is how much of the surroundings it shows, as a share
    of the focus region's own size on each side.
    """

    focus: str
    box: tuple[float, float, float, float]
    margin: float = 0.35


LABEL_BAND = 16.0  # units at the top of an inset box kept for its label
INSET_PAD = 4.0  # units kept free inside an inset box, left, right and bottom
# Moscow and St Petersburg, side by side in the empty bottom-left corner (south of the Volga, west of the Urals).
INSETS = (Inset("RU-MOW", (70.0, 420.0, 120.0, 132.0)), Inset("RU-SPE", (200.0, 420.0, 120.0, 132.0)))


def project(geoms: Sequence[BaseGeometry], projection: str = PROJECTION) -> list[BaseGeometry]:
    """The geometries in projected metres. Longitudes past 180 (Chukotka) are fine: the projection wraps them."""
    transformer = Transformer.from_crs(config.WGS84, projection, always_xy=True)

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
    ox: float = PAD  # where x0 lands, in SVG units (an inset's frame puts it inside its box)
    oy: float = PAD

    @classmethod
    def fit(cls, geoms: Iterable[BaseGeometry], width: float = WIDTH, pad: float = PAD) -> Frame:
        minx, miny, maxx, maxy = shapely.total_bounds(list(geoms))
        k = (width - 2 * pad) / (maxx - minx)
        height = math.ceil((maxy - miny) * k + 2 * pad)
        return cls(float(minx), float(maxy), float(k), width, float(height))

    def apply(self, coords: np.ndarray) -> np.ndarray:
        """(n, 2) projected metres to (n, 2) integer tenths of SVG units."""
        x = (coords[:, 0] - self.x0) * self.k + self.ox
        y = (self.y0 - coords[:, 1]) * self.k + self.oy
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


def inset_paths(inset: Inset, shapes: Mapping[str, BaseGeometry], frame: Frame) -> dict[str, Any] | None:
    """One inset: its box, and the paths of every region within sight of the focus, clipped to what the box shows.

    None when the focus region is not on the map. Raises ValueError when the box is off the frame or covers a shape
    of the main map (the inset would hide part of the country).
    """
    if inset.focus not in shapes:
        return None
    x, y, w, h = inset.box
    if x < 0 or y < 0 or x + w > frame.width or y + h > frame.height:
        raise ValueError(f"inset {inset.focus}: box {inset.box} is outside the {frame.width}x{frame.height} frame")
    on_screen = shapely.box(x, y, x + w, y + h)
    for code, shape in shapes.items():
        drawn = shapely.transform(shape, lambda c: frame.apply(c) / QUANTUM)
        if drawn.intersects(on_screen):
            raise ValueError(f"inset {inset.focus}: box {inset.box} covers {code} on the main map")
    # the part of the world the inset shows: the focus region's box and a margin round it, shaped like the box
    minx, miny, maxx, maxy = shapes[inset.focus].bounds
    inner_w, inner_h = w - 2 * INSET_PAD, h - LABEL_BAND - INSET_PAD
    span = max((maxx - minx) * (1 + 2 * inset.margin), (maxy - miny) * (1 + 2 * inset.margin) * inner_w / inner_h)
    k = inner_w / span
    cx, cy = (minx + maxx) / 2, (miny + maxy) / 2
    half_w, half_h = inner_w / k / 2, inner_h / k / 2
    window = shapely.box(cx - half_w, cy - half_h, cx + half_w, cy + half_h)
    inset_frame = Frame(cx - half_w, cy + half_h, k, w, h, ox=x + INSET_PAD, oy=y + LABEL_BAND)
    paths = {}
    for code, shape in shapes.items():
        if shape.intersects(window):
            d = geometry_path(shape.intersection(window), inset_frame)
            if d:
                paths[code] = d
    return {"focus": inset.focus, "box": [x, y, w, h], "regions": paths}


def build_paths(
    regions: Mapping[str, BaseGeometry],
    belarus: BaseGeometry | None,
    projection: str = PROJECTION,
    insets: Sequence[Inset] = INSETS,
) -> dict[str, Any]:
    """The browser's copy of the map: frame size, one path per region code (and Belarus, under 'BY'), and the
    insets of the regions too small to see (those whose focus region is among `regions`)."""
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
    by_code = dict(zip(codes, shapes, strict=False))
    built = [inset_paths(inset, by_code, frame) for inset in insets]
    result["insets"] = [i for i in built if i is not None]
    return result


def dumps(paths: Mapping[str, Any]) -> str:
    """Compact, deterministic JSON for static/ (same input, same bytes)."""
    return json.dumps(paths, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
