"""The UI tests' data: tests/fixtures/ui, a tiny invented data folder, read here as plain CSV (not through atlas).

The AppTest tests point the app at this folder (ATLAS_DATA_DIR) and compare what a page shows with what these helpers
compute from the fixture's rows, so a test states a rule ("the first card is the Ministry's agreements_total"), not a
figure of the bundled data. Every row is test data (source_url on https://example.org/fixture/…); nothing here enters
data/. The bundled data is checked by its own tests (tests/test_bundled_data.py).
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

FOLDER = Path(__file__).resolve().parent / "fixtures" / "ui"


def rows(name: str) -> pd.DataFrame:
    """The fixture's `name`.csv as text cells (empty cells are '')."""
    return pd.read_csv(FOLDER / f"{name}.csv", dtype=str, keep_default_na=False)


def mfa(indicator: str, year: int = 2024) -> int:
    """The fixture Ministry total of `indicator` for `year`."""
    totals = rows("mfa_totals")
    (value,) = totals.loc[(totals["year"] == str(year)) & (totals["indicator"] == indicator), "value"]
    return int(value)


def drawn() -> list[str]:
    """Codes of the fixture registry that the map draws (has_polygon true)."""
    regions = rows("regions")
    return list(regions.loc[regions["has_polygon"] == "true", "region_iso"])


def not_drawn() -> list[str]:
    """Codes of the fixture registry without a polygon."""
    regions = rows("regions")
    return list(regions.loc[regions["has_polygon"] != "true", "region_iso"])


def name(code: str, lang: str = "ru") -> str:
    """A fixture region's name."""
    regions = rows("regions")
    (value,) = regions.loc[regions["region_iso"] == code, f"name_{lang}"]
    return str(value)


def district(code: str) -> str:
    regions = rows("regions")
    (value,) = regions.loc[regions["region_iso"] == code, "federal_district"]
    return str(value)


def grouped(value: float) -> str:
    """An amount as the Russian interface writes it: thousands grouped by a narrow no-break space."""
    return f"{value:,.0f}".replace(",", "\u202f")
