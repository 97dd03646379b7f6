"""Declarative schemas of the data/ files (see data/SCHEMA.md) and their pandera checks. No Streamlit.

Cells are validated as text, exactly as they stand in the file, so every message can quote what the user typed;
`atlas.datasets.loaders` converts types only after a file has passed.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass, field
from datetime import date

import pandas as pd
import pandera.pandas as pa

from atlas import config
from atlas.datasets import guards

PARTIAL_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
NUMBER = re.compile(r"^\d+(?:\.\d+)?$")
INTEGER = re.compile(r"^\d+$")
URL = re.compile(r"^https?://\S+$")
CYRILLIC = re.compile(r"[\u0400-\u04ff]")
# A cell a spreadsheet would run as a formula: =…, +…, @…, or - followed by something that is not a number.
FORMULA = re.compile(r"^(?:[=+@\t\r]|-(?!\d))")
TRADE_PERIODS = ("year", *(f"jan-{m}" for m in ("feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov")))
QUALIFIERS = ("exact", "approx", "more_than", "almost", "forecast")
FORUM_UNITS = (*config.UNITS, "BYN million")


@dataclass(frozen=True)
class Col:
    """One column: its kind, whether it may be empty, and kind-specific options."""

    kind: str  # text, enum, number, int, bool, date, url, region, id, ref
    required: bool = False
    values: tuple[str, ...] = ()  # enum: allowed values; id: (regex,); ref: (dataset, column)
    minimum: int = 0  # int: smallest allowed value
    maximum: int = 10**9  # int: largest allowed value
    lang: str = ""  # text: "ru" or "en" for one half of a bilingual pair `<name>_ru`, `<name>_en`
    text_required: bool = False  # a bilingual pair that must hold a text (checked by `row_problems`)


@dataclass(frozen=True)
class FileSpec:
    """A data file: its columns in order, its key and the datasets it refers to."""

    name: str
    columns: dict[str, Col]
    key: tuple[str, ...]
    depends_on: tuple[str, ...] = ("regions",)
    extra_region_codes: tuple[str, ...] = field(default=())
    # Columns an older data folder may lack: read as empty when the header has none (added after the first release).
    optional: tuple[str, ...] = ()
    # A fact (a bilingual pair's base name, or one column) and the column naming its source: a text there needs its
    # address there (`row_problems`).
    sourced: tuple[tuple[str, str], ...] = ()

    @property
    def filename(self) -> str:
        return f"{self.name}.csv"

    @property
    def text_pairs(self) -> tuple[str, ...]:
        """Base names of the bilingual text columns (`note` for `note_ru`, `note_en`), in file order."""
        return tuple(
            name.removesuffix("_ru")
            for name, col in self.columns.items()
            if col.lang == "ru" and self.columns.get(name.removesuffix("_ru") + "_en", Col("")).lang == "en"
        )


def _text(required: bool = False) -> Col:
    return Col("text", required)


def _pair(name: str, required: bool = False) -> dict[str, Col]:
    """A free text in Russian and English: `<name>_ru`, `<name>_en` (Russian first).

    `required` here means the text must exist (in both languages: see `row_problems`); each cell alone may be
    empty so that a missing half is reported as a missing translation, not as an empty cell.
    """
    return {f"{name}_ru": Col("text", lang="ru", text_required=required),
            f"{name}_en": Col("text", lang="en", text_required=required)}  # fmt: skip


def _enum(*values: str, required: bool = True) -> Col:
    return Col("enum", required, values)


SOURCE = Col("url", required=True)
REGION = Col("region", required=True)

SPECS: dict[str, FileSpec] = {
    spec.name: spec
    for spec in (
        FileSpec(
            "regions",
            {
                "region_iso": Col("id", True, (config.REGION_CODE.pattern,)),
                "name_ru": Col("text", True, lang="ru"),
                "name_en": Col("text", True, lang="en"),
                "federal_district": _enum(*config.FEDERAL_DISTRICTS),
                "has_polygon": Col("bool", True),
                "aliases": _text(),
                **_pair("capital"),
                "capital_source_url": Col("url"),
                "name_be": _text(),  # the Belarusian name: the region search finds a region by it
                "name_be_source_url": Col("url"),
                **_pair("note"),
                "source_url": SOURCE,
            },
            key=("region_iso",),
            depends_on=(),
            optional=("capital_ru", "capital_en", "capital_source_url", "name_be", "name_be_source_url"),
            sourced=(("capital", "capital_source_url"), ("name_be", "name_be_source_url")),
        ),
        FileSpec(
            "trade",
            {
                "region_iso": REGION,
                "year": Col("int", True, minimum=1995, maximum=2030),
                "period": _enum(*TRADE_PERIODS, "unspecified"),
                "turnover": Col("number"),
                "export_from_belarus": Col("number"),
                "import_to_belarus": Col("number"),
                "unit": _enum(*config.UNITS),
                "qualifier": _enum(*QUALIFIERS),
                "year_basis": _enum("stated", "inferred", "publication"),
                "stats_side": _enum("BY", "RU", required=False),
                "scope": _enum("goods", "goods_and_services", required=False),
                "source_date": Col("date"),
                **_pair("note"),
                "source_url": SOURCE,
            },
            key=("region_iso", "year", "period", "unit", "source_url"),
            extra_region_codes=(config.COUNTRY_TOTAL,),
        ),
        FileSpec(
            "agreements",
            {
                "agreement_id": Col("id", True, (r"^A\d{3}$",)),
                "region_iso": REGION,
                "kind": _enum("agreement", "programme", "plan", "roadmap", "memorandum", "protocol", "other"),
                "belarus_party": _enum(*config.BELARUS_PARTIES),
                **_pair("title", required=True),
                **_pair("parties"),
                "signed_date": Col("date"),
                **_pair("date_note"),
                **_pair("place"),
                "status": _enum(*config.AGREEMENT_STATUSES),
                **_pair("note"),
                "source_url": SOURCE,
            },
            key=("agreement_id",),
        ),
        FileSpec(
            "visits",
            {
                "visit_id": Col("id", True, (r"^V\d{3}$",)),
                "date": Col("date", True),
                "direction": _enum(*config.VISIT_DIRECTIONS),
                "region_iso": REGION,
                "level": _enum(*config.VISIT_LEVELS),
                **_pair("delegation_head"),
                **_pair("host"),
                "at_forum": Col("bool", True),
                **_pair("purpose"),
                "source_url": SOURCE,
            },
            key=("visit_id",),
        ),
        FileSpec(
            "working_groups",
            {
                "wg_id": Col("id", True, (r"^W\d{3}$",)),
                "region_iso": REGION,
                "body_kind": _enum(*config.BODY_KINDS),
                **_pair("belarus_curator"),
                **_pair("russia_cochair"),
                **_pair("note"),
                "source_url": SOURCE,
            },
            key=("wg_id",),
        ),
        FileSpec(
            "wg_meetings",
            {
                "meeting_id": Col("id", True, (r"^M\d{3}$",)),
                "wg_id": Col("ref", True, ("working_groups", "wg_id")),
                "region_iso": REGION,
                "date": Col("date"),
                **_pair("place"),
                "protocol_signed": Col("bool", True),
                "plan_signed": Col("bool", True),
                **_pair("outcome"),
                "source_url": SOURCE,
            },
            key=("meeting_id",),
            depends_on=("regions", "working_groups"),
        ),
        FileSpec(
            "forums",
            {
                "number": Col("int", True, minimum=1, maximum=99),
                "year": Col("int", True, minimum=2000, maximum=2035),
                "start_date": Col("date"),
                "end_date": Col("date"),
                "host_city_ru": Col("text", True, lang="ru"),
                "host_city_en": Col("text", True, lang="en"),
                "host_country": _enum("BY", "RU"),
                **_pair("theme"),
                "contracts_value": Col("number"),
                "contracts_unit": _enum(*FORUM_UNITS, required=False),
                "contracts_qualifier": _enum(*QUALIFIERS, required=False),
                "agreements_count": Col("int"),
                **_pair("participants_note"),
                **_pair("note"),
                "source_url": SOURCE,
            },
            key=("number",),
            depends_on=(),
        ),
        FileSpec(
            "rankings",
            {
                "year": Col("int", True, minimum=1995, maximum=2030),
                "ranking": _enum("by_exports", "by_imports", "by_turnover"),
                "rank": Col("int", minimum=1),
                "region_iso": REGION,
                "value": Col("number"),
                "unit": _enum(*config.UNITS, required=False),
                **_pair("note"),
                "source_url": SOURCE,
            },
            key=("year", "ranking", "region_iso", "source_url"),
        ),
        FileSpec(
            "targets",
            {
                "target_id": Col("id", True, (r"^T\d{3}$",)),
                "region_iso": REGION,
                "target_value": Col("number", True),
                "target_value_max": Col("number"),  # a range as said ("1,5–2 млрд"): its upper end
                "unit": _enum(*config.UNITS),
                "deadline_year": Col("int", minimum=2000, maximum=2050),  # empty: the source states none
                "stated_date": Col("date", True),
                "firmness": _enum(*config.TARGET_FIRMNESS),
                "stats_side": _enum("BY", "RU", required=False),  # whose side spoke, so whose statistics
                **_pair("said_by", required=True),
                **_pair("post"),
                **_pair("wording", required=True),
                **_pair("note"),
                "source_url": SOURCE,
            },
            key=("target_id",),
        ),
        FileSpec(
            "mfa_totals",
            {
                "year": Col("int", True, minimum=2000, maximum=2035),
                "indicator": _enum(*config.MFA_INDICATORS),
                "value": Col("int", True),
                **_pair("note"),
                "source_url": SOURCE,
            },
            key=("year", "indicator"),
            depends_on=(),
        ),
    )
}


def is_partial_date(text: str) -> bool:
    """True for YYYY, YYYY-MM or YYYY-MM-DD naming a real calendar date."""
    match = PARTIAL_DATE.match(text)
    if not match:
        return False
    year, month, day = (int(part) if part else 1 for part in match.groups())
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


def _cellwise(test: Callable[[str], bool], error: str) -> pa.Check:
    """A check on each non-empty cell; empty cells are the `required` check's business."""
    return pa.Check(lambda cells: cells.eq("") | cells.map(test).astype(bool), error=error)


