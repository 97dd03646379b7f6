"""The atlas as an ASGI application: `streamlit run serve.py` (what `make run` starts) serves `app.py` through
Streamlit's own server, with the atlas's middleware in front of it.

- `CompressedStatic` answers requests for static files (Streamlit's bundles, the atlas's `static/`) with brotli or
  gzip copies built once at start-up in a background process (`atlas/server/compression.py`): Streamlit itself sends its
  JavaScript uncompressed (4.7 MB of plotly.js goes out as 4.7 MB).
- `SecurityHeaders` (outermost, so the compressed copies get them too) adds the security headers to every response
  and drops Streamlit's `Access-Control-Allow-Origin: *` from static files (`atlas/server/security.py`).
- `probes.routes` answer the pages' own addresses (`/visits`), so a deep link does not make the frontend probe
  `/visits/_stcore/health` into a 404 first (`atlas/server/probes.py`).
"""

import streamlit as st
from starlette.middleware import Middleware

from atlas.server import probes
from atlas.server.compression import CompressedStatic, background_build
from atlas.server.security import SecurityHeaders

app = st.App(
    "app.py",
    middleware=[Middleware(SecurityHeaders), Middleware(CompressedStatic)],
    lifespan=background_build,
    routes=probes.routes,
)
