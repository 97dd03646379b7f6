"""Strings of the interface languages themselves: what an interface without data texts of its own says of them."""

from __future__ import annotations

STRINGS: dict[str, dict[str, str]] = {
    # Shown once per page when the interface language has no data texts (Belarusian): titles, notes, purposes,
    # outcomes, people, places and region names are then the Russian ones.
    "data_lang.note": {
        "ru": "Тексты данных и названия регионов — на русском языке",
        "en": "Data texts and region names are in Russian",
    },
    "region.russia_total": {"ru": "Россия (всего)", "en": "Russia (total)"},
}