def _int_in(lo: int, hi: int) -> Callable[[str], bool]:
    return lambda text: bool(INTEGER.match(text)) and len(text) <= guards.NUMBER_DIGITS_MAX and lo <= int(text) <= hi


def column_checks(col: Col, known: Mapping[str, Collection[str]]) -> list[pa.Check]:
    """The pandera checks for one column; `known` holds the key values of the datasets it may refer to."""
    checks: list[pa.Check] = []
    if col.required:
        checks.append(pa.Check(lambda cells: cells.str.strip().ne(""), error="empty, but a value is required"))
    if col.kind == "text":
        checks.append(_cellwise(lambda t: not FORMULA.match(t), "starts like a spreadsheet formula (=, +, -, @)"))
        if col.lang == "ru":
            checks.append(_cellwise(lambda t: bool(CYRILLIC.search(t)), "Russian text without Cyrillic letters"))
        elif col.lang == "en":
            checks.append(_cellwise(lambda t: not CYRILLIC.search(t), "English text with Cyrillic letters"))
    elif col.kind == "enum":
        allowed = set(col.values)
        checks.append(_cellwise(allowed.__contains__, f"not one of: {', '.join(col.values)}"))
    elif col.kind == "number":
        checks.append(_cellwise(lambda t: not t.startswith("-"), "negative amount; amounts are never negative"))
        checks.append(
            _cellwise(lambda t: t.startswith("-") or bool(NUMBER.match(t)), "not a number (digits, '.' for decimals)")
        )
    elif col.kind == "int":
        checks.append(_cellwise(_int_in(col.minimum, col.maximum), f"not a whole number {col.minimum}–{col.maximum}"))
    elif col.kind == "bool":
        checks.append(_cellwise({"true", "false"}.__contains__, "not true or false"))
    elif col.kind == "date":
        checks.append(_cellwise(is_partial_date, "not a date as YYYY, YYYY-MM or YYYY-MM-DD (or no such day)"))
    elif col.kind == "url":
        checks.append(
            _cellwise(
                lambda t: all(URL.match(part.strip()) for part in t.split(" | ")),
                "not http(s) address(es) separated by ' | '",
            )
        )
    elif col.kind == "id":
        pattern = re.compile(col.values[0])
        checks.append(_cellwise(lambda t: bool(pattern.match(t)), f"malformed id (expected {col.values[0]})"))
    elif col.kind == "region":
        codes = known.get("regions", ())
        checks.append(_cellwise(lambda t: t in codes, "unknown region code (not in regions.csv)"))
    elif col.kind == "ref":
        dataset, _column = col.values
        ids = known.get(dataset, ())
        checks.append(_cellwise(lambda t: t in ids, f"no such id in {dataset}.csv"))
    return checks


