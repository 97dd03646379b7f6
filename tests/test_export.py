"""CSV and Excel downloads: formula-like text is defused, numbers stay numbers, missing stays empty."""

from __future__ import annotations

import csv
import datetime as dt
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


def _dated() -> pd.DataFrame:
    frame = pd.DataFrame(
        {
            "Дата": ["12 мая 2023", "май 2023", "с заметкой", "—"],
            "Профиль": ["./region?region=RU-SMO&lang=ru", "./region?region=RU-BRY&lang=ru", "./other", None],
            "Текст": ["./region?region=RU-SMO", "a", "b", "c"],
        }
    )
    return export.with_iso_dates(frame, {"Дата": ["2023-05-12", "2023-05", "", None]})


def test_downloads_write_dates_as_dates_and_partial_dates_as_iso_text() -> None:
    shown = export.for_download(_dated(), None)
    assert shown["Дата"].tolist() == [dt.date(2023, 5, 12), "2023-05", "с заметкой", "—"]  # a note or none: as shown
    rows = list(csv.reader(io.StringIO(export.to_csv_bytes(shown).decode("utf-8-sig"), newline="")))
    assert [row[0] for row in rows[1:]] == ["2023-05-12", "2023-05", "с заметкой", "—"]
    sheet = openpyxl.load_workbook(io.BytesIO(export.to_xlsx_bytes(shown, "visits"))).active
    assert sheet["A2"].is_date and sheet["A2"].value.date() == dt.date(2023, 5, 12)
    assert sheet["A3"].value == "2023-05" and sheet["A3"].data_type == "s"  # no day is made up
    assert export.date_cell("2015-09-17/2015-09-18") == "2015-09-17/2015-09-18"  # an interval stays ISO text
    assert export.date_cell("2023-02-30") == "2023-02-30"  # not a calendar date: kept as written


@pytest.mark.parametrize(
    ("page_url", "page_path", "root"),
    [
        ("http://atlas.example:8501/visits", "visits", "http://atlas.example:8501/"),
        ("http://atlas.example:8501", "", "http://atlas.example:8501/"),
        ("https://mfa.example/atlas/working-groups", "working-groups", "https://mfa.example/atlas/"),
        ("https://mfa.example/atlas", "", "https://mfa.example/atlas/"),
        (None, "visits", None),
    ],
)
def test_profile_links_in_downloads_are_absolute_on_the_host_of_the_page(
    page_url: str | None, page_path: str, root: str | None
) -> None:
    assert export.app_root(page_url, page_path) == root
    links = export.for_download(_dated(), root)["Профиль"].tolist()
    if root is None:
        assert links[0] == "./region?region=RU-SMO&lang=ru"  # unknown host: left as shown
    else:
        assert links[:2] == [f"{root}region?region=RU-SMO&lang=ru", f"{root}region?region=RU-BRY&lang=ru"]
    assert links[2] == "./other" and pd.isna(links[3])  # only the atlas's profile links are rewritten
    assert export.for_download(_dated(), "http://h/")["Текст"].tolist()[0] == "http://h/region?region=RU-SMO"


@pytest.mark.parametrize(
    ("kwargs", "stem"),
    [
        ({}, "visits"),
        ({"years": (2014, 2026), "all_years": (2014, 2026)}, "visits"),
        ({"years": (2023, 2024), "all_years": (2014, 2026), "regions": ["RU-SMO"]}, "visits_RU-SMO_2023-2024"),
        ({"years": (2024, 2024), "all_years": (2014, 2026)}, "visits_2024"),
        ({"districts": ["central", "volga"]}, "visits_central-volga"),
        ({"regions": ["RU-SMO", "RU-BRY", "RU-PSK", "RU-MOW"]}, "visits_4-regions"),
        ({"regions": ["RU-SMO/../x"]}, "visits_RU-SMO-x"),
    ],
)
def test_file_names_say_what_was_filtered(kwargs: dict[str, object], stem: str) -> None:
    assert export.file_stem("visits", **kwargs) == stem  # type: ignore[arg-type]
