"""Every string exists in every language; numbers and dates follow each language's conventions."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from atlas.text import formats
from atlas.text import lookup as i18n

ROOT = Path(__file__).resolve().parent.parent


def test_every_string_has_every_language() -> None:
    assert i18n.missing_languages() == []


def test_every_key_used_in_code_exists() -> None:
    """Literal keys passed to t() anywhere in the app must be defined (a typo would raise at run time)."""
    used: set[str] = set()
    for path in [ROOT / "app.py", *(ROOT / "app_pages").glob("*.py"), *(ROOT / "atlas").glob("*.py")]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and getattr(node.func, "attr", getattr(node.func, "id", "")) == "t"
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                used.add(node.args[0].value)
    assert used and used <= set(i18n.STRINGS), sorted(used - set(i18n.STRINGS))


@pytest.mark.parametrize(
    ("value", "unit", "lang", "qualifier", "expected"),
    [
        (1234.5, "USD million", "ru", "exact", "1\u202f234,5 млн долл. США"),
        (1234.5, "USD million", "en", "exact", "USD 1,234.5 million"),
        (22000, "USD million", "ru", "more_than", "> 22\u202f000 млн долл. США"),
        (7.5, "RUB billion", "en", "approx", "≈ RUB 7.5 billion"),
        (3500, "USD million", "ru", "almost", "почти 3\u202f500 млн долл. США"),
        (None, "USD million", "ru", "exact", "нет данных"),
        (float("nan"), "USD million", "en", "exact", "no data on record"),
    ],
)
def test_amounts(value: float | None, unit: str, lang: str, qualifier: str, expected: str) -> None:
    assert formats.amount(value, unit, lang, qualifier) == expected


@pytest.mark.parametrize(
    ("value", "lang", "decimals", "expected"),
    [
        (-1234.5, "ru", None, "\u22121\u202f234,5"),
        (-1234.5, "be", None, "\u22121\u202f234,5"),
        (-1234.5, "en", None, "\u22121,234.5"),
        (-10, "en", 0, "\u221210"),
        (-0.04, "ru", 1, "0,0"),  # rounds to zero: no sign
        (12, "en", 0, "12"),
    ],
)
def test_a_negative_number_has_a_real_minus(value: float, lang: str, decimals: int | None, expected: str) -> None:
    """The typographic minus (U+2212), as formats.percent writes it, never a hyphen, in every language."""
    assert formats.number(value, lang, decimals=decimals) == expected
    assert "-" not in formats.thousands(-12_000, lang) and formats.thousands(-12_000, lang).startswith("\u221212")


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [("2014", "ru", "2014"), ("2015-03", "ru", "март 2015"), ("2015-03", "en", "March 2015"),
     ("2015-03-05", "ru", "05.03.2015"), ("2015-03-05", "en", "5 March 2015"), ("", "en", "—")],
)  # fmt: skip
def test_partial_dates_keep_their_precision(text: str, lang: str, expected: str) -> None:
    assert formats.partial_date(text, lang) == expected


# --- Belarusian: its own catalogue (atlas/text/translations/be.py) against the tables


def test_every_key_of_the_tables_has_a_belarusian_text() -> None:
    missing = i18n.catalogue_problems("be")["missing"]
    assert missing == [], f"add a Belarusian text to atlas/text/translations/be.py for: {missing}"


def test_no_belarusian_text_for_a_key_the_tables_do_not_have() -> None:
    unknown = i18n.catalogue_problems("be")["unknown"]
    assert unknown == [], f"atlas/text/translations/be.py holds texts for keys no table defines: {unknown}"


def test_belarusian_placeholders_are_the_russian_ones() -> None:
    differ = i18n.catalogue_problems("be")["placeholders"]
    assert differ == [], [(k, i18n.STRINGS[k]["ru"], i18n.STRINGS[k]["be"]) for k in differ]


def test_the_catalogue_check_finds_what_is_wrong(monkeypatch: pytest.MonkeyPatch) -> None:
    tables = {"a": {"ru": "{n} из {total}", "en": "{n} of {total}"}, "b": {"ru": "Б", "en": "B"}}
    monkeypatch.setattr(i18n, "TABLES", tables)
    monkeypatch.setitem(i18n.CATALOGUES, "be", {"a": "{n} з {all}", "gone": "Былы"})
    assert i18n.catalogue_problems("be") == {"missing": ["b"], "unknown": ["gone"], "placeholders": ["a"]}


def test_belarusian_texts_are_written_in_belarusian() -> None:
    """A text copied from Russian and left untranslated still has letters Belarusian does not use (и, щ, ъ)."""
    russian_only = {k: v for k, v in i18n.CATALOGUES["be"].items() if set(v.lower()) & set("ищъ")}
    assert russian_only == {}


def test_the_belarusian_interface_reads_russian_data_texts() -> None:
    assert [i18n.data_lang(lang) for lang in i18n.LANGS] == ["ru", "en", "ru"]
    assert i18n.t("nav.overview", "be") == "Агляд"
    assert i18n.LANG_NAMES["be"] == "Беларуская"


@pytest.mark.parametrize(
    ("value", "unit", "qualifier", "expected"),
    [
        (1234.5, "USD million", "exact", "1\u202f234,5 млн долараў ЗША"),
        (22000, "USD million", "more_than", "> 22\u202f000 млн долараў ЗША"),
        (3500, "USD million", "almost", "амаль 3\u202f500 млн долараў ЗША"),
        (7.5, "RUB billion", "approx", "≈ 7,5 млрд руб."),
        (120, "BYN million", "forecast", "прагноз 120 млн бел. руб."),
        (None, "USD million", "exact", "няма даных"),
    ],
)
def test_belarusian_amounts(value: float | None, unit: str, qualifier: str, expected: str) -> None:
    assert formats.amount(value, unit, "be", qualifier) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("2014", "2014"), ("2015-03", "сакавік 2015"), ("2024-08", "жнівень 2024"), ("2015-03-05", "05.03.2015")],
)
def test_belarusian_dates(text: str, expected: str) -> None:
    assert formats.partial_date(text, "be") == expected


def test_belarusian_part_years_and_numbers() -> None:
    assert formats.figure_marks("jan-oct", "publication", "be") == ["студзень — кастрычнік", "год — па даце публікацыі"]
    assert formats.number(1234567.25, "be", decimals=1) == "1\u202f234\u202f567,2"
    assert formats.thousands(12_000, "be") == "12 тыс." and formats.thousands(12_000, "en") == "12k"
    assert formats.MONTHS_GENITIVE["be"][7] == "жніўня"  # '5 жніўня': the genitive, not the nominative 'жнівень'


@pytest.mark.parametrize(
    ("number", "expected"), [(1, "I"), (4, "IV"), (9, "IX"), (13, "XIII"), (49, "XLIX"), (94, "XCIV")]
)
def test_roman_numerals_number_the_forums(number: int, expected: str) -> None:
    assert formats.roman(number) == expected
