"""The bundled data (data/*.csv) checked on its own: the facts the product stands on, and what data/README.md says.

The UI tests run on the tiny fixture folder (tests/uidata.py); the real figures are asserted here, where a failure
means the data changed (or its README went stale), not that a page broke.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Callable
from pathlib import Path
from urllib.parse import urlparse

import pandas as pd
import pytest

from atlas import config
from atlas.datasets import loaders
from atlas.rules import filters as filter_rules
from atlas.rules import trade as trade_rules
from atlas.views import region as vr

README = config.BUNDLED_DATA_DIR / "README.md"
Frames = dict[str, pd.DataFrame]


@pytest.fixture(scope="module")
def loaded() -> loaders.Datasets:
    return loaders.load_all(config.BUNDLED_DATA_DIR)


@pytest.fixture(scope="module")
def frames(loaded: loaders.Datasets) -> Frames:
    return loaded.frames


def test_every_bundled_file_loads_without_a_problem(loaded: loaders.Datasets) -> None:
    assert set(loaded.frames) == set(loaders.LOAD_ORDER)
    assert not loaded.errors() and not loaded.warnings(), [str(p) for p in loaded.errors() + loaded.warnings()]


def test_the_ministrys_2024_totals(frames: Frames) -> None:
    totals = frames["mfa_totals"]
    values = dict(zip(totals.loc[totals["year"] == 2024, "indicator"], totals.loc[totals["year"] == 2024, "value"],
                      strict=True))  # fmt: skip
    assert set(values) == set(config.MFA_INDICATORS)  # every indicator of the Ministry's summary, once
    assert (values["agreements_total"], values["agreement_regions"], values["wg_meetings"]) == (88, 79, 58)
    assert (values["ru_head_delegations"], values["by_delegations"]) == (36, 129)
    assert (totals["source_url"] == config.MFA_SOURCE_URL).all()


def test_every_region_of_the_registry_once(frames: Frames) -> None:
    regions = frames["regions"]
    assert len(regions) == 89 and regions[config.REGION_KEY].is_unique
    assert set(regions["federal_district"]) == set(config.FEDERAL_DISTRICTS)
    assert set(regions.loc[~regions["has_polygon"], config.REGION_KEY]) == {
        "RU-CR", "RU-SEV", "RU-DPR", "RU-LPR", "RU-ZAP", "RU-KHE"}  # fmt: skip
    for name, frame in frames.items():  # every code a file uses is in the registry
        if name != "regions" and config.REGION_KEY in frame:
            used = set(frame[config.REGION_KEY]) - {config.COUNTRY_TOTAL}
            assert used <= set(regions[config.REGION_KEY]), (name, sorted(used - set(regions[config.REGION_KEY])))


def test_regions_without_a_polygon_are_on_record(frames: Frames) -> None:
    """The overview lists them under the map: Crimea has records, so it is named there."""
    unmapped = filter_rules.unmapped_regions(frames["regions"], filter_rules.referenced_regions(frames))
    assert "RU-CR" in set(unmapped)


def test_the_ministrys_top_ten_of_2024_led_by_moscow(frames: Frames) -> None:
    defaults = trade_rules.default_trade(frames["trade"])
    table = trade_rules.top_importers(frames["rankings"], defaults, 2024)
    assert len(table) == 10
    assert table.sort_values("turnover", ascending=False)[config.REGION_KEY].iloc[0] == "RU-MOW"


def test_smolensk_keeps_conflicting_figures_for_2025(frames: Frames) -> None:
    records = vr.trade_records("RU-SMO", frames["trade"])
    turnover = records[(records["year"] == 2025) & (records["measure"] == "turnover")]
    assert sorted(turnover["value"]) == [3400.0, 3500.0] and turnover["is_default"].sum() == 1
    forecasts = records[records["qualifier"] == "forecast"]
    assert 5000.0 in set(forecasts["value"]) and not forecasts["plotted"].any()
    assert 295.0 in set(records.loc[records["unit"] == "RUB billion", "value"])


# --- data/README.md against the files -----------------------------------------------------------------------------


def _table(heading_row: str) -> list[list[str]]:
    """The rows of the README's Markdown table whose header row starts with `heading_row`."""
    lines = README.read_text(encoding="utf-8").splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith(heading_row))
    rows = []
    for line in lines[start + 2 :]:
        if not line.startswith("|"):
            break
        rows.append([cell.strip() for cell in line.strip("|").split("|")])
    return rows


