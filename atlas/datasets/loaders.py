"""Read data/ files into tidy, validated DataFrames; report every problem as file:row: column: message. No Streamlit.

A file that fails any check is not used at all (the app shows its problems instead): a half-loaded table would
make totals and maps silently wrong.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd
import pandera.errors

from atlas import config
from atlas.datasets import guards, schema
from atlas.datasets.schema import SPECS, FileSpec
from atlas.text import lookup as i18n

MAX_FILE_BYTES = 10 * 1024 * 1024  # the largest bundled file is ~0.1 MB; anything near this is a mistake
LOAD_ORDER = ("regions", "working_groups", "trade", "agreements", "visits", "wg_meetings", "forums", "rankings",
              "mfa_totals", "targets")  # fmt: skip


@dataclass(frozen=True)
class Problem:
    """One finding in a data file. `row` is the line number in the file (the header is line 1)."""

    file: str
    row: int | None
    column: str | None
    message: str
    level: str = "error"  # or "warning": reported, but the file is still used

    def __str__(self) -> str:
        where = f"{self.file}:{self.row if self.row is not None else '-'}"
        return f"{where}: {self.column or '-'}: {self.message}"


class DatasetError(Exception):
    """A data file could not be used; carries every problem found in it."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("\n".join(map(str, problems)))
        self.problems = problems


@dataclass
class Datasets:
    """Every dataset that loaded, and the problems of every file (loaded or not)."""

    frames: dict[str, pd.DataFrame] = field(default_factory=dict)
    problems: dict[str, list[Problem]] = field(default_factory=dict)

    def errors(self) -> list[Problem]:
        return [p for found in self.problems.values() for p in found if p.level == "error"]

    def warnings(self) -> list[Problem]:
        return [p for found in self.problems.values() for p in found if p.level == "warning"]


def _decode(path: Path) -> tuple[str, list[Problem]]:
    """The file's text; a BOM is stripped with a warning, anything not UTF-8 is an error."""
    name = path.name
    # Looked up with lstat and opened with O_NOFOLLOW: a link (to /proc/self/environ, /etc/passwd, …) or a device
    # is refused without reading a byte, so nothing it holds can reach a message, a terminal or a CI log.
    try:
        raw = guards.read_regular(path, MAX_FILE_BYTES)
    except FileNotFoundError:
        raise DatasetError([Problem(name, None, None, "file not found")]) from None
    except guards.NotRegularFile as exc:
        raise DatasetError(
            [Problem(name, None, None, f"not a regular file ({exc}); data files must be plain files, not links")]
        ) from None
    except ValueError as exc:
        size = int(exc.args[0])
        raise DatasetError(
            [Problem(name, None, None, f"file is {size / 1e6:.1f} MB, over the {MAX_FILE_BYTES / 1e6:.0f} MB limit")]
        ) from None
    except OSError as exc:
        raise DatasetError([Problem(name, None, None, f"cannot be read: {exc.strerror or exc}")]) from None
    problems = []
    if raw.startswith(b"\xef\xbb\xbf"):
        problems.append(Problem(name, 1, None, "starts with a byte-order mark (ignored); save as UTF-8 without BOM",
                                "warning"))  # fmt: skip
        raw = raw[3:]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        hint = " (perhaps Windows-1251)" if _looks_cp1251(raw) else ""
        raise DatasetError([Problem(name, line, None, f"not valid UTF-8{hint}; save the file as UTF-8")]) from None
    if not text.strip():
        raise DatasetError([Problem(name, None, None, "file is empty")])
    return text, problems


def _looks_cp1251(raw: bytes) -> bool:
    """Whether the bytes read cleanly as Windows-1251, the usual legacy encoding of Russian-language files."""
    try:
        raw.decode("cp1251")
    except UnicodeDecodeError:
        return False
    return True


def read_text_table(path: Path, spec: FileSpec) -> tuple[pd.DataFrame, list[Problem]]:
    """The file as a frame of stripped strings with the header checked; the index is the file's line number."""
    text, problems = _decode(path)
    name = path.name
    header_line = text.splitlines()[0]
    expected = list(spec.columns)
    if ";" in header_line and "," not in header_line:
        raise DatasetError([Problem(name, 1, None, "columns are separated by ';'; use ',' (comma-separated values)")])
    rows = _parse_csv(name, text)
    header = [cell.strip() for cell in rows[0]]
    missing = [col for col in expected if col not in header and col not in spec.optional]
    extra = [col for col in header if col not in expected]
    header_problems = [Problem(name, 1, col, "required column is missing") for col in missing]
    header_problems += [Problem(name, 1, guards.shown_name(col) if col else "(blank)", "unexpected column")
                        for col in extra[:20]]  # fmt: skip
    if len(set(header)) != len(header):
        header_problems.append(Problem(name, 1, None, "a column name appears twice"))
    if header_problems:
        raise DatasetError(header_problems)
    body: list[list[str]] = []
    lines: list[int] = []
    bad_width: list[Problem] = []
    line_no = 1
    reader = csv.reader(io.StringIO(text), strict=True)
    next(reader)
    for row in reader:
        line_no = reader.line_num
        if not any(cell.strip() for cell in row):
            continue  # blank lines carry nothing
        if len(row) != len(header):
            bad_width.append(Problem(name, line_no, None, f"has {len(row)} cells, the header has {len(header)}"))
            continue
        body.append([cell.strip() for cell in row])
        lines.append(line_no)
    if bad_width:
        raise DatasetError(bad_width)
    frame = pd.DataFrame(body, columns=header, index=pd.Index(lines, name="line"), dtype=str)
    for col in expected:
        if col not in frame.columns:
            frame[col] = ""  # an optional column the folder does not have yet: every cell empty
    return frame[expected], problems


