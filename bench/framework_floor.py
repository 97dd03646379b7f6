"""Framework floors: minimal Streamlit apps (generated into a temp folder) that only show the overview's map.

Same server settings as the atlas (static serving, websocket compression, no file watcher, no post-run GC, wide
layout).
(b) plotly: the map as the plotly figure of bench.floor_static.plotly_figure (stored as JSON), st.plotly_chart with
    the topojson served by the app: the framework floor the issue defines;
(d) svg: the atlas's own map component (same script, CSS, payload and static/ru_map.json) on an otherwise empty page.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from bench.common import ROOT

PLOTLY_SCRIPT = '''"""Framework floor (plotly) of the atlas benchmark: one st.plotly_chart of the overview map."""
from pathlib import Path

import plotly.io as pio
import streamlit as st

st.set_page_config(page_title="floor", layout="wide")


@st.cache_resource
def figure():
    return pio.from_json((Path(__file__).parent / "figure.json").read_text(encoding="utf-8"))


st.plotly_chart(figure(), config={"topojsonURL": "/app/static/"})
'''

SVG_SCRIPT = '''"""Framework floor (svg) of the atlas benchmark: the atlas's map component alone."""
import json
from pathlib import Path

import streamlit as st

st.set_page_config(page_title="floor", layout="wide")
HERE = Path(__file__).parent


@st.cache_resource
def component():
    return st.components.v2.component(
        "floor.region_map",
        js=(HERE / "regionmap.js").read_text(encoding="utf-8"),
        css=(HERE / "regionmap.css").read_text(encoding="utf-8"),
        isolate_styles=False,
    )


component()(data=json.loads((HERE / "payload.json").read_text(encoding="utf-8")), key="map",
            on_clicked_change=lambda: None)
'''

CONFIG = """[server]
headless = true
enableStaticServing = true
enableXsrfProtection = true
enableWebsocketCompression = true
runOnSave = false
fileWatcherType = "none"
[browser]
gatherUsageStats = false
[client]
toolbarMode = "minimal"
[runner]
magicEnabled = false
postScriptGC = false
"""


def _base(folder: Path) -> None:
    (folder / ".streamlit").mkdir(parents=True, exist_ok=True)
    (folder / "static").mkdir(exist_ok=True)
    (folder / ".streamlit" / "config.toml").write_text(CONFIG, encoding="utf-8")


def write_floor_app(folder: Path) -> Path:
    """(b) app.py, figure.json, static/world_110m.json and .streamlit/config.toml in `folder`."""
    from bench.floor_static import overview_view, plotly_figure

    _base(folder)
    shutil.copy(ROOT / "bench" / "assets" / "world_110m.json", folder / "static" / "world_110m.json")
    (folder / "figure.json").write_text(plotly_figure(overview_view()).to_json(), encoding="utf-8")
    script = folder / "app.py"
    script.write_text(PLOTLY_SCRIPT, encoding="utf-8")
    return script


def write_svg_floor_app(folder: Path) -> Path:
    """(d) app.py, payload.json, the component's script and CSS, static/ru_map.json and config in `folder`."""
    from atlas import components, config
    from bench.floor_static import overview_payload, overview_view

    _base(folder)
    shutil.copy(config.STATIC_MAP, folder / "static" / "ru_map.json")
    for asset in ("regionmap.js", "regionmap.css"):
        shutil.copy(components.ASSETS / asset, folder / asset)
    payload = overview_payload(overview_view(), "/app/static/ru_map.json")
    (folder / "payload.json").write_text(json.dumps(payload, ensure_ascii=False), encoding="utf-8")
    script = folder / "app.py"
    script.write_text(SVG_SCRIPT, encoding="utf-8")
    return script
