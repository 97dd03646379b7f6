"""Region boundaries at run time: load the prebuilt files and check them. No Streamlit here.

The files come from `python -m atlas.geo.build` (see geo/README.md): the GeoJSON in geo/ (the 3D view and the brief
draw from it) and the map's projected SVG paths in static/ru_map.json (the browser draws those). The GeoJSON's
exterior rings run clockwise (d3-geo's order); Chukotka's longitudes run past 180 (to about 190.3).
"""

from __future__ import annotations

import json
import os
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from atlas import config
from atlas.datasets import guards

if TYPE_CHECKING:
    import geopandas as gpd

POLYGONAL = ("Polygon", "MultiPolygon")


class GeoDataError(ValueError):
    """A boundary file is missing or not what the app expects; the message names the file."""

    def __init__(self, path: Path | str, problem: str) -> None:
        self.path = Path(path)
        self.problem = _without_paths(problem, self.path)
        super().__init__(f"{_label(self.path)}: {self.problem}")  # never the server's absolute path


def _read(path: Path) -> gpd.GeoDataFrame:
    """Read a GeoJSON file, turning every failure into GeoDataError. Loads geopandas (~0.5 s, ~50 MB): only the 3D
    view, the brief and check-data need the shapes themselves."""
    import geopandas as gpd
    import shapely

    path = Path(path)
    if not path.is_file():
        raise GeoDataError(path, "file not found (build it with `python -m atlas.geo.build`)")
    try:
        gdf = gpd.read_file(path)
    except Exception as exc:  # pyogrio raises its own errors for unreadable or malformed files
        raise GeoDataError(path, f"cannot read as GeoJSON: {exc}") from exc
    if gdf.crs is None or gdf.crs.to_epsg() != 4326:
        raise GeoDataError(path, f"CRS must be EPSG:4326 (WGS 84 lon/lat), found {gdf.crs}")
    if gdf.empty:
        raise GeoDataError(path, "no features")
    geoms = gdf.geometry.values
    bad = shapely.is_empty(geoms) | ~shapely.is_valid(geoms) | ~gdf.geometry.geom_type.isin(list(POLYGONAL)).to_numpy()
    if bad.any():
        raise GeoDataError(path, f"invalid, empty or non-polygonal geometry in features {list(gdf.index[bad])[:10]}")
    return gdf


def load_regions(path: Path = config.REGIONS_GEOJSON) -> gpd.GeoDataFrame:
    """Russia's regions with region_iso, name_en (name_ru, federal_district if built with them) and geometry."""
    path = Path(path)
    gdf = _read(path)
    key = config.REGION_KEY
    if key not in gdf.columns or "name_en" not in gdf.columns:
        raise GeoDataError(path, f"properties must include {key} and name_en, found {list(gdf.columns)}")
    _check_codes(path, list(gdf[key].astype("string")), key)
    return gdf.reset_index(drop=True)


def load_belarus(path: Path = config.BELARUS_GEOJSON) -> gpd.GeoDataFrame:
    """Belarus's outline (one feature)."""
    return _read(Path(path)).reset_index(drop=True)


def feature_collection(gdf: gpd.GeoDataFrame, properties: Sequence[str] = (config.REGION_KEY,)) -> dict[str, Any]:
    """GeoJSON dict with only the given properties and the file's vertex order (clockwise exteriors) kept."""
    from shapely.geometry import mapping

    missing = [p for p in properties if p not in gdf.columns]
    if missing:
        raise KeyError(f"no such columns: {missing}")
    features = []
    for row, geom in zip(gdf[list(properties)].itertuples(index=False), gdf.geometry.values, strict=True):
        props = {
            name: (None if value is None else str(value) if not isinstance(value, (int, float)) else value)
            for name, value in zip(properties, row, strict=True)
        }
        feature: dict[str, Any] = {"type": "Feature", "properties": props, "geometry": mapping(geom)}
        if config.REGION_KEY in props:
            feature["id"] = props[config.REGION_KEY]
        features.append(feature)
    return {"type": "FeatureCollection", "features": features}


def _check_codes(path: Path, codes: Sequence[object], key: str) -> tuple[str, ...]:
    """The codes of a boundary file, each a well-formed ISO code and none twice; else GeoDataError naming them."""
    malformed = sorted({str(c) for c in codes if not isinstance(c, str) or not config.REGION_CODE.match(c)})
    if malformed:
        raise GeoDataError(path, f"malformed {key}: {malformed[:10]}")
    duplicated = sorted(str(c) for c, count in Counter(codes).items() if count > 1)
    if duplicated:
        raise GeoDataError(path, f"duplicate {key}: {duplicated}")
    return tuple(str(c) for c in codes)


def _read_json(path: Path, what: str) -> Any:
    """A prebuilt boundary file parsed as JSON; a missing or unreadable one is a GeoDataError saying `what` it is."""
    path = Path(path)
    if not path.is_file():
        raise GeoDataError(path, "file not found (build it with `python -m atlas.geo.build`)")
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise GeoDataError(path, f"cannot read as {what}: {exc}") from exc


