"""Framework floor: a minimal Streamlit app (generated into a temp folder) that only shows the overview's map.

Same server settings as the atlas (static serving, websocket compression, wide layout), the same figure (built by
bench.floor_static.overview_figure and stored as JSON), st.plotly_chart with the topojson served by the app.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from bench.common import ROOT

SCRIPT = '''"""Framework floor of the atlas benchmark: one st.plotly_chart of the overview map."""
from pathlib import Path

import plotly.io as pio
import streamlit as st

st.set_page_config(page_title="floor", layout="wide")


@st.cache_resource
def figure():
    return pio.from_json((Path(__file__).parent / "figure.json").read_text(encoding="utf-8"))


st.plotly_chart(figure(), config={"topojsonURL": "/app/static/"})
'''

CONFIG = """[server]
headless = true
enableStaticServing = true
enableXsrfProtection = true
enableWebsocketCompression = true
runOnSave = false
[browser]
gatherUsageStats = false
[client]
toolbarMode = "minimal"
[runner]
magicEnabled = false
"""


def write_floor_app(folder: Path) -> Path:
    """Write app.py, figure.json, static/world_110m.json and .streamlit/config.toml into `folder`."""
    from bench.floor_static import overview_figure

    (folder / ".streamlit").mkdir(parents=True, exist_ok=True)
    (folder / "static").mkdir(exist_ok=True)
    (folder / ".streamlit" / "config.toml").write_text(CONFIG, encoding="utf-8")
    shutil.copy(ROOT / "static" / "world_110m.json", folder / "static" / "world_110m.json")
    (folder / "figure.json").write_text(overview_figure().to_json(), encoding="utf-8")
    script = folder / "app.py"
    script.write_text(SCRIPT, encoding="utf-8")
    return script
