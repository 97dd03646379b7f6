"""Build geo/ru_regions.geojson and geo/belarus.geojson from DCW-GMT: `python -m atlas.geo.build [options]`.

A build-time script, never run by the app. It may import the standard library, numpy, shapely, netCDF4 (only inside
`read_dcw_variable`, so the pure functions can be tested without it) and `atlas.config`; never Streamlit, never the
app's pages.

Steps: decode each region's packed uint16 rings, compose them with even-odd logic (so lakes and enclaves come out as
holes), repair invalid geometry, clean Russia's 83 regions and Belarus into one valid coverage (DCW's shared borders
do not match vertex for vertex, and a few regions overlap), simplify them as that coverage (neighbours keep one shared
border), drop tiny islands, round coordinates, orient exterior rings clockwise (the order plotly/d3-geo expects) and
write compact GeoJSON. Chukotka keeps its longitudes past 180 (up to about 190.3) and is not split.
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import sys
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import shapely
from shapely.geometry import MultiPolygon, Polygon, mapping
from shapely.geometry.base import BaseGeometry

from atlas import config

DEFAULT_DCW = Path("/usr/share/gmt-dcw/dcw-gmt.nc")
DEFAULT_TOLERANCE = 0.06  # coverage_simplify (Visvalingam-Whyatt) tolerance, degrees: about 268 KB of GeoJSON
DEFAULT_MIN_AREA_KM2 = 100.0  # island parts smaller than this are dropped (never a region's largest part)
DEFAULT_PRECISION = 3  # decimals kept in coordinates (0.001 degree is about 111 m of latitude)
SNAP_DISTANCE = 0.001  # degrees: vertices this close are one vertex (DCW's packing step is at most ~0.0009 degree)
GAP_WIDTH = 0.005  # degrees: gaps between neighbours narrower than this are closed (about 500 m)

# A ring starts with a marker pair: lon=65535 and lat=0 (a new polygon) or lat=1 (a hole in the polygon before it).
RING_MARK_LON = 65535
RING_MARK_LATS = (0, 1)
KM_PER_DEGREE = 111.32

# Typos in DCW's English names (used only when data/regions.csv is absent).
DCW_NAME_FIXES = {
    "MOS": "Moscow Oblast",
    "LIP": "Lipetsk Oblast",
    "ZAB": "Zabaykalsky Krai",
}


@dataclass(frozen=True)
class Region:
    """One region as written to the GeoJSON: its properties and its geometry."""

    properties: dict[str, str]
    geometry: BaseGeometry


# ---------------------------------------------------------------- decoding


def decode_coordinates(values: np.ndarray, vmin: float, scale: float) -> np.ndarray:
    """Unpack DCW uint16 values into degrees: min + value / scale."""
    return vmin + np.asarray(values, dtype=np.float64) / float(scale)


def decode_rings(
    lon_values: np.ndarray,
    lat_values: np.ndarray,
    lon_min: float,
    lon_scale: float,
    lat_min: float,
    lat_scale: float,
) -> list[np.ndarray]:
    """Split packed lon/lat arrays into rings (n×2 float arrays); each ring starts with (65535, 0) or (65535, 1)."""
    lon_values = np.asarray(lon_values)
    lat_values = np.asarray(lat_values)
    if lon_values.shape != lat_values.shape:
        raise ValueError(f"lon and lat differ in length: {lon_values.shape} vs {lat_values.shape}")
    marks = np.flatnonzero((lon_values == RING_MARK_LON) & np.isin(lat_values, RING_MARK_LATS))
    if lon_values.size and (marks.size == 0 or marks[0] != 0):
        raise ValueError("packed coordinates do not start with a ring marker (65535, 0)")
    lon = decode_coordinates(lon_values, lon_min, lon_scale)
    lat = decode_coordinates(lat_values, lat_min, lat_scale)
    bounds = list(marks) + [lon_values.size]
    rings = []
    for start, stop in zip(bounds[:-1], bounds[1:], strict=True):
        ring = np.column_stack([lon[start + 1 : stop], lat[start + 1 : stop]])
        if len(ring) >= 3:
            rings.append(ring)
    return rings


def polygonal_part(geom: BaseGeometry) -> Polygon | MultiPolygon:
    """Keep only the polygons of a geometry (GeometryCollections from make_valid may hold lines or points)."""
    if isinstance(geom, (Polygon, MultiPolygon)):
        return geom
    polygons: list[Polygon] = []
    for part in getattr(geom, "geoms", ()):
        sub = polygonal_part(part)
        polygons.extend(sub.geoms if isinstance(sub, MultiPolygon) else [sub] if not sub.is_empty else [])
    if not polygons:
        return Polygon()
    return polygons[0] if len(polygons) == 1 else MultiPolygon(polygons)


def compose_rings(rings: Sequence[np.ndarray]) -> Polygon | MultiPolygon:
    """Combine rings with even-odd logic (symmetric difference): a ring inside another becomes a hole."""
    result: BaseGeometry = Polygon()
    for ring in rings:
        piece = shapely.make_valid(Polygon(ring))
        result = shapely.symmetric_difference(result, polygonal_part(piece))
    result = shapely.make_valid(result)
    return polygonal_part(result)


# ---------------------------------------------------------------- shaping


def approx_area_km2(geom: BaseGeometry) -> float:
    """Rough area in km² of a lon/lat polygon (degree² scaled by cos of the centroid latitude)."""
    if geom.is_empty:
        return 0.0
    lat = geom.centroid.y
    return geom.area * math.cos(math.radians(lat)) * KM_PER_DEGREE**2


def drop_small_parts(
    geom: BaseGeometry, min_area_km2: float, keep: Callable[[Polygon], bool] | None = None
) -> BaseGeometry:
    """Remove polygon parts below min_area_km2 (unless keep(part) says otherwise), always keeping the largest part."""
    if not isinstance(geom, MultiPolygon) or min_area_km2 <= 0:
        return geom
    parts = list(geom.geoms)
    areas = [approx_area_km2(p) for p in parts]
    largest = int(np.argmax(areas))
    kept = [
        p
        for i, (p, a) in enumerate(zip(parts, areas, strict=True))
        if i == largest or a >= min_area_km2 or (keep is not None and keep(p))
    ]
    return kept[0] if len(kept) == 1 else MultiPolygon(kept)


def drop_small_islands(geoms: Sequence[BaseGeometry], min_area_km2: float) -> list[BaseGeometry]:
    """Drop small parts that touch no other polygon of the coverage (true islands): no gap opens between neighbours."""
    tree = shapely.STRtree(list(geoms))
    out = []
    for index, geom in enumerate(geoms):

        def touches_neighbour(part: Polygon, index: int = index) -> bool:
            return any(j != index for j in tree.query(part, predicate="intersects"))

        out.append(drop_small_parts(geom, min_area_km2, keep=touches_neighbour))
    return out


def clean_coverage(
    geoms: Sequence[BaseGeometry], snapping_distance: float = SNAP_DISTANCE, gap_width: float = GAP_WIDTH
) -> list[BaseGeometry]:
    """Make a valid coverage: snap near-identical vertices, resolve sliver overlaps, close narrow gaps.

    DCW packs every region with its own min/scale, so a border shared by two regions decodes to slightly different
    coordinates on each side (slivers up to about 0.016 square degree, e.g. along Belarus's border with Smolensk
    Oblast). Each overlap goes to the neighbour with the longest shared border.
    """
    cleaned = shapely.coverage_clean(
        np.asarray(list(geoms), dtype=object),
        gap_width=gap_width,
        snapping_distance=snapping_distance,
        merge_strategy="longest_border",
    )
    return [polygonal_part(g) if g.is_valid else polygonal_part(shapely.make_valid(g)) for g in cleaned]


def simplify_coverage(geoms: Sequence[BaseGeometry], tolerance: float) -> list[BaseGeometry]:
    """Simplify polygons as one coverage so that shared borders stay shared (no gaps, no overlaps)."""
    if tolerance <= 0:
        return list(geoms)
    out = shapely.coverage_simplify(np.asarray(list(geoms), dtype=object), tolerance, simplify_boundary=True)
    return [polygonal_part(shapely.make_valid(g)) if not g.is_valid else g for g in out]


def round_geometry(geom: BaseGeometry, precision: int) -> BaseGeometry:
    """Round coordinates to `precision` decimals; the same input vertex rounds the same way in every region."""
    rounded = shapely.transform(geom, lambda xy: np.round(xy, precision))
    if not rounded.is_valid:
        rounded = polygonal_part(shapely.make_valid(rounded))
    return rounded


def orient_clockwise(geom: BaseGeometry) -> BaseGeometry:
    """Orient exterior rings clockwise and holes counter-clockwise (d3-geo's convention, which plotly uses)."""
    return shapely.orient_polygons(geom, exterior_cw=True)


def exterior_is_clockwise(geom: BaseGeometry) -> bool:
    """True if every exterior ring of a (multi)polygon runs clockwise."""
    polys = geom.geoms if isinstance(geom, MultiPolygon) else [geom]
    return all(not p.exterior.is_ccw for p in polys)


def vertex_count(geoms: Iterable[BaseGeometry]) -> int:
    """Total number of coordinates."""
    return int(sum(shapely.get_num_coordinates(g) for g in geoms))


def to_feature_collection(regions: Sequence[Region], precision: int | None = None) -> dict:
    """A GeoJSON FeatureCollection dict (RFC 7946 lon/lat), vertex order as given."""
    features = []
    for region in regions:
        geometry = mapping(region.geometry)
        if precision is not None:
            geometry = _round_nested(geometry, precision)
        features.append({"type": "Feature", "properties": dict(region.properties), "geometry": geometry})
    return {"type": "FeatureCollection", "features": features}


def _round_nested(obj, precision: int):
    """Round every float in a nested GeoJSON structure (so JSON prints 37.617, not 37.617000000000004)."""
    if isinstance(obj, float):
        return round(obj, precision)
    if isinstance(obj, Mapping):
        return {k: _round_nested(v, precision) for k, v in obj.items()}
    if isinstance(obj, (list, tuple)):
        return [_round_nested(v, precision) for v in obj]
    return obj


def dumps_compact(collection: dict) -> str:
    """Compact JSON text (no indentation, no spaces), UTF-8 characters kept."""
    return json.dumps(collection, ensure_ascii=False, separators=(",", ":"))


# ---------------------------------------------------------------- names


def read_dcw_states(path: Path, country: str = "RU") -> dict[str, str]:
    """DCW state codes and English names of one country, from dcw-states.txt."""
    states: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split(None, 2)
        if len(parts) == 3 and parts[0] == country:
            states[parts[1]] = parts[2]
    return states


def clean_dcw_name(code: str, raw: str) -> str:
    """English name from DCW's `Name (Transliteration)` with known typos fixed."""
    if code in DCW_NAME_FIXES:
        return DCW_NAME_FIXES[code]
    return raw.split(" (", 1)[0].strip()


def read_registry(path: Path) -> dict[str, dict[str, str]]:
    """name_ru, name_en and federal_district per region_iso from data/regions.csv ({} if the file is absent)."""
    if not path.is_file():
        return {}
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    wanted = ("name_ru", "name_en", "federal_district")
    return {
        row[config.REGION_KEY].strip(): {k: (row.get(k) or "").strip() for k in wanted if k in row}
        for row in rows
        if row.get(config.REGION_KEY)
    }


def region_properties(code: str, dcw_name: str, registry: Mapping[str, Mapping[str, str]]) -> dict[str, str]:
    """Properties of one feature: region_iso, name_en, and name_ru / federal_district when the registry has them."""
    iso = f"RU-{code}"
    props = {config.REGION_KEY: iso, "name_en": clean_dcw_name(code, dcw_name)}
    entry = registry.get(iso, {})
    if entry.get("name_en"):
        props["name_en"] = entry["name_en"]
    for key in ("name_ru", "federal_district"):
        if entry.get(key):
            props[key] = entry[key]
    return props


# ---------------------------------------------------------------- reading the file


def read_dcw_variable(ds, prefix: str) -> list[np.ndarray]:
    """Decoded rings of one DCW entry (e.g. 'RUSMO' or 'BY') from an open netCDF4.Dataset."""
    lon_var = ds.variables[f"{prefix}_lon"]
    lat_var = ds.variables[f"{prefix}_lat"]
    for var in (lon_var, lat_var):
        var.set_auto_maskandscale(False)  # raw uint16; note `var.scale` is netCDF4's flag, the attribute is getncattr
    return decode_rings(
        lon_var[:],
        lat_var[:],
        float(lon_var.getncattr("min")),
        float(lon_var.getncattr("scale")),
        float(lat_var.getncattr("min")),
        float(lat_var.getncattr("scale")),
    )


def build(
    dcw_path: Path,
    tolerance: float = DEFAULT_TOLERANCE,
    min_area_km2: float = DEFAULT_MIN_AREA_KM2,
    precision: int = DEFAULT_PRECISION,
    registry_path: Path | None = None,
) -> tuple[list[Region], Region, str]:
    """Decode, compose, simplify, filter, round and orient: (83 regions, Belarus, DCW version)."""
    import netCDF4  # build-time dependency only

    states = read_dcw_states(dcw_path.with_name("dcw-states.txt"))
    registry = read_registry(registry_path if registry_path is not None else config.BUNDLED_DATA_DIR / "regions.csv")
    with netCDF4.Dataset(dcw_path) as ds:
        version = str(getattr(ds, "version", "unknown"))
        missing = [c for c in states if f"RU{c}_lon" not in ds.variables]
        if missing:
            raise SystemExit(f"{dcw_path}: no variables for {', '.join(missing)}")
        codes = sorted(states)
        raw = [compose_rings(read_dcw_variable(ds, f"RU{c}")) for c in codes]
        belarus_raw = compose_rings(read_dcw_variable(ds, "BY"))
    # Belarus joins the coverage so its border with Smolensk, Bryansk and Pskov stays the same line on both sides.
    simplified = simplify_coverage(clean_coverage(raw + [belarus_raw]), tolerance)
    shaped = [orient_clockwise(round_geometry(g, precision)) for g in drop_small_islands(simplified, min_area_km2)]
    regions = [Region(region_properties(c, states[c], registry), g) for c, g in zip(codes, shaped[:-1], strict=True)]
    belarus = Region({config.REGION_KEY: "BY", "name_en": "Belarus"}, shaped[-1])  # same key as the regions
    return regions, belarus, version


def _write(path: Path, regions: Sequence[Region], precision: int) -> int:
    """Write compact GeoJSON; return its size in bytes."""
    path.parent.mkdir(parents=True, exist_ok=True)
    text = dumps_compact(to_feature_collection(regions, precision))
    path.write_text(text, encoding="utf-8")
    return len(text.encode("utf-8"))


def write_browser_copies() -> None:
    """static/ru_map.json: the committed boundaries projected into SVG paths, what the browser downloads for the map."""
    from atlas.geo import boundaries as geometry
    from atlas.geo import projection  # the runtime loaders, so the paths are made from exactly what the app reads

    regions = geometry.load_regions(config.REGIONS_GEOJSON)
    belarus = geometry.load_belarus(config.BELARUS_GEOJSON)
    paths = projection.build_paths(
        dict(zip(regions[config.REGION_KEY], regions.geometry, strict=True)), belarus.geometry.iloc[0]
    )
    config.STATIC_MAP.write_text(projection.dumps(paths), encoding="utf-8")


def main(argv: Sequence[str] | None = None) -> int:
    """Command line: build and write both files, print a summary."""
    parser = argparse.ArgumentParser(prog="python -m atlas.geo.build", description=__doc__.splitlines()[0])
    parser.add_argument("--dcw", type=Path, default=DEFAULT_DCW, help="DCW-GMT netCDF file (default: %(default)s)")
    parser.add_argument(
        "--tolerance",
        type=float,
        default=DEFAULT_TOLERANCE,
        help="coverage simplify tolerance, degrees (default: %(default)s)",
    )
    parser.add_argument(
        "--min-area-km2",
        type=float,
        default=DEFAULT_MIN_AREA_KM2,
        help="drop island parts smaller than this (default: %(default)s)",
    )
    parser.add_argument(
        "--precision", type=int, default=DEFAULT_PRECISION, help="decimals kept in coordinates (default: %(default)s)"
    )
    parser.add_argument("--regions-out", type=Path, default=config.REGIONS_GEOJSON)
    parser.add_argument("--belarus-out", type=Path, default=config.BELARUS_GEOJSON)
    args = parser.parse_args(argv)
    if not args.dcw.is_file():
        print(f"{args.dcw}: not found (install Debian's gmt-dcw or pass --dcw)", file=sys.stderr)
        return 2

    started = time.perf_counter()
    regions, belarus, version = build(args.dcw, args.tolerance, args.min_area_km2, args.precision)
    invalid = [r.properties[config.REGION_KEY] for r in regions if not r.geometry.is_valid or r.geometry.is_empty]
    if invalid:
        print(f"invalid or empty geometry: {', '.join(invalid)}", file=sys.stderr)
        return 1
    size_ru = _write(args.regions_out, regions, args.precision)
    size_by = _write(args.belarus_out, [belarus], args.precision)
    write_browser_copies()
    elapsed = time.perf_counter() - started

    bounds = shapely.total_bounds([r.geometry for r in regions])
    print(
        f"DCW-GMT {version}; tolerance {args.tolerance}°, min area {args.min_area_km2} km², precision {args.precision}"
    )
    vertices = vertex_count(r.geometry for r in regions)
    print(f"{args.regions_out}: {len(regions)} features, {vertices} vertices, {size_ru:,} bytes")
    print(f"{args.belarus_out}: 1 feature, {vertex_count([belarus.geometry])} vertices, {size_by:,} bytes")
    print(f"bounds lon {bounds[0]:.2f}..{bounds[2]:.2f}, lat {bounds[1]:.2f}..{bounds[3]:.2f}; {elapsed:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
