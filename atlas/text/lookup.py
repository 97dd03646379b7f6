"""The string lookup: languages, `t(key, lang)`, and the tables in atlas/text/strings/ merged into one, with the
Belarusian catalogue (atlas/text/translations/be.py) joined to them."""

from __future__ import annotations

import importlib
import pkgutil
import string

from atlas.text import strings
from atlas.text.translations import be

LANGS = ("ru", "en", "be")  # the interface languages, in the selector's order
TABLE_LANGS = ("ru", "en")  # written in the tables of atlas/text/strings/; the others have a catalogue of their own
CATALOGUES: dict[str, dict[str, str]] = {"be": be.TEXTS}  # language → key → text
DATA_LANGS = ("ru", "en")  # the data's text columns (`<col>_ru`, `<col>_en`)
DEFAULT_LANG = "ru"
LANG_NAMES = {"ru": "Русский", "en": "English", "be": "Беларуская"}


def data_lang(lang: str) -> str:
    """The language of the data texts shown in the interface language `lang`: its own where the data has it,
    Russian otherwise (the Belarusian interface shows the Russian titles, notes and names)."""
    return lang if lang in DATA_LANGS else DEFAULT_LANG


def _merge_string_tables() -> dict[str, dict[str, str]]:
    """Every table of atlas/text/strings/ (one per area) merged; a key defined twice is an error at import."""
    merged: dict[str, dict[str, str]] = {}
    for module in sorted(pkgutil.iter_modules(strings.__path__), key=lambda m: m.name):
        extra = importlib.import_module(f"{strings.__name__}.{module.name}").STRINGS
        clash = set(extra) & set(merged)
        if clash:
            raise ValueError(f"atlas/text/strings/{module.name}.py redefines strings: {sorted(clash)}")
        merged.update(extra)
    return merged


def _with_catalogues(tables: dict[str, dict[str, str]]) -> dict[str, dict[str, str]]:
    """The tables with each catalogue's text added under its language. A key the tables lack is left out here and
    reported by catalogue_problems(); a key the catalogue lacks falls back to Russian in t()."""
    return {key: {**entry, **{lang: c[key] for lang, c in CATALOGUES.items() if key in c}} for key, entry in
            tables.items()}  # fmt: skip


TABLES: dict[str, dict[str, str]] = _merge_string_tables()
STRINGS: dict[str, dict[str, str]] = _with_catalogues(TABLES)


def t(key: str, lang: str = DEFAULT_LANG, **values: object) -> str:
    """The string `key` in `lang` (Russian if the language or its text is missing), with {placeholders} filled."""
    entry = STRINGS[key]
    text = entry.get(lang) or entry[DEFAULT_LANG]
    return text.format(**values) if values else text


def missing_languages() -> list[str]:
    """Keys of the tables that lack Russian or English or hold an empty string: must be empty."""
    return [key for key, entry in TABLES.items() for lang in TABLE_LANGS if not entry.get(lang, "").strip()]


def placeholders(text: str) -> set[str]:
    """The {names} a text fills in."""
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


def catalogue_problems(lang: str) -> dict[str, list[str]]:
    """What a catalogue gets wrong against the tables: keys with no text in it (`missing`), texts for keys the tables
    do not have (`unknown`), texts whose {placeholders} differ from the Russian ones (`placeholders`)."""
    catalogue = CATALOGUES[lang]
    shared = [key for key in catalogue if key in TABLES]
    return {
        "missing": sorted(key for key in TABLES if not catalogue.get(key, "").strip()),
        "unknown": sorted(set(catalogue) - set(TABLES)),
        "placeholders": sorted(k for k in shared if placeholders(catalogue[k]) != placeholders(TABLES[k]["ru"])),
    }
