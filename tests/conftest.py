"""Shared fixtures: tiny in-code data folders and frames, and the repository's paths."""

from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd
import pytest

ROOT = Path(__file__).resolve().parent.parent
BUNDLED = ROOT / "data"

REGIONS_CSV = """region_iso,name_ru,name_en,federal_district,has_polygon,aliases,note_ru,note_en,source_url
RU-AAA,Альфа область,Alpha Oblast,central,true,Альфа | Alpha,,,https://example.org/iso
RU-BBB,Бета край,Beta Krai,ural,true,,,,https://example.org/iso
RU-CCC,Гамма республика,Gamma Republic,southern,false,,нет контура в источнике границ,no polygon in the boundary source,https://example.org/iso
"""

TRADE_HEADER = (
    "region_iso,year,period,turnover,export_from_belarus,import_to_belarus,unit,qualifier,year_basis,stats_side,"
    "scope,source_date,note_ru,note_en,source_url"
)


def trade_csv(*rows: str) -> str:
    """A trade.csv text with the schema's header and the given data lines."""
    return "\n".join([TRADE_HEADER, *rows]) + "\n"


@pytest.fixture
def bundled_copy(tmp_path: Path) -> Path:
    """A writable copy of the bundled data folder, to break one file at a time."""
    target = tmp_path / "data"
    shutil.copytree(BUNDLED, target)
    return target


@pytest.fixture
def trade_frame() -> pd.DataFrame:
    """Typed trade rows for two regions, with conflicting figures for RU-AAA 2023."""
    rows = [
        ("RU-AAA", 2023, "year", 100.0, "exact", "stated", "RU", "2024-05-01", "https://a.example/1"),
        ("RU-AAA", 2023, "year", 90.0, "exact", "stated", "BY", "2024-02-01", "https://b.example/2"),
        ("RU-AAA", 2022, "year", 80.0, "approx", "stated", "", "2023-01-01", "https://c.example/3"),
        ("RU-BBB", 2023, "jan-jun", 40.0, "exact", "stated", "", "2023-08-01", "https://d.example/4"),
        ("RU-BBB", 2021, "year", 300.0, "exact", "inferred", "", "", "https://e.example/5"),
        ("RU-BBB", 2021, "year", 250.0, "approx", "stated", "", "2022-01-01", "https://f.example/6"),
        ("RU-BBB", 2024, "year", 999.0, "forecast", "stated", "", "2024-01-01", "https://g.example/7"),
        ("RU", 2023, "year", 50000.0, "exact", "stated", "BY", "2024-01-01", "https://h.example/8"),
    ]
    frame = pd.DataFrame(
        rows,
        columns=["region_iso", "year", "period", "turnover", "qualifier", "year_basis", "stats_side", "source_date",
                 "source_url"],
    )  # fmt: skip
    frame["export_from_belarus"] = float("nan")
    frame["import_to_belarus"] = float("nan")
    frame["unit"] = "USD million"
    frame["scope"] = ""
    frame["note_ru"] = ""
    frame["note_en"] = ""
    frame["source_date_start"] = pd.to_datetime(frame["source_date"].replace("", None))
    return frame
