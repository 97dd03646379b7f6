"""One home for every fact: a colour, a palette, a string, a pattern, a setting or a widget key is written once.

Each check reads the code as text or syntax (never runs it) and names the file and line of a second copy.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from atlas import config
from atlas.figures import palette
from atlas.text import lookup as i18n

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


PROJECTION_HOME = ROOT / "atlas" / "geo" / "projection.py"  # the map's and the brief's one projection
PROJ = re.compile(r"\+proj=.*")  # a PROJ definition, from its +proj= on


def outside_home(files: list[Path], home: Path, pattern: re.Pattern[str]) -> list[str]:
    """'file:line match' for every string constant (not a docstring) outside `home` that writes `pattern`."""
    return [
        f"{where(path, line)} {match}"
        for path in files
        if path != home
        for line, text in strings(path)
        for match in pattern.findall(text)
    ]


def hex_outside_palette(files: list[Path]) -> list[str]:
    return outside_home(files, PALETTE, HEX)


HOMES = {"colour": (PALETTE, HEX), "projection": (PROJECTION_HOME, PROJ)}


@pytest.mark.parametrize("fact", HOMES)
def test_every_colour_and_the_projection_live_in_their_home(fact: str) -> None:
    assert outside_home(sources(), *HOMES[fact]) == []


@pytest.mark.parametrize(
    ("fact", "planted", "found"),
    [
        ("colour", '"""Docstring #abcdef is prose."""\nGRID = {"gridcolor": "#eee"}\nURL = "page#top"\n', "#eee"),
        ("projection", '"""Not +proj=lcc, prose."""\nLCC = "+proj=lcc +lat_1=52 +datum=WGS84"\n',
         "+proj=lcc +lat_1=52 +datum=WGS84"),
    ],
)  # fmt: skip
def test_a_colour_or_a_projection_planted_outside_its_home_is_found(
    tmp_path: Path, fact: str, planted: str, found: str
) -> None:
    module = tmp_path / "planted.py"
    module.write_text(planted)
    assert outside_home([module], *HOMES[fact]) == [f"planted.py:2 {found}"]


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


# --- strings: each key defined once, used, and one key per vocabulary value


def app_sources() -> list[Path]:
    """The files whose strings a user reads: the app, its pages and atlas/ (not the tables themselves)."""
    return [p for p in sources() if "bench" not in p.parts and "strings" not in p.parts]


def _pattern(node: ast.JoinedStr) -> re.Pattern[str] | None:
    """f"level.{v}" → level\\..+ and f"{card}.help" → .+\\.help; None when no literal part names a key's segment."""
    parts = node.values
    literal = "".join(p.value for p in parts if isinstance(p, ast.Constant))
    first = parts[0] if parts else None
    prefixed = isinstance(first, ast.Constant) and re.fullmatch(r"[a-z_]+(\.[A-Za-z_>-]+)*\.", str(first.value))
    suffixed = (
        isinstance(parts[-1], ast.Constant) and re.fullmatch(r"\.[a-z_]+", str(parts[-1].value)) if parts else False
    )
    if not (prefixed or suffixed) or not re.search("[a-z]", literal):
        return None
    return re.compile("".join(re.escape(p.value) if isinstance(p, ast.Constant) else ".+" for p in parts), re.DOTALL)


def key_uses(files: list[Path]) -> tuple[set[str], list[re.Pattern[str]], list[tuple[str, ast.expr]]]:
    """(every string constant, every f-string key pattern and "prefix." + … pattern, the first arguments of t())."""
    constants: set[str] = set()
    patterns: list[re.Pattern[str]] = []
    calls: list[tuple[str, ast.expr]] = []
    for path in files:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                constants.add(node.value)
                if re.match(r"^[a-z_]+(\.[a-z_]+)*\.$", node.value):
                    patterns.append(re.compile(re.escape(node.value) + ".+"))  # "body." + kind
            elif isinstance(node, ast.JoinedStr) and (pattern := _pattern(node)) is not None:
                patterns.append(pattern)
            elif isinstance(node, ast.Call) and node.args:
                name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
                if name == "t":
                    calls.append((where(path, node.lineno), node.args[0]))
    return constants, patterns, calls


