"""Every page, the presenter's slides and the brief read in one script: no Latin data text in the Russian interface,
no Cyrillic in the English one (issue #10).

AppTest renders each page from the entrypoint in each language; every text a user can read is collected (markdown,
captions, titles, metrics, tables, the data the map, bars and chart components draw, notices) and searched for words
of the other script. Allowed in Russian: addresses and host names of sources, codes (RU-SMO, ISO 3166-2:RU), units
and formats (USD, CSV, PNG, …) — the short list below. Nothing else.
"""

from __future__ import annotations

import dataclasses
import io
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import docx
import pytest
from streamlit.testing.v1 import AppTest

from atlas.datasets import loaders
from atlas.export import brief
from atlas.views import presenter as presenter_view
from tests.apptest import component_data, fresh_app

ROOT = Path(__file__).resolve().parent.parent
PAGES = sorted(p.relative_to(ROOT).as_posix() for p in (ROOT / "app_pages").glob("*.py"))
FIXTURE = ROOT / "tests" / "fixtures" / "bilingual"  # every text row in both languages
# Data folders the test reads: a small bilingual fixture and the bundled data (every row of it bilingual).
FOLDERS = {"fixture": FIXTURE, "bundled": ROOT / "data"}
# Each walk through every page opens other views too: the profile of another region, the other tabs and map mode.
WALKS = (
    {"region": "RU-SMO", "wg": "curators"},
    {"region": "RU-MOW", "wg": "meetings", "mode": "agreements"},
)

# Latin words a Russian page may show: units, file formats, the boundary source and standards named by their codes,
# keys on the keyboard. Short on purpose: anything else in Latin letters is English text in the Russian UI.
LATIN_ALLOWED = frozenset(
    {"USD", "CSV", "Excel", "SVG", "PNG", "PDF", "Word", "DOCX", "DCW", "GMT", "LGPL", "ISO", "RU", "BY",
     "Tab", "Enter", "Ctrl"}
)  # fmt: skip
SOURCE_NAMES = ("Digital Chart of the World",)  # sources known by their own name only
ROMAN = re.compile(r"^[IVXLC]+$")  # Forum numbers
# Addresses, paths and host names (belta.by, ura.news, минобрнауки.рф): a source's name, not text.
URL = re.compile(r"https?://\S+|\S*/\S*|\b(?:[\w-]+\.)+[^\W\d_][\w-]*\b\S*")
TAG = re.compile(r"<[^>]{0,40}>")
CODE = re.compile(r"\bRU-[A-Z]{2,3}\b|#[0-9a-fA-F]{3,8}\b|\b\d+[A-Za-z]\b")
LATIN_WORD = re.compile(r"[A-Za-z]+")
CYRILLIC = re.compile(r"[\u0400-\u04ff]+")
# Keys of component payloads that carry machine data, not text (addresses, colours, geometry, ids).
MACHINE_KEYS = {"geometry", "href", "url", "source", "sources", "code", "codes", "id", "key", "fill", "fills",
                "colour", "color", "colours", "border", "d", "path", "paths", "filename", "format", "mode", "type",
                "kind", "group", "symbol", "lang", "label_position", "label_colour", "outline", "source_url",
                "qualifier", "dash", "layer"}  # fmt: skip


# The Ministry's ten leading importers of 2024 and a region with little on record.
BRIEF_REGIONS = ("RU-SMO", "RU-MOW", "RU-MOS", "RU-BRY", "RU-SPE", "RU-TA", "RU-KDA", "RU-CR")
BRIEF_MACHINE_FIELDS = {"sources", "map_png", "chart_png", "lang", "region_iso", "name_other"}  # not printed


PLACEHOLDER = re.compile(r"\{\w+\}")  # a template's {year}, filled in the browser (the map's timeline caption)


def foreign_words(text: str, lang: str) -> list[str]:
    """Words of the other script in `text`: Latin words in Russian (outside the allowed list), Cyrillic in English."""
    for name in SOURCE_NAMES:
        text = text.replace(name, " ")
    text = PLACEHOLDER.sub(" ", CODE.sub(" ", URL.sub(" ", TAG.sub(" ", text))))
    if lang == "en":
        return CYRILLIC.findall(text)
    return [w for w in LATIN_WORD.findall(text) if w not in LATIN_ALLOWED and not ROMAN.match(w)]


def _strings(value: Any, key: str = "") -> Iterator[str]:
    if key in MACHINE_KEYS:
        return
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for k, v in value.items():
            yield from _strings(v, str(k))
    elif isinstance(value, list | tuple):
        for item in value:
            yield from _strings(item, key)


