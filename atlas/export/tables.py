"""Tables to CSV and Excel bytes for download buttons, safe against formula (CSV) injection. No Streamlit.

May import: the standard library, numpy, pandas, openpyxl and atlas.config (the region code's pattern). Nothing else
from the app, so pages and views can hand any display frame here.

A text cell that a spreadsheet would read as a formula (it starts with `=`, `+`, `-`, `@`, a tab or a carriage
return, also after leading control characters such as NUL or spaces) gets a leading apostrophe, as OWASP advises
for CSV injection. Numbers stay numbers, negative ones too: only text is ever changed.

A download stands alone (`for_download`): the dates a table shows in words ("12 мая 2023") go out as dates (a date
cell in Excel, ISO 8601 in CSV; a partial date such as "2023-05" stays that ISO text, never a made-up day), links to
profiles become absolute addresses on the host the page was opened from, and the file's name says what was filtered
(`file_stem`: visits_RU-SMO_2023-2024).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import math
import numbers
import re
from collections.abc import Iterable, Sequence
from typing import Any
from urllib.parse import urljoin

import numpy as np
import pandas as pd

from atlas import config

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
# What a spreadsheet may skip before it reads a formula: control characters (NUL, \x01, …) and any white space.
_SKIPPED_LEAD = re.compile(r"^[\x00-\x20\x7f-\xa0\s]+")
MAX_COLUMN_WIDTH = 60  # characters; longer text is cut off visually, never in the cell
MIN_COLUMN_WIDTH = 8
_SHEET_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")
ISO_DATES = "atlas.iso_dates"  # DataFrame.attrs key: {column label: each row's ISO date, "": keep the cell shown}
_FULL_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_PROFILE_LINK = re.compile(rf"^\./region\?region={config.REGION_CODE_TEXT}(&lang=[a-z]{{2}})?$")  # views' profile links
_NAME_PART = re.compile(r"[^A-Za-z0-9-]+")
MAX_REGIONS_NAMED = 3  # more filtered regions are counted in a file name ("5-regions"), not listed


def with_iso_dates(frame: pd.DataFrame, dates: dict[str, Iterable[object]]) -> pd.DataFrame:
    """Attach, for date columns shown in words, each row's date as ISO text (what a download writes instead)."""
    frame.attrs[ISO_DATES] = {column: ["" if _is_missing(d) else str(d) for d in values] for column, values in
                              dates.items()}  # fmt: skip
    return frame


def date_cell(text: str) -> dt.date | str | None:
    """An ISO date text as a download's cell: a full date as a date, a partial one ("2023-05", "2023") or an interval
    ("2015-09-17/2015-09-18") as its ISO text, none as an empty cell."""
    text = text.strip()
    if not text:
        return None
    if _FULL_DATE.match(text):
        try:
            return dt.date.fromisoformat(text)
        except ValueError:
            return text
    return text


def app_root(page_url: str | None, page_path: str) -> str | None:
    """The app's own address, ending in "/", from the page's address without query (`st.context.url`, e.g.
    http://host/atlas/visits) and the page's path in the app ("visits"; "" on the main page)."""
    if not page_url:
        return None
    url = page_url.rstrip("/")
    if page_path and url.endswith("/" + page_path):
        url = url[: -len(page_path) - 1]
    return url + "/"


def for_download(frame: pd.DataFrame, root: str | None) -> pd.DataFrame:
    """The table as a file should hold it: dates as dates (see with_iso_dates) and profile links made absolute
    against `root`, the app's address on the host the page was opened from (see app_root; links stay relative when
    it is unknown)."""
    out = frame.copy()
    for column, texts in frame.attrs.get(ISO_DATES, {}).items():
        if column in out.columns and len(texts) == len(out):
            cells = [date_cell(t) if t else shown for t, shown in zip(texts, out[column], strict=True)]
            out[column] = pd.Series(cells, index=out.index, dtype=object)
    if root:
        absolute = lambda v: urljoin(root, v[2:]) if isinstance(v, str) and _PROFILE_LINK.match(v) else v  # noqa: E731
        for column in out.columns:
            if out[column].map(lambda v: isinstance(v, str) and bool(_PROFILE_LINK.match(v))).any():
                out[column] = out[column].map(absolute)
    out.attrs = {}
    return out


