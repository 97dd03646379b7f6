"""Tests of atlas.server.compression: copies built once, served with the right headers, everything else passed on."""

from __future__ import annotations

import asyncio
import gzip
import os
from pathlib import Path

import brotli
import pytest

from atlas.server import compression

BODY = ("const atlas = 'Беларусь и регионы России';\n" * 400).encode()


@pytest.fixture
def site(tmp_path: Path) -> tuple[compression.Root, Path]:
    folder = tmp_path / "assets"
    (folder / "js").mkdir(parents=True)
    (folder / "js" / "index.abc123.js").write_bytes(BODY)
    (folder / "tiny.js").write_bytes(b"x=1")  # below MIN_SIZE: never compressed
    (folder / "font.woff2").write_bytes(os.urandom(4096))  # compressed already: not a candidate
    return compression.Root("/static/", folder, immutable=True), tmp_path / "cache"


def call(app: compression.CompressedStatic, path: str, headers: dict[str, str], method: str = "GET") -> dict:
    """One request through the middleware; returns status, headers and body, and whether it was passed on."""
    sent: list[dict] = []
    passed: list[str] = []

    async def downstream(scope, receive, send):  # noqa: ANN001, ANN202
        passed.append(scope["path"])
        await send({"type": "http.response.start", "status": 200, "headers": [(b"content-type", b"text/plain")]})
        await send({"type": "http.response.body", "body": b"from streamlit"})

    async def receive():  # noqa: ANN202
        return {"type": "http.request", "body": b""}

    async def send(message):  # noqa: ANN001, ANN202
        sent.append(message)

    app.app = downstream
    scope = {"type": "http", "method": method, "path": path,
             "headers": [(k.lower().encode(), v.encode()) for k, v in headers.items()]}  # fmt: skip
    asyncio.run(app(scope, receive, send))
    start = sent[0]
    return {
        "status": start["status"],
        "headers": {k.decode(): v.decode() for k, v in start["headers"]},
        "body": b"".join(m.get("body", b"") for m in sent[1:]),
        "passed": bool(passed),
    }


def test_accept_encoding_is_read_with_weights() -> None:
    assert compression.accepted("gzip, deflate, br") == ["br", "gzip"]
    assert compression.accepted("gzip;q=1.0, br;q=0") == ["gzip"]
    assert compression.accepted("identity") == []
    assert compression.accepted("*") == ["br", "gzip"]
    assert compression.accepted("") == []


def test_build_compresses_text_once_and_skips_small_and_binary(site) -> None:
    root, cache = site
    first = compression.build([root], cache, quality=1)
    assert first == {"files": 2, "written": 2}  # index.js in br and gzip; tiny.js and the font are not candidates
    assert compression.build([root], cache, quality=1) == {"files": 0, "written": 0}  # nothing left to do


def test_a_compressed_copy_is_served_with_its_encoding(site) -> None:
    root, cache = site
    compression.build([root], cache, quality=5)
    app = compression.CompressedStatic(lambda *a: None, roots=[root], cache=cache)  # type: ignore[arg-type]
    br = call(app, "/static/js/index.abc123.js", {"Accept-Encoding": "gzip, deflate, br"})
    assert not br["passed"] and br["status"] == 200
    assert br["headers"]["content-encoding"] == "br" and br["headers"]["vary"] == "Accept-Encoding"
    assert br["headers"]["content-type"].startswith(("text/javascript", "application/javascript"))
    assert "immutable" in br["headers"]["cache-control"]
    assert brotli.decompress(br["body"]) == BODY and len(br["body"]) < len(BODY) / 5
    gz = call(app, "/static/js/index.abc123.js", {"Accept-Encoding": "gzip"})
    assert gz["headers"]["content-encoding"] == "gzip" and gzip.decompress(gz["body"]) == BODY
    head = call(app, "/static/js/index.abc123.js", {"Accept-Encoding": "br"}, method="HEAD")
    assert head["body"] == b"" and int(head["headers"]["content-length"]) == len(br["body"])
    again = call(app, "/static/js/index.abc123.js", {"Accept-Encoding": "br", "If-None-Match": br["headers"]["etag"]})
    assert again["status"] == 304 and again["body"] == b""


@pytest.mark.parametrize(
    ("path", "headers"),
    [
        ("/static/js/index.abc123.js", {}),  # the browser accepts no encoding
        ("/static/js/index.abc123.js", {"Accept-Encoding": "br", "Range": "bytes=0-10"}),  # ranges: as they are
        ("/static/tiny.js", {"Accept-Encoding": "br"}),  # never compressed
        ("/static/../assets/js/index.abc123.js", {"Accept-Encoding": "br"}),  # no way out of the folder
        ("/static/js/missing.js", {"Accept-Encoding": "br"}),
        ("/visits", {"Accept-Encoding": "br"}),  # pages and everything else: Streamlit's own
    ],
)
def test_everything_else_passes_to_streamlit(site, path: str, headers: dict[str, str]) -> None:
    root, cache = site
    compression.build([root], cache, quality=1)
    app = compression.CompressedStatic(lambda *a: None, roots=[root], cache=cache)  # type: ignore[arg-type]
    assert call(app, path, headers)["passed"]


def test_a_changed_file_is_not_served_from_a_stale_copy(site) -> None:
    root, cache = site
    compression.build([root], cache, quality=1)
    (root.folder / "js" / "index.abc123.js").write_bytes(BODY + b"// changed\n")
    app = compression.CompressedStatic(lambda *a: None, roots=[root], cache=cache)  # type: ignore[arg-type]
    assert call(app, "/static/js/index.abc123.js", {"Accept-Encoding": "br"})["passed"]


def test_the_default_roots_are_streamlit_bundles_and_the_atlas_static_folder() -> None:
    streamlit_root, atlas_root = compression.default_roots()
    assert streamlit_root.prefix == "/static/" and any(streamlit_root.folder.glob("js/index.*.js"))
    assert atlas_root.prefix == "/app/static/" and (atlas_root.folder / "ru_map.json").is_file()
