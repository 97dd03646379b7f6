"""Strings of the analysis page: what moved trade (#15.4) and who has gone quiet (#15.5)."""

from __future__ import annotations

STRINGS: dict[str, dict[str, str]] = {
    "nav.analysis": {"ru": "Анализ", "en": "Analysis"},
    "analysis.title": {
        "ru": "Анализ: что сдвинуло торговлю, кто затих",
        "en": "Analysis: what moved trade, who has gone quiet",
    },
    "analysis.caption": {
        "ru": "Торговля до и после соглашений и визитов; регионы, с которыми давно не было контактов.",
        "en": "Trade before and after agreements and visits; regions with no contact for a long time.",
    },
    "analysis.tab.moved": {"ru": "Что сдвинуло торговлю", "en": "What moved trade"},
    "analysis.tab.quiet": {"ru": "Кто затих", "en": "Who has gone quiet"},
    # --- what moved trade
    "moved.kind": {"ru": "Событие", "en": "Event"},
    "moved.kind.agreement": {"ru": "Подписано соглашение", "en": "Agreement signed"},
    "moved.kind.document": {"ru": "Подписан любой документ", "en": "Any document signed"},
    "moved.kind.top_visit": {"ru": "Визит первых лиц", "en": "Top-level visit"},
    "moved.kind.help": {
        "ru": "Соглашение: соглашения и меморандумы. Любой документ: также программы, планы, дорожные карты, "
        "протоколы. Визит первых лиц: во главе — Президент, Премьер-министр или глава региона, в любую сторону.",
        "en": "Agreement: agreements and memoranda. Any document: also programmes, plans, roadmaps, protocols. "
        "Top-level visit: led by the President, the Prime Minister or the head of the region, either way.",
    },
    "moved.window": {"ru": "Окно после события", "en": "Window after the event"},
    "moved.window.n": {"ru": "{n} г.", "en": "{n} yr"},
    "moved.caveat": {
        "ru": "Это связь, а не причина: торговля меняется по многим причинам, а соглашения и визиты чаще бывают "
        "там, где торговля уже велика.",
        "en": "This shows association, not cause: trade moves for many reasons, and agreements and visits happen "
        "more often where trade is already large.",
    },
    "moved.method": {
        "ru": "Товарооборот года перед событием против среднего за {window} г. после него (те годы окна, за "
        "которые есть данные). Только цифры по умолчанию за полный год в долларах США с годом, указанным "
        "источником; российская статистика не сравнивается с белорусской. Ничего не достраивается: событие без "
        "цифры до или после исключается и указано ниже. У региона с несколькими годами событий берётся медиана его "
        "изменений, так что каждый регион весит одинаково.",
        "en": "Turnover of the year before the event against the mean of the {window} year(s) after it (the years "
        "of the window with a figure on record). Only default full-year USD figures whose year the source "
        "stated; Russian statistics are never set against Belarusian ones. Nothing is filled in: an event "
        "without a figure before or after is excluded and listed below. A region with several event years counts "
        "once, with the median of its changes.",
    },
    "moved.pooled": {
        "ru": "Медианное изменение товарооборота: {change} — по {n} регионам с данными до и после (рост в {rose} из "
        "{n}).",
        "en": "Median change in turnover: {change} — based on {n} regions with figures before and after (up in "
        "{rose} of {n}).",
    },
    "moved.pooled.none": {
        "ru": "Ни у одного региона нет данных о товарообороте и до, и после таких событий.",
        "en": "No region has turnover figures both before and after such events.",
    },
    "moved.counts": {
        "ru": "Событий в записях: {events}, из них без даты: {undated}. Исключено регионов: {excluded}.",
        "en": "Events on record: {events}, of them undated: {undated}. Regions excluded: {excluded}.",
    },
    "moved.chart.title": {
        "ru": "Изменение товарооборота после события, % (линия — медиана по регионам)",
        "en": "Change in turnover after the event, % (the line: median of the regions)",
    },
    "moved.series.up": {"ru": "рост", "en": "up"},
    "moved.series.down": {"ru": "снижение", "en": "down"},
    "moved.table": {"ru": "По регионам и годам событий", "en": "By region and event year"},
    "moved.excluded": {"ru": "Исключено: нет цифр до и после", "en": "Excluded: no figures before and after"},
    "moved.excluded.caption": {
        "ru": "Регионы и годы событий без сопоставимых цифр. Регион, у которого есть хотя бы одно сопоставление, "
        "учтён выше.",
        "en": "Regions and event years without comparable figures. A region with at least one comparison is "
        "counted above.",
    },
    "moved.col.event_year": {"ru": "Год события", "en": "Event year"},
    "moved.col.events": {"ru": "События", "en": "Events"},
    "moved.col.before_year": {"ru": "Год до", "en": "Year before"},
    "moved.col.before": {"ru": "До, млн долл. США", "en": "Before, USD million"},
    "moved.col.after_years": {"ru": "Годы после", "en": "Years after"},
    "moved.col.after": {"ru": "После (среднее), млн долл. США", "en": "After (mean), USD million"},
    "moved.col.change": {"ru": "Изменение, %", "en": "Change, %"},
    "moved.col.approx": {"ru": "Приблизительно", "en": "Approximate"},
    "moved.col.source_before": {"ru": "Источник (до)", "en": "Source (before)"},
    "moved.col.source_after": {"ru": "Источник (после)", "en": "Source (after)"},
    "moved.col.reason": {"ru": "Причина", "en": "Reason"},
    "moved.approx.yes": {"ru": "да: «около», «более»", "en": "yes: 'about', 'more than'"},
    "moved.reason.no_before": {"ru": "нет цифры за год до", "en": "no figure for the year before"},
    "moved.reason.no_after": {"ru": "нет цифры в окне после", "en": "no figure in the window after"},
    "moved.reason.no_before_after": {"ru": "нет цифр ни до, ни после", "en": "no figures before or after"},
    "moved.reason.sides_differ": {
        "ru": "до и после — статистика разных сторон",
        "en": "before and after from different sides' statistics",
    },
    # --- who has gone quiet
    "quiet.months": {"ru": "Без контактов, месяцев", "en": "No contact for, months"},
    "quiet.reference": {"ru": "На дату", "en": "As of"},
    "quiet.reference.latest": {"ru": "последнего контакта в записях", "en": "the latest contact on record"},
    "quiet.reference.today": {"ru": "сегодня", "en": "today"},
    "quiet.summary": {
        "ru": "Регионов без визитов, заседаний и новых документов {months}+ мес.: {n} из {total} — на {date} "
        "({basis}).",
        "en": "Regions with no visit, meeting or new document for {months}+ months: {n} of {total} — as of {date} "
        "({basis}).",
    },
    "quiet.method": {
        "ru": "Контакт — визит (в любую сторону, любого уровня), заседание рабочей группы или совета, подписанный "
        "документ. Неполная дата считается по последнему возможному дню («2024» — 31 декабря 2024 года). Записи "
        "без даты не считаются контактом во времени; их число указано в таблице. Порядок — по последнему "
        "товарообороту в записях, регионы без данных в конце.",
        "en": "A contact is a visit (either way, any level), a working-group or council meeting, or a document "
        "signed. A partial date counts as the last day it can mean ('2024' is 31 December 2024). Records "
        "without a date are not a contact in time; the table counts them. Ranked by the latest turnover on "
        "record, regions without one last.",
    },
    "quiet.alert": {
        "ru": "Регионов без контактов {months}+ мес.: {n} — список для планирования визитов",
        "en": "Regions with no contact for {months}+ months: {n} — the list to plan visits from",
    },
    "quiet.col.rank": {"ru": "№", "en": "No."},
    "quiet.col.turnover": {"ru": "Последний товарооборот", "en": "Latest turnover"},
    "quiet.col.last_kind": {"ru": "Последний контакт", "en": "Last contact"},
    "quiet.col.last_date": {"ru": "Дата контакта", "en": "Contact date"},
    "quiet.col.months": {"ru": "Месяцев назад", "en": "Months ago"},
    "quiet.col.undated": {"ru": "Записей без даты", "en": "Undated records"},
    "quiet.kind.visit": {"ru": "визит", "en": "visit"},
    "quiet.kind.meeting": {"ru": "заседание", "en": "meeting"},
    "quiet.kind.document": {"ru": "документ", "en": "document"},
    "quiet.kind.none": {"ru": "нет контактов в записях", "en": "no contact on record"},
}
