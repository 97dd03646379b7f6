"""CSV and Excel downloads: formula-like text is defused, numbers stay numbers, missing stays empty."""

from __future__ import annotations

import csv
import io
import math

import openpyxl
import pandas as pd
import pytest
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

from atlas.export import tables as export

# (text or value written, what the cell must hold afterwards)
CASES = [
    ("=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"),
    ("+1+1", "'+1+1"),
    ("-2+3", "'-2+3"),
    ("@SUM(A1)", "'@SUM(A1)"),
    ("\t=1", "'\t=1"),
    ("\r=1", "'\r=1"),
    ("\x00=cmd|' /C calc'!A0", "'\x00=cmd|' /C calc'!A0"),  # a spreadsheet skips the control character
    ("\x01=1+1", "'\x01=1+1"),
    ("\x0b\x1f @SUM(A1)", "'\x0b\x1f @SUM(A1)"),
    (" =1", "' =1"),
    ("\u00a0+1", "'\u00a0+1"),
    ("plain text", "plain text"),
    ("Смоленская область", "Смоленская область"),
    (-5.0, -5.0),
    (1234.5, 1234.5),
    (float("nan"), None),
    (None, None),
]


@pytest.mark.parametrize(("value", "expected"), CASES)
def test_safe_cell(value: object, expected: object) -> None:
    result = export.safe_cell(value)
    assert result == expected
    if isinstance(value, float) and not math.isnan(value):
        assert isinstance(result, float)  # a negative number is a number, never text


def _frame() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "=header": [str(v) if isinstance(v, str) else "text" for v, _ in CASES],
            "value": [v for v, _ in CASES],
            "count": pd.array([1, None, *range(len(CASES) - 2)], dtype="Int64"),
        }
    )


def test_csv_has_bom_is_comma_separated_and_sanitised() -> None:
    data = export.to_csv_bytes(_frame())
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert rows[0] == ["'=header", "value", "count"]
    body = rows[1:]
    assert len(body) == len(CASES)
    for row, (value, expected) in zip(body, CASES, strict=True):
        if isinstance(value, str):
            assert row[0] == expected
            assert row[1] == expected
        elif expected is None:
            assert row[1] == ""  # missing is empty, never 0
        else:
            assert float(row[1]) == expected
    assert body[0][2] == "1" and body[1][2] == ""  # integers are not turned into floats


def test_xlsx_cells_keep_types_and_text_is_never_a_formula() -> None:
    data = export.to_xlsx_bytes(_frame(), "Регионы: [test]/2024 and a very long sheet name")
    workbook = openpyxl.load_workbook(io.BytesIO(data))
    sheet = workbook.active
    assert len(sheet.title) <= 31 and not set("[]:*?/\\") & set(sheet.title)
    assert sheet.freeze_panes == "A2"
    assert sheet["A1"].value == "'=header" and sheet["A1"].font.bold and sheet["A1"].data_type == "s"
    for row, (value, expected) in enumerate(CASES, start=2):
        text_cell, value_cell = sheet.cell(row=row, column=1), sheet.cell(row=row, column=2)
        if isinstance(value, str):
            expected = ILLEGAL_CHARACTERS_RE.sub("", expected)  # XML holds no control characters; the "'" stays
            assert text_cell.value == expected and text_cell.data_type == "s"
            assert value_cell.value == expected and value_cell.data_type == "s"
        elif expected is None:
            assert value_cell.value is None
        else:
            assert value_cell.data_type == "n" and value_cell.value == expected
    assert all(cell.data_type != "f" for row in sheet.iter_rows() for cell in row)
    widths = [sheet.column_dimensions[c].width for c in "ABC"]
    assert all(export.MIN_COLUMN_WIDTH <= w <= export.MAX_COLUMN_WIDTH for w in widths)


def test_empty_frame_exports() -> None:
    empty = pd.DataFrame({"a": pd.Series([], dtype=object)})
    assert export.to_csv_bytes(empty).decode("utf-8-sig").strip() == "a"
    assert openpyxl.load_workbook(io.BytesIO(export.to_xlsx_bytes(empty, "x"))).active["A1"].value == "a"