def _parse_csv(name: str, text: str) -> list[list[str]]:
    """Every record of the file; a stray or unclosed quote is reported at the line where its record starts."""
    reader = csv.reader(io.StringIO(text), strict=True)
    rows: list[list[str]] = []
    while True:
        start = reader.line_num + 1
        try:
            rows.append(next(reader))
        except StopIteration:
            return rows
        except csv.Error as exc:
            why = "a quoted cell is never closed" if "end of data" in str(exc) else str(exc)
            raise DatasetError([Problem(name, start, None, f"not readable as CSV: {why} (a stray '\"'?)")]) from None


def validate(frame: pd.DataFrame, spec: FileSpec, known: dict[str, set[str]]) -> list[Problem]:
    """Every schema breach in a text frame (indexed by line number), in file order."""
    try:
        schema.pandera_schema(spec, known).validate(frame, lazy=True)
    except pandera.errors.SchemaErrors as exc:
        found = []
        for index, column, check, value in schema.failure_rows(exc.failure_cases):
            if check == "multiple_fields_uniqueness":
                message = f"duplicate key ({', '.join(spec.key)})"
                column = spec.key[0] if len(spec.key) == 1 else "+".join(spec.key)
            elif value and column in spec.columns and spec.columns[column].kind == "url" and guards.url_messages(value):
                message = f"{'; '.join(guards.url_messages(value))}: {guards.shown(value)}"
            else:
                message = f"{check}: {guards.shown(value)}" if value else check
            found.append(Problem(spec.filename, index, column, message))
        # pandera reports a duplicated key once per column of the key; keep one line each.
        return sorted(set(found), key=lambda p: (p.row or 0, p.column or "", p.message))
    return [Problem(spec.filename, line, column, message, level)
            for line, column, message, level in schema.row_problems(frame, spec)]  # fmt: skip


def _typed(frame: pd.DataFrame, spec: FileSpec) -> pd.DataFrame:
    """Shape change: text cells → typed columns; partial dates gain `<col>_start` and `<col>_precision`."""
    out = frame.reset_index(drop=True).copy()
    for name, col in spec.columns.items():
        cells = out[name]
        if col.kind == "number":
            # Parsed as floats directly: a column of whole numbers with a 400-digit one would otherwise come back as
            # Python ints, which overflow on the way to float64. An infinite figure is no figure: never let it reach a
            # chart, a map or JSON.
            values = cells.replace("", None).map(float, na_action="ignore").astype("float64")
            out[name] = values.where(np.isfinite(values))
        elif col.kind == "int":
            out[name] = pd.to_numeric(cells.replace("", None)).astype("Int64")
        elif col.kind == "bool":
            out[name] = cells.eq("true")
        elif col.kind == "date":
            out[f"{name}_precision"] = cells.str.len().map({4: "year", 7: "month", 10: "day"})
            out[f"{name}_start"] = pd.to_datetime(cells.where(cells.ne("")).map(_complete_date, na_action="ignore"))
    return out


def _complete_date(text: str) -> str:
    return {4: f"{text}-01-01", 7: f"{text}-01"}.get(len(text), text)


def load_file(spec: FileSpec, data_dir: Path, known: dict[str, set[str]]) -> tuple[pd.DataFrame, list[Problem]]:
    """One validated, typed dataset; raises DatasetError with every problem found."""
    missing = [dep for dep in spec.depends_on if dep not in known]
    if missing:
        raise DatasetError(
            [
                Problem(
                    spec.filename,
                    None,
                    None,
                    f"not checked: it refers to {', '.join(m + '.csv' for m in missing)}, which could not be used",
                )
            ]
        )
    frame, warnings = read_text_table(data_dir / spec.filename, spec)
    problems = validate(frame, spec, known)
    if any(p.level == "error" for p in problems):
        raise DatasetError(warnings + problems)
    return _typed(frame, spec), warnings + problems


def load_all(data_dir: Path | None = None) -> Datasets:
    """Every dataset of a data folder; a broken file is reported and left out, the others still load."""
    data_dir = data_dir or config.data_dir()
    result = Datasets()
    known: dict[str, set[str]] = {}
    for name in LOAD_ORDER:
        spec = SPECS[name]
        try:
            frame, warnings = load_file(spec, data_dir, known)
        except DatasetError as exc:
            result.problems[name] = exc.problems
            continue
        result.frames[name] = frame
        result.problems[name] = warnings
        if spec.key and len(spec.key) == 1:
            known[name] = set(frame[spec.key[0]].astype(str))
    return result


def localised(frame: pd.DataFrame, lang: str) -> pd.DataFrame:
    """`frame` with each bilingual text `<col>_ru` / `<col>_en` also as `<col>`, in `lang` — the one place a view's
    data text is picked.

    Never the other language: where only the other half holds a text, `<col>` is the "no text on record" marker of
    `lang`; where neither does, it is empty. The `_ru`/`_en` columns stay (names, exports that want both). In an
    interface language the data has no texts in (Belarusian), `<col>` holds the Russian text.
    """
    lang = i18n.data_lang(lang)  # an interface language without data texts of its own reads the Russian ones
    other = "en" if lang == "ru" else "ru"
    pairs = [c.removesuffix("_ru") for c in frame.columns if c.endswith("_ru") and f"{c[:-3]}_en" in frame.columns]
    if not pairs:
        return frame
    marker = i18n.t("no_text", lang)
    out = frame.copy()
    for base in pairs:
        mine = out[f"{base}_{lang}"].fillna("").astype(str)
        theirs = out[f"{base}_{other}"].fillna("").astype(str)
        out[base] = mine.where(mine.ne("") | theirs.eq(""), marker)
    return out
