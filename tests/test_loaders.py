"""Loading and validation: the bundled data is clean, and every kind of bad input is named precisely."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from atlas.__main__ import main as cli
from atlas.datasets import loaders, schema
from atlas.datasets.schema import SPECS
from tests.conftest import REGIONS_CSV, trade_csv

GOOD_ROW = "RU-AAA,2023,year,100,60,40,USD million,exact,stated,BY,goods,2024-02,примечание,note,https://example.org/a"


def write(folder: Path, name: str, text: str | bytes) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def trade_problems(tmp_path: Path, content: str | bytes) -> list[str]:
    """Problems reported for trade.csv when it holds `content`, beside a valid regions.csv."""
    write(tmp_path, "regions.csv", REGIONS_CSV)
    write(tmp_path, "trade.csv", content)
    result = loaders.load_all(tmp_path)
    assert "regions" in result.frames
    return [str(p) for p in result.problems["trade"]]


def test_bundled_data_is_clean() -> None:
    result = loaders.load_all()
    assert result.errors() == []
    assert set(result.frames) == set(SPECS)


def test_good_row_loads_with_types(tmp_path: Path) -> None:
    write(tmp_path, "regions.csv", REGIONS_CSV)
    write(tmp_path, "trade.csv", trade_csv(GOOD_ROW))
    trade = loaders.load_all(tmp_path).frames["trade"]
    row = trade.iloc[0]
    assert row["turnover"] == 100.0 and row["year"] == 2023
    assert row["source_date_precision"] == "month"
    assert row["source_date_start"] == pd.Timestamp("2024-02-01")


def test_a_whole_number_too_large_for_a_float_is_no_figure_not_a_crash(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With the hostile-value rules off, a 400-digit whole turnover among whole numbers reaches the typing step: it
    becomes no figure (NaN), the other rows keep theirs."""
    from atlas.datasets import guards

    monkeypatch.setattr(guards, "rules", lambda column, kind: [])
    huge = GOOD_ROW.replace(",100,60,40,", "," + "9" * 400 + ",60,40,")
    write(tmp_path, "regions.csv", REGIONS_CSV)
    write(tmp_path, "trade.csv", trade_csv(huge, GOOD_ROW.replace(",2023,", ",2022,")))
    result = loaders.load_all(tmp_path)
    trade = result.frames["trade"].set_index("year")
    assert pd.isna(trade.loc[2023, "turnover"]) and trade.loc[2023, "export_from_belarus"] == 60.0
    assert trade.loc[2022, "turnover"] == 100.0


def test_a_publication_year_basis_loads(tmp_path: Path) -> None:
    write(tmp_path, "regions.csv", REGIONS_CSV)
    write(tmp_path, "trade.csv", trade_csv(GOOD_ROW.replace(",stated,", ",publication,")))
    result = loaders.load_all(tmp_path)
    assert result.problems["trade"] == [] and result.frames["trade"].iloc[0]["year_basis"] == "publication"


