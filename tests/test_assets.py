"""The components' scripts as Streamlit receives them: each asset with its imported modules inlined (components.py)."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from atlas.app import components

IMPORT = re.compile(r"^import\s", re.MULTILINE)


def test_each_component_script_is_one_module_with_its_imports_inlined_once() -> None:
    picture = (components.ASSETS / "picture.js").read_text(encoding="utf-8")
    for asset in ("regionmap", "chart", "rankedbars", "stage"):
        script = components.bundle(asset)
        assert not IMPORT.search(script)  # a blob: URL cannot resolve a relative import
        assert script.count("export default function") == 1
        uses_picture = asset in ("regionmap", "chart")
        assert script.count("export function savePicture(") == (1 if uses_picture else 0)
        assert (picture in script) is uses_picture


@pytest.mark.parametrize("asset", ["regionmap", "chart", "rankedbars", "stage"])
def test_each_bundle_parses_as_one_module(asset: str, tmp_path: Path) -> None:
    """Inlined modules share one scope: two of them declaring the same name would be a SyntaxError in the browser."""
    node = shutil.which("node")
    assert node, "node is needed (make test installs npm and node)"
    script = tmp_path / f"{asset}.mjs"
    script.write_text(components.bundle(asset), encoding="utf-8")
    checked = subprocess.run([node, "--check", str(script)], capture_output=True, text=True, timeout=60, check=False)
    assert checked.returncode == 0, checked.stderr


def test_a_nested_import_is_inlined_before_its_user(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "lib").mkdir()
    (tmp_path / "lib" / "a.js").write_text('import { b } from "./b.js";\n\nexport const a = () => b;\n')
    (tmp_path / "lib" / "b.js").write_text("export const b = 1;\n")
    (tmp_path / "main.js").write_text(
        'import { a } from "./lib/a.js";\nimport {\n  b,\n} from "./lib/b.js";\n\nexport default () => a() + b;\n'
    )
    monkeypatch.setattr(components, "ASSETS", tmp_path)
    script = components.bundle("main")
    order = [script.index(text) for text in ("export const b = 1;", "export const a =", "export default")]
    assert order == sorted(order) and script.count("export const b") == 1 and not IMPORT.search(script)