def guard_checks(name: str, col: Col) -> list[pa.Check]:
    """The checks against hostile-but-lawful values (atlas.datasets.guards), by the column's kind."""
    return [_cellwise(test, message) for test, message in guards.rules(name, col.kind)]


def pandera_schema(spec: FileSpec, known: Mapping[str, Collection[str]]) -> pa.DataFrameSchema:
    """The pandera schema of one file, all columns as strings, the key unique."""
    if "regions" in known:
        known = {**known, "regions": set(known["regions"]) | set(spec.extra_region_codes)}
    return pa.DataFrameSchema(
        {
            name: pa.Column(str, checks=column_checks(col, known) + guard_checks(name, col), nullable=False)
            for name, col in spec.columns.items()
        },
        unique=list(spec.key),
        report_duplicates="exclude_first",
        strict=True,
        ordered=False,
    )


# A text in one language whose other half is missing: refused like any other breach (every bundled row is bilingual).
# A folder still being translated can be checked with this set to "warning": the file is then used and the views
# show "no text on record" in the missing language, never the other language's text.
MISSING_TRANSLATION_LEVEL = "error"
MEASURE_COLUMNS = ("turnover", "export_from_belarus", "import_to_belarus")
STATEMENT_KEY = ("region_iso", "year", "period", "unit")


