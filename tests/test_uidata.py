"""The UI tests' fixture folder (tests/fixtures/ui) is valid, tiny and plainly test data."""

from __future__ import annotations

import pandas as pd

from atlas import config
from atlas.datasets import loaders
from tests import uidata


def test_the_fixture_loads_without_a_problem() -> None:
    loaded = loaders.load_all(uidata.FOLDER)
    assert set(loaded.frames) == set(loaders.LOAD_ORDER)
    assert not loaded.errors() and not loaded.warnings(), [str(p) for p in loaded.errors() + loaded.warnings()]


def test_the_fixture_is_tiny_and_sourced_as_test_data() -> None:
    for name in loaders.LOAD_ORDER:
        rows = uidata.rows(name)
        assert 0 < len(rows) <= 20, name
        assert rows["source_url"].str.startswith("https://example.org/fixture/").all(), name


def test_no_fixture_row_is_in_the_bundled_data() -> None:
    for name in loaders.LOAD_ORDER:
        bundled = pd.read_csv(config.BUNDLED_DATA_DIR / f"{name}.csv", dtype=str, keep_default_na=False)
        assert not bundled["source_url"].str.contains("example.org", regex=False).any(), name


def test_the_fixture_holds_the_cases_the_ui_tests_read() -> None:
    trade = uidata.rows("trade")
    smolensk_2025 = trade[(trade["region_iso"] == "RU-SMO") & (trade["year"] == "2025")]
    assert set(smolensk_2025["stats_side"]) == {"BY", "RU"}  # a conflict between both sides' statistics
    assert "forecast" in set(trade["qualifier"]) and "RUB billion" in set(trade["unit"])
    assert uidata.not_drawn() == ["RU-CR"] and "RU-CR" in set(trade["region_iso"])
    used = set()
    for name in loaders.LOAD_ORDER:
        rows = uidata.rows(name)
        if name != "regions" and "region_iso" in rows:
            used |= set(rows["region_iso"])
    assert "RU-KHM" not in used  # a region with nothing on record