def _numbers(cell: str) -> list[int]:
    return [int(n) for n in re.findall(r"\d+", cell)]


def test_readme_row_counts_match_the_files(frames: Frames) -> None:
    rows = _table("| file | rows |")
    stated = {re.sub(r"[`.]|csv", "", row[0]): int(row[1]) for row in rows}
    assert stated == {name: len(frame) for name, frame in frames.items()}


def _year(frame: pd.DataFrame, year: int) -> pd.DataFrame:
    return frame[frame["date_start"].dt.year == year]


def _full_year_usd(frames: Frames, years: set[int]) -> int:
    trade = frames["trade"]
    rows = trade[(trade[config.REGION_KEY] != config.COUNTRY_TOTAL) & (trade["unit"] == "USD million")
                 & (trade["period"] == "year") & trade["turnover"].notna() & (trade["qualifier"] != "forecast")
                 & trade["year"].isin(years)]  # fmt: skip
    return int(rows[config.REGION_KEY].nunique())


def _visits(
    frames: Frames, direction: str, levels: set[str] | None = None, exclude: tuple[str, ...] = ()
) -> pd.DataFrame:
    """The 2024 visits of a direction, of the given levels (default: every level but `exclude`)."""
    visits = _year(frames["visits"], 2024)
    rows = visits[visits["direction"] == direction]
    rows = rows[rows["level"].isin(levels)] if levels else rows
    return rows[~rows["level"].isin(exclude)]


# Each line of the README's coverage table (by its first words) → the counts "on record now", from the files.
COVERAGE: dict[str, Callable[[Frames], list[int]]] = {
    "regions with an agreement": lambda f: [f["agreements"][config.REGION_KEY].nunique()],
    "heads of region in Belarus": lambda f: [
        len(heads := _visits(f, "RU->BY", {"head_of_region"})),
        int(heads["at_forum"].sum()),
    ],
    "deputy governors": lambda f: [len(_visits(f, "RU->BY", {"deputy_governor"}))],
    "regional ministers": lambda f: [len(_visits(f, "RU->BY", {"regional_minister"}))],
    "Belarusian delegations": lambda f: [len(_visits(f, "BY->RU", exclude=("ambassador",)))],
    "the Ambassador": lambda f: [len(_visits(f, "BY->RU", {"ambassador"}))],
    "working-group and council meetings": lambda f: [len(_year(f["wg_meetings"], 2024))],
    "protocols / plans": lambda f: [
        int(_year(f["wg_meetings"], 2024)["protocol_signed"].sum()),
        int(_year(f["wg_meetings"], 2024)["plan_signed"].sum()),
    ],
    "regions with a named Belarusian curator": lambda f: [
        f["working_groups"]
        .loc[f["working_groups"]["belarus_curator_ru"].str.strip() != "", config.REGION_KEY]
        .nunique()
    ],
    "regions with a full-year USD turnover for 2024": lambda f: [_full_year_usd(f, {2024})],
    "… for 2023 or 2024": lambda f: [_full_year_usd(f, {2023, 2024})],
}

# The same table's "Ministry" column → the indicators of mfa_totals.csv it quotes, in the order written.
MINISTRY = {
    "regions with an agreement": ["agreement_regions", "agreements_total"],
    "heads of region in Belarus": [None, "ru_head_delegations", "ru_head_delegations_forum"],  # 50 (36 + 14)
    "deputy governors": ["ru_deputy_governor_delegations"],
    "regional ministers": ["ru_regional_minister_delegations"],
    "Belarusian delegations": ["by_delegations"],
    "the Ambassador": ["ambassador_meetings"],
    "working-group and council meetings": ["wg_meetings"],
    "protocols / plans": ["wg_protocols", "medium_term_plans"],
    "regions with a named Belarusian curator": ["curated_regions"],
}


