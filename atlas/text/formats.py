"""Numbers, amounts, periods and dates written per language."""

from __future__ import annotations

import math
from datetime import date

from atlas.text.lookup import DEFAULT_LANG, t

MONTHS = {
    "ru": ("январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь",
           "декабрь"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"),
}  # fmt: skip
MONTHS_GENITIVE_RU = ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
                      "октября", "ноября", "декабря")  # fmt: skip


def number(value: float, lang: str = DEFAULT_LANG, decimals: int | None = None) -> str:
    """1234.5 → '1 234,5' (ru, narrow no-break space) or '1,234.5' (en); whole numbers lose '.0'."""
    if decimals is None:
        decimals = 0 if float(value).is_integer() else 1
    text = f"{value:,.{decimals}f}"
    if lang == "ru":
        text = text.replace(",", "\u202f").replace(".", ",")
    return text


def amount(value: float | None, unit: str, lang: str = DEFAULT_LANG, qualifier: str = "exact") -> str:
    """A sourced amount with its unit and the source's wording: '> 1 234,5 млн долл. США' / 'USD > 1,234.5 million'."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return t("no_data", lang)
    digits = number(value, lang)
    prefix = {"approx": "≈ ", "more_than": "> "}.get(qualifier, "")
    words = {"almost": t("qualifier.almost", lang) + " ", "forecast": t("qualifier.forecast", lang) + " "}
    prefix = words.get(qualifier, prefix)
    if unit == "RUB billion":
        return f"{prefix}{digits} млрд руб." if lang == "ru" else f"{prefix}RUB {digits} billion"
    if unit == "BYN million":
        return f"{prefix}{digits} млн бел. руб." if lang == "ru" else f"{prefix}BYN {digits} million"
    return f"{prefix}{digits} млн долл. США" if lang == "ru" else f"{prefix}USD {digits} million"


def figure_marks(period: str, year_basis: str, lang: str = DEFAULT_LANG) -> list[str]:
    """What a reader must know of a figure beyond its year: the months of a part-year figure, a year the source did
    not state or that is the publication's ('январь — октябрь', 'год — по дате публикации'); empty for a plain
    full-year figure with a stated year."""
    marks = []
    if period == "unspecified":
        marks.append(t("figure.period_unspecified", lang))
    elif period and period != "year":
        months = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
        last = period.partition("-")[2]
        if last in months:
            marks.append(
                t("figure.part_year", lang, month=MONTHS[lang if lang in MONTHS else "ru"][months.index(last)])
            )
    if year_basis in ("inferred", "publication"):
        marks.append(t(f"year_basis.{year_basis}", lang))
    return marks


def other_side(side: object, value: object, qualifier: object, period: object, lang: str = DEFAULT_LANG) -> str:
    """The other statistics side's figure, to show beside a default: 'российская статистика: > 22 000 млн долл.
    США'; empty when there is none."""
    if side not in ("BY", "RU") or value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    text = t("figure.other_side", lang, side=t(f"side.{side}", lang),
             amount=amount(float(value), "USD million", lang, str(qualifier or "exact")))  # type: ignore[arg-type]  # fmt: skip
    marks = figure_marks(str(period or "year"), "stated", lang)
    return f"{text} ({', '.join(marks)})" if marks else text


def partial_date(text: str | None, lang: str = DEFAULT_LANG) -> str:
    """'2015' → '2015'; '2015-03' → 'март 2015' / 'March 2015'; '2015-03-05' → '05.03.2015' / '5 March 2015'."""
    if not text:
        return "—"
    parts = text.split("-")
    if len(parts) == 1:
        return parts[0]
    year, month = int(parts[0]), int(parts[1])
    if len(parts) == 2:
        return f"{MONTHS[lang if lang in MONTHS else 'ru'][month - 1]} {year}"
    day = date(year, month, int(parts[2]))
    return day.strftime("%d.%m.%Y") if lang == "ru" else f"{day.day} {MONTHS['en'][month - 1]} {year}"