def test_localised_picks_one_language_and_never_the_other() -> None:
    frame = pd.DataFrame({"note_ru": ["примечание", "", ""], "note_en": ["note", "only English", ""]})
    ru, en = loaders.localised(frame, "ru"), loaders.localised(frame, "en")
    assert ru["note"].tolist() == ["примечание", "(текст на русском не внесён)", ""]
    assert en["note"].tolist() == ["note", "only English", ""]
    assert list(frame.columns) == ["note_ru", "note_en"]  # the input is not changed


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        pytest.param(trade_csv(GOOD_ROW.replace("RU-AAA", "RU-ZZZ")), "trade.csv:2: region_iso: unknown region",
                     id="unknown-region"),
        pytest.param(trade_csv(GOOD_ROW.replace(",100,", ",-5,")), "trade.csv:2: turnover: negative amount",
                     id="negative-amount"),
        pytest.param(trade_csv(GOOD_ROW.replace(",100,", ",много,")), "trade.csv:2: turnover: not a number",
                     id="text-in-number"),
        pytest.param(trade_csv(GOOD_ROW.replace("2024-02", "2024-02-30")), "trade.csv:2: source_date: not a date",
                     id="impossible-date"),
        pytest.param(trade_csv(GOOD_ROW.replace("2024-02", "Feb 2024")), "trade.csv:2: source_date: not a date",
                     id="malformed-date"),
        pytest.param(trade_csv(GOOD_ROW, GOOD_ROW), "trade.csv:3: region_iso+year+period+unit+source_url: duplicate",
                     id="duplicate-key"),
        pytest.param(trade_csv(GOOD_ROW.replace(",year,", ",annual,")), "trade.csv:2: period: not one of",
                     id="bad-enum"),
        pytest.param(trade_csv(GOOD_ROW.replace(",note,", ",<script>alert(1)</script>,")),
                     "trade.csv:2: note_en: contains HTML markup", id="html-in-text"),
        pytest.param(trade_csv(GOOD_ROW.replace(",note,", ",=cmd|' /C calc'!A0,")),
                     "trade.csv:2: note_en: starts like a spreadsheet formula", id="formula"),
        pytest.param(trade_csv(GOOD_ROW.replace("примечание", "a note")),
                     "trade.csv:2: note_ru: Russian text without Cyrillic letters: 'a note'", id="english-in-ru"),
        pytest.param(trade_csv(GOOD_ROW.replace(",note,", ",заметка,")),
                     "trade.csv:2: note_en: English text with Cyrillic letters: 'заметка'", id="cyrillic-in-en"),
        pytest.param(trade_csv(GOOD_ROW.replace("примечание", "")),
                     "trade.csv:2: note_ru: empty, but note_en has a text: the Russian version is missing",
                     id="russian-missing"),
        pytest.param(trade_csv(GOOD_ROW.replace(",note,", ",,")),
                     "trade.csv:2: note_en: empty, but note_ru has a text: the English version is missing",
                     id="english-missing"),
        pytest.param(trade_csv(GOOD_ROW, GOOD_ROW.replace("/a", "/b")),
                     "trade.csv:3: turnover: the same statement as line 2 (region, year, period, unit and figures)",
                     id="one-statement-two-rows"),
        pytest.param(trade_csv(GOOD_ROW.replace(",stated,", ",,")),
                     "trade.csv:2: year_basis: empty, but a value is required", id="no-year-basis"),
        pytest.param(trade_csv(GOOD_ROW.replace(",stated,", ",guessed,")),
                     "trade.csv:2: year_basis: not one of: stated, inferred, publication", id="bad-year-basis"),
        pytest.param(trade_csv(GOOD_ROW.replace("https://example.org/a", "")), "trade.csv:2: source_url: empty",
                     id="missing-source"),
        pytest.param(trade_csv(GOOD_ROW.replace(",2023,", ",1700,")), "trade.csv:2: year: not a whole number",
                     id="year-out-of-range"),
        pytest.param(trade_csv(GOOD_ROW + ",extra"), "trade.csv:2: -: has 16 cells, the header has 15",
                     id="ragged-row"),
        pytest.param(trade_csv(GOOD_ROW).replace(",", ";"), "trade.csv:1: -: columns are separated by ';'",
                     id="semicolons"),
        pytest.param(trade_csv(GOOD_ROW).replace("scope,", ""), "trade.csv:1: scope: required column is missing",
                     id="missing-column"),
        pytest.param(trade_csv(GOOD_ROW).replace("source_url\n", "source_url,colour\n").replace(
            "/a\n", "/a,red\n"), "trade.csv:1: colour: unexpected column", id="extra-column"),
        pytest.param("", "trade.csv:-: -: file is empty", id="empty-file"),
        pytest.param(trade_csv(GOOD_ROW.replace("note", "примечание")).encode("cp1251"),
                     "trade.csv:2: -: not valid UTF-8 (perhaps Windows-1251)", id="cp1251"),
    ],
)  # fmt: skip
def test_bad_input_is_named_by_file_row_and_column(tmp_path: Path, content: str | bytes, expected: str) -> None:
    problems = trade_problems(tmp_path, content)
    assert any(p.startswith(expected) for p in problems), problems


def test_byte_order_mark_is_a_warning_and_the_file_loads(tmp_path: Path) -> None:
    write(tmp_path, "regions.csv", REGIONS_CSV)
    write(tmp_path, "trade.csv", b"\xef\xbb\xbf" + trade_csv(GOOD_ROW).encode())
    result = loaders.load_all(tmp_path)
    assert "trade" in result.frames
    assert [p.level for p in result.problems["trade"]] == ["warning"]


def test_oversized_file_is_refused_without_reading(tmp_path: Path) -> None:
    path = write(tmp_path, "regions.csv", REGIONS_CSV)
    with path.open("ab") as handle:
        handle.truncate(loaders.MAX_FILE_BYTES + 1)
    result = loaders.load_all(tmp_path)
    assert "over the 10 MB limit" in str(result.problems["regions"][0])


def test_broken_registry_blocks_dependants_but_not_the_rest(bundled_copy: Path) -> None:
    (bundled_copy / "regions.csv").write_text("garbage\n", encoding="utf-8")
    result = loaders.load_all(bundled_copy)
    assert "regions" not in result.frames and "trade" not in result.frames
    assert {"forums", "mfa_totals"} <= set(result.frames)
    assert "refers to regions.csv" in str(result.problems["trade"][0])


def test_missing_reference_between_files(bundled_copy: Path) -> None:
    path = bundled_copy / "wg_meetings.csv"
    lines = path.read_text(encoding="utf-8").splitlines()
    first = lines[1].split(",")
    first[1] = "W999"
    lines[1] = ",".join(first)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    problems = [str(p) for p in loaders.load_all(bundled_copy).problems["wg_meetings"]]
    assert any(p.startswith("wg_meetings.csv:2: wg_id: no such id in working_groups.csv") for p in problems)


@pytest.mark.parametrize(
    ("text", "ok"),
    [("2015", True), ("2015-03", True), ("2015-03-05", True), ("2015-13", False), ("2015-02-29", False),
     ("2016-02-29", True), ("15-03-2015", False), ("2015-3", False), ("", False)],
)  # fmt: skip
def test_partial_dates(text: str, ok: bool) -> None:
    assert schema.is_partial_date(text) is ok


def test_check_data_cli_exit_codes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli(["check-data"]) == 0
    write(tmp_path, "regions.csv", REGIONS_CSV.replace("central", "centre"))
    assert cli(["check-data", str(tmp_path)]) == 1
    out = capsys.readouterr().out
    assert "regions.csv:2: federal_district: not one of" in out
    assert "forums.csv:-: -: file not found" in out
