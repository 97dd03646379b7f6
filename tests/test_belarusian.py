"""The Belarusian interface (#15.6) in AppTest: every page and slide renders in `lang=be`, shows no English and no
Russian interface string, says once that the data texts are Russian, and puts the language in the page's
`<html lang>`. The app reads the UI fixture (tests/fixtures/ui)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from atlas.text import lookup as i18n
from atlas.views import presenter as presenter_view
from tests import uidata
from tests.apptest import component_data, fresh_app
from tests.test_language import foreign_words, page_texts

ROOT = Path(__file__).resolve().parent.parent
PAGES = sorted(p.relative_to(ROOT).as_posix() for p in (ROOT / "app_pages").glob("*.py"))
# Interface strings that must not show in Belarusian: the English ones, and the Russian ones Belarusian writes
# otherwise (a Russian one on a Belarusian page would be a text the catalogue missed). Two-letter texts aside.
ENGLISH = {e["en"] for e in i18n.STRINGS.values() if e["en"] != e["ru"] and len(e["en"]) > 2 and "{" not in e["en"]}
RUSSIAN = {e["ru"] for e in i18n.STRINGS.values() if e["ru"] != e.get("be") and len(e["ru"]) > 2 and "{" not in e["ru"]}
NOTE = i18n.t("data_lang.note", "be")
# a stated target's id in data/targets.csv (T001), a template's {placeholder} the browser fills: codes, not words
CODES = re.compile(r"\bT\d{3}\b|\{\w+\}")


@pytest.fixture(autouse=True)
def ui_data(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ATLAS_DATA_DIR", str(uidata.FOLDER))


def _app(**query: str) -> AppTest:
    return fresh_app(**{"lang": "be", **query})


def _widget_labels(at: AppTest) -> list[str]:
    """Labels and options of the widgets a user reads (buttons, choosers, tabs) and the tables' headers."""
    texts: list[str] = []
    for kind in ("button", "selectbox", "multiselect", "radio", "segmented_control", "tab", "slider", "text_input"):
        for widget in at.get(kind):
            texts.append(str(getattr(widget, "label", "") or ""))
            texts.extend(str(o) for o in getattr(widget, "options", []) or [])
    texts.extend(str(c) for frame in at.dataframe for c in frame.value.columns)  # each header on its own
    return [t for t in texts if t and t not in i18n.LANG_NAMES.values()]  # each language named in itself


def _problems(at: AppTest, where: str) -> list[str]:
    found = []
    for kind, text in [*page_texts(at), *(("widget", t) for t in _widget_labels(at))]:
        if text.strip() in ENGLISH:
            found.append(f"{where}: {kind}: English interface text {text!r}")
        elif text.strip() in RUSSIAN:
            found.append(f"{where}: {kind}: Russian interface text {text!r}")
        elif words := foreign_words(CODES.sub(" ", text), "be"):
            found.append(f"{where}: {kind}: Latin words {sorted(set(words))[:6]} in {text[:120]!r}")
    return found


def _html_lang(at: AppTest) -> list[str]:
    return [component_data(e).get("lang") for e in at.get("bidi_component")
            if e.proto.component_name.endswith("atlas.history")]  # fmt: skip


@pytest.mark.parametrize("walk", [{"region": "RU-SMO", "wg": "curators"}, {"wg": "meetings", "mode": "agreements"}])
def test_every_page_reads_in_belarusian(walk: dict[str, str]) -> None:
    at = _app(**walk)
    at.run()
    problems = _problems(at, "overview")
    for page in PAGES:
        at.switch_page(page)
        at.run()
        assert not at.exception, (page, [e.value for e in at.exception])
        assert not at.error, (page, [e.value for e in at.error])
        problems += _problems(at, page)
        notes = [c.value for c in at.caption if NOTE in str(c.value)]
        assert len(notes) == 1, (page, notes)  # one marker per page, not one per cell
        assert _html_lang(at) == ["be"], page
    assert not problems, "\n".join(problems)


def test_every_slide_reads_in_belarusian() -> None:
    problems = []
    for number in range(1, len(presenter_view.SLIDES) + 1):
        at = _app(present="1", slide=str(number), region="RU-SMO")
        at.run()
        assert not at.exception, (number, [e.value for e in at.exception])
        problems += _problems(at, f"slide {number}")
    assert not problems, "\n".join(problems)


def test_russian_and_english_pages_have_no_marker_and_their_own_lang() -> None:
    for lang in ("ru", "en"):
        at = _app(lang=lang)
        at.run()
        assert not [c for c in at.caption if NOTE in str(c.value) or i18n.t("data_lang.note", lang) in str(c.value)]
        assert _html_lang(at) == [lang]


def test_the_check_finds_english_and_russian_interface_texts() -> None:
    assert i18n.t("nav.overview", "en") in ENGLISH and i18n.t("nav.overview", "ru") in RUSSIAN
    assert i18n.t("nav.overview", "be") not in ENGLISH | RUSSIAN
