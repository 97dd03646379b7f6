"""Static floor: the overview's default map as a standalone HTML page (plotly.js inlined), served on loopback.

The figure is built by the app's pure modules with the arguments the overview uses (turnover, latest year, ru,
the Russia view, every registry region with a polygon), so the floor draws exactly what the app draws.
"""

from __future__ import annotations

import functools
import http.server
import shutil
import threading
from pathlib import Path
from typing import Any

import plotly.graph_objects as go

from bench.common import HOST, ROOT, free_port


def geo_bundle() -> tuple[dict[str, Any], dict[str, Any], tuple[str, ...]]:
    """Region and Belarus feature collections, as atlas.cache.geo() builds them (without Streamlit)."""
    from atlas import config, geometry

    regions = geometry.load_regions()
    belarus = geometry.load_belarus()
    if config.REGION_KEY not in belarus.columns:
        belarus = belarus.assign(**{config.REGION_KEY: "BY"})
    return (geometry.feature_collection(regions), geometry.feature_collection(belarus),
            tuple(regions[config.REGION_KEY]))  # fmt: skip


def overview_figure(measure: str = "turnover", mode: str = "trade") -> go.Figure:
    """The overview's map figure, built the way atlas.cache builds it (same data, view and drawn regions)."""
    from atlas import config, geometry, loaders, transform, views

    data = loaders.load_all(config.BUNDLED_DATA_DIR)
    regions = data.frames["regions"]
    geojson, belarus, codes = geo_bundle()
    drawn = [c for c in regions.loc[regions["has_polygon"], config.REGION_KEY] if c in codes]
    view = geometry.RUSSIA_VIEW.plotly_geo()
    if mode == "agreements":
        mfa = data.frames.get("mfa_totals")
        kpis = transform.mfa_kpis(mfa) if mfa is not None and not mfa.empty else None
        return views.agreements_map(regions, data.frames["agreements"], kpis, geojson, belarus, view, drawn,
                                    lang="ru").figure  # fmt: skip
    return views.trade_map(regions, data.frames["trade"], geojson, belarus, view, drawn, measure=measure, year=None,
                           lang="ru").figure  # fmt: skip


def write_static_site(folder: Path, figure: go.Figure, port: int) -> Path:
    """index.html (plotly.js inlined, topojson from this server) and world_110m.json in `folder`."""
    from atlas.charts import PLOTLY_CONFIG

    folder.mkdir(parents=True, exist_ok=True)
    shutil.copy(ROOT / "static" / "world_110m.json", folder / "world_110m.json")
    config = {**PLOTLY_CONFIG, "topojsonURL": f"http://{HOST}:{port}/"}
    page = folder / "index.html"
    figure.write_html(page, include_plotlyjs=True, full_html=True, config=config, default_width="100%")
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
