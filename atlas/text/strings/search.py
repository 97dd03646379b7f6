"""User-facing strings of the region search (profile chooser, sidebar filter, presenter); merged into STRINGS.

Imports nothing. Every key starts with `search.` and has Russian and English text.
"""

from __future__ import annotations

STRINGS: dict[str, dict[str, str]] = {
    "search.label": {"ru": "Найти регион", "en": "Find a region"},
    "search.placeholder": {
        "ru": "Название, сокращение или город: Питер, Татар, Уфа…",
        "en": "Name, short name or city: Tatar, Kazan, SPb…",
    },
    "search.help": {
        "ru": "Ищет по названию региона на русском и английском, по сокращению, распространённому названию "
        "(Кузбасс, Югра, Питер) и административному центру. Первым стоит лучшее совпадение.",
        "en": "Searches the region's name in Russian and English, its short name, common names (Kuzbass, Yugra, "
        "Piter) and its administrative centre. The best match comes first.",
    },
    "search.none": {
        "ru": "По запросу «{query}» регион не найден. Попробуйте название, сокращение или административный центр.",
        "en": "No region found for “{query}”. Try a name, a short name or an administrative centre.",
    },
    "search.more": {
        "ru": "…и ещё {n}: уточните запрос.",
        "en": "…and {n} more: type more letters.",
    },
    "search.chosen": {"ru": "{name} (уже в фильтре)", "en": "{name} (already in the filter)"},
    "search.via": {"ru": "{name} — {term}", "en": "{name} — {term}"},
}
