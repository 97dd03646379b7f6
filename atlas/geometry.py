"""Region boundaries at run time: load the prebuilt GeoJSON, check it, hand plotly what it needs. No Streamlit here.

The files come from `python -m atlas.build_geo` (see geo/README.md). Their exterior rings run clockwise, the order
plotly's geo maps (d3-geo) need; nothing here reorients them. Chukotka's longitudes run past 180 (to about 190.3).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import geopandas as gpd
import shapely
from shapely.geometry import mapping

from atlas import config

REGION_ISO_PATTERN = re.compile(r"^RU-[A-Z]{2,3}$")


class GeoDataError(ValueError):
    """A boundary file is missing or not what the app expects; the message names the file."""

    def __init__(self, path: Path | str, problem: str) -> None:
        self.path = Path(path)
        self.problem = problem
        super().__init__(f"{path}: {problem}")


@dataclass(frozen=True)
class MapView:
    """How the map frames a region: projection, its parameters and the lon/lat box it shows."""

    projection: str
    parallels: tuple[float, float]
    rotation_lon: float
    lon_range: tuple[float, float]
    lat_range: tuple[float, float]
    center: tuple[float, float]  # (lon, lat) plotly puts at the middle of the frame
    scale: float = 1.0  # zoom beyond the range-fitted view

    def plotly_geo(self) -> dict[str, Any]:
        """Settings for plotly's `layout.geo` (set the view explicitly: fitbounds fails with longitudes past 180)."""
        return {
            "projection": {
                "type": self.projection,
                "parallels": list(self.parallels),
                "rotation": {"lon": self.rotation_lon},
                "scale": self.scale,
            },
            "lonaxis": {"range": list(self.lon_range)},
            "lataxis": {"range": list(self.lat_range)},
            "center": {"lon": self.center[0], "lat": self.center[1]},
            "visible": False,
        }


# Russia from Kaliningrad (19.6 E) to Chukotka (190.3 E, i.e. 169.7 W) and from the Caucasus (41.2 N) to Franz Josef
# Land (81.9 N), in a Lambert conformal conic with standard parallels 52 and 64 and central meridian 100 E.
RUSSIA_VIEW = MapView(
    projection="conic conformal",
    parallels=(52.0, 64.0),
    rotation_lon=100.0,
    lon_range=(19.0, 191.0),
    lat_range=(41.0, 82.0),
    center=(100.0, 66.0),
    scale=1.2,  # the range box is a fan in this projection; zoom in so Russia, not the fan, fills the frame
)


def _read(path: Path) -> gpd.GeoDataFrame:
    """Read a GeoJSON file, turning every failure into GeoDataError."""
    path = Path(path)
    if not path.is_file():
        raise GeoDataError(path, "file not found (build it with `python -m atlas.build_geo`)")
    try:
        gdf = gpd.read_file(path)
    except Exception as exc:  # pyogrio raises its own errors for unreadable or malformed files
        raise GeoDataError(path, f"cannot read as GeoJSON: {exc}") from exc
    if gdf.crs is None or gdf.crs.to_epsg() != 4326:
        raise GeoDataError(path, f"CRS must be EPSG:4326 (WGS 84 lon/lat), found {gdf.crs}")
    if gdf.empty:
        raise GeoDataError(path, "no features")
    geoms = gdf.geometry.values
    bad = (
        shapely.is_empty(geoms)
        | ~shapely.is_valid(geoms)
        | ~gdf.geometry.geom_type.isin(["Polygon", "MultiPolygon"]).to_numpy()
    )
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
    codes = gdf[key].astype("string")
    malformed = sorted({str(c) for c in codes if c is None or not REGION_ISO_PATTERN.match(str(c))})
    if malformed:
        raise GeoDataError(path, f"malformed {key}: {malformed[:10]}")
    duplicated = sorted(set(codes[codes.duplicated()]))
    if duplicated:
        raise GeoDataError(path, f"duplicate {key}: {duplicated}")
    return gdf.reset_index(drop=True)


def load_belarus(path: Path = config.BELARUS_GEOJSON) -> gpd.GeoDataFrame:
    """Belarus's outline (one feature)."""
    return _read(Path(path)).reset_index(drop=True)


def feature_collection(gdf: gpd.GeoDataFrame, properties: Sequence[str] = (config.REGION_KEY,)) -> dict[str, Any]:
    """GeoJSON dict with only the given properties and the file's vertex order (clockwise exteriors) kept."""
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
