"""Bad-input campaign: a copy of a data folder (and of the boundary files) with ONE file broken per case.

For each case: (a) `python -m atlas check-data DIR` on a broken copy of the bundled data exits 1 (0 for warning-only
cases) and prints a `FILE:ROW: COLUMN: message` line naming the broken file (and row/column where they apply); (b) the
app, pointed with ATLAS_DATA_DIR at a broken copy of the tiny UI fixture (tests/fixtures/ui), renders without an
exception, shows an error panel naming the file wherever the page asks for a dataset that depends on it, keeps the
rest of the page (the Ministry's KPI cards when mfa_totals.csv is intact) and never carries a raw `<script>` tag in a
markdown element. Every page is rendered for a few representative cases, only the overview for the rest (to keep
the suite fast).
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from streamlit.testing.v1 import AppTest

from atlas import config
from atlas.__main__ import main as cli
from atlas.app import panels
from atlas.datasets.schema import SPECS
from tests import uidata
from tests.apptest import component_text, fresh_app

ROOT = Path(__file__).resolve().parent.parent
BUNDLED = ROOT / "data"

PAGES = sorted(p.relative_to(ROOT).as_posix() for p in (ROOT / "app_pages").glob("*.py"))  # each one reached by
OVERVIEW = "app_pages/overview.py"  # switch_page below: a page missing from the navigation fails the case
KPI_FIRST = str(uidata.mfa("agreements_total"))  # the first card: agreements_total of the fixture's mfa_totals.csv
SCRIPT = "<script>alert(1)</script>"
SECRET = "TOPSECRET-4c1d"  # what a file that check-data must not read holds
IMG = "<img src=x onerror=alert(1)"  # no closing '>': still markup to a browser
MD_LINK = "[Смоленская область](https://evil.example/)"
MD_IMAGE = "![x](https://evil.example/pixel.png)"
URL_TRICK = "https://belstat.gov.by/x)![t](https://evil.example/pixel.png"
FORMULA = "=cmd|' /C calc'!A0"


# --- ways to break a file -----------------------------------------------------------------------------------------


def _rows(path: Path) -> list[list[str]]:
    return list(csv.reader(io.StringIO(path.read_text(encoding="utf-8"))))


def _write_rows(path: Path, rows: list[list[str]]) -> None:
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(rows)
    path.write_text(out.getvalue(), encoding="utf-8")


def set_cell(column: str, value: str, row: int = 1) -> Callable[[Path], None]:
    """Set `column` of data row `row` (1 = the line after the header, i.e. file line 2)."""

    def apply(path: Path) -> None:
        rows = _rows(path)
        rows[row][rows[0].index(column)] = value
        _write_rows(path, rows)

    return apply


def duplicate_first_row(path: Path) -> None:
    rows = _rows(path)
    _write_rows(path, [rows[0], rows[1], rows[1], *rows[2:]])


def repeat_statement(path: Path) -> None:
    """The first row again, from another outlet: one statement in two rows."""
    rows = _rows(path)
    again = list(rows[1])
    again[rows[0].index("source_url")] = "https://another-outlet.example/same-figure"
    _write_rows(path, [rows[0], rows[1], again, *rows[2:]])


def drop_column(column: str) -> Callable[[Path], None]:
    def apply(path: Path) -> None:
        rows = _rows(path)
        i = rows[0].index(column)
        _write_rows(path, [r[:i] + r[i + 1 :] for r in rows])

    return apply


def add_column(path: Path) -> None:
    rows = _rows(path)
    _write_rows(path, [rows[0] + ["colour"], *[r + ["red"] for r in rows[1:]]])


def to_cp1251(path: Path) -> None:
    path.write_bytes(path.read_text(encoding="utf-8").encode("cp1251", errors="replace"))


def add_bom(path: Path) -> None:
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())


def semicolons(path: Path) -> None:
    rows = _rows(path)
    out = io.StringIO()
    csv.writer(out, delimiter=";", lineterminator="\n").writerows(rows)
    path.write_text(out.getvalue(), encoding="utf-8")


def empty(path: Path) -> None:
    path.write_bytes(b"")


def huge(path: Path) -> None:
    """50 MB, sparse: the header, then a hole. Must be refused by size before it is read."""
    header = path.read_text(encoding="utf-8").splitlines()[0] + "\n"
    with path.open("wb") as handle:
        handle.write(header.encode())
        handle.truncate(50 * 1024 * 1024)


def header_only(path: Path) -> None:
    path.write_text(path.read_text(encoding="utf-8").splitlines()[0] + "\n", encoding="utf-8")


def garbage(path: Path) -> None:
    path.write_bytes(bytes((i * 7919 + 13) % 256 for i in range(4096)))


def directory(path: Path) -> None:
    path.unlink()
    path.mkdir()
    (path / "inner.csv").write_text("x\n", encoding="utf-8")


def symlink_to(target: str | Callable[[Path], Path]) -> Callable[[Path], None]:
    """Replace the file by a symbolic link (to a fixed path, or to a file the callable writes beside it)."""

    def apply(path: Path) -> None:
        goal = target(path) if callable(target) else Path(target)
        path.unlink()
        path.symlink_to(goal)

    return apply


def secret_beside(path: Path) -> Path:
    """A private file that looks like a data file: a link to it must not get its contents printed."""
    secret = path.parent.parent / "private.csv"
    header = path.read_text(encoding="utf-8").splitlines()[0]
    secret.write_text(f"{header},{SECRET}\n{SECRET}\n", encoding="utf-8")
    return secret


def fifo(path: Path) -> None:
    """A named pipe: opening it for reading would block check-data forever."""
    path.unlink()
    os.mkfifo(path)


def stray_quote(path: Path) -> None:
    """Line 4 opens a quoted cell that never closes."""
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    lines[3] = '"' + lines[3]
    path.write_text("".join(lines), encoding="utf-8")


def truncate_half(path: Path) -> None:
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])


def edit_map(change: Callable[[dict], None]) -> Callable[[Path], None]:
    def apply(path: Path) -> None:
        paths = json.loads(path.read_text(encoding="utf-8"))
        change(paths)
        path.write_text(json.dumps(paths), encoding="utf-8")

    return apply


def _unknown_code(paths: dict) -> None:
    paths["regions"]["RU-ZZZ"] = "M0 0l1 1z"


def _drop_smolensk(paths: dict) -> None:
    del paths["regions"]["RU-SMO"]


# --- the cases ----------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Case:
    id: str
    file: str
    breaks: Callable[[Path], None]
    expected: str  # regex the CLI must print (a `FILE:ROW: COLUMN: message` line)
    exit_code: int = 1
    all_pages: bool = False  # render every page (else the overview only)
    panel: bool = True  # the overview shows an error panel naming the file (False: the overview does not use it)


CASES = [
    Case("cp1251", "trade.csv", to_cp1251, r"^trade\.csv:\d+: -: not valid UTF-8",
         all_pages=True),
    Case("bom", "trade.csv", add_bom, r"^warning: trade\.csv:1: -: starts with a byte-order mark", exit_code=0,
         panel=False),
    Case("semicolons", "trade.csv", semicolons, r"^trade\.csv:1: -: columns are separated by ';'"),
    Case("missing-column", "rankings.csv", drop_column("rank"), r"^rankings\.csv:1: rank: required column is missing"),
    Case("extra-column", "mfa_totals.csv", add_column, r"^mfa_totals\.csv:1: colour: unexpected column"),
    Case("duplicate-key", "mfa_totals.csv", duplicate_first_row,
         r"^mfa_totals\.csv:3: year\+indicator: duplicate key"),
    Case("unknown-region", "trade.csv", set_cell("region_iso", "RU-ZZZ"), r"^trade\.csv:2: region_iso: unknown region"),
    Case("misspelled-code", "agreements.csv", set_cell("region_iso", "ru-smo"), r"^agreements\.csv:2: region_iso: ",
         panel=False),
    Case("text-in-number", "trade.csv", set_cell("turnover", "много"), r"^trade\.csv:2: turnover: not a number"),
    Case("negative-amount", "rankings.csv", set_cell("value", "-5"), r"^rankings\.csv:2: value: negative amount"),
    Case("impossible-date", "visits.csv", set_cell("date", "2024-02-30"), r"^visits\.csv:2: date: not a date",
         panel=False),
    Case("empty-file", "regions.csv", empty, r"^regions\.csv:-: -: file is empty"),
    Case("50MB", "trade.csv", huge, r"^trade\.csv:-: -: file is 52\.4 MB, over the 10 MB limit"),
    Case("html-in-name", "regions.csv", set_cell("name_ru", SCRIPT), r"^regions\.csv:2: name_ru: contains HTML markup",
         all_pages=True),
    Case("formula", "agreements.csv", set_cell("title_en", FORMULA),
         r"^agreements\.csv:2: title_en: starts like a spreadsheet formula", panel=False),
    Case("english-in-russian", "visits.csv", set_cell("purpose_ru", "Working visit"),
         r"^visits\.csv:2: purpose_ru: Russian text without Cyrillic letters: 'Working visit'", panel=False),
    Case("russian-missing", "mfa_totals.csv", set_cell("note_ru", ""),
         r"^mfa_totals\.csv:2: note_ru: empty, but note_en has a text: the Russian version is missing"),
    Case("cyrillic-in-english", "forums.csv", set_cell("theme_en", "Промышленная политика"),
         r"^forums\.csv:2: theme_en: English text with Cyrillic letters", panel=False),
    Case("one-statement-twice", "trade.csv", repeat_statement,
         r"^trade\.csv:3: turnover: the same statement as line 2 \(region, year, period, unit and figures\)"),
    Case("no-year-basis", "trade.csv", set_cell("year_basis", ""), r"^trade\.csv:2: year_basis: empty, but a value"),
    Case("no-source", "working_groups.csv", set_cell("source_url", ""),
         r"^working_groups\.csv:2: source_url: empty, but a value is required", panel=False),
    Case("header-only", "mfa_totals.csv", header_only, r"^$", exit_code=0, all_pages=True, panel=False),
    Case("garbage", "forums.csv", garbage, r"^forums\.csv:\d+: -: not valid UTF-8", panel=False),
    Case("directory", "working_groups.csv", directory, r"^working_groups\.csv:-: -: ", panel=False),
    # hostile but lawful values: the right type, yet they would break, hijack or leak through a page
    Case("inf-number", "trade.csv", set_cell("turnover", "9" * 400), r"^trade\.csv:2: turnover: not a finite amount",
         all_pages=True),
    Case("absurd-number", "rankings.csv", set_cell("value", "123456789"), r"^rankings\.csv:2: value: not a finite"),
    Case("huge-int", "mfa_totals.csv", set_cell("value", "9" * 5000), r"^mfa_totals\.csv:2: value: more than 15 dig"),
    Case("vertical-tab", "regions.csv", set_cell("name_ru", "Смоленская\x0bобласть"),
         r"^regions\.csv:2: name_ru: contains a control"),
    Case("nul", "visits.csv", set_cell("purpose_ru", "визит\x00"), r"^visits\.csv:2: purpose_ru: contains a control",
         panel=False),
    Case("bidi-override", "agreements.csv", set_cell("title_ru", "\u202eобратно"),
         r"^agreements\.csv:2: title_ru: contains a control", panel=False),
    Case("unclosed-img", "regions.csv", set_cell("name_en", IMG), r"^regions\.csv:2: name_en: contains HTML markup"),
    Case("markdown-link", "regions.csv", set_cell("name_ru", MD_LINK),
         r"^regions\.csv:2: name_ru: contains Markdown link"),
    Case("markdown-image", "agreements.csv", set_cell("title_en", MD_IMAGE),
         r"^agreements\.csv:2: title_en: contains Markdown link", panel=False),
    Case("long-name", "regions.csv", set_cell("name_ru", "Ы" * 5000), r"^regions\.csv:2: name_ru: longer than 150"),
    Case("url-credentials", "mfa_totals.csv", set_cell("source_url", "https://belstat.gov.by@other.host/"),
         r"^mfa_totals\.csv:2: source_url: address carries a user name"),
    Case("url-space", "trade.csv", set_cell("source_url", "https://belstat.gov.by/a b"),
         r"^trade\.csv:2: source_url: address contains a space"),
    Case("url-markdown", "mfa_totals.csv", set_cell("source_url", URL_TRICK),
         r"^mfa_totals\.csv:2: source_url: address contains '!' '\(' '\)' '\[' '\]': outside RFC 3986"),
    Case("url-cyrillic", "visits.csv", set_cell("source_url", "https://belta.by/новости"),
         r"^visits\.csv:2: source_url: address contains .*percent-encode", panel=False),
    Case("symlink-environ", "trade.csv", symlink_to("/proc/self/environ"),
         r"^trade\.csv:-: -: not a regular file \(a symbolic link\)"),
    Case("symlink-secret", "regions.csv", symlink_to(secret_beside),
         r"^regions\.csv:-: -: not a regular file \(a symbolic link\)"),
    Case("fifo", "forums.csv", fifo, r"^forums\.csv:-: -: not a regular file \(a device", panel=False),
    Case("stray-quote", "trade.csv", stray_quote, r"^trade\.csv:4: -: not readable as CSV: "),
    # boundary files the map could not draw
    Case("geo-truncated", "geo/ru_regions.geojson", truncate_half, r"^geo/ru_regions\.geojson:-: -: cannot read",
         all_pages=True),
    Case("map-unknown-code", "static/ru_map.json", edit_map(_unknown_code),
         r"^static/ru_map\.json:-: -: regions: codes not in regions\.csv: \['RU-ZZZ'\]", panel=False),
    Case("map-missing-region", "static/ru_map.json", edit_map(_drop_smolensk),
         r"^static/ru_map\.json:-: -: regions: no path for mapped region\(s\) \['RU-SMO'\]"),
]  # fmt: skip


BOUNDARIES = {"REGIONS_GEOJSON": "geo/ru_regions.geojson", "BELARUS_GEOJSON": "geo/belarus.geojson",
              "STATIC_MAP": "static/ru_map.json"}  # fmt: skip


def _break(case: Case, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, source: Path = BUNDLED) -> Path:
    """A copy of `source` (and of the boundary files, which the app and check-data then use) with the case applied."""
    folder = tmp_path / "data"
    shutil.copytree(source, folder)
    for setting, relative in BOUNDARIES.items():
        copy = tmp_path / relative
        copy.parent.mkdir(exist_ok=True)
        shutil.copyfile(ROOT / relative, copy)
        monkeypatch.setattr(config, setting, copy)
    case.breaks(tmp_path / case.file if case.file in BOUNDARIES.values() else folder / case.file)
    return folder


def _leaks(text: str, tmp_path: Path) -> list[str]:
    """What must never be shown: a file check-data must not read, the environment, the server's folders."""
    found = [s for s in (SECRET, f"PATH={os.environ.get('PATH')}", str(ROOT), str(tmp_path)) if s in text]
    return [f"shows {s[:40]!r}" for s in found]


