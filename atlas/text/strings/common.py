"""Strings of the app frame, the shared vocabularies and the pages (Russian and English)."""

from __future__ import annotations

STRINGS: dict[str, dict[str, str]] = {
    # --- app frame and navigation
    "app.title": {"ru": "Беларусь — регионы России", "en": "Belarus and the regions of Russia"},
    "app.subtitle": {
        "ru": "Сотрудничество Республики Беларусь с субъектами Российской Федерации",
        "en": "Belarus's cooperation with the federal subjects of Russia",
    },
    "nav.overview": {"ru": "Обзор", "en": "Overview"},
    "nav.region": {"ru": "Профиль региона", "en": "Region profile"},
    "nav.compare": {"ru": "Сравнение регионов", "en": "Compare regions"},
    "nav.visits": {"ru": "Визиты", "en": "Visits"},
    "nav.working_groups": {"ru": "Рабочие группы", "en": "Working groups"},
    "nav.forums": {"ru": "Форумы регионов", "en": "Forums of Regions"},
    "nav.sources": {"ru": "Источники и данные", "en": "Sources and data"},
    "lang.label": {"ru": "Язык", "en": "Language"},
    # --- generic
    "no_data": {"ru": "нет данных", "en": "no data on record"},
    "no_text": {"ru": "(текст на русском не внесён)", "en": "(no English text on record)"},
    "no_data_long": {"ru": "Нет данных в источниках атласа", "en": "No data on record in the atlas's sources"},
    "source": {"ru": "Источник", "en": "Source"},
    "sources": {"ru": "Источники", "en": "Sources"},
    "year": {"ru": "Год", "en": "Year"},
    "region": {"ru": "Регион", "en": "Region"},
    "federal_district": {"ru": "Федеральный округ", "en": "Federal district"},
    "value": {"ru": "Значение", "en": "Value"},
    "unit.usd_mn": {"ru": "млн долл. США", "en": "USD million"},
    "error.dataset": {
        "ru": "Набор данных «{name}» не загружен: в файле найдены ошибки. Остальные разделы работают.",
        "en": "The “{name}” dataset was not loaded: its file has errors. The rest of the atlas works.",
    },
    "error.dataset_more": {"ru": "… и ещё {n}", "en": "… and {n} more"},
    "error.unexpected": {
        "ru": "Не удалось построить этот блок. Остальные разделы работают; сообщите администратору атласа.",
        "en": "This block could not be drawn. The rest of the atlas works; please tell the atlas's administrator.",
    },
    # --- dataset names
    "dataset.regions": {"ru": "Реестр регионов", "en": "Region registry"},
    "dataset.trade": {"ru": "Товарооборот", "en": "Trade"},
    "dataset.agreements": {"ru": "Соглашения", "en": "Agreements"},
    "dataset.visits": {"ru": "Визиты", "en": "Visits"},
    "dataset.working_groups": {"ru": "Рабочие группы", "en": "Working groups"},
    "dataset.wg_meetings": {"ru": "Заседания рабочих групп", "en": "Working-group meetings"},
    "dataset.forums": {"ru": "Форумы регионов", "en": "Forums of Regions"},
    "dataset.rankings": {"ru": "Рейтинги регионов", "en": "Region rankings"},
    "dataset.mfa_totals": {"ru": "Итоги МИД за год", "en": "Ministry's annual totals"},
    "dataset.geo": {"ru": "Границы регионов", "en": "Region boundaries"},
    # --- overview: KPIs
    "overview.kpi_header": {
        "ru": "Итоги {year} года по данным МИД Беларуси",
        "en": "{year} in figures, per Belarus's MFA",
    },
    "overview.kpi_source": {
        "ru": "Источник: МИД Республики Беларусь, «Организация взаимовыгодного сотрудничества с регионами России»",
        "en": "Source: Ministry of Foreign Affairs of Belarus, “Mutually beneficial cooperation with Russia's regions”",
    },
    "kpi.agreements": {"ru": "Соглашений о сотрудничестве", "en": "Cooperation agreements"},
    "kpi.agreements.help": {"ru": "с {regions} регионами России", "en": "with {regions} Russian regions"},
    "kpi.ru_delegations": {"ru": "Делегаций глав регионов в Беларуси", "en": "Delegations led by regional heads"},
    "kpi.ru_delegations.help": {
        "ru": "и ещё {forum} — на Форуме регионов; {deputies} во главе с заместителями губернаторов, "
        "{ministers} — с региональными министрами",
        "en": "plus {forum} at the Forum of Regions; {deputies} led by deputy governors, {ministers} by regional "
        "ministers",
    },
    "kpi.by_delegations": {"ru": "Визитов белорусских делегаций", "en": "Belarusian delegations to Russia"},
    "kpi.by_delegations.help": {
        "ru": "в т. ч. {pm} — Премьер-министра, {dpm} — его заместителей; {amb} встреч Посла",
        "en": "incl. {pm} by the Prime Minister, {dpm} by his deputies; {amb} meetings of the Ambassador",
    },
    "kpi.wg_meetings": {"ru": "Заседаний рабочих групп", "en": "Working-group meetings"},
    "kpi.wg_meetings.help": {
        "ru": "{regions} регионов закреплены за {curators} кураторами",
        "en": "{regions} regions assigned to {curators} curators",
    },
    "kpi.plans": {"ru": "Планов и протоколов", "en": "Plans and protocols"},
    "kpi.plans.help": {
        "ru": "{plans} среднесрочных планов мероприятий, {protocols} протоколов заседаний",
        "en": "{plans} medium-term action plans, {protocols} meeting protocols",
    },
    # --- map
    "map.header": {"ru": "Карта регионов России", "en": "Map of Russia's regions"},
    "map.mode": {"ru": "Показать на карте", "en": "Show on the map"},
    "map.mode.trade": {"ru": "Торговля", "en": "Trade"},
    "map.mode.agreements": {"ru": "Соглашения", "en": "Agreements"},
    "measure": {"ru": "Показатель", "en": "Measure"},
    "map.year.latest": {"ru": "Последний год с данными", "en": "Latest year on record"},
    "map.title.trade": {"ru": "{measure}, {year}, млн долл. США", "en": "{measure}, {year}, USD million"},
    "map.title.agreements": {"ru": "Статус соглашений с Беларусью", "en": "Agreements with Belarus"},
    "map.latest_years": {"ru": "последний год по каждому региону", "en": "latest year for each region"},
    "map.coverage": {
        "ru": "Данные есть по {n} из {total} регионов; серым — нет данных (это не ноль).",
        "en": "Figures on record for {n} of {total} regions; grey means no data on record (not zero).",
    },
    "map.picture.source": {
        "ru": "Источники: {hosts}; ссылка на каждую цифру — в атласе «Беларусь — регионы России». "
        "Границы: DCW-GMT (LGPL-3+).",
        "en": "Sources: {hosts}; every figure's link is in the atlas «Belarus and the regions of Russia». "
        "Boundaries: DCW-GMT (LGPL-3+).",
    },
    "map.picture.more": {"ru": "и ещё {n}", "en": "and {n} more"},
    "map.rule": {
        "ru": "Показана одна цифра на регион и год: годовая, в долларах США; при расхождении источников — "
        "с точно указанным годом, по белорусской статистике, точная, более поздняя. Цифра российской статистики "
        "уступает белорусской даже за часть года (она указана); другая сторона — во всплывающей подсказке, "
        "остальные цифры — в профиле региона.",
        "en": "One figure per region and year: full-year, in US dollars; where sources differ, the one with a "
        "stated year, by Belarusian statistics, exact, most recent. A Russian-statistics figure gives way to a "
        "Belarusian one even for part of the year (marked so); the other side's figure is in the tooltip, every "
        "other figure on the region's profile.",
    },
    "map.click_hint": {
        "ru": "Нажмите на регион, чтобы открыть его профиль; кнопки «+» и «−» в углу карты приближают её. "
        "С клавиатуры: Tab — на карту, стрелки — от региона к региону, Enter — профиль.",
        "en": "Click a region to open its profile; the + and − buttons in the map's corner zoom in and out. "
        "With the keyboard: Tab onto the map, arrows from region to region, Enter opens the profile.",
    },
    "map.keys_hint": {
        "ru": "Стрелки — переход между регионами в алфавитном порядке, Enter — открыть профиль региона.",
        "en": "Arrow keys move between regions in alphabetical order; Enter opens the region's profile.",
    },
    "map.unmapped": {
        "ru": "Не показаны на карте (нет границ в картографической основе), но учтены в таблицах и итогах: {names}.",
        "en": "Not drawn on the map (no boundary in the base map) but counted in tables and totals: {names}.",
    },
    "map.alt": {
        "ru": "Картограмма регионов России: {title}. {coverage}",
        "en": "Choropleth of Russia's regions: {title}. {coverage}",
    },
    "map.belarus": {"ru": "Беларусь", "en": "Belarus"},
    "map.click_hint.short": {"ru": "Открыть профиль региона", "en": "Open the region's profile"},
    "map.zoom_in": {"ru": "Приблизить (или Ctrl + колесо мыши)", "en": "Zoom in (or Ctrl + mouse wheel)"},
    "map.zoom_out": {"ru": "Отдалить", "en": "Zoom out"},
    "map.reset": {"ru": "Вся карта", "en": "Whole map"},
    "map.save_svg": {"ru": "Сохранить карту в SVG", "en": "Save the map as SVG"},
    "map.save_png": {"ru": "Сохранить карту в PNG", "en": "Save the map as PNG"},
    "map.geometry_error": {
        "ru": "Не удалось загрузить границы регионов",
        "en": "The region boundaries could not be loaded",
    },
    "map.legend.trade": {
        "ru": "млн долл. США; шкала одна для всех лет",
        "en": "USD million; one scale for every year",
    },
    "map.timeline.play": {"ru": "Воспроизвести по годам", "en": "Play through the years"},
    "map.timeline.pause": {"ru": "Пауза", "en": "Pause"},
    "map.timeline.slider": {"ru": "Год на карте", "en": "Year on the map"},
    "map.timeline.caption": {"ru": "На карте: {year} год", "en": "Shown: {year}"},
    "map.timeline.caption_latest": {
        "ru": "На карте: последний год с данными по каждому региону",
        "en": "Shown: each region's latest year on record",
    },
    "map.timeline.history": {
        "ru": "Товарооборот по годам, млн долл. США",
        "en": "Turnover by year, USD million",
    },
    "map.no_figures": {
        "ru": "За {year} год нет ни одной цифры в источниках атласа. Выберите другой год.",
        "en": "No figure on record for {year}. Choose another year.",
    },
    "hover.year": {"ru": "год", "en": "year"},
    "hover.source": {"ru": "источник", "en": "source"},
    "hover.documents": {"ru": "документов в атласе: {n}", "en": "documents on record: {n}"},
    "hover.more_figures": {"ru": "ещё цифр в профиле: {n}", "en": "{n} more figure(s) on the profile"},
    "measure.turnover": {"ru": "Товарооборот", "en": "Turnover"},
    "measure.export_from_belarus": {"ru": "Экспорт Беларуси", "en": "Belarusian exports"},
    "measure.import_to_belarus": {"ru": "Импорт Беларуси", "en": "Belarusian imports"},
    "status.intergovernmental": {"ru": "Межправительственное соглашение", "en": "Intergovernmental agreement"},
    "status.other_agreement": {
        "ru": "Соглашения с областями / ведомствами",
        "en": "Agreements with oblasts / ministries only",
    },
    "status.plan_only": {"ru": "Только план или дорожная карта", "en": "Plan or roadmap only"},
    "status.none": {"ru": "Нет сведений", "en": "No record"},
    "status.caveat": {
        "ru": "По данным МИД, действует {total} соглашений с {regions} регионами; в атласе — документы, "
        "сведения о которых найдены в открытых источниках ({n} регионов).",
        "en": "The MFA counts {total} agreements with {regions} regions; the atlas holds the documents found in "
        "public sources ({n} regions).",
    },
    "legend.no_data": {"ru": "Нет данных", "en": "No data on record"},
    # --- top importers
    "top.header": {
        "ru": "Десять регионов — крупнейших импортёров белорусских товаров в {year} году",
        "en": "The ten regions that imported most from Belarus in {year}",
    },
    "top.caption": {
        "ru": "Список — по данным МИД (без цифр и без указания порядка). Рядом — цифры, которые есть в "
        "источниках атласа, с годом и источником.",
        "en": "The list is the MFA's (no figures, no stated order). Beside each region: the figures on record in "
        "the atlas's sources, with their year and source.",
    },
    "top.chart.title": {
        "ru": "Товарооборот, млн долл. США (последний год в источниках)",
        "en": "Turnover, USD million (latest year on record)",
    },
    # --- sources page
    "sources.header": {"ru": "Источники, методы и состояние данных", "en": "Sources, methods and data health"},
    "sources.health": {"ru": "Проверка файлов данных", "en": "Data file check"},
    "sources.ok": {"ru": "Все файлы прошли проверку.", "en": "Every file passed the checks."},
    "sources.geo": {
        "ru": "Границы регионов: Digital Chart of the World (DCW-GMT, лицензия LGPL-3+), упрощены; см. geo/README.md.",
        "en": "Region boundaries: Digital Chart of the World (DCW-GMT, LGPL-3+), simplified; see geo/README.md.",
    },
    "sources.method": {
        "ru": "Каждая цифра атласа взята из строки файла в data/ с адресом источника или из итогов МИД. Пропуски "
        "не заполняются и не обнуляются.",
        "en": "Every figure comes from a row of a file in data/ with its source address, or from the MFA's totals. "
        "Gaps are never filled or shown as zero.",
    },
    "sources.rule": {
        "ru": "**Одна цифра — одна истина.** Для каждого региона, года и показателя по умолчанию показывается одна "
        "цифра, и она одна и та же на карте, в подсказке, в десятке лидеров, в профиле, на слайдах и в справке. "
        "Кандидаты — цифры в долларах США за полный год, не прогнозы. Порядок: сначала год, прямо названный "
        "источником (а не выведенный из контекста или взятый по дате публикации); затем белорусская статистика, "
        "затем цифры без указания стороны, затем российская статистика; затем точная цифра раньше приблизительной; "
        "затем более поздний источник. Российская статистика по одному региону бывает в несколько раз выше "
        "белорусской (товар учитывается по месту регистрации покупателя), поэтому годовая цифра российской "
        "стороны становится основной, только если белорусской цифры за этот год нет совсем: белорусская цифра за "
        "часть года (самую длинную) идёт первой и показывается с месяцами. Цифра другой стороны за тот же год "
        "показывается рядом («российская статистика: …»). Последняя цифра региона — цифра его последнего года с "
        "основной цифрой. Рублёвые цифры не пересчитываются и показываются отдельно. Цифра «на сегодня» без года "
        "получает год публикации источника и помечается так везде, где показана.",
        "en": "**One truth per figure.** For each region, year and measure one figure is shown by default, and it is "
        "the same on the map, in its tooltip, in the top ten, on the profile, on the slides and in the brief. "
        "Candidates are full-year figures in US dollars that are not forecasts. Order: first a year the source "
        "states (rather than one inferred from context or taken from the publication date); then Belarusian "
        "statistics, then figures of no stated side, then Russian statistics; then an exact figure before an "
        "approximate one; then the most recent source. Russian statistics for one region can run several times "
        "the Belarusian side's (goods are recorded where the buyer is registered), so a Russian-side full-year "
        "figure becomes the default only where Belarusian statistics give nothing for that year: a Belarusian "
        "figure for part of the year (the longest) comes first and is shown with its months. The other side's "
        'figure for the same year is shown beside it ("Russian statistics: …"). A region\'s latest figure is the '
        "default of its latest year that has one. Rouble figures are never converted and are shown apart. A "
        '"so far" figure without a year takes the year its source was published and is marked so wherever shown.',
    },
    "sources.col.file": {"ru": "Файл", "en": "File"},
    "sources.col.rows": {"ru": "Строк", "en": "Rows"},
    "sources.col.status": {"ru": "Состояние", "en": "Status"},
    "sources.col.problem": {"ru": "Первое замечание", "en": "First problem"},
    "sources.status.ok": {"ru": "в порядке", "en": "OK"},
    "sources.status.error": {"ru": "ошибки", "en": "errors"},
    "sources.status.warning": {"ru": "замечания", "en": "warnings"},
    # --- shared filters and tables
    "filters.header": {"ru": "Фильтры", "en": "Filters"},
    "filters.years": {"ru": "Годы", "en": "Years"},
    "filters.all": {"ru": "Все", "en": "All"},
    "filters.reset": {"ru": "Сбросить фильтры", "en": "Reset filters"},
    "filters.not_applied": {
        "ru": "Здесь не применяются фильтры: {text}. Показано всё, что есть в данных.",
        "en": "Filters not applied here: {text}. Everything on record is shown.",
    },
    "filters.not_applied.years": {"ru": "годы {first}–{last}", "en": "years {first}–{last}"},
    "filters.not_applied.districts": {"ru": "округа ({names})", "en": "districts ({names})"},
    "filters.not_applied.regions": {"ru": "регионы ({names})", "en": "regions ({names})"},
    "download.csv": {"ru": "Скачать CSV", "en": "Download CSV"},
    "download.xlsx": {"ru": "Скачать Excel", "en": "Download Excel"},
    "table.later": {
        "ru": "Таблица загружается, когда вы до неё доходите. Строк: {n}.",
        "en": "The table loads as you reach it. Rows: {n}.",
    },
    # --- tables: column names
    "col.date": {"ru": "Дата", "en": "Date"},
    "col.profile": {"ru": "Профиль", "en": "Profile"},
    "col.profile.open": {"ru": "открыть", "en": "open"},
    "col.dates": {"ru": "Даты", "en": "Dates"},
    "col.direction": {"ru": "Направление", "en": "Direction"},
    "col.level": {"ru": "Уровень", "en": "Level"},
    "col.head": {"ru": "Глава делегации", "en": "Head of delegation"},
    "col.purpose": {"ru": "Цель и итоги", "en": "Purpose and results"},
    "col.body": {"ru": "Орган", "en": "Body"},
    "col.curator": {"ru": "Куратор с белорусской стороны", "en": "Belarusian curator"},
    "col.cochair": {"ru": "Сопредседатель с российской стороны", "en": "Russian co-chair"},
    "col.meetings": {"ru": "Заседаний в атласе", "en": "Meetings on record"},
    "col.last_meeting": {"ru": "Последнее заседание", "en": "Latest meeting"},
    "col.place": {"ru": "Место", "en": "Place"},
    "col.protocol": {"ru": "Протокол", "en": "Protocol"},
    "col.plan": {"ru": "План", "en": "Plan"},
    "col.outcome": {"ru": "Итоги", "en": "Outcome"},
    "col.host": {"ru": "Место проведения", "en": "Host"},
    "col.country": {"ru": "Страна", "en": "Country"},
    "col.theme": {"ru": "Тема", "en": "Theme"},
    "col.contracts": {"ru": "Контракты и соглашения", "en": "Contracts and agreements"},
    "col.documents": {"ru": "Документов", "en": "Documents"},
    "yes": {"ru": "да", "en": "yes"},
    "country.BY": {"ru": "Беларусь", "en": "Belarus"},
    "country.RU": {"ru": "Россия", "en": "Russia"},
    # --- visits
    "visits.title": {"ru": "Визиты делегаций", "en": "Delegation visits"},
    "visits.caption": {
        "ru": "Визиты российских делегаций в Беларусь и белорусских — в регионы России, по данным открытых "
        "источников. ◀ — визит в Беларусь, ▶ — визит в Россию.",
        "en": "Russian regional delegations in Belarus and Belarusian delegations in Russia's regions, from public "
        "sources. ◀ a visit to Belarus, ▶ a visit to Russia.",
    },
    "visits.filter.level": {"ru": "Уровень делегации", "en": "Delegation level"},
    "visits.timeline.title": {"ru": "Визиты по датам и уровню", "en": "Visits by date and level"},
    "visits.counts.year": {"ru": "Визитов в атласе по годам", "en": "Visits on record per year"},
    "visits.counts.month": {"ru": "Визитов в атласе по месяцам", "en": "Visits on record per month"},
    "visits.period": {"ru": "Считать по", "en": "Count by"},
    "visits.period.year": {"ru": "годам", "en": "year"},
    "visits.period.month": {"ru": "месяцам", "en": "month"},
    "visits.none": {"ru": "Нет визитов, подходящих под фильтры.", "en": "No visits match the filters."},
    "visits.table": {"ru": "Все визиты с источниками", "en": "All visits with sources"},
    "visits.shown": {
        "ru": "Показано визитов: {n} из {total} в атласе.",
        "en": "Showing {n} of {total} visits on record.",
    },
    "reconcile.header": {"ru": "Сверка с итогами МИД за {year} год", "en": "Checked against the MFA's {year} totals"},
    "reconcile.caption": {
        "ru": "Атлас содержит только визиты, о которых сообщили открытые источники; официальные итоги МИД — "
        "полная картина. Сверка — без учёта фильтров.",
        "en": "The atlas holds only the visits public sources reported; the MFA's totals are the full picture. The "
        "check ignores the filters.",
    },
    "reconcile.caption.wg": {
        "ru": "Атлас содержит только заседания, о которых сообщили открытые источники; официальные итоги МИД — "
        "полная картина. Сверка — без учёта фильтров.",
        "en": "The atlas holds only the meetings public sources reported; the MFA's totals are the full picture. The "
        "check ignores the filters.",
    },
    "reconcile.col.what": {"ru": "Показатель МИД", "en": "MFA indicator"},
    "reconcile.col.record": {"ru": "В атласе", "en": "In the atlas"},
    "reconcile.n_of_m": {"ru": "{n} в атласе из {m} по данным МИД", "en": "{n} on record of {m} reported"},
    "reconcile.no_total": {"ru": "{n} в атласе (итог МИД не указан)", "en": "{n} on record (no MFA total)"},
    "mfa.ru_head_delegations": {
        "ru": "Делегации во главе с главами регионов (вне Форума)",
        "en": "Delegations led by heads of regions (outside the Forum)",
    },
    "mfa.ru_head_delegations_forum": {
        "ru": "Делегации глав регионов на Форуме регионов",
        "en": "Delegations led by heads of regions at the Forum",
    },
    "mfa.ru_deputy_governor_delegations": {
        "ru": "Делегации во главе с заместителями губернаторов",
        "en": "Delegations led by deputy governors",
    },
    "mfa.ru_regional_minister_delegations": {
        "ru": "Делегации во главе с региональными министрами",
        "en": "Delegations led by regional ministers",
    },
    "mfa.by_delegations": {"ru": "Белорусские делегации в регионах России", "en": "Belarusian delegations to regions"},
    "mfa.by_prime_minister_visits": {"ru": "…в т. ч. визиты Премьер-министра", "en": "…of which the Prime Minister's"},
    "mfa.by_deputy_pm_visits": {"ru": "…в т. ч. визиты заместителей Премьер-министра", "en": "…of which deputy PMs'"},
    "mfa.ambassador_meetings": {
        "ru": "Визиты (встречи) Посла с руководством регионов",
        "en": "Visits (meetings) of the Ambassador with regional leaders",
    },
    "mfa.wg_meetings": {"ru": "Заседания рабочих групп", "en": "Working-group meetings"},
    "mfa.medium_term_plans": {"ru": "Подписанные среднесрочные планы", "en": "Medium-term plans signed"},
    "mfa.wg_protocols": {"ru": "Протоколы заседаний", "en": "Meeting protocols"},
    "direction.RU->BY": {"ru": "Визит в Беларусь", "en": "Visit to Belarus"},
    "direction.BY->RU": {"ru": "Визит в Россию", "en": "Visit to Russia"},
    "level.president": {"ru": "Президент Беларуси", "en": "President of Belarus"},
    "level.prime_minister": {"ru": "Премьер-министр Беларуси", "en": "Prime Minister of Belarus"},
    "level.deputy_prime_minister": {"ru": "Вице-премьер Беларуси", "en": "Deputy Prime Minister of Belarus"},
    "level.head_of_region": {"ru": "Глава региона России", "en": "Head of a Russian region"},
    "level.oblast_governor": {"ru": "Председатель облисполкома", "en": "Oblast governor (Belarus)"},
    "level.minister": {"ru": "Министр Беларуси", "en": "Minister of Belarus"},
    "level.ambassador": {"ru": "Посол Беларуси", "en": "Ambassador of Belarus"},
    "level.deputy_governor": {"ru": "Заместитель губернатора", "en": "Deputy governor"},
    "level.regional_minister": {"ru": "Региональный министр", "en": "Regional minister"},
    "level.other": {"ru": "Другое", "en": "Other"},
    # --- working groups
    "wg.title": {"ru": "Рабочие группы и советы делового сотрудничества", "en": "Working groups and business councils"},
    "wg.caption": {
        "ru": "За регионами России закреплены члены Правительства Беларуси, руководители госорганизаций и "
        "облисполкомов; с каждым регионом работает группа или совет.",
        "en": "Each Russian region is assigned to a member of Belarus's Government, a state body or an oblast; a "
        "working group or council works with each.",
    },
    "wg.curators": {"ru": "Кураторы и органы сотрудничества", "en": "Curators and bodies"},
    "wg.tab.map": {"ru": "Карта активности", "en": "Activity map"},
    "wg.meetings": {"ru": "Заседания", "en": "Meetings"},
    "wg.chart.title": {"ru": "Заседания в атласе по годам", "en": "Meetings on record per year"},
    "wg.series.meetings": {"ru": "Заседания", "en": "Meetings"},
    "wg.series.protocols": {"ru": "с протоколом", "en": "with a protocol"},
    "wg.series.plans": {"ru": "с планом", "en": "with a plan"},
    "wg.map.title": {"ru": "Активность рабочих групп (по записям атласа)", "en": "Working-group activity on record"},
    "wg.activity.meetings_3plus": {"ru": "3 и более заседаний", "en": "3 or more meetings"},
    "wg.activity.meetings_1_2": {"ru": "1–2 заседания", "en": "1–2 meetings"},
    "wg.activity.body_only": {"ru": "Орган есть, заседаний нет в атласе", "en": "Body, no meetings on record"},
    "wg.activity.none": {"ru": "Нет сведений", "en": "No record"},
    "wg.hover.meetings": {"ru": "заседаний в атласе: {n}", "en": "meetings on record: {n}"},
    "body.working_group": {"ru": "Рабочая группа", "en": "Working group"},
    "body.business_council": {"ru": "Совет делового сотрудничества", "en": "Business cooperation council"},
    "body.commission": {"ru": "Комиссия", "en": "Commission"},
    "body.other": {"ru": "Другой орган", "en": "Other body"},
    # --- forums
    "forums.title": {"ru": "Форум регионов Беларуси и России", "en": "Forum of Regions of Belarus and Russia"},
    "forums.caption": {
        "ru": "Ежегодный форум под эгидой Совета Республики и Совета Федерации, с 2014 года; места проведения "
        "чередуются между странами.",
        "en": "An annual forum under the Council of the Republic and the Federation Council since 2014; the host "
        "alternates between the two countries.",
    },
    "forums.table": {"ru": "Все форумы", "en": "All forums"},
    "forums.contracts_note": {
        "ru": "Суммы контрактов — как их назвали источники, в их валюте; суммы в разных валютах не сравниваются.",
        "en": "Contract values as sources stated them, in their currency; values in different currencies are not "
        "compared.",
    },
    # --- trade links (pydeck)
    "nav.links": {"ru": "Связи (3D)", "en": "Trade links (3D)"},
    "links.title": {
        "ru": "Торговые связи Минска с регионами России",
        "en": "Trade links from Minsk to Russia's regions",
    },
    "links.caption": {
        "ru": "Дуга ведёт из Минска в регион; толщина — товарооборот за последний год с данными. Перетаскивайте "
        "карту, чтобы повернуть; наведите на дугу, чтобы увидеть цифру и источник.",
        "en": "Each arc runs from Minsk to a region; its width is the turnover of the latest year on record. Drag to "
        "turn the view; hover an arc for the figure and its source.",
    },
    "links.coverage": {
        "ru": "Дуги — для {n} регионов с цифрами; {missing} регионов без данных показаны светлее и без дуги.",
        "en": "Arcs for {n} regions with figures; {missing} regions with no data on record are paler, without an arc.",
    },
    "links.alt": {
        "ru": "Трёхмерная карта: дуги из Минска в {n} регионов России, толщина по товарообороту.",
        "en": "3D map: arcs from Minsk to {n} Russian regions, width by turnover.",
    },
    # --- presenter mode
    "nav.present": {"ru": "Режим презентации", "en": "Presenter mode"},
    "present.open": {"ru": "Режим презентации", "en": "Presenter mode"},
    "present.prev": {"ru": "Предыдущий слайд (← или PageUp)", "en": "Previous slide (← or PageUp)"},
    "present.next": {"ru": "Следующий слайд (→ или PageDown)", "en": "Next slide (→ or PageDown)"},
    "present.position": {"ru": "Слайд {n} из {total}", "en": "Slide {n} of {total}"},
    "present.kiosk": {"ru": "Автопоказ", "en": "Kiosk loop"},
    "present.kiosk.off": {"ru": "Автопоказ выключен", "en": "Kiosk loop off"},
    "present.kiosk.every": {"ru": "Автопоказ: каждые {s} с", "en": "Kiosk loop: every {s} s"},
    "present.exit": {"ru": "Выйти из презентации", "en": "Leave presenter mode"},
    "present.totals": {
        "ru": "Беларусь и регионы России: итоги {year} года",
        "en": "Belarus and Russia's regions: {year}",
    },
    "present.trade_map": {"ru": "Товарооборот с регионами России", "en": "Trade with Russia's regions"},
    "present.region.pick": {"ru": "Регион", "en": "Region"},
    "link.not_understood": {
        "ru": "В ссылке не понято: {items}. Показано остальное из ссылки, вместо непонятого — обычный вид.",
        "en": "Not understood in the link: {items}. The rest of the link is shown; the default view stands in for the "
        "part not understood.",
    },
    "present.exit.help": {"ru": "Или клавиша Esc", "en": "Or press Esc"},
    "present.visits.title": {
        "ru": "Визиты {year} года: что учёл МИД и что есть в атласе",
        "en": "Visits in {year}: the MFA's totals and the atlas's records",
    },
    "present.wg.title": {
        "ru": "Рабочие группы в {year} году: итоги МИД и записи атласа",
        "en": "Working groups in {year}: the MFA's totals and the atlas's records",
    },
    "present.on_record.why": {
        "ru": "В атласе — только события, о которых есть публичный источник; МИД ведёт полный учёт, поэтому его "
        "итоги больше.",
        "en": "The atlas holds only events with a public source; the MFA counts them all, so its totals are higher.",
    },
    "present.region.missing": {
        "ru": "Показаны только показатели, по которым есть данные в источниках атласа.",
        "en": "Only the measures with figures in the atlas's sources are shown.",
    },
    # --- qualifiers (source wording about a figure)
    "qualifier.approx": {"ru": "≈", "en": "≈"},
    "qualifier.more_than": {"ru": ">", "en": ">"},
    "qualifier.almost": {"ru": "почти", "en": "almost"},
    "qualifier.forecast": {"ru": "прогноз", "en": "forecast"},
    "side.BY": {"ru": "белорусская статистика", "en": "Belarusian statistics"},
    "side.RU": {"ru": "российская статистика", "en": "Russian statistics"},
    "year_basis.inferred": {"ru": "год указан источником неявно", "en": "year not stated by the source"},
    "year_basis.publication": {"ru": "год — по дате публикации", "en": "year of publication"},
    "period.part": {"ru": "январь — {month}", "en": "January to {month}"},
    "period.unspecified": {"ru": "период не указан", "en": "period not stated"},
    "figure.other_side": {"ru": "{side}: {amount}", "en": "{side}: {amount}"},
    # --- federal districts
    "fd.central": {"ru": "Центральный", "en": "Central"},
    "fd.northwestern": {"ru": "Северо-Западный", "en": "Northwestern"},
    "fd.southern": {"ru": "Южный", "en": "Southern"},
    "fd.north_caucasian": {"ru": "Северо-Кавказский", "en": "North Caucasian"},
    "fd.volga": {"ru": "Приволжский", "en": "Volga"},
    "fd.ural": {"ru": "Уральский", "en": "Ural"},
    "fd.siberian": {"ru": "Сибирский", "en": "Siberian"},
    "fd.far_eastern": {"ru": "Дальневосточный", "en": "Far Eastern"},
}
