"""Pre-compressed static files: build brotli and gzip copies once, serve them with the right Content-Encoding.

Streamlit 1.67 sends its JavaScript uncompressed (its gzip middleware skips static paths on purpose: compressing on
every request cost first-load time and memory). The atlas compresses each file once, ahead of time, into a cache
folder, and `CompressedStatic` (ASGI middleware, wired in `serve.py`) answers a request for a static file with the
compressed copy when the browser accepts it; anything else goes to Streamlit unchanged. No Streamlit import: the
asset folder is located from the installed package.

`python -m atlas.server.compression` builds the copies (the server also starts it in the background at start-up).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import gzip
import hashlib
import importlib.util
import json
import mimetypes
import os
import sys
import tempfile
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable, MutableMapping
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from atlas import config

# Files worth compressing: text formats. Fonts (woff2), images and archives are compressed already.
COMPRESSIBLE = (".js", ".mjs", ".css", ".json", ".svg", ".map", ".txt", ".html", ".wasm", ".ttf", ".otf")
MIN_SIZE = 1024  # below this the headers cost more than the saving
BROTLI_QUALITY = 11  # slow to build (about 25 s for plotly.js's 4.7 MB) but built once; 10 % smaller than quality 9
GZIP_LEVEL = 9
ENCODINGS = ("br", "gzip")  # preference order when the browser accepts both
HASHED_MAX_AGE = 365 * 24 * 60 * 60  # Streamlit's own policy for its hashed bundles

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]


@dataclass(frozen=True)
class Root:
    """A folder of static files and the URL prefix it is served under."""

    prefix: str  # e.g. "/static/" (Streamlit's bundles) or "/app/static/" (the atlas's static/)
    folder: Path
    immutable: bool  # hashed file names: cacheable for a year


def streamlit_static_dir() -> Path:
    """The folder of Streamlit's frontend (index.html, static/js/…), located without importing Streamlit."""
    spec = importlib.util.find_spec("streamlit")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("streamlit is not installed")
    return Path(next(iter(spec.submodule_search_locations))) / "static"


def default_roots() -> tuple[Root, ...]:
    """Streamlit's hashed bundles under /static/ and the atlas's own static/ under /app/static/."""
    frontend = streamlit_static_dir()
    return (
        Root("/static/", frontend / "static", immutable=True),
        Root(config.STATIC_URL, config.STATIC_DIR, immutable=False),
    )


def cache_dir() -> Path:
    """Where the compressed copies live: $ATLAS_CACHE_DIR, else .cache/compressed in the repository (git-ignored)."""
    override = os.environ.get("ATLAS_CACHE_DIR", "").strip()
    return Path(override) if override else config.ROOT / ".cache" / "compressed"


def _fingerprint(path: Path) -> str:
    """Size and modification time of a source file: a copy is used only while both still match."""
    stat = path.stat()
    return f"{stat.st_size}-{stat.st_mtime_ns}"


def variant_path(cache: Path, root: Root, relative: str, encoding: str, fingerprint: str) -> Path:
    """The compressed copy of one file: keyed by root, path, source fingerprint and encoding."""
    digest = hashlib.sha256(f"{root.prefix}|{relative}|{fingerprint}".encode()).hexdigest()[:32]
    return cache / digest[:2] / f"{digest}.{encoding}"


def candidates(roots: Iterable[Root]) -> list[tuple[Root, str, Path]]:
    """Every compressible file under the roots, as (root, relative URL path, file)."""
    found = []
    for root in roots:
        if not root.folder.is_dir():
            continue
        for path in sorted(root.folder.rglob("*")):
            wanted = path.is_file() and not path.is_symlink() and path.suffix.lower() in COMPRESSIBLE
            if wanted and path.stat().st_size >= MIN_SIZE:
                found.append((root, path.relative_to(root.folder).as_posix(), path))
    return found


def _compress(data: bytes, encoding: str, quality: int | None) -> bytes:
    if encoding == "gzip":
        return gzip.compress(data, compresslevel=quality or GZIP_LEVEL, mtime=0)
    import brotli  # type: ignore[import-not-found,import-untyped]

    return bytes(brotli.compress(data, quality=BROTLI_QUALITY if quality is None else quality))


def _write_atomically(target: Path, data: bytes) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=".tmp-")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _build_one(job: tuple[str, str, str, str, int | None]) -> int:
    """Compress one file into one encoding (in a worker process); returns the bytes written, 0 if kept as is."""
    source, target, encoding, fingerprint, quality = job
    data = Path(source).read_bytes()
    packed = _compress(data, encoding, quality)
    if len(packed) >= len(data):
        return 0  # no gain: the file is served as it is
    _write_atomically(Path(target), packed)
    return len(packed)


def build(
    roots: Iterable[Root] | None = None,
    cache: Path | None = None,
    quality: int | None = None,
    workers: int = 1,
    log: Callable[[str], None] | None = None,
) -> dict[str, int]:
    """Build every missing compressed copy; returns counts. Safe to run while a server reads the cache."""
    roots = tuple(roots) if roots is not None else default_roots()
    cache = cache or cache_dir()
    jobs = []
    for root, relative, path in candidates(roots):
        fingerprint = _fingerprint(path)
        for encoding in ENCODINGS:
            target = variant_path(cache, root, relative, encoding, fingerprint)
            if not target.exists():
                jobs.append((str(path), str(target), encoding, fingerprint, quality))
    # The biggest files first: they gain the most (plotly.js, the main bundle).
    jobs.sort(key=lambda job: -Path(job[0]).stat().st_size)
    written = 0
    if jobs and workers > 1:
        with ProcessPoolExecutor(max_workers=workers) as pool:
            written = sum(1 for size in pool.map(_build_one, jobs) if size)
    else:
        for job in jobs:
            written += 1 if _build_one(job) else 0
            if log:
                log(f"compressed {Path(job[0]).name} ({job[2]})")
    return {"files": len(jobs), "written": written}


