"""User-facing strings of the region brief (DOCX/PDF) and of table downloads; atlas.text.lookup merges them.

Imports nothing. Keys start with `brief.` or `export.`; every key has Russian and English text.
"""

from __future__ import annotations

STRINGS: dict[str, dict[str, str]] = {
    # --- download buttons (pages wire these)
    "brief.download_docx": {"ru": "Справка (Word)", "en": "Brief (Word)"},
    "brief.download_pdf": {"ru": "Справка (PDF)", "en": "Brief (PDF)"},
    "brief.download_help": {
        "ru": "Одностраничная справка о регионе для подготовки визита: цифры, соглашения, визиты, рабочая группа, "
        "источники.",
        "en": "A one-page brief on the region for preparing a visit: figures, agreements, visits, working group, "
        "sources.",
    },
    "brief.filename": {"ru": "справка_{code}", "en": "brief_{code}"},
    "brief.failed": {
        "ru": "Справку по региону {code} составить не удалось: что-то в данных помешало её построить (ошибка "
        "записана в журнал сервера). Все данные о регионе есть на странице его профиля в атласе.",
        "en": "The brief on region {code} could not be made: something in the data stopped it (the error is in "
        "the server's log). All the region's data is on its profile page in the atlas.",
    },
    # --- header
    "brief.kicker": {
        "ru": "Атлас «Беларусь — регионы России» · справка для подготовки визита",
        "en": "Belarus and the regions of Russia atlas · briefing note for a visit",
    },
    "brief.title": {"ru": "{name}: справка о сотрудничестве с Беларусью", "en": "{name}: cooperation with Belarus"},
    "brief.subtitle": {
        "ru": "{district} федеральный округ · {code}",
        "en": "{district} Federal District · {code}",
    },
    # --- sections
    "brief.section.figures": {"ru": "Ключевые показатели", "en": "Key figures"},
    "brief.section.agreements": {"ru": "Соглашения и программы", "en": "Agreements and programmes"},
    "brief.section.visits": {"ru": "Последние визиты", "en": "Latest visits"},
    "brief.none": {"ru": "Нет данных в источниках атласа", "en": "No data on record in the atlas's sources"},
    "brief.more": {"ru": "… и ещё {n} (см. атлас)", "en": "… and {n} more (see the atlas)"},
    # --- key figures table
    "brief.col.indicator": {"ru": "Показатель", "en": "Indicator"},
    "brief.col.source": {"ru": "Ист.", "en": "Src."},
    "brief.kf.rub": {"ru": "{measure} (в рублях)", "en": "{measure} (in roubles)"},
    "brief.kf.unspecified": {"ru": "{measure} (период не указан)", "en": "{measure} (period not stated)"},
    "brief.kf.part_year": {"ru": "{measure} (январь — {month})", "en": "{measure} (January to {month})"},
    "brief.kf.rank.by_exports": {
        "ru": "Место среди регионов по экспорту Беларуси",
        "en": "Rank among regions by Belarusian exports",
    },
    "brief.kf.rank.by_imports": {
        "ru": "Место среди регионов по импорту Беларуси",
        "en": "Rank among regions by Belarusian imports",
    },
    "brief.kf.rank.by_turnover": {
        "ru": "Место среди регионов по товарообороту",
        "en": "Rank among regions by turnover",
    },
    "brief.kf.facts": {"ru": "В источниках также (без цифр)", "en": "Also on record (no figures)"},
    "brief.kf.note": {
        "ru": "Основная цифра года — по правилу атласа; другие цифры за {years} — в профиле региона.",
        "en": "The year's main figure follows the atlas's rule; other figures for {years} are on the region's profile.",
    },
    # --- map inset and chart
    "brief.map.caption": {
        "ru": "{name} на карте России; контуром — Беларусь",
        "en": "{name} on the map of Russia; Belarus outlined",
    },
    "brief.map.none": {
        "ru": "Карта не показана: границ региона нет в картографической основе атласа (Digital Chart of the World).",
        "en": "No map: the atlas's base map (Digital Chart of the World) has no boundary for this region.",
    },
    "brief.chart.caption": {
        "ru": "Товарооборот, млн долл. США, основная цифра года; годы без данных не показаны. Источники: {refs}",
        "en": "Turnover, USD million, the year's main figure; years without data are not shown. Sources: {refs}",
    },
    "brief.chart.none": {
        "ru": "Товарооборот в долларах США по годам: нет данных в источниках атласа",
        "en": "Yearly turnover in US dollars: no data on record in the atlas's sources",
    },
    # --- agreements
    "party.government": {"ru": "Правительство Беларуси", "en": "Government of Belarus"},
    "agreement_status.expired": {"ru": "срок истёк", "en": "expired"},
    "agreement_status.unknown": {"ru": "статус неизвестен", "en": "status unknown"},
    "brief.date.none": {"ru": "дата не указана", "en": "date not stated"},
    # --- visits
    # --- working group
    "brief.wg.meetings": {"ru": "Последние заседания", "en": "Latest meetings"},
    "brief.wg.no_meetings": {"ru": "заседания: нет данных", "en": "meetings: no data on record"},
    "brief.wg.protocol": {"ru": "подписан протокол", "en": "protocol signed"},
    "brief.wg.plan": {"ru": "подписан план", "en": "plan signed"},
    # --- footer
    "brief.caveat": {
        "ru": "Сведения собраны из открытых источников и могут быть неполными; отсутствие записи не означает "
        "отсутствия сотрудничества. Цифры — в формулировке источника (≈ — около, > — более).",
        "en": "Gathered from public sources and possibly incomplete; no record does not mean no cooperation. "
        "Figures keep their sources' wording (≈ about, > more than).",
    },
    "brief.footer": {
        "ru": "Подготовлено атласом {date}; цифры — как в источниках, см. список источников.",
        "en": "Generated by the atlas on {date}; figures as on record, see sources.",
    },
}