def unused_keys(defined: set[str], files: list[Path]) -> list[str]:
    constants, patterns, _ = key_uses(files)
    return sorted(k for k in defined if k not in constants and not any(p.fullmatch(k) for p in patterns))


def undefined_keys(defined: set[str], files: list[Path]) -> list[str]:
    _, _, calls = key_uses(files)
    missing = []
    for place, arg in calls:
        if isinstance(arg, ast.Constant) and isinstance(arg.value, str) and arg.value not in defined:
            missing.append(f"{place} {arg.value}")
        elif isinstance(arg, ast.JoinedStr) and (pattern := _pattern(arg)) and not any(map(pattern.fullmatch, defined)):
            missing.append(f"{place} {pattern.pattern}")
    return missing


def test_every_string_key_is_used() -> None:
    assert unused_keys(set(i18n.STRINGS), app_sources()) == []


def test_every_key_the_code_asks_for_is_defined() -> None:
    assert undefined_keys(set(i18n.STRINGS), app_sources()) == []


def test_an_unused_and_an_undefined_key_are_found(tmp_path: Path) -> None:
    code = tmp_path / "code.py"
    code.write_text('t("a.used")\nt(f"level.{v}")\nt("a.missing")\nt(f"nothing.{v}")\nx = "body." + kind\n')
    defined = {"a.used", "a.unused", "level.one", "body.group"}
    assert unused_keys(defined, [code]) == ["a.unused"]
    assert undefined_keys(defined, [code]) == ["code.py:3 a.missing", "code.py:4 nothing\\..+"]


VOCABULARIES = {
    "visit direction": config.VISIT_DIRECTIONS,
    "visit level": config.VISIT_LEVELS,
    "trade measure": config.MEASURES,
    "federal district": config.FEDERAL_DISTRICTS,
    "Belarusian party": config.BELARUS_PARTIES,
    "agreement status": config.AGREEMENT_STATUSES,
    "cooperation body": config.BODY_KINDS,
}
# Keys whose text is the same word for two different things: a page and the dataset it shows; a Ministry indicator,
# or a map mode, and the dataset of the same name; "no record" of an agreement and of a working group; the meetings
# as a table column and as a chart series; a qualifier as a number's prefix and as the source's wording in a table.
SAME_WORD_OTHER_THING = {
    frozenset({"nav.visits", "dataset.visits"}),
    frozenset({"nav.working_groups", "dataset.working_groups"}),
    frozenset({"nav.forums", "dataset.forums"}),
    frozenset({"dataset.wg_meetings", "mfa.wg_meetings"}),
    frozenset({"dataset.agreements", "map.mode.agreements"}),
    frozenset({"status.none", "wg.activity.none"}),
    frozenset({"wg.meetings", "wg.series.meetings"}),
    frozenset({"qualifier.almost", "region.qualifier.almost"}),
    frozenset({"qualifier.forecast", "region.qualifier.forecast"}),
}


def label_families(strings: dict[str, dict[str, str]], values: tuple[str, ...]) -> list[str]:
    """Every key prefix that labels each value of a vocabulary (`level.` for level.president, level.minister, …)."""
    prefixes = {key[: -len(value)] for key in strings for value in values if key.endswith("." + value)}
    return sorted(p for p in prefixes if all(p + v in strings for v in values))


def twins(strings: dict[str, dict[str, str]]) -> list[list[str]]:
    """Groups of keys with the same last segment and the same text in every language (one value labelled twice)."""
    groups: dict[tuple[str, ...], list[str]] = {}
    for key, entry in strings.items():
        groups.setdefault((key.rsplit(".", 1)[-1], *(entry.get(lang, "") for lang in i18n.LANGS)), []).append(key)
    return [sorted(g) for g in groups.values() if len(g) > 1 and frozenset(g) not in SAME_WORD_OTHER_THING]