def page_texts(at: AppTest) -> Iterator[tuple[str, str]]:
    """(where, text) for everything a user reads on the rendered page."""
    for kind in ("markdown", "caption", "title", "header", "subheader", "info", "warning", "error", "success"):
        for element in at.get(kind):
            yield kind, str(element.value)
    for metric in at.metric:
        yield "metric", f"{metric.label} {metric.value}"
    for frame in at.dataframe:
        data = frame.value
        yield "table header", " ".join(map(str, data.columns))
        for column in data.columns:
            if data[column].dtype == object:
                for cell in data[column].dropna():
                    yield f"table «{column}»", str(cell)
    for component in at.get("bidi_component"):
        payload = component_data(component)
        for text in _strings(payload):
            yield f"component {component.proto.component_name}", text


def _app(folder: Path, monkeypatch: pytest.MonkeyPatch, **query: str) -> AppTest:
    monkeypatch.setenv("ATLAS_DATA_DIR", str(folder))
    return fresh_app(**query)


def _problems(at: AppTest, lang: str, where: str) -> list[str]:
    found = []
    for kind, text in page_texts(at):
        words = foreign_words(text, lang)
        if words:
            found.append(f"{where}: {kind}: {sorted(set(words))[:6]} in {text[:140]!r}")
    return found


@pytest.mark.parametrize("walk", range(len(WALKS)))
@pytest.mark.parametrize("folder", sorted(FOLDERS))
@pytest.mark.parametrize("lang", ["ru", "en"])
def test_every_page_reads_in_one_script(folder: str, lang: str, walk: int, monkeypatch: pytest.MonkeyPatch) -> None:
    at = _app(FOLDERS[folder], monkeypatch, lang=lang, **WALKS[walk])
    at.run()
    problems = _problems(at, lang, "overview")
    for page in PAGES:
        at.switch_page(page)
        at.run()
        assert not at.exception, (page, [e.value for e in at.exception])
        problems += _problems(at, lang, page)
    assert not problems, "\n".join(problems)


def test_the_check_finds_the_other_script() -> None:
    assert foreign_words("Визит губернатора: working trip, см. https://belta.by/x и RU-SMO, 5 USD", "ru") == [
        "working",
        "trip",
    ]
    assert foreign_words("Governor's visit to Смоленск (news.by)", "en") == ["Смоленск"]
    assert foreign_words("<b>XIII</b><br>Digital Chart of the World, geo/README.md; ura.news +2", "ru") == []
    assert foreign_words("source: минобрнауки.рф", "en") == []


def _brief_texts(made: brief.Brief) -> Iterator[tuple[str, str]]:
    """Every text of a brief: its fields (addresses, pictures aside) and every paragraph and cell of the Word file."""
    fields = {k: v for k, v in dataclasses.asdict(made).items() if k not in BRIEF_MACHINE_FIELDS}
    for name, value in fields.items():
        for text in _strings(value, name):
            yield f"brief.{name}", text
    word = docx.Document(io.BytesIO(brief.brief_docx(made)))
    for paragraph in word.paragraphs:
        yield "brief.docx", paragraph.text
    for table in word.tables:
        for row in table.rows:
            for cell in row.cells:
                yield "brief.docx table", cell.text


@pytest.mark.parametrize("folder", sorted(FOLDERS))
@pytest.mark.parametrize("lang", ["ru", "en", "be"])  # Belarusian: its interface strings, the Russian data texts
def test_the_brief_reads_in_one_script(folder: str, lang: str) -> None:
    frames = loaders.load_all(FOLDERS[folder]).frames
    problems = []
    for code in BRIEF_REGIONS:
        made = brief.build_brief(code, frames, None, lang)
        for where, text in _brief_texts(made):
            words = foreign_words(text, lang)
            if words:
                problems.append(f"{code} {where}: {sorted(set(words))[:6]} in {text[:140]!r}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("folder", sorted(FOLDERS))
@pytest.mark.parametrize("lang", ["ru", "en"])
def test_every_slide_reads_in_one_script(folder: str, lang: str, monkeypatch: pytest.MonkeyPatch) -> None:
    problems = []
    for number in range(1, len(presenter_view.SLIDES) + 1):
        at = _app(FOLDERS[folder], monkeypatch, present="1", slide=str(number), lang=lang, region="RU-SMO")
        at.run()
        assert not at.exception, (number, [e.value for e in at.exception])
        problems += _problems(at, lang, f"slide {number}")
    assert not problems, "\n".join(problems)
