"""User-facing strings of the compare page (regions side by side), the profile's "compare with…" control and the
presenter's comparison slide; atlas.text.lookup merges them into STRINGS.

Imports nothing. Every key starts with `compare.` and has Russian and English text.
"""

from __future__ import annotations

STRINGS: dict[str, dict[str, str]] = {
    # --- page and chooser
    "compare.title": {"ru": "Сравнение регионов", "en": "Regions side by side"},
    "compare.caption": {
        "ru": "От двух до четырёх регионов на одной странице: торговля по годам, соглашения, визиты, рабочие группы "
        "и последние цифры с годом и источником. Выбор сохраняется в ссылке.",
        "en": "Two to four regions on one page: trade by year, agreements, visits, working groups and the latest "
        "figures with their year and source. The choice is kept in the link.",
    },
    "compare.choose": {"ru": "Регионы для сравнения (2–4)", "en": "Regions to compare (2–4)"},
    "compare.prompt": {
        "ru": "Выберите не меньше двух регионов: в списке, поиском или на карте.",
        "en": "Choose at least two regions: from the list, by search or on the map.",
    },
    "compare.map.hint": {
        "ru": "Нажмите на регион на карте, чтобы добавить его к сравнению, и ещё раз, чтобы убрать.",
        "en": "Click a region on the map to add it to the comparison; click it again to take it out.",
    },
    "compare.full": {
        "ru": "Выбрано четыре региона — больше не сравнить. Уберите один, чтобы добавить другой.",
        "en": "Four regions are chosen, the most that can be compared. Take one out to add another.",
    },
    # --- trade
    "compare.trade.header": {"ru": "Товарооборот по годам", "en": "Turnover by year"},
    "compare.trade.chart_title": {
        "ru": "Товарооборот с Беларусью, млн долл. США",
        "en": "Turnover with Belarus, USD million",
    },
    "compare.trade.coverage": {
        "ru": "Цифры товарооборота есть у {n} из {m} регионов",
        "en": "Turnover figures for {n} of {m} regions",
    },
    "compare.trade.years_of": {"ru": "{name} — {years}", "en": "{name}: {years}"},
    "compare.trade.none": {"ru": "Нет данных: {names}", "en": "None on record: {names}"},
    "compare.trade.roubles": {
        "ru": "Цифры в рублях ({n}) не пересчитываются в доллары и здесь не показаны — они есть в профилях регионов.",
        "en": "Figures in roubles ({n}) are not converted to dollars and are not shown here; each region's profile "
        "lists them.",
    },
    "compare.trade.rule": {
        "ru": "Одна цифра на регион и год — основная по правилу атласа (как на карте и в профиле): в долларах США, "
        "за полный год, без прогнозов; при расхождении — с указанным годом, по белорусской статистике, точная, более "
        "поздняя. Пропуск в линии — год без цифр, а не ноль. Российская статистика может в разы превышать "
        "белорусскую, поэтому чья это статистика, указано у каждой точки и в таблице.",
        "en": "One figure per region and year, the atlas's default (as on the map and the profile): US dollars, full "
        "year, no forecasts; where sources differ, the one with a stated year, by Belarusian statistics, exact, most "
        "recent. A break in a line is a year without figures, not a zero. Russian statistics can run several times "
        "the Belarusian side's, so each point and the table say whose statistics a figure is.",
    },
    "compare.trade.table": {
        "ru": "Товарооборот по годам, млн долл. США",
        "en": "Turnover by year, USD million",
    },
    "compare.trade.alt": {
        "ru": "График товарооборота с Беларусью по годам, млн долл. США. {text}.",
        "en": "Chart of turnover with Belarus by year, USD million. {text}.",
    },
    # --- latest figures
    "compare.latest.header": {"ru": "Последние цифры", "en": "Latest figures"},
    "compare.latest.count": {
        "ru": "Хотя бы одна цифра в долларах есть у {n} из {m} регионов.",
        "en": "At least one figure in dollars for {n} of {m} regions.",
    },
    "compare.latest.caption": {
        "ru": "Последняя основная цифра каждого показателя — та же, что на карте и в профиле, с её годом и источником.",
        "en": "The latest default figure of each measure, the same as on the map and the profile, with its year and "
        "source.",
    },
    # --- agreements
    "compare.agreements.header": {"ru": "Соглашения", "en": "Agreements"},
    "compare.agreements.count": {"ru": "Документов в атласе: {text}.", "en": "Documents on record: {text}."},
    "compare.agreements.caption": {
        "ru": "Соглашения, программы, планы и дорожные карты; статус — по самому значимому документу.",
        "en": "Agreements, programmes, plans and roadmaps; the status is that of the weightiest document.",
    },
    "compare.col.latest_date": {"ru": "Дата последнего", "en": "Latest dated"},
    "compare.col.latest": {"ru": "Последний документ", "en": "Latest document"},
    # --- visits
    "compare.visits.header": {"ru": "Визиты по годам", "en": "Visits by year"},
    "compare.visits.count": {"ru": "Визитов в атласе: {text}.", "en": "Visits on record: {text}."},
    "compare.visits.caption": {
        "ru": "Визиты в обе стороны по уровню главы делегации; годы без визитов в таблице не показаны.",
        "en": "Visits both ways by the level of the head of delegation; years without a visit are not listed.",
    },
    "compare.col.total": {"ru": "Всего", "en": "Total"},
    # --- working groups
    "compare.meetings.header": {"ru": "Заседания рабочих групп", "en": "Working-group meetings"},
    "compare.meetings.count": {"ru": "Заседаний в атласе: {text}.", "en": "Meetings on record: {text}."},
    "compare.col.protocols": {"ru": "Подписано протоколов", "en": "Protocols signed"},
    "compare.col.plans": {"ru": "Подписано планов", "en": "Plans signed"},
    "compare.curators.header": {"ru": "Кураторы и сопредседатели", "en": "Curators and co-chairs"},
    "compare.curators.count": {
        "ru": "Рабочая группа или совет есть у {n} из {m} регионов.",
        "en": "A working group or council for {n} of {m} regions.",
    },
    # --- the profile's control
    "compare.with": {"ru": "Сравнить с…", "en": "Compare with…"},
    "compare.with.choose": {"ru": "С какими регионами (до трёх)", "en": "With which regions (up to three)"},
    "compare.with.open": {"ru": "Открыть сравнение", "en": "Open the comparison"},
    "compare.with.help": {
        "ru": "Откроет страницу сравнения с этим регионом и выбранными.",
        "en": "Opens the comparison page with this region and the ones chosen.",
    },
    # --- presenter
    "compare.present.caption": {
        "ru": "Сравнение из ссылки (compare=). Последние цифры товарооборота — с годом; «—» — нет данных.",
        "en": "The comparison from the link (compare=). Latest turnover figures with their year; “—”: none on record.",
    },
}