def file_stem(
    base: str,
    *,
    years: tuple[int, int] | None = None,
    all_years: tuple[int, int] | None = None,
    districts: Sequence[str] = (),
    regions: Sequence[str] = (),
) -> str:
    """A download's name saying what was filtered: base, then the regions (or how many), the federal districts and
    the year span when it is not every year: visits_RU-SMO_2023-2024, wg-meetings_central, visits_5-regions."""
    parts = [base]
    if regions:
        parts.append("-".join(regions) if len(regions) <= MAX_REGIONS_NAMED else f"{len(regions)}-regions")
    if districts:
        parts.append("-".join(districts))
    if years is not None and tuple(years) != all_years:
        first, last = years
        parts.append(str(first) if first == last else f"{first}-{last}")
    return "_".join(cleaned for part in parts if (cleaned := _NAME_PART.sub("-", str(part)).strip("-")))


def _is_missing(value: Any) -> bool:
    """True for None, NaN, NaT and pandas' NA (the cell is left empty, never written as 0)."""
    if value is None or value is pd.NA or value is pd.NaT:
        return True
    return isinstance(value, float) and math.isnan(value)


def safe_cell(value: Any) -> Any:
    """The value made safe for a spreadsheet: formula-like text gets a leading "'", missing becomes None."""
    if _is_missing(value):
        return None
    if isinstance(value, str):
        return "'" + value if _formula_like(value) else value
    if isinstance(value, np.generic):  # numpy scalars become plain Python numbers and booleans
        return safe_cell(value.item())
    if isinstance(value, (bool, numbers.Number, dt.date, dt.time)):
        return value
    return safe_cell(str(value))  # anything else (lists, objects) is written as its text, sanitised


def _formula_like(text: str) -> bool:
    """Whether a spreadsheet could run the text: a trigger first, or after leading control characters or spaces."""
    return text.startswith(FORMULA_TRIGGERS) or _SKIPPED_LEAD.sub("", text).startswith(FORMULA_TRIGGERS)


def _safe_rows(df: pd.DataFrame) -> list[list[Any]]:
    """The header and every row, each cell passed through safe_cell (types kept: no float-casting of integers)."""
    rows = [[safe_cell(str(column)) for column in df.columns]]
    rows += [[safe_cell(cell) for cell in row] for row in df.astype(object).itertuples(index=False, name=None)]
    return rows


def to_csv_bytes(df: pd.DataFrame) -> bytes:
    """Comma-separated UTF-8 *with* a byte-order mark (so Excel opens Cyrillic right), text cells sanitised."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    for row in _safe_rows(df):
        writer.writerow(["" if cell is None else cell for cell in row])
    return buffer.getvalue().encode("utf-8-sig")


def _sheet_title(name: str) -> str:
    """A legal worksheet name: no []:*?/\\ and at most 31 characters."""
    cleaned = _SHEET_FORBIDDEN.sub(" ", name).strip().strip("'") or "Sheet1"
    return cleaned[:31]


def _xlsx_value(value: Any) -> Any:
    """A sanitised value as openpyxl should store it: text without characters XML cannot hold, plain datetimes."""
    if isinstance(value, str):
        from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE  # noqa: PLC0415 - openpyxl loads only for an export

        return ILLEGAL_CHARACTERS_RE.sub("", value)
    if isinstance(value, pd.Timestamp):
        return value.to_pydatetime()
    return value


def to_xlsx_bytes(df: pd.DataFrame, sheet_name: str) -> bytes:
    """One-sheet .xlsx: bold frozen header, sensible widths; text sanitised and stored as text, never as formula.
    openpyxl (~1 s to import, tens of MB) is imported here: only a click on an Excel download needs it."""
    from openpyxl import Workbook  # noqa: PLC0415
    from openpyxl.styles import Alignment, Font  # noqa: PLC0415
    from openpyxl.utils import get_column_letter  # noqa: PLC0415

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = _sheet_title(sheet_name)
    widths = [0] * len(df.columns)
    for row_number, row in enumerate(_safe_rows(df), start=1):
        for col, raw in enumerate(row, start=1):
            value = _xlsx_value(raw)
            if value is None:
                continue  # missing stays an empty cell, never 0
            cell = sheet.cell(row=row_number, column=col)
            cell.value = value
            if isinstance(value, str):
                cell.data_type = "s"  # openpyxl would otherwise take text starting with '=' for a formula
            if row_number == 1:
                cell.font = Font(bold=True)
                cell.alignment = Alignment(vertical="top", wrap_text=True)
            longest_line = max((len(line) for line in str(value).splitlines()), default=0)
            widths[col - 1] = max(widths[col - 1], longest_line)
    for col, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(col)].width = min(max(width + 2, MIN_COLUMN_WIDTH), MAX_COLUMN_WIDTH)
    sheet.freeze_panes = "A2"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
