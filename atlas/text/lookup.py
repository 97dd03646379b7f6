"""The string lookup: languages, `t(key, lang)`, and the tables in atlas/text/strings/ merged into one."""

from __future__ import annotations

import importlib
import pkgutil

from atlas.text import strings

LANGS = ("ru", "en")
DEFAULT_LANG = "ru"
LANG_NAMES = {"ru": "Русский", "en": "English"}


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


STRINGS: dict[str, dict[str, str]] = _merge_string_tables()


def t(key: str, lang: str = DEFAULT_LANG, **values: object) -> str:
    """The string `key` in `lang` (Russian if the language is unknown), with {placeholders} filled."""
    entry = STRINGS[key]
    text = entry.get(lang) or entry[DEFAULT_LANG]
    return text.format(**values) if values else text


def missing_languages() -> list[str]:
    """Keys that lack one of LANGS or hold an empty string: must be empty."""
    return [key for key, entry in STRINGS.items() for lang in LANGS if not entry.get(lang, "").strip()]
