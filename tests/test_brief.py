"""The region brief: content traced to data rows, 'no data' where nothing is on record, one page, both languages."""

from __future__ import annotations

import csv
import io
import json
import re
from datetime import date
from typing import Any

import docx
import pandas as pd
import pytest
from pypdf import PdfReader

from atlas import config
from atlas.datasets import loaders
from atlas.export import brief
from atlas.rules import filters as filter_rules
from atlas.text import formats
from atlas.text import lookup as i18n


def _a_region_without_records() -> str:
    """A drawn region that no data file mentions (which one changes as the data grows)."""
    frames = loaders.load_all(config.BUNDLED_DATA_DIR).frames
    registry = frames["regions"]
    drawn = set(registry.loc[registry["has_polygon"], "region_iso"])
    return sorted(drawn - filter_rules.referenced_regions(frames))[0]


FULL, EMPTY, NO_POLYGON = "RU-SMO", _a_region_without_records(), "RU-CR"
LANGS = ("ru", "en")


@pytest.fixture(scope="module")
def frames() -> dict[str, pd.DataFrame]:
    return loaders.load_all(config.BUNDLED_DATA_DIR).frames


@pytest.fixture(scope="module")
def geo() -> tuple[dict[str, Any], dict[str, Any]]:
    regions = json.loads(config.REGIONS_GEOJSON.read_text(encoding="utf-8"))
    belarus = json.loads(config.BELARUS_GEOJSON.read_text(encoding="utf-8"))
    return regions, belarus


@pytest.fixture(scope="module")
def rendered(frames: dict[str, pd.DataFrame], geo: tuple[dict[str, Any], dict[str, Any]]) -> dict[tuple[str, str], Any]:
    """(region, lang) → (Brief, docx text, docx link targets, pdf text, pdf link targets, pdf pages)."""
    out = {}
    for code in (FULL, EMPTY, NO_POLYGON):
        for lang in LANGS:
            made = brief.build_brief(code, frames, geo[0], lang, belarus_geojson=geo[1], today=date(2026, 3, 5))
            word = docx.Document(io.BytesIO(brief.brief_docx(made)))
            texts = [p.text for p in word.paragraphs]
            texts += [cell.text for table in word.tables for row in table.rows for cell in row.cells]
            texts += [p.text for p in word.sections[0].footer.paragraphs]
            word_links = {r.target_ref for r in word.part.rels.values() if r.reltype.endswith("/hyperlink")}
            reader = PdfReader(io.BytesIO(brief.brief_pdf(made)))
            pdf_text = "\n".join(page.extract_text() for page in reader.pages)
            pdf_links = {
                annot.get_object()["/A"]["/URI"]
                for page in reader.pages
                for annot in page.get("/Annots", [])
                if "/A" in annot.get_object()
            }
            out[code, lang] = (made, _flat("\n".join(texts)), word_links, _flat(pdf_text), pdf_links, len(reader.pages))
    return out


def _flat(text: str) -> str:
    """Whitespace of any kind (narrow no-break spaces, line breaks) as single spaces."""
    return re.sub(r"\s+", " ", text.replace("\u202f", " ").replace("\xa0", " "))


def _trade_csv_rows(code: str) -> list[dict[str, str]]:
    with (config.BUNDLED_DATA_DIR / "trade.csv").open(encoding="utf-8") as handle:
        return [row for row in csv.DictReader(handle) if row["region_iso"] == code]


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("code", [FULL, EMPTY, NO_POLYGON])
def test_one_page_with_name_sources_and_footer(rendered: dict, code: str, lang: str, frames: dict) -> None:
    made, word_text, word_links, pdf_text, pdf_links, pages = rendered[code, lang]
    assert pages == 1
    registry = frames["regions"].set_index("region_iso")
    name = registry.loc[code, "name_en" if lang == "en" else "name_ru"]
    for text in (word_text, pdf_text):
        assert _flat(name) in text
        assert _flat(i18n.t("brief.footer", lang, date=made.generated_on)) in text
    # every cited address is in the source list and linked in both files
    assert set(made.sources) <= word_links
    assert set(made.sources) <= pdf_links
    for number in range(1, len(made.sources) + 1):
        assert f"[{number}]" in pdf_text and f"[{number}]" in word_text