def accepted(header: str) -> list[str]:
    """The encodings of ENCODINGS that an Accept-Encoding header allows, in our preference order."""
    allowed = {}
    for part in header.split(","):
        name, _, params = part.strip().partition(";")
        weight = 1.0
        for param in params.split(";"):
            key, _, value = param.strip().partition("=")
            if key == "q":
                try:
                    weight = float(value)
                except ValueError:
                    weight = 0.0
        allowed[name.strip().lower()] = weight
    return [enc for enc in ENCODINGS if allowed.get(enc, allowed.get("*", 0.0)) > 0]


class CompressedStatic:
    """ASGI middleware: a GET of a static file gets its pre-compressed copy when one is ready and accepted.

    Everything else (other paths, a copy not built yet, a browser that does not accept it) passes to Streamlit.
    """

    def __init__(self, app: ASGIApp, roots: Iterable[Root] | None = None, cache: Path | None = None) -> None:
        self.app = app
        self.roots = tuple(roots) if roots is not None else default_roots()
        self.cache = cache or cache_dir()

    def _resolve(self, path: str) -> tuple[Root, str, Path] | None:
        for root in self.roots:
            if path.startswith(root.prefix):
                relative = path[len(root.prefix) :]
                if not relative or "\\" in relative or any(p in ("", ".", "..") for p in relative.split("/")):
                    return None
                source = root.folder / relative
                if source.suffix.lower() in COMPRESSIBLE and source.is_file() and not source.is_symlink():
                    return root, relative, source
                return None
        return None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope.get("method") not in ("GET", "HEAD"):
            await self.app(scope, receive, send)
            return
        resolved = self._resolve(scope.get("path", ""))
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", [])}
        if resolved is None or "range" in headers:
            await self.app(scope, receive, send)
            return
        root, relative, source = resolved
        fingerprint = _fingerprint(source)
        for encoding in accepted(headers.get("accept-encoding", "")):
            variant = variant_path(self.cache, root, relative, encoding, fingerprint)
            if variant.is_file():
                await self._send_variant(scope, send, source, variant, encoding, fingerprint, root, headers)
                return
        await self.app(scope, receive, send)

    async def _send_variant(
        self,
        scope: Scope,
        send: Send,
        source: Path,
        variant: Path,
        encoding: str,
        fingerprint: str,
        root: Root,
        request_headers: dict[str, str],
    ) -> None:
        etag = f'"{fingerprint}-{encoding}"'
        media_type = mimetypes.guess_type(source.name)[0] or "application/octet-stream"
        if media_type.startswith("text/") or media_type in ("application/javascript", "application/json"):
            media_type += "; charset=utf-8"
        cache_control = f"public, immutable, max-age={HASHED_MAX_AGE}" if root.immutable else "no-cache"
        response_headers = [
            (b"content-type", media_type.encode()),
            (b"content-encoding", encoding.encode()),
            (b"vary", b"Accept-Encoding"),
            (b"etag", etag.encode()),
            (b"cache-control", cache_control.encode()),
            (b"x-content-type-options", b"nosniff"),
        ]
        if etag in request_headers.get("if-none-match", ""):
            await send({"type": "http.response.start", "status": 304, "headers": response_headers})
            await send({"type": "http.response.body", "body": b""})
            return
        body = variant.read_bytes()
        response_headers.append((b"content-length", str(len(body)).encode()))
        await send({"type": "http.response.start", "status": 200, "headers": response_headers})
        await send({"type": "http.response.body", "body": b"" if scope["method"] == "HEAD" else body})


@contextlib.asynccontextmanager
async def background_build(_app: object) -> AsyncIterator[None]:
    """Server lifespan: build the missing compressed copies in a low-priority child process, then stop it on exit.

    Requests are served uncompressed until each copy is ready. Off when $ATLAS_PRECOMPRESS is "0".
    """
    process = None
    if os.environ.get("ATLAS_PRECOMPRESS", "1") != "0" and importlib.util.find_spec("brotli") is not None:
        try:
            process = await asyncio.create_subprocess_exec(
                sys.executable, "-m", "atlas.server.compression", "--quiet", "--nice",
                cwd=str(config.ROOT), stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.DEVNULL,
            )  # fmt: skip
        except OSError:
            process = None  # serving uncompressed is still correct
    try:
        yield
    finally:
        if process is not None and process.returncode is None:
            process.terminate()
            with contextlib.suppress(ProcessLookupError, asyncio.TimeoutError):
                await asyncio.wait_for(process.wait(), timeout=5)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m atlas.server.compression", description=__doc__.splitlines()[0])
    parser.add_argument("--quality", type=int, default=None, help="brotli quality (default 11)")
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--quiet", action="store_true")
    parser.add_argument("--nice", action="store_true", help="lower this process's priority (background build)")
    args = parser.parse_args(argv)
    if args.nice and hasattr(os, "nice"):
        os.nice(10)
    counts = build(quality=args.quality, workers=args.workers, log=None if args.quiet else print)
    print(json.dumps({"cache": str(cache_dir()), **counts}), file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
