"""Repository rules: pure modules stay pure, pages stay thin, every data region exists, nothing reaches outside."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from atlas import config
from atlas.datasets import loaders

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "atlas"
MODULES = sorted(PACKAGE.rglob("*.py"))
PAGES = sorted((ROOT / "app_pages").glob("*.py"))


def top_level_imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names}
    names |= {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) and node.module}
    return {name.split(".")[0] for name in names}


@pytest.mark.parametrize(
    "module", [p for p in MODULES if p.parent != PACKAGE / "app"], ids=lambda p: str(p.relative_to(ROOT))
)
def test_only_the_app_package_imports_streamlit(module: Path) -> None:
    assert "streamlit" not in top_level_imports(module)


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_pages_are_thin(page: Path) -> None:
    text = page.read_text(encoding="utf-8")
    assert len(text.splitlines()) <= 80
    for forbidden in ("read_csv", "read_file", "groupby", ".merge(", "cache_data", "cache_resource",
                      "set_page_config", "unsafe_allow_html"):  # fmt: skip
        assert forbidden not in text, forbidden


def test_no_unsafe_html_anywhere() -> None:
    for path in [ROOT / "app.py", *PAGES, *MODULES]:
        assert "unsafe_allow_html=True" not in path.read_text(encoding="utf-8"), path


def test_every_data_region_is_in_the_registry_and_every_polygon_region_has_a_boundary() -> None:
    frames = loaders.load_all(config.BUNDLED_DATA_DIR).frames
    registry = frames["regions"]
    import json

    drawn = {f["properties"]["region_iso"] for f in json.loads(config.REGIONS_GEOJSON.read_text())["features"]}
    assert set(registry.loc[registry.has_polygon, "region_iso"]) == drawn
    assert len(drawn) == 83


def test_every_row_has_a_source() -> None:
    for name, frame in loaders.load_all(config.BUNDLED_DATA_DIR).frames.items():
        assert frame["source_url"].str.match(r"^https?://").all(), name


def test_no_file_loads_from_other_hosts() -> None:
    """The app runs offline: no code or page fetches from a CDN or any host at run time."""
    pattern = re.compile(r"https?://(?!localhost|127\.0\.0\.1)[\w.-]+\.(?:com|net|org|io)/\S*\.(?:js|css|json)")
    for path in [ROOT / "app.py", *PAGES, *MODULES]:
        assert not pattern.search(path.read_text(encoding="utf-8")), path