@pytest.mark.parametrize("lang", LANGS)
def test_full_region_shows_a_figure_from_trade_csv_with_its_source(rendered: dict, lang: str) -> None:
    made, word_text, _, pdf_text, _, _ = rendered[FULL, lang]
    # RU-SMO 2025: "close to 3.5 bn" by Belarusian statistics, the default figure of the year
    row = next(r for r in _trade_csv_rows(FULL) if r["year"] == "2025" and r["qualifier"] == "almost")
    shown = _flat(formats.amount(float(row["turnover"]), row["unit"], lang, row["qualifier"]))
    assert shown in word_text and shown in pdf_text
    figure = next(k for k in made.key_figures if k.label == i18n.t("measure.turnover", lang))
    assert figure.year == "2025" and figure.source_url == row["source_url"]
    assert row["source_url"] in made.sources
    assert made.map_png is not None and made.chart_png is not None
    rows = _trade_csv_rows(FULL)
    usd = [r for r in rows if r["period"] == "year" and r["unit"] == "USD million" and r["turnover"]]
    full_year_usd = sorted({int(r["year"]) for r in usd if r["qualifier"] != "forecast"})
    assert [bar.year for bar in made.trade] == full_year_usd  # forecasts and rouble figures are no bars
    assert _flat(i18n.t("brief.kf.note", lang, years="2025")) in pdf_text  # other figures exist for 2025
    assert len(made.visits) <= brief.MAX_VISITS


@pytest.mark.parametrize("lang", LANGS)
def test_region_without_records_says_no_data(rendered: dict, lang: str, frames: dict) -> None:
    assert EMPTY not in filter_rules.referenced_regions(frames)
    made, word_text, _, pdf_text, _, _ = rendered[EMPTY, lang]
    assert not made.agreements and not made.visits and not made.working_groups and not made.sources
    none = _flat(i18n.t("brief.none", lang))
    no_data = i18n.t("no_data", lang)
    for text in (word_text, pdf_text):
        assert text.count(none) >= 4  # agreements, visits, working group, sources
        assert text.count(no_data) >= 3  # the three trade measures: no data, never 0
        assert "0 млн" not in text and "USD 0 " not in text
    assert made.chart_png is None and _flat(i18n.t("brief.chart.none", lang)) in pdf_text


@pytest.mark.parametrize("lang", LANGS)
def test_region_without_polygon_gets_a_note_instead_of_a_map(rendered: dict, lang: str) -> None:
    made, word_text, _, pdf_text, _, _ = rendered[NO_POLYGON, lang]
    assert made.map_png is None
    assert made.map_note == i18n.t("brief.map.none", lang)
    assert _flat(made.map_note) in word_text and _flat(made.map_note) in pdf_text
    assert made.visits and made.agreements  # the data it has is still there


def test_long_lists_are_cut_with_a_count(frames: dict, geo: tuple) -> None:
    """St Petersburg has more visits than fit: the brief lists the latest and says how many more."""
    made = brief.build_brief("RU-SPE", frames, geo[0], "en", belarus_geojson=geo[1])
    visits = frames["visits"][frames["visits"]["region_iso"] == "RU-SPE"]
    assert len(made.visits) + made.visits_more == len(visits)
    newest = visits.sort_values("date_start", ascending=False).iloc[0]
    assert made.visits[0].date == formats.partial_date(newest["date"], "en")
    reader = PdfReader(io.BytesIO(brief.brief_pdf(made)))
    assert len(reader.pages) == 1
    assert "more (see the atlas)" in reader.pages[0].extract_text()


def test_a_dataset_that_failed_to_load_reads_as_no_data(frames: dict, geo: tuple) -> None:
    partial = {name: frame for name, frame in frames.items() if name not in ("visits", "trade")}
    made = brief.build_brief(FULL, partial, geo[0], "ru")
    assert not made.visits and not made.trade
    assert all(k.value == i18n.t("no_data", "ru") for k in made.key_figures if k.label.startswith("Т"))
    assert len(PdfReader(io.BytesIO(brief.brief_pdf(made))).pages) == 1


def test_unknown_region_is_an_error(frames: dict, geo: tuple) -> None:
    with pytest.raises(ValueError, match="RU-XXX"):
        brief.build_brief("RU-XXX", frames, geo[0], "ru")
