"""Static floors: the overview's default map as a standalone page, served on loopback by a plain http.server.

(a) plotly: the map as the plotly geo choropleth the issue's floors are defined with (plotly.js inlined, the
    GeoJSON inside the figure, the same colours, hover text, legend and Lambert conic view the atlas shows);
(c) svg: the same map drawn by the atlas's own component script (atlas/assets/regionmap.js) with the same payload
    and static/ru_map.json, without Streamlit: the floor of the way the atlas now draws.
Both are built from the app's pure modules with the overview's arguments (turnover, latest year, ru).
"""

from __future__ import annotations

import functools
import http.server
import json
import shutil
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import plotly.graph_objects as go

from bench.common import HOST, ROOT, free_port

ASSETS = ROOT / "bench" / "assets"
# Russia from Kaliningrad (19.6 E) to Chukotka (190.3 E) and from the Caucasus (41.2 N) to Franz Josef Land (81.9 N),
# Lambert conformal conic, standard parallels 52 and 64, central meridian 100 E: the atlas's projection in plotly.
PLOTLY_GEO: dict[str, Any] = {
    "projection": {"type": "conic conformal", "parallels": [52.0, 64.0], "rotation": {"lon": 100.0}, "scale": 1.2},
    "lonaxis": {"range": [19.0, 191.0]},
    "lataxis": {"range": [41.0, 82.0]},
    "center": {"lon": 100.0, "lat": 66.0},
    "visible": False,
}


def geo_bundle() -> tuple[dict[str, Any], dict[str, Any], tuple[str, ...]]:
    """Region and Belarus feature collections, as atlas.cache.geo() builds them (without Streamlit)."""
    from atlas import config, geometry

    regions = geometry.load_regions()
    belarus = geometry.load_belarus()
    if config.REGION_KEY not in belarus.columns:
        belarus = belarus.assign(**{config.REGION_KEY: "BY"})
    return (geometry.feature_collection(regions), geometry.feature_collection(belarus),
            tuple(regions[config.REGION_KEY]))  # fmt: skip


def overview_view(measure: str = "turnover", mode: str = "trade") -> Any:
    """The overview's map (atlas.views.MapView), built the way atlas.cache builds it (same data, drawn regions)."""
    from atlas import config, loaders, transform, views

    data = loaders.load_all(config.BUNDLED_DATA_DIR)
    regions = data.frames["regions"]
    _, _, codes = geo_bundle()
    drawn = [c for c in regions.loc[regions["has_polygon"], config.REGION_KEY] if c in codes]
    if mode == "agreements":
        mfa = data.frames.get("mfa_totals")
        kpis = transform.mfa_kpis(mfa) if mfa is not None and not mfa.empty else None
        return views.agreements_map(regions, data.frames["agreements"], kpis, drawn, lang="ru")
    return views.trade_map(regions, data.frames["trade"], drawn, measure=measure, year=None, lang="ru")


def overview_payload(view: Any, geometry_url: str) -> dict[str, Any]:
    """What the atlas's map component receives for `view` (atlas.ui.region_map with the overview's arguments)."""
    from atlas import components, config, i18n

    paths = json.loads(config.STATIC_MAP.read_text(encoding="utf-8"))
    labels = {name: i18n.t(f"map.{name}", "ru") for name in components.MAP_LABELS}
    return view.spec.payload(geometry_url=geometry_url, size=(paths["width"], paths["height"]), labels=labels,
                             clickable=True, filename="overview-map")  # fmt: skip


def _stepped_scale(colours: Sequence[str]) -> list[list[Any]]:
    """A colorscale where integer z = i gets exactly colours[i] (zmin=-0.5, zmax=n-0.5)."""
    n = len(colours)
    scale: list[list[Any]] = []
    for i, colour in enumerate(colours):
        scale += [[i / n, colour], [(i + 1) / n, colour]]
    return scale