def test_one_label_family_per_vocabulary() -> None:
    families = {name: label_families(i18n.STRINGS, values) for name, values in VOCABULARIES.items()}
    assert {name: len(found) for name, found in families.items()} == dict.fromkeys(VOCABULARIES, 1), families


def test_no_value_is_labelled_twice_with_the_same_text() -> None:
    assert twins(i18n.STRINGS) == []


def test_a_second_label_set_and_a_twin_are_found() -> None:
    strings = {
        "level.a": {"ru": "А", "en": "A"},
        "level.b": {"ru": "Б", "en": "B"},
        "region.level.a": {"ru": "а", "en": "a"},
        "region.level.b": {"ru": "Б", "en": "B"},
    }
    assert label_families(strings, ("a", "b")) == ["level.", "region.level."]
    assert twins(strings) == [["level.b", "region.level.b"]]


# --- settings: the reporting year and the region code's pattern are written in atlas/config.py alone


def shown_sources() -> list[Path]:
    """What draws the pages: app.py, the pages, atlas/views and atlas/app."""
    found = [*ROOT.glob("app_pages/*.py"), *ROOT.glob("atlas/views/**/*.py"), *ROOT.glob("atlas/app/**/*.py")]
    return sorted([ROOT / "app.py", *found])


def report_years(files: list[Path], year: int = config.REPORT_YEAR) -> list[str]:
    """Places that write the reporting year as a number or inside a string (docstrings and comments aside)."""
    spelled = re.compile(rf"(?<!\d){year}(?!\d)")
    found = []
    for path in files:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and type(node.value) is int and node.value == year:
                found.append(f"{where(path, node.lineno)} {year}")
        found += [f"{where(path, line)} {text!r}" for line, text in strings(path) if spelled.search(text)]
    return sorted(found)


def test_the_report_year_is_the_setting() -> None:
    assert report_years(shown_sources()) == []


def test_a_report_year_written_out_is_found(tmp_path: Path) -> None:
    planted = tmp_path / "planted.py"
    planted.write_text('"""The 2024 totals."""\nyear = 2024  # 2024\nother = 20245\ntitle = "Итоги 2024 года"\n')
    assert report_years([planted], 2024) == ["planted.py:2 2024", "planted.py:4 'Итоги 2024 года'"]


CODE_PATTERN = re.compile(r"RU-(?:\[|\\|\.|\(\?)")  # "RU-" then a pattern's class, escape, wildcard or group


def region_code_patterns(files: list[Path]) -> list[str]:
    """Strings outside atlas/config.py that spell a pattern of region codes (config.REGION_CODE is the one)."""
    home = ROOT / "atlas" / "config.py"
    return sorted(f"{where(path, line)} {text}" for path in files if path != home for line, text in strings(path)
                  if CODE_PATTERN.search(text))  # fmt: skip


def test_one_region_code_pattern() -> None:
    assert region_code_patterns(sources()) == []
    assert config.REGION_CODE.match("RU-SMO") and not config.REGION_CODE.match("RU-smo")


def test_a_second_region_code_pattern_is_found(tmp_path: Path) -> None:
    planted = tmp_path / "planted.py"
    planted.write_text('CODE = re.compile(r"^RU-[A-Z]{2,3}$")\nSHOWN = "RU-SMO"\nLINK = r"region=RU-\\w+"\n')
    assert region_code_patterns([planted]) == ["planted.py:1 ^RU-[A-Z]{2,3}$", "planted.py:3 region=RU-\\w+"]


# --- widget and session keys: written in atlas/app/state.py alone

KEY_HOME = ROOT / "atlas" / "app" / "state.py"
SESSION_CALLS = ("get", "pop", "setdefault")


def streamlit_sources() -> list[Path]:
    """The code that calls Streamlit: app.py, the pages and atlas/app."""
    return sorted([ROOT / "app.py", *ROOT.glob("app_pages/*.py"), *ROOT.glob("atlas/app/**/*.py")])


