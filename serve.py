"""The atlas as an ASGI application: `streamlit run serve.py` (what `make run` starts) serves `app.py` through
Streamlit's own server, with the atlas's middleware in front of it.

- `CompressedStatic` answers requests for static files (Streamlit's bundles, the atlas's `static/`) with brotli or
  gzip copies built once at start-up in a background process (`atlas/compression.py`): Streamlit itself sends its
  JavaScript uncompressed (4.7 MB of plotly.js goes out as 4.7 MB).
"""

import streamlit as st
from starlette.middleware import Middleware

from atlas.compression import CompressedStatic, background_build

app = st.App("app.py", middleware=[Middleware(CompressedStatic)], lifespan=background_build)