def _coverage_rows() -> dict[str, list[str]]:
    rows = _table("| kind of fact")
    found = {}
    for key in COVERAGE:
        (row,) = [r for r in rows if r[0].startswith(key)]
        found[key] = row
    assert len(found) == len(rows), "a line of the README's coverage table has no check here"
    return found


@pytest.mark.parametrize("kind", sorted(COVERAGE))
def test_readme_coverage_matches_the_data(kind: str, frames: Frames) -> None:
    row = _coverage_rows()[kind]
    assert _numbers(row[3]) == COVERAGE[kind](frames), row


@pytest.mark.parametrize("kind", sorted(MINISTRY))
def test_readme_quotes_the_ministrys_totals(kind: str, frames: Frames) -> None:
    totals = frames["mfa_totals"]
    values = dict(zip(totals["indicator"], totals["value"], strict=True))
    stated = _numbers(_coverage_rows()[kind][1])
    expected = [values[i] for i in MINISTRY[kind] if i]
    if None in MINISTRY[kind]:  # a sum written first: "50 (36 + 14)"
        expected = [sum(expected), *expected]
    assert stated == expected


# --- every text a user reads in its own language: read from the files themselves, whatever the schema declares

CYRILLIC = re.compile(r"[\u0400-\u04ff]")


def language_slips(folder: Path) -> list[str]:
    """`file:line: column` for every `_ru` cell with no Cyrillic letter (empty, or Latin only) while its `_en` twin
    has a text, and every `_en` cell holding Cyrillic, in every CSV of `folder` (the Russian UI would show English,
    or the English UI Russian)."""
    slips = []
    for path in sorted(folder.glob("*.csv")):
        with path.open(encoding="utf-8", newline="") as handle:
            rows = list(csv.DictReader(handle))
        for line, row in enumerate(rows, start=2):
            for column, text in row.items():
                twin = row.get(column.removesuffix("_ru") + "_en", "") if column.endswith("_ru") else ""
                if (twin.strip() and not CYRILLIC.search(text or "")) or (
                    column.endswith("_en") and CYRILLIC.search(text or "")
                ):
                    slips.append(f"{path.name}:{line}: {column}")
    return slips


def test_every_russian_text_is_russian_and_every_english_text_english() -> None:
    assert language_slips(config.BUNDLED_DATA_DIR) == []


def test_a_text_in_the_wrong_language_is_named_by_file_line_and_column(bundled_copy: Path) -> None:
    def plant(name: str, change: Callable[[list[dict[str, str]]], None]) -> None:
        path = bundled_copy / name
        with path.open(encoding="utf-8", newline="") as handle:
            rows = list(csv.DictReader(handle))
        change(rows)
        with path.open("w", encoding="utf-8", newline="") as handle:
            writer = csv.DictWriter(handle, list(rows[0]), lineterminator="\n")
            writer.writeheader()
            writer.writerows(rows)

    plant("targets.csv", lambda rows: rows[0].update(wording_ru=rows[0]["wording_en"]))  # English where Russian is
    plant("visits.csv", lambda rows: rows[2].update(purpose_ru=""))  # a Russian half missing
    plant("trade.csv", lambda rows: rows[1].update(note_en="Заметка"))  # Russian where English is
    assert language_slips(bundled_copy) == [
        "targets.csv:2: wording_ru",
        "trade.csv:3: note_en",
        "visits.csv:4: purpose_ru",
    ]


PROXIES = ("oszar.com", "translate.goog", "googleusercontent.com")  # hosts that serve someone else's page


def test_every_source_is_the_publishers_own_address() -> None:
    """A source goes to the page where it was published, never through a proxy or a translator's copy of it."""
    hosts = set()
    for path in sorted(config.BUNDLED_DATA_DIR.glob("*.csv")):
        with path.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                for column, cell in row.items():
                    if column.endswith("source_url"):
                        hosts |= {urlparse(address.strip()).hostname or "" for address in cell.split("|") if address}
    assert len(hosts) > 50
    assert sorted(h for h in hosts if h.endswith(PROXIES)) == []
