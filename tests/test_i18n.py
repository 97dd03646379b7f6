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
    ("text", "lang", "expected"),
    [("2014", "ru", "2014"), ("2015-03", "ru", "март 2015"), ("2015-03", "en", "March 2015"),
     ("2015-03-05", "ru", "05.03.2015"), ("2015-03-05", "en", "5 March 2015"), ("", "en", "—")],
)  # fmt: skip
def test_partial_dates_keep_their_precision(text: str, lang: str, expected: str) -> None:
    assert formats.partial_date(text, lang) == expected
