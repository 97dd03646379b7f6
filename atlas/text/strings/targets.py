"""Strings of the targets page (#15.3), the profile's target section and the brief's target line."""

from __future__ import annotations

STRINGS: dict[str, dict[str, str]] = {
    "nav.targets": {"ru": "Цели и итоги", "en": "Targets and results"},
    "targets.title": {"ru": "Цели по товарообороту и итоги", "en": "Trade targets against results"},
    "targets.caption": {
        "ru": "Что руководители Беларуси и регионов России заявляли о товарообороте — и что показывают цифры после "
        "заявления.",
        "en": "What leaders of Belarus and of Russia's regions said trade would reach, and what the figures show "
        "since.",
    },
    "targets.sort": {"ru": "Порядок", "en": "Order"},
    "targets.sort.distance": {"ru": "Сколько осталось", "en": "Distance left"},
    "targets.sort.trade": {"ru": "Товарооборот региона", "en": "Region's trade"},
    "targets.summary": {
        "ru": "Заявлений о целях: {n} по {regions} регионам из {sources} источников. Достигнуто: {reached}; "
        "срок прошёл, не достигнуто: {missed}; отстают: {behind}; идут по графику: {on_track}; без срока, пока не "
        "достигнуто: {open}; судить нельзя: {cannot}.",
        "en": "Stated targets: {n} for {regions} regions from {sources} sources. Reached: {reached}; deadline "
        "passed, not reached: {missed}; behind: {behind}; on track: {on_track}; no deadline, not reached yet: "
        "{open}; cannot judge: {cannot}.",
    },
    "targets.summary.none": {
        "ru": "Под выбранные фильтры не подходит ни одно заявление о цели.",
        "en": "No stated target matches the chosen filters.",
    },
    "targets.method": {
        "ru": "Как судим. Цифра — товарооборот региона по умолчанию (правило страницы «Источники») за полный год, "
        "в единицах самой цели: рублёвая цель сравнивается только с рублёвыми цифрами, без пересчёта. Цифры "
        "статистики другой стороны, чем та, что заявила цель, не сравниваются. База — цифра года заявления или "
        "ближайшего года до него. Если последняя цифра (года заявления или позже) не меньше цели — «достигнуто»; "
        "если есть цифра за год срока или позже и она меньше — «срок прошёл, не достигнуто». Иначе нужен хотя бы "
        "один год с цифрой после заявления: среднегодовой рост от базы до последней цифры сравнивается с ростом, "
        "нужным от базы до цели к сроку («по графику» или «отстаёт»). Без срока темп не оценивается. У цели-"
        "диапазона берётся нижняя граница. Ничего не достраивается: нет цифры — нет вывода.",
        "en": "How it is judged. The figure is the region's default turnover (the rule on the Sources page) for a "
        "full year, in the target's own unit: a rouble target is compared with rouble figures only, never "
        "converted. Figures of the other side's statistics than the side that stated the target are not compared. "
        "The base is the figure of the year of the statement, or of the nearest year before. If the latest figure "
        "(of that year or later) is at least the target: reached; if a figure for the deadline year or later falls "
        "short: deadline passed, not reached. Otherwise at least one year with a figure after the statement is "
        "needed: the yearly growth from the base to the latest figure is set against the growth needed from the "
        "base to the target by the deadline (on track or behind). Without a deadline the pace is not judged. A "
        "range is judged by its lower end. Nothing is filled in: no figure, no verdict.",
    },
    "targets.firmness.note": {
        "ru": "«Цель» — задача, поставленная прямо («задача», «цель», «обязаны»); «ориентир» — надежда или "
        "возможность («может вырасти», «под силу», «думаю»).",
        "en": '"Target": a task set outright ("task", "goal", "obliged"); "aim": a hope or a possibility '
        '("may grow", "within our power", "I think").',
    },
    "targets.filters": {
        "ru": "Фильтры боковой панели применяются: годы — к году заявления, округа и регионы — к региону.",
        "en": "The sidebar's filters apply: years to the year of the statement, districts and regions to the region.",
    },
    "targets.chart.title": {
        "ru": "Последняя цифра в процентах от цели",
        "en": "Latest figure as a share of the target",
    },
    "targets.chart.alt": {
        "ru": "Столбчатая диаграмма: для {n} целей с цифрой на учёте — последняя цифра в процентах от цели, цвет — "
        "вывод; линия — 100 %. Выше всех: {top}.",
        "en": "Bar chart: for {n} targets with a figure on record, the latest figure as a share of the target, "
        "coloured by verdict; the line marks 100%. Highest: {top}.",
    },
    "targets.chart.none": {
        "ru": "Ни у одной цели под фильтрами нет цифры на учёте — диаграмма не строится.",
        "en": "No target under the filters has a figure on record, so there is no chart.",
    },
    "targets.table": {"ru": "Все заявления о целях", "en": "Every stated target"},
    "targets.col.target": {"ru": "Цель", "en": "Target"},
    "targets.col.wording": {"ru": "Как сказано", "en": "As said"},
    "targets.col.deadline": {"ru": "Срок", "en": "Deadline"},
    "targets.col.said_by": {"ru": "Кто заявил", "en": "Said by"},
    "targets.col.date": {"ru": "Когда", "en": "When"},
    "targets.col.firmness": {"ru": "Твёрдость", "en": "Firmness"},
    "targets.col.latest": {"ru": "Последняя цифра", "en": "Latest figure"},
    "targets.col.distance": {"ru": "Осталось", "en": "Left"},
    "targets.col.share": {"ru": "% цели", "en": "% of target"},
    "targets.col.verdict": {"ru": "Вывод", "en": "Verdict"},
    "targets.col.growth": {"ru": "Рост в год: нужен / был", "en": "Growth a year: needed / seen"},
    "targets.col.figure_source": {"ru": "Источник цифры", "en": "Figure's source"},
    "targets.deadline.none": {"ru": "не назван", "en": "not stated"},
    "targets.firmness.target": {"ru": "цель", "en": "target"},
    "targets.firmness.aim": {"ru": "ориентир", "en": "aim"},
    "targets.verdict.reached": {"ru": "достигнуто", "en": "reached"},
    "targets.verdict.on_track": {"ru": "по графику", "en": "on track"},
    "targets.verdict.behind": {"ru": "отстаёт", "en": "behind"},
    "targets.verdict.missed": {"ru": "срок прошёл, не достигнуто", "en": "deadline passed, not reached"},
    "targets.verdict.open": {
        "ru": "без срока: пока не достигнуто",
        "en": "no deadline: not reached yet",
    },
    "targets.verdict.cannot_judge": {"ru": "судить нельзя", "en": "cannot judge"},
    "targets.reason.no_figures": {"ru": "нет цифр в этих единицах", "en": "no figures in this unit"},
    "targets.reason.other_side": {
        "ru": "после заявления есть только цифры статистики другой стороны",
        "en": "after the statement only the other side's statistics are on record",
    },
    "targets.reason.no_later": {"ru": "нет цифр после заявления", "en": "no figures after the statement"},
    "targets.reason.no_base": {
        "ru": "нет цифры года заявления или раньше",
        "en": "no figure for the year of the statement or before",
    },
    "targets.almost": {"ru": "немного (цифра «почти»)", "en": 'a little (the figure is "almost")'},
    "targets.passed": {
        "ru": "срок прошёл, цифры за год срока нет",
        "en": "deadline passed, no figure for its year",
    },
    # --- the profile's section and the brief
    "region.targets": {"ru": "Цели по товарообороту", "en": "Trade targets"},
    "region.targets.line": {
        "ru": "**{target}** к {deadline} — {who}, {date} ({firmness}). Последняя цифра: {latest}. Вывод: "
        "**{verdict}**.",
        "en": "**{target}** by {deadline}: {who}, {date} ({firmness}). Latest figure: {latest}. Verdict: "
        "**{verdict}**.",
    },
    "region.targets.line.nodeadline": {
        "ru": "**{target}**, срок не назван — {who}, {date} ({firmness}). Последняя цифра: {latest}. Вывод: "
        "**{verdict}**.",
        "en": "**{target}**, no deadline stated: {who}, {date} ({firmness}). Latest figure: {latest}. Verdict: "
        "**{verdict}**.",
    },
    "region.targets.caption": {
        "ru": "Как судим — на странице «Цели и итоги».",
        "en": "How this is judged: see the Targets and results page.",
    },
    "brief.target": {"ru": "Цель по товарообороту", "en": "Trade target"},
    "brief.target.value": {
        "ru": "{target} ({deadline}; {who}, {date}) — {verdict}",
        "en": "{target} ({deadline}; {who}, {date}): {verdict}",
    },
}