@pytest.fixture
def broken(request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Case, Path]:
    case: Case = request.param
    return case, _break(case, tmp_path, monkeypatch)


# --- (a) the command line -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("broken", CASES, ids=[c.id for c in CASES], indirect=True)
def test_check_data_names_the_file(
    broken: tuple[Case, Path], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    case, folder = broken
    code = cli(["check-data", str(folder)])
    captured = capsys.readouterr()
    out = captured.out
    assert not _leaks(captured.out + captured.err.replace(str(folder), "DIR"), tmp_path), out
    assert code == case.exit_code, out
    lines = out.splitlines()
    if case.expected == "^$":  # a valid file: nothing to report about it
        assert [line for line in lines if case.file in line] == [], out
        return
    assert any(re.search(case.expected, line) for line in lines), out
    # Only the broken file (or files that depend on it) is reported, never a traceback.
    assert "Traceback" not in out


# --- (b) the app --------------------------------------------------------------------------------------------------


def _app(folder: Path, monkeypatch: pytest.MonkeyPatch) -> AppTest:
    monkeypatch.setenv("ATLAS_DATA_DIR", str(folder))
    return fresh_app()


def _without_code_spans(text: str) -> str:
    return re.sub(r"`[^`]*`", "", text)


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> set[str]:
    """The datasets the pages asked panels.datasets_ready for (the run's pages and panels call it before using a
    dataset); the test clears it before each run. AppTest runs the script in this process, so the patch applies."""
    names: set[str] = set()
    real = panels.datasets_ready

    def recording(wanted: list[str], lang: str) -> bool:
        names.update(wanted)
        return real(wanted, lang)

    monkeypatch.setattr(panels, "datasets_ready", recording)
    return names


def _affected(file: str) -> set[str]:
    """The broken dataset and every dataset that depends on it (they are 'not checked')."""
    out = {file.removesuffix(".csv")}
    changed = True
    while changed:
        changed = False
        for name, spec in SPECS.items():
            if name not in out and set(spec.depends_on) & out:
                out.add(name)
                changed = True
    return out


def _page_problems(at: AppTest, case: Case, page: str, tmp_path: Path, used: set[str]) -> list[str]:
    """What is wrong with one rendered page that asked for the datasets `used`, as readable lines (empty: fine)."""
    found = []
    if at.exception:
        found.append(f"{page}: exception {[e.value for e in at.exception]}")
    errors = " ".join(str(e.value) for e in at.error)
    for element in [*at.markdown, *at.caption, *at.error, *at.title, *at.header, *at.subheader]:
        if "<script" in _without_code_spans(str(element.value)).lower():
            found.append(f"{page}: raw <script> in {element.type}: {str(element.value)[:120]}")
        found += [f"{page}: {element.type} {leak}" for leak in _leaks(str(element.value), tmp_path)]
    panel_expected = not (page.endswith("overview.py") and not case.panel)
    if case.file in BOUNDARIES.values():  # the map's files: the overview draws the map
        used, panel_expected = ({case.file} if page.endswith("overview.py") else set()), case.panel
    if case.exit_code == 1 and used and used & _affected(case.file) and case.file not in errors and panel_expected:
        found.append(f"{page}: no error panel naming {case.file}; errors: {errors[:200]!r}")
    if case.exit_code == 0 and at.error:
        found.append(f"{page}: error panel for a valid file: {errors[:200]!r}")
    kpis = [m.value for m in at.metric][:1]
    if page.endswith("overview.py") and case.file != "mfa_totals.csv" and kpis != [KPI_FIRST]:
        found.append(f"{page}: the KPI cards are gone: {[m.value for m in at.metric][:2]}")
    return found


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_app_shows_the_problem_and_the_rest(
    case: Case, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, asked: set[str]
) -> None:
    folder = _break(case, tmp_path, monkeypatch, source=uidata.FOLDER)
    at = _app(folder, monkeypatch)
    at.run()
    assert asked, "the overview asked for no dataset: the recorder is not in place"
    problems = _page_problems(at, case, OVERVIEW, tmp_path, set(asked))
    if case.all_pages:  # one session walks through every other page
        for page in PAGES:
            if page == OVERVIEW:
                continue
            try:
                asked.clear()
                at.switch_page(page)
                at.run()
            except Exception as exc:  # noqa: BLE001 - e.g. a page not registered in the navigation
                problems.append(f"{page}: could not be rendered: {type(exc).__name__}: {str(exc)[:150]}")
                continue
            problems += _page_problems(at, case, page, tmp_path, set(asked))
    assert not problems, "\n".join(problems)


def test_suite_stays_small() -> None:
    """Guard the suite's runtime: a bounded number of AppTest runs."""
    assert sum(1 for c in CASES if c.all_pages) <= 6
    assert os.path.isdir(BUNDLED)


# --- (c) the second line of defence: hostile values that got past check-data --------------------------------------
# With the guards switched off (as if a rule had a gap), every page, every slide and both briefs must still escape
# the data for their medium: no live Markdown link or image, no HTML, no infinity in a component's JSON, a source
# shown by its real host, a brief that opens (one page, control characters gone, title within Word's limit).

HOSTILE_REGION = "RU-SMO"
EVIL = "evil.example"
DISGUISED = "https://belstat.gov.by.trusted-label@other.example/x"  # shows one site, opens another
HOSTILE_CELLS = {  # file → column → value, for the rows of HOSTILE_REGION (all rows of mfa_totals.csv)
    "regions.csv": {
        "name_ru": f"Смоленская [область](https://{EVIL}/a) <img src=x onerror=alert(1) **ж**\x0b\x01",
        "name_en": f"Smolensk [Oblast](https://{EVIL}/a) <img src=x onerror=alert(1)\x01",
    },
    "mfa_totals.csv": {"source_url": URL_TRICK.replace("evil.example", EVIL)},
    "trade.csv": {"source_url": DISGUISED, "turnover": "9" * 400},
    "agreements.csv": {"title_ru": f"Соглашение ![x](https://{EVIL}/pixel.png)\x00", "title_en": MD_IMAGE},
    "visits.csv": {"purpose_ru": "визит\x0b <b>жирно</b> [тут](https://evil.example/)", "purpose_en": "visit\x00"},
}


def _hostile_folder(tmp_path: Path) -> Path:
    """The bundled data with hostile cells (a 400-digit turnover among them, which the loader types as no figure:
    tests/test_loaders.py)."""
    folder = tmp_path / "data"
    shutil.copytree(BUNDLED, folder)
    for name, cells in HOSTILE_CELLS.items():
        rows = _rows(folder / name)
        header = rows[0]
        hit = 0
        for row in rows[1:]:
            if name == "mfa_totals.csv" or row[header.index("region_iso")] == HOSTILE_REGION:
                hit += 1
                for column, value in cells.items():
                    if column == "turnover" and hit > 1:
                        continue  # one infinite figure is enough
                    # distinct addresses: the address is part of trade.csv's key
                    row[header.index(column)] = f"{value}?{hit}" if value == DISGUISED else value
        _write_rows(folder / name, rows)
    return folder


@pytest.fixture
def unguarded(monkeypatch: pytest.MonkeyPatch) -> None:
    """Switch the hostile-value rules off, so the render paths get the values."""
    from atlas.datasets import guards

    monkeypatch.setattr(guards, "rules", lambda column, kind: [])


def _live_markup(text: str) -> list[str]:
    """Markup that a Markdown renderer would act on (escaped characters removed first)."""
    bare = re.sub(r"\\.", "", text)
    found = []
    if re.search(r"\]\(\s*<?https?://" + re.escape(EVIL), bare):
        found.append("a live link or image to " + EVIL)
    if re.search(r"<\s*(img|b)\b", bare, re.I):
        found.append("an HTML tag")
    if "trusted-label" in bare:
        found.append("a disguised source shown by its user part")
    return found


def _no_constants(text: str) -> Any:
    def refuse(constant: str) -> Any:
        raise ValueError(f"{constant} in a component's JSON")

    return json.loads(text, parse_constant=refuse)


def _rendered_problems(at: AppTest, where: str) -> list[str]:
    found = [f"{where}: exception {[e.value for e in at.exception]}"] if at.exception else []
    texts = [*at.markdown, *at.caption, *at.title, *at.header, *at.subheader, *at.error, *at.warning, *at.info]
    for element in texts:
        found += [f"{where}: {element.type}: {why}: {str(element.value)[:160]!r}" for why in _live_markup(
            str(element.value))]  # fmt: skip
    for metric in at.metric:
        found += [f"{where}: metric label: {why}" for why in _live_markup(str(metric.label))]
    for component in at.get("bidi_component"):
        try:
            _no_constants(component_text(component))
        except ValueError as exc:
            found.append(f"{where}: {component.proto.component_name}: {exc}")
    return found


VIEWS = [  # (page, query) — every page, the profile of the hostile region, every slide
    (OVERVIEW, {}), (OVERVIEW, {"lang": "en"}),
    ("app_pages/region.py", {"region": HOSTILE_REGION}),
    ("app_pages/region.py", {"region": HOSTILE_REGION, "lang": "en"}),
    *[(p, {}) for p in PAGES if not p.endswith(("overview.py", "region.py", "present.py"))],
    *[(OVERVIEW, {"present": "1", "slide": str(n), "region": HOSTILE_REGION}) for n in range(1, 7)],
]  # fmt: skip


def test_hostile_values_are_escaped_on_every_page_and_slide(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, unguarded: None
) -> None:
    folder = _hostile_folder(tmp_path)
    problems = []
    for page, query in VIEWS:
        at = _app(folder, monkeypatch)
        for key, value in query.items():
            at.query_params[key] = value
        at.run()
        if page != OVERVIEW:
            at.switch_page(page)
            for key, value in query.items():
                at.query_params[key] = value
            at.run()
        if not query.get("present") and not at.exception:
            assert at.error == [] or page.endswith("sources.py"), [e.value for e in at.error]  # the data loaded
        problems += _rendered_problems(at, f"{page} {query}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("lang", ["ru", "en"])
def test_hostile_values_make_briefs_that_open(tmp_path: Path, unguarded: None, lang: str) -> None:
    import docx
    from pypdf import PdfReader

    from atlas.datasets import guards, loaders
    from atlas.export import brief

    folder = _hostile_folder(tmp_path)
    rows = _rows(folder / "regions.csv")
    long_word = "Ы" if lang == "ru" else "Y"
    rows[[r[0] for r in rows].index(HOSTILE_REGION)][rows[0].index(f"name_{lang}")] += " " + long_word * 115_000
    _write_rows(folder / "regions.csv", rows)
    frames = loaders.load_all(folder).frames
    assert set(frames) >= {"regions", "trade", "agreements", "visits"}
    made = brief.build_brief(HOSTILE_REGION, frames, None, lang)
    word = docx.Document(io.BytesIO(brief.brief_docx(made)))
    texts = [p.text for p in word.paragraphs] + [c.text for t in word.tables for r in t.rows for c in r.cells]
    # (python-docx joins a cell's paragraphs with "\n": that is layout, not data)
    assert not [t for t in texts if guards.CONTROL.search(t.replace("\n", " "))]
    assert len(word.core_properties.title) <= 255 and "…" in word.core_properties.title  # cut, with an ellipsis
    reader = PdfReader(io.BytesIO(brief.brief_pdf(made)))
    assert len(reader.pages) == 1
    assert "…" in reader.pages[0].extract_text()


@pytest.mark.parametrize("lang", ["ru", "en"])
def test_a_brief_that_cannot_be_made_says_why(monkeypatch: pytest.MonkeyPatch, lang: str) -> None:
    """The bytes are made after the click: a failure there must give a document with the reason, not nothing."""
    import docx
    from pypdf import PdfReader

    from atlas.datasets import loaders
    from atlas.export import brief
    from atlas.text import lookup as i18n
    from atlas.views import region as vr

    def broken(*args: object, **kwargs: object) -> object:
        raise ValueError("All strings must be XML compatible")

    monkeypatch.setattr(brief, "build_brief", broken)
    frames = loaders.load_all(uidata.FOLDER).frames
    word, pdf = (file.data() for file in vr.brief_files(HOSTILE_REGION, frames, None, lang))
    reason = i18n.t("brief.failed", lang, code=HOSTILE_REGION)
    assert docx.Document(io.BytesIO(word)).paragraphs[0].text == reason
    assert " ".join(PdfReader(io.BytesIO(pdf)).pages[0].extract_text().split())[:40] == reason[:40]
