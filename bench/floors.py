"""The floors every page is measured against, as the benchmark's issue defines them, written into a temp folder.

- picture floor: a minimal Streamlit page (a title and the overview's map as ONE SVG picture, `st.image`);
- plotly floor: a minimal Streamlit page (a title and one small plotly bar chart);
- static floor: the same SVG picture in a static HTML file, served by a plain loopback http.server.

The floors run on a bare `streamlit run app.py` (no middleware, no compression): what Streamlit gives any app. The
map picture is built from the atlas's own data and static/ru_map.json: the overview's default view (turnover, each
region's latest year, Russian), the same fills, borders and Belarus.
"""

from __future__ import annotations

import functools
import html
import http.server
import json
import threading
from pathlib import Path
from typing import Any

from atlas.figures import palette
from bench.common import HOST, free_port

CONFIG = """[server]
headless = true
runOnSave = false
fileWatcherType = "none"
[browser]
gatherUsageStats = false
[client]
toolbarMode = "minimal"
"""

PICTURE_SCRIPT = '''"""Picture floor of the atlas benchmark: a title and the overview's map as one SVG picture."""
from pathlib import Path

import streamlit as st

st.set_page_config(page_title="floor", layout="wide")
st.title("Беларусь — регионы России")
st.image((Path(__file__).parent / "map.svg").read_text(encoding="utf-8"))
'''

PLOTLY_SCRIPT = '''"""Plotly floor of the atlas benchmark: a title and one small plotly chart."""
import plotly.graph_objects as go
import streamlit as st

st.set_page_config(page_title="floor", layout="wide")
st.title("Товарооборот")
figure = go.Figure(go.Bar(x=[2019, 2020, 2021, 2022, 2023, 2024], y=[1.9, 1.7, 2.1, 2.4, 2.6, 2.8]))
figure.update_layout(height=360, margin={"l": 40, "r": 10, "t": 30, "b": 30})
st.plotly_chart(figure)
'''

STATIC_PAGE = """<!doctype html>
<html lang="ru"><head><meta charset="utf-8"><title>static floor</title>
<style>body {{ margin: 2rem; font-family: sans-serif; }} svg {{ max-width: 1200px; width: 100%; height: auto; }}
</style></head>
<body><h1>Беларусь — регионы России</h1>
{svg}
</body></html>
"""


def map_svg(fills: dict[str, str], paths: dict[str, Any], *, border: str = palette.BORDER_COLOUR,
            belarus: str = palette.BELARUS_FILL, title: str = "") -> str:  # fmt: skip
    """One SVG picture of the map: every region's path with its fill, Belarus, and the insets (Moscow, St Petersburg)
    with their own paths. `paths` is static/ru_map.json; regions without a fill are drawn in the no-data grey."""
    w, h = paths["width"], paths["height"]
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {w:g} {h:g}" role="img">']
    if title:
        out.append(f"<title>{html.escape(title)}</title>")
    out.append(f'<path d="{paths["belarus"]}" fill="{belarus}" stroke="{palette.BELARUS_LINE}" stroke-width="0.8"/>')
    out.append(f'<g stroke="{border}" stroke-width="0.5">')
    for code, d in paths["regions"].items():
        out.append(f'<path d="{d}" fill="{fills.get(code, palette.NO_DATA_COLOUR)}"/>')
    for inset in paths.get("insets", []):
        x, y, iw, ih = inset["box"]
        box = f'x="{x:g}" y="{y:g}" width="{iw:g}" height="{ih:g}"'
        out.append(f'<rect {box} fill="{palette.WHITE}" stroke="{palette.RULE}"/>')
        for code, d in inset["regions"].items():
            out.append(f'<path d="{d}" fill="{fills.get(code, palette.NO_DATA_COLOUR)}"/>')
    out.append("</g></svg>")
    return "".join(out)


def overview_svg() -> str:
    """The overview's default map (turnover, latest year, Russian) as one SVG picture, from the atlas's data."""
    from atlas import config
    from atlas.datasets import loaders
    from atlas.views import maps as maps_view

    paths = json.loads(config.STATIC_MAP.read_text(encoding="utf-8"))
    data = loaders.load_all(config.BUNDLED_DATA_DIR)
    regions = data.frames["regions"]
    drawn = [c for c in regions.loc[regions["has_polygon"], config.REGION_KEY] if c in paths["regions"]]
    view = maps_view.trade_map(regions, data.frames["trade"], drawn, measure="turnover", year=None, lang="ru")
    spec = view.spec
    return map_svg(dict(spec.fills), paths, border=spec.border, belarus=spec.belarus_fill or palette.BELARUS_FILL,
                   title=spec.title)  # fmt: skip


def _base(folder: Path) -> None:
    (folder / ".streamlit").mkdir(parents=True, exist_ok=True)
    (folder / ".streamlit" / "config.toml").write_text(CONFIG, encoding="utf-8")


def write_picture_app(folder: Path, svg: str) -> Path:
    _base(folder)
    (folder / "map.svg").write_text(svg, encoding="utf-8")
    script = folder / "app.py"
    script.write_text(PICTURE_SCRIPT, encoding="utf-8")
    return script


def write_plotly_app(folder: Path) -> Path:
    _base(folder)
    script = folder / "app.py"
    script.write_text(PLOTLY_SCRIPT, encoding="utf-8")
    return script


def write_static_page(folder: Path, svg: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    page = folder / "index.html"
    page.write_text(STATIC_PAGE.format(svg=svg), encoding="utf-8")
    return page


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass


class StaticSite:
    """A loopback http.server for a folder, in a thread."""

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