def keyed_functions(files: list[Path]) -> dict[tuple[str, str], int]:
    """(module, function) → the position of its `key` parameter, for the functions of `files` that take one (the
    widgets and panels of atlas/app: a key handed to them by position is a widget's key too)."""
    keyed = {}
    for path in files:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef):
                names = [a.arg for a in (*node.args.posonlyargs, *node.args.args)]
                if "key" in names:
                    keyed[(path.stem, node.name)] = names.index("key")
    return keyed


def _written_out(node: ast.expr) -> bool:
    """A key spelled here: a string, or an f-string that starts with text ("region.{x}"; "{key}.csv" derives one)."""
    if isinstance(node, ast.JoinedStr):
        return bool(node.values) and isinstance(node.values[0], ast.Constant)
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def _key_arguments(call: ast.Call, module: str, keyed: dict[tuple[str, str], int]) -> Iterator[ast.expr]:
    """The key a call passes: `key=`, the atlas function's `key` by position, a session-state lookup's name."""
    yield from (k.value for k in call.keywords if k.arg == "key")
    func = call.func
    if isinstance(func, ast.Attribute):
        target = (func.value.id if isinstance(func.value, ast.Name) else "", func.attr)
        on_session = isinstance(func.value, ast.Attribute) and func.value.attr == "session_state"
        if on_session and func.attr in SESSION_CALLS and call.args:
            yield call.args[0]
    else:
        target = (module, getattr(func, "id", ""))
    if target in keyed and len(call.args) > keyed[target]:
        yield call.args[keyed[target]]


def keys_outside_state(files: list[Path], keyed: dict[tuple[str, str], int]) -> list[str]:
    """Widget and session keys written outside atlas/app/state.py (also through a name: `key = "a.b"; …(key=key)`)."""
    found = []
    for path in files:
        if path == KEY_HOME:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        named = {
            target.id: node.value
            for node in ast.walk(tree)
            if isinstance(node, ast.Assign) and _written_out(node.value)
            for target in node.targets
            if isinstance(target, ast.Name)
        }
        for node in ast.walk(tree):
            if isinstance(node, ast.Call):
                keys = list(_key_arguments(node, path.stem, keyed))
            elif isinstance(node, ast.Subscript) and isinstance(node.value, ast.Attribute):
                keys = [node.slice] if node.value.attr == "session_state" else []
            else:
                continue
            keys = [named.get(key.id, key) if isinstance(key, ast.Name) else key for key in keys]
            found += [f"{where(path, key.lineno)} {ast.unparse(key)}" for key in keys if _written_out(key)]
    return sorted(set(found))


def test_every_widget_and_session_key_lives_in_state() -> None:
    keyed = keyed_functions(sorted(ROOT.glob("atlas/app/**/*.py")))
    assert keys_outside_state(streamlit_sources(), keyed) == []


def test_a_key_written_outside_state_is_found(tmp_path: Path) -> None:
    planted = tmp_path / "planted.py"
    planted.write_text(
        "def table(frame, key, lang): ...\n"
        'st.button("Go", key="page.go")\n'
        'table(frame, f"region.{code}.table", lang)\n'
        'st.session_state["page.seen"] = True\n'
        'st.session_state.pop("page.seen", None)\n'
        'st.download_button("CSV", key=f"{key}.csv")\n'
        "chart(figure, key=state.CHART)\n"
        'i18n.t("page.title", lang)\n'
        'chosen = "page.chosen"\n'
        "st.multiselect(label, options, key=chosen)\n"
        "st.session_state[chosen] = []\n"
    )
    assert keys_outside_state([planted], keyed_functions([planted])) == [
        "planted.py:2 'page.go'",
        "planted.py:3 f'region.{code}.table'",
        "planted.py:4 'page.seen'",
        "planted.py:5 'page.seen'",
        "planted.py:9 'page.chosen'",  # where the key is written, once for its two uses
    ]
