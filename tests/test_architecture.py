"""The package's layers: each folder of atlas/ imports only the layers below it, so the tree reads as the architecture.

app → views, figures, export → rules, datasets, text, geo → config. The ASGI layer (server) needs config alone.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "atlas"
BASE = {"config"}
CORE = {"datasets", "rules", "text", "geo"}
OUTPUTS = {"views", "figures", "export"}
ALLOWED = {
    **dict.fromkeys(CORE, BASE | CORE),
    **dict.fromkeys(OUTPUTS, BASE | CORE | OUTPUTS),
    "app": BASE | CORE | OUTPUTS | {"app"},
    "server": BASE | {"server"},
    "config": set(),
    "__main__": BASE | {"datasets", "geo"},
    "__init__": set(),
}


def layer(path: Path) -> str:
    relative = path.relative_to(PACKAGE)
    return relative.parts[0] if len(relative.parts) > 1 else relative.stem


def atlas_imports(path: Path) -> set[str]:
    """The atlas layers a module imports, anywhere in it (imports inside functions count too)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            parts = node.module.split(".")
            if parts[0] != "atlas":
                continue
            if len(parts) > 1:
                found.add(parts[1])
            else:
                found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.Import):
            found |= {a.name.split(".")[1] for a in node.names if a.name.startswith("atlas.")}
    return found


@pytest.mark.parametrize("module", sorted(PACKAGE.rglob("*.py")), ids=lambda p: str(p.relative_to(ROOT)))
def test_imports_point_down(module: Path) -> None:
    here = layer(module)
    assert here in ALLOWED, f"{module.relative_to(ROOT)}: a new folder needs its place in ALLOWED"
    upward = atlas_imports(module) - ALLOWED[here] - {here}
    assert not upward, f"{module.relative_to(ROOT)} ({here}) imports {sorted(upward)}"


def test_the_rule_catches_an_upward_import(tmp_path: Path) -> None:
    module = tmp_path / "probe.py"
    module.write_text("from atlas.app import cache\n", encoding="utf-8")
    assert atlas_imports(module) - ALLOWED["rules"] == {"app"}


def test_no_module_is_left_at_the_top_of_the_package() -> None:
    """Only the entry points and settings live beside the folders; everything else has its room."""
    assert sorted(p.name for p in PACKAGE.glob("*.py")) == ["__init__.py", "__main__.py", "config.py"]


def modules_imported(path: Path) -> set[str]:
    """Every module `path` imports, dotted ('plotly.graph_objects', 'atlas.figures.analysis'), inside functions too."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            found.add(node.module)
            found |= {f"{node.module}.{alias.name}" for alias in node.names}
    return found


def _name(path: Path) -> str:
    return path.relative_to(ROOT).as_posix() if path.is_relative_to(ROOT) else path.name


def plotly_route(path: Path, seen: frozenset[Path] = frozenset()) -> list[str]:
    """How `path` reaches plotly: [] if it does not, else the chain of modules ending in 'plotly' (through atlas's own
    modules, so a view importing a figures module that builds plotly figures is caught too)."""
    imported = modules_imported(path)
    if any(name == "plotly" or name.startswith("plotly.") for name in imported):
        return [_name(path), "plotly"]
    for name in sorted(imported):
        target = ROOT / (name.replace(".", "/") + ".py")
        if name.startswith("atlas.") and target.is_file() and target not in seen:
            route = plotly_route(target, seen | {path})
            if route:
                return [_name(path), *route]
    return []


@pytest.mark.parametrize("module", sorted((PACKAGE / "views").glob("*.py")), ids=lambda p: p.name)
def test_views_hold_data_not_figures(module: Path) -> None:
    """A view is texts, tables and the data of its charts; atlas.figures draws them, atlas.app asks it to."""
    assert plotly_route(module) == []


def test_the_rule_catches_a_view_that_builds_a_figure(tmp_path: Path) -> None:
    direct = tmp_path / "direct.py"
    direct.write_text("import plotly.graph_objects as go\n", encoding="utf-8")
    through = tmp_path / "through.py"
    through.write_text("from atlas.figures import targets as target_figures\n", encoding="utf-8")
    assert plotly_route(direct) == ["direct.py", "plotly"]
    assert plotly_route(through) == ["through.py", "atlas/figures/targets.py", "plotly"]


def _private(name: str) -> bool:
    return name.startswith("_") and not (name.startswith("__") and name.endswith("__"))


def _is_module(dotted: str) -> bool:
    path = ROOT / dotted.replace(".", "/")
    return path.with_suffix(".py").is_file() or (path / "__init__.py").is_file()


def private_names_taken(path: Path) -> list[str]:
    """'line: atlas.module._name' for every leading-underscore name `path` takes from an atlas module: imported by name
    (`from atlas.views.forums import _roman`) or read off an imported module (`content._urls`). A name another module
    needs is public in its home."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: list[str] = []
    modules: dict[str, str] = {}  # the local name of an imported atlas module -> its dotted name
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and not node.level and node.module.split(".")[0] == "atlas":
            for alias in node.names:
                dotted = f"{node.module}.{alias.name}"
                if _private(alias.name):
                    found.append(f"{node.lineno}: {dotted}")
                elif _is_module(dotted):
                    modules[alias.asname or alias.name] = dotted
        elif isinstance(node, ast.Import):
            modules |= {a.asname: a.name for a in node.names if a.asname and a.name.startswith("atlas.")}
    reads = [n for n in ast.walk(tree) if isinstance(n, ast.Attribute) and isinstance(n.value, ast.Name)]
    taken = [n for n in reads if n.value.id in modules and _private(n.attr)]
    found += [f"{n.lineno}: {modules[n.value.id]}.{n.attr}" for n in taken]
    return sorted(found)


CODE = sorted([*PACKAGE.rglob("*.py"), *(ROOT / "app_pages").glob("*.py"), ROOT / "app.py", ROOT / "serve.py"])


@pytest.mark.parametrize("module", CODE, ids=lambda p: str(p.relative_to(ROOT)))
def test_no_module_takes_a_private_name_of_another(module: Path) -> None:
    assert private_names_taken(module) == [], module.relative_to(ROOT)


def test_the_rule_catches_a_private_name_taken(tmp_path: Path) -> None:
    module = tmp_path / "probe.py"
    module.write_text(
        "from atlas.export.brief import content as brief_content\n"
        "from atlas.text import formats\n"
        "from atlas.views.visits import _sources_column, profile_links\n"
        "import atlas.views.forums as forums\n\n"
        "brief_content._collect_sources(None), formats.number(1), forums._roman(3), formats.__name__\n",
        encoding="utf-8",
    )
    assert private_names_taken(module) == [
        "3: atlas.views.visits._sources_column",
        "6: atlas.export.brief.content._collect_sources",
        "6: atlas.views.forums._roman",
    ]