def row_problems(frame: pd.DataFrame, spec: FileSpec) -> list[tuple[int, str, str, str]]:
    """Breaches across the cells of a row or between rows: (line, column, message, level).

    A bilingual text needs both halves; a required one needs a text at all; in trade.csv, one statement (the same
    region, year, period, unit and figures) is one row, whatever the number of outlets that carried it.
    """
    found: list[tuple[int, str, str, str]] = []
    for base in spec.text_pairs:
        ru, en = frame[f"{base}_ru"], frame[f"{base}_en"]
        has_ru, has_en = ru.ne(""), en.ne("")
        for line in frame.index[has_en & ~has_ru]:
            found.append((int(line), f"{base}_ru", f"empty, but {base}_en has a text: the Russian version is missing",
                          MISSING_TRANSLATION_LEVEL))  # fmt: skip
        for line in frame.index[has_ru & ~has_en]:
            found.append((int(line), f"{base}_en", f"empty, but {base}_ru has a text: the English version is missing",
                          MISSING_TRANSLATION_LEVEL))  # fmt: skip
        if spec.columns[f"{base}_ru"].text_required:
            for line in frame.index[~has_ru & ~has_en]:
                found.append((int(line), f"{base}_ru", "empty, but a value is required", "error"))
    for base, source in spec.sourced:
        texts = [name for name in (f"{base}_ru", f"{base}_en") if name in frame.columns] or [base]
        has_text = frame[texts].ne("").any(axis=1)
        for line in frame.index[has_text & frame[source].eq("")]:
            found.append((int(line), source, f"empty, but {'/'.join(texts)} has a text: every fact needs its source",
                          "error"))  # fmt: skip
    if set(STATEMENT_KEY + MEASURE_COLUMNS) <= set(frame.columns):
        found += _repeated_statements(frame)
    if spec.name == "targets":
        found += _target_problems(frame)
    return found


def _target_problems(frame: pd.DataFrame) -> list[tuple[int, str, str, str]]:
    """A range's upper end below its lower end, or a deadline before the year the target was stated."""
    found: list[tuple[int, str, str, str]] = []
    for line, row in frame.iterrows():
        low, high, deadline, stated = row["target_value"], row["target_value_max"], row["deadline_year"], \
            row["stated_date"]  # fmt: skip
        if high and NUMBER.match(high) and NUMBER.match(low) and float(high) < float(low):
            found.append((int(line), "target_value_max", f"{high} is below target_value {low}", "error"))  # type: ignore[arg-type]
        if deadline and INTEGER.match(deadline) and stated[:4].isdigit() and int(deadline) < int(stated[:4]):
            found.append((int(line), "deadline_year", f"{deadline} is before the year it was stated ({stated[:4]})",  # type: ignore[arg-type]
                          "error"))  # fmt: skip
    return found


def _repeated_statements(frame: pd.DataFrame) -> list[tuple[int, str, str, str]]:
    """Trade rows repeating an earlier row's statement: same region, year, period, unit and the same figures."""
    amounts = frame[list(MEASURE_COLUMNS)]
    with_amount = frame[amounts.ne("").any(axis=1)]
    first_line: dict[tuple[str, ...], int] = {}
    found = []
    for line, row in with_amount.iterrows():
        key = tuple(str(row[c]) for c in (*STATEMENT_KEY, *MEASURE_COLUMNS))
        if key not in first_line:
            first_line[key] = int(line)  # type: ignore[arg-type]
            continue
        column = next(c for c in MEASURE_COLUMNS if row[c])
        found.append((int(line), column,  # type: ignore[arg-type]
                      f"the same statement as line {first_line[key]} (region, year, period, unit and figures): "
                      "keep one row and join its addresses with ' | '", "error"))  # fmt: skip
    return found


def failure_rows(failure_cases: pd.DataFrame) -> list[tuple[int | None, str | None, str, str]]:
    """(index, column, check message, failing value) for each pandera failure case."""
    rows = []
    for case in failure_cases.itertuples(index=False):
        index = None if pd.isna(case.index) else int(case.index)
        column = None if pd.isna(case.column) else str(case.column)
        rows.append((index, column, str(case.check), "" if pd.isna(case.failure_case) else str(case.failure_case)))
    return rows