def plotly_figure(view: Any) -> go.Figure:
    """The same map as one plotly choropleth (every region in one trace, GeoJSON inline) plus Belarus and a legend."""
    from atlas import charts

    geojson, belarus, _ = geo_bundle()
    spec = view.spec
    codes = list(spec.fills)
    palette = [item.colour for item in spec.legend]
    palette += sorted({f for f in spec.fills.values() if f not in palette})
    traces: list[Any] = [
        go.Choropleth(geojson=belarus, featureidkey="properties.region_iso", locations=["BY"], z=[0],
                      colorscale=[[0, spec.belarus_fill], [1, spec.belarus_fill]], showscale=False,
                      marker={"line": {"color": spec.belarus_line, "width": 1.2}},
                      hovertemplate=f"{spec.belarus_label}<extra></extra>", showlegend=False),
        go.Choropleth(geojson=geojson, featureidkey="properties.region_iso", locations=codes,
                      z=[palette.index(spec.fills[c]) for c in codes], zmin=-0.5, zmax=len(palette) - 0.5,
                      colorscale=_stepped_scale(palette), showscale=False,
                      marker={"line": {"color": spec.border, "width": 0.6}},
                      customdata=[[c, "<br>".join(spec.tips[c])] for c in codes],
                      hovertemplate="%{customdata[1]}<extra></extra>", name="regions", showlegend=False),
    ]  # fmt: skip
    traces += [
        go.Scattergeo(lon=[None], lat=[None], mode="markers", name=item.label, legendrank=i, hoverinfo="skip",
                      marker={"symbol": "square", "size": 14, "color": item.colour})
        for i, item in enumerate(spec.legend)
    ]  # fmt: skip
    fig = go.Figure(traces)
    fig.update_geos(**PLOTLY_GEO)
    fig.update_layout(
        title={"text": spec.title, "x": 0.01, "xanchor": "left", "font": {"size": 18}},
        margin={"l": 0, "r": 0, "t": 44, "b": 10}, height=640, font={"family": charts.FONT, "size": 14},
        legend={"title": {"text": spec.legend_title}, "orientation": "h", "x": 0.0, "y": 0.0, "yanchor": "top"},
        dragmode=False, clickmode="event+select", paper_bgcolor="white",
    )  # fmt: skip
    return fig


def write_static_site(folder: Path, figure: go.Figure, port: int) -> Path:
    """(a) index.html (plotly.js inlined, topojson from this server) and world_110m.json in `folder`."""
    from atlas.charts import PLOTLY_CONFIG

    folder.mkdir(parents=True, exist_ok=True)
    shutil.copy(ASSETS / "world_110m.json", folder / "world_110m.json")
    config = {**PLOTLY_CONFIG, "topojsonURL": f"http://{HOST}:{port}/"}
    page = folder / "index.html"
    figure.write_html(page, include_plotlyjs=True, full_html=True, config=config, default_width="100%")
    return page


SVG_PAGE = """<!doctype html>
<html lang="ru"><head><meta charset="utf-8"><title>static floor (svg)</title>
<link rel="stylesheet" href="regionmap.css">
<style>body {{ margin: 2rem; font-family: sans-serif; }} #map {{ max-width: 1200px; }}</style></head>
<body><div id="map"></div>
<script type="module">
import mount from "./regionmap.js";
mount({{ data: {payload}, parentElement: document.getElementById("map"), setTriggerValue: () => {{}} }});
</script></body></html>
"""


def write_svg_site(folder: Path, payload: dict[str, Any]) -> Path:
    """(c) index.html that mounts the atlas's map script with the overview's payload; ru_map.json beside it."""
    from atlas import components, config

    folder.mkdir(parents=True, exist_ok=True)
    shutil.copy(config.STATIC_MAP, folder / "ru_map.json")
    for asset in ("regionmap.js", "regionmap.css"):
        shutil.copy(components.ASSETS / asset, folder / asset)
    page = folder / "index.html"
    page.write_text(SVG_PAGE.format(payload=json.dumps({**payload, "geometry": "ru_map.json"})), encoding="utf-8")
    return page


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass


class StaticSite:
    """A loopback http.server for the floor's folder, in a thread."""

    def __init__(self, folder: Path, port: int | None = None) -> None:
        self.folder, self.port = folder, port or free_port()
        handler = functools.partial(_QuietHandler, directory=str(folder))
        self.httpd = http.server.ThreadingHTTPServer((HOST, self.port), handler)
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://{HOST}:{self.port}/index.html"

    def __enter__(self) -> StaticSite:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
