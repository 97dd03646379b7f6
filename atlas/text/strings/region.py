"""User-facing strings of the region profile page; atlas.text.lookup merges them into STRINGS.

Imports nothing. Every key starts with `region.` and has Russian and English text.
"""

from __future__ import annotations

STRINGS: dict[str, dict[str, str]] = {
    # --- chooser and header
    "region.choose": {"ru": "Регион России", "en": "Russian region"},
    "region.choose.placeholder": {"ru": "Выберите из списка", "en": "Choose from the list"},
    "region.prompt": {
        "ru": "Выберите регион, чтобы открыть его профиль: торговля с Беларусью, соглашения, визиты, рабочая группа "
        "и источники.",
        "en": "Choose a region to open its profile: trade with Belarus, agreements, visits, working group and sources.",
    },
    "region.fact.district": {"ru": "Федеральный округ", "en": "Federal district"},
    "region.fact.status": {"ru": "Соглашения с Беларусью", "en": "Agreements with Belarus"},
    "region.fact.map": {"ru": "Карта", "en": "Map"},
    "region.map.drawn": {"ru": "показан на карте атласа", "en": "drawn on the atlas's map"},
    "region.map.not_drawn": {
        "ru": "не показан на карте (нет границ в картографической основе), но учтён в таблицах и итогах",
        "en": "not drawn on the map (no boundary in the base map) but counted in tables and totals",
    },
    # --- key figures
    "region.kf.header": {"ru": "Ключевые показатели", "en": "Key figures"},
    "region.kf.caption": {
        "ru": "Последняя годовая цифра в долларах США по каждому показателю — та же, что на карте и в десятке "
        "лидеров; при расхождении источников — с точно указанным годом, по белорусской статистике, точная, более "
        "поздняя (правило — на странице «Источники и данные»). Все цифры — в таблице ниже, основная отмечена ✓.",
        "en": "The latest full-year figure in US dollars for each measure — the same as on the map and in the top "
        "ten; where sources differ, the one with a stated year, by Belarusian statistics, exact, most recent (the "
        "rule is on the Sources page). Every figure is in the table below, the default ticked ✓.",
    },
    "region.kf.more": {
        "ru": "ещё цифр за этот год: {n} (см. таблицу)",
        "en": "{n} more figure(s) for this year (see the table)",
    },
    # --- trade
    "region.trade.header": {"ru": "Торговля с Беларусью", "en": "Trade with Belarus"},
    "region.trade.chart_title": {
        "ru": "Годовые цифры, млн долл. США",
        "en": "Full-year figures, USD million",
    },
    "region.trade.chart_caption": {
        "ru": "Закрашенные точки, соединённые линией, — цифры по умолчанию; полые — другие цифры за тот же год из "
        "других источников. Цифры за часть года, в рублях и прогнозы не наносятся — они в таблице (кроме белорусской "
        "цифры за часть года, когда она основная: подсказка называет месяцы).",
        "en": "Filled points joined by a line are the default figures; hollow points are other figures for the same "
        "year from other sources. Part-year, rouble and forecast figures are not plotted: they are in the table "
        "(except a Belarusian part-year figure that is the default: its tooltip names the months).",
    },
    "region.trade.other_figures": {"ru": "другие цифры (полые точки)", "en": "other figures (hollow)"},
    "region.trade.alt": {
        "ru": "Диаграмма годовых цифр торговли региона с Беларусью, млн долл. США: {n} цифр за {years}.",
        "en": "Chart of the region's full-year trade figures with Belarus, USD million: {n} figures for {years}.",
    },
    "region.trade.no_chart": {
        "ru": "Годовых цифр в долларах США нет; цифры, которые есть, — в таблице.",
        "en": "No full-year figures in US dollars; the figures on record are in the table.",
    },
    "region.trade.table": {"ru": "Все цифры в источниках атласа", "en": "All figures on record"},
    "region.col.period": {"ru": "Период", "en": "Period"},
    "region.col.unit": {"ru": "Единица", "en": "Unit"},
    "region.col.qualifier": {"ru": "Формулировка источника", "en": "Source's wording"},
    "region.col.side": {"ru": "Чья статистика", "en": "Whose statistics"},
    "region.col.default": {"ru": "По умолчанию", "en": "Default"},
    "region.col.note": {"ru": "Примечание", "en": "Note"},
    "region.col.kind": {"ru": "Вид документа", "en": "Kind"},
    "region.col.title": {"ru": "Документ", "en": "Document"},
    "region.col.parties": {"ru": "Стороны", "en": "Parties"},
    "region.col.party": {"ru": "Белорусская сторона", "en": "Belarusian party"},
    "region.col.status": {"ru": "Статус", "en": "Status"},
    "region.col.host": {"ru": "Принимающая сторона", "en": "Host"},
    "region.col.plan": {"ru": "План мероприятий", "en": "Action plan"},
    "region.col.forum": {"ru": "Форум", "en": "Forum"},
    "no": {"ru": "нет", "en": "no"},
    "period.year": {"ru": "год", "en": "full year"},
    "unit.rub_bn": {"ru": "млрд руб.", "en": "RUB billion"},
    "region.qualifier.exact": {"ru": "точная цифра", "en": "exact"},
    "region.qualifier.approx": {"ru": "около", "en": "approximately"},
    "region.qualifier.more_than": {"ru": "более", "en": "more than"},
    "region.qualifier.almost": {"ru": "почти", "en": "almost"},
    "region.qualifier.forecast": {"ru": "прогноз", "en": "forecast"},
    "region.side.none": {"ru": "не указано", "en": "not stated"},
    "region.no_amount": {"ru": "без цифры", "en": "no amount"},
    # --- agreements
    "region.agreements.header": {"ru": "Соглашения, программы и планы", "en": "Agreements, programmes and plans"},
    "region.kind.agreement": {"ru": "соглашение", "en": "agreement"},
    "region.kind.programme": {"ru": "программа", "en": "programme"},
    "region.kind.plan": {"ru": "план мероприятий", "en": "action plan"},
    "region.kind.roadmap": {"ru": "дорожная карта", "en": "roadmap"},
    "region.kind.memorandum": {"ru": "меморандум", "en": "memorandum"},
    "region.kind.protocol": {"ru": "протокол", "en": "protocol"},
    "region.kind.other": {"ru": "другое", "en": "other"},
    "party.oblast": {"ru": "облисполком", "en": "oblast executive committee"},
    "party.minsk_city": {"ru": "Мингорисполком", "en": "Minsk City"},
    "party.ministry": {"ru": "министерство", "en": "ministry"},
    "party.other": {"ru": "другая организация", "en": "other body"},
    "agreement_status.signed": {"ru": "подписано", "en": "signed"},
    "agreement_status.in_force": {"ru": "действует", "en": "in force"},
    "agreement_status.planned": {"ru": "планируется", "en": "planned"},
    # --- visits
    "region.visits.header": {"ru": "Визиты", "en": "Visits"},
    "region.visits.chart_title": {"ru": "Визиты по датам", "en": "Visits over time"},
    "region.visits.alt": {
        "ru": "Временная шкала визитов: {n} визитов, {first} — {last}.",
        "en": "Timeline of visits: {n} visits, {first} to {last}.",
    },
    # --- working group
    "region.wg.header": {"ru": "Рабочая группа и совет", "en": "Working group and council"},
    "wg.curator": {"ru": "куратор с белорусской стороны", "en": "Belarusian curator"},
    "wg.cochair": {"ru": "сопредседатель с российской стороны", "en": "Russian co-chair"},
    "region.wg.not_named": {"ru": "не назван в источниках", "en": "not named in the sources"},
    "region.wg.no_meetings": {
        "ru": "Заседаний в источниках атласа нет.",
        "en": "No meetings on record in the atlas's sources.",
    },
    # --- forums
    "region.forums.header": {"ru": "Форумы регионов", "en": "Forums of Regions"},
    "region.forums.hosted": {
        "ru": "Регион принимал {number}-й Форум регионов ({year}, {city}).",
        "en": "The region hosted Forum of Regions no. {number} ({year}, {city}).",
    },
    "region.forums.visits": {"ru": "Участие в Форумах регионов", "en": "Taking part in Forums of Regions"},
    # --- sources
    "region.sources.header": {"ru": "Источники сведений на этой странице", "en": "Sources of this page"},
    "region.sources.count": {"ru": "Всего адресов: {n}", "en": "{n} addresses"},
    # --- brief downloads
    "region.brief.error": {
        "ru": "Справку сейчас сформировать не удалось. Данные страницы доступны выше.",
        "en": "The brief could not be produced right now. The page's data are above.",
    },
}
