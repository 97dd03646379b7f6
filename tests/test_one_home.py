"""One home for every fact: a colour, a palette, a string, a pattern, a setting or a widget key is written once.

Each check reads the code as text or syntax (never runs it) and names the file and line of a second copy.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

from atlas.figures import palette

ROOT = Path(__file__).resolve().parent.parent
PALETTE = ROOT / "atlas" / "figures" / "palette.py"
HEX = re.compile(r"(?<![\w&])#(?:[0-9A-Fa-f]{6}|[0-9A-Fa-f]{3})(?![0-9A-Za-z_])")


def sources() -> list[Path]:
    """Every Python file of the app and its tools (not the tests)."""
    found = [*ROOT.glob("atlas/**/*.py"), *ROOT.glob("app_pages/*.py"), *ROOT.glob("bench/**/*.py")]
    return sorted([ROOT / "app.py", ROOT / "serve.py", *found])


def _docstrings(tree: ast.AST) -> set[int]:
    """ids of the docstring constants of a module, its classes and functions."""
    ids = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                ids.add(id(first.value))
    return ids


def strings(path: Path) -> Iterator[tuple[int, str]]:
    """(line, text) of every string constant in `path` but docstrings (f-strings give their literal parts)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skip = _docstrings(tree)
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in skip:
            yield node.lineno, node.value


def where(path: Path, line: int) -> str:
    return f"{path.relative_to(ROOT) if path.is_relative_to(ROOT) else path.name}:{line}"


def hex_outside_palette(files: list[Path]) -> list[str]:
    return [
        f"{where(path, line)} {match}"
        for path in files
        if path != PALETTE
        for line, text in strings(path)
        for match in HEX.findall(text)
    ]


def test_every_colour_lives_in_the_palette() -> None:
    assert hex_outside_palette(sources()) == []


def test_a_colour_planted_outside_the_palette_is_found(tmp_path: Path) -> None:
    planted = tmp_path / "planted.py"
    planted.write_text('"""Docstring #abcdef is prose."""\nGRID = {"gridcolor": "#eee"}\nURL = "page#top"\n')
    assert hex_outside_palette([planted]) == ["planted.py:2 #eee"]


def loose_palettes(module_source: str) -> list[str]:
    """Names of module-level collections of colours in palette.py that are not named *_COLOURS (the colour-vision
    test, tests/test_accessibility.py, finds palettes by that ending: another name would escape it)."""
    loose = []
    for node in ast.parse(module_source).body:
        if isinstance(node, ast.Assign | ast.AnnAssign):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            names = [t.id for t in targets if isinstance(t, ast.Name)]
            value = node.value
            if isinstance(value, ast.Dict):
                items = value.values
            elif isinstance(value, ast.Tuple | ast.List):
                items = value.elts
            else:
                continue
            if any(isinstance(i, ast.Constant) and isinstance(i.value, str) and HEX.fullmatch(i.value) for i in items):
                loose += [n for n in names if not n.endswith("_COLOURS")]
            elif items and all(isinstance(i, ast.Name | ast.Subscript) for i in items):
                loose += [n for n in names if not n.endswith("_COLOURS")]  # a palette made of named colours
    return loose


def test_every_palette_goes_through_the_colour_vision_check() -> None:
    assert loose_palettes(PALETTE.read_text(encoding="utf-8")) == []


def test_a_palette_under_another_name_is_found() -> None:
    planted = 'SHADES = ("#111111", "#222222")\nNAMED = {"a": BLUE, "b": GREEN}\nOK_COLOURS = ("#123456",)\n'
    assert loose_palettes(planted) == ["SHADES", "NAMED"]


def test_the_accent_is_the_theme_colour() -> None:
    theme = (ROOT / ".streamlit" / "config.toml").read_text(encoding="utf-8")
    assert f'primaryColor = "{palette.ACCENT}"' in theme