def _codes(path: Path, key: str | None) -> tuple[str, ...]:
    """The features of a GeoJSON file read as plain JSON (no geopandas): each polygonal, with a well-formed, unique
    `key` when one is asked. The shapes' validity is check-data's and the loaders' of `load_regions` to judge."""
    collection = _read_json(path, "GeoJSON")
    features = collection.get("features") if isinstance(collection, dict) else None
    if not isinstance(features, list):
        raise GeoDataError(path, "cannot read as GeoJSON: not a FeatureCollection")
    if not features:
        raise GeoDataError(path, "no features")
    kinds = [(f.get("geometry") or {}).get("type") if isinstance(f, dict) else None for f in features]
    bad = [i for i, kind in enumerate(kinds) if kind not in POLYGONAL]
    if bad:
        raise GeoDataError(path, f"invalid, empty or non-polygonal geometry in features {bad[:10]}")
    if key is None:
        return ()
    return _check_codes(path, [(f.get("properties") or {}).get(key) for f in features], key)


def region_codes(path: Path = config.REGIONS_GEOJSON) -> tuple[str, ...]:
    """The codes of the regions' GeoJSON, checked as JSON: what the SVG map needs from it, without geopandas."""
    return _codes(path, config.REGION_KEY)


def check_outline(path: Path = config.BELARUS_GEOJSON) -> None:
    """Belarus's outline readable, with polygonal features (plain JSON)."""
    _codes(path, None)


def load_map_paths(path: Path, codes: Sequence[str]) -> dict[str, Any]:
    """The map's SVG paths (atlas.geo.projection.build_paths), checked: a frame size and a path for every code in
    `codes`."""
    paths = _read_json(path, "JSON")
    if not isinstance(paths, dict) or not isinstance(paths.get("regions"), dict):
        raise GeoDataError(path, "no 'regions' object")
    size = (paths.get("width"), paths.get("height"))
    if not all(isinstance(v, int | float) and v > 0 for v in size):
        raise GeoDataError(path, f"width and height must be positive numbers, found {size}")
    missing = [c for c in codes if not paths["regions"].get(c)]
    if missing:
        raise GeoDataError(
            path, f"no path for {missing[:10]}: out of date with the GeoJSON (run `python -m atlas.geo.build`)"
        )
    return paths


def check_files(
    known: set[str] | None,
    mapped: Sequence[str],
    regions_path: Path | None = None,
    belarus_path: Path | None = None,
    map_path: Path | None = None,
) -> list[tuple[str, str]]:
    """(file, problem) for every boundary file the app would fail to draw: unreadable, invalid, a code that
    regions.csv does not know (`known`; None when regions.csv itself failed), a mapped region without a shape."""
    regions_path = regions_path or config.REGIONS_GEOJSON
    belarus_path = belarus_path or config.BELARUS_GEOJSON
    map_path = map_path or config.STATIC_MAP
    found: list[tuple[str, str]] = []
    for path in (regions_path, belarus_path, map_path):
        what = guards.kind_of(path)
        if what:
            found.append((_label(path), "file not found" if what == "missing" else f"not a regular file ({what})"))
    if found:
        return found
    try:
        regions = load_regions(regions_path)
    except GeoDataError as exc:
        found.append((_label(regions_path), _without_paths(exc.problem, regions_path)))
    else:
        codes = set(regions[config.REGION_KEY].astype(str))
        if known is not None and codes - known:
            found.append((_label(regions_path), f"codes not in regions.csv: {sorted(codes - known)[:10]}"))
        if set(mapped) - codes:
            found.append((_label(regions_path), f"no boundary for mapped region(s) {sorted(set(mapped) - codes)[:10]}"))
    try:
        load_belarus(belarus_path)
    except GeoDataError as exc:
        found.append((_label(belarus_path), _without_paths(exc.problem, belarus_path)))
    try:
        paths = load_map_paths(map_path, ())
    except GeoDataError as exc:
        found.append((_label(map_path), _without_paths(exc.problem, map_path)))
    else:
        for problem in guards.map_file_problems(paths, known if known is not None else set(paths["regions"]), mapped):
            found.append((_label(map_path), problem))
    return found


def _label(path: Path) -> str:
    """A boundary file as messages name it, by its folder and name (`geo/ru_regions.geojson`), never absolute."""
    path = Path(path)
    return f"{path.parent.name}/{path.name}" if path.parent.name else path.name


def _without_paths(text: str, path: Path) -> str:
    """A library's message with the server's folders taken out (it often quotes the absolute path)."""
    for form in sorted({str(path), os.path.abspath(path), str(config.ROOT)}, key=len, reverse=True):
        text = text.replace(form, Path(path).name)
    return text
