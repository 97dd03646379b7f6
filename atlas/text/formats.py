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
    "be": ("студзень", "люты", "сакавік", "красавік", "май", "чэрвень", "ліпень", "жнівень", "верасень", "кастрычнік",
           "лістапад", "снежань"),
}  # fmt: skip  # nominative: 'март 2015', 'январь — октябрь' (the only forms the atlas writes)
# genitive, for a day and month in words ('5 марта', '5 сакавіка')
MONTHS_GENITIVE = {
    "ru": ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября",
           "декабря"),
    "be": ("студзеня", "лютага", "сакавіка", "красавіка", "мая", "чэрвеня", "ліпеня", "жніўня", "верасня",
           "кастрычніка", "лістапада", "снежня"),
}  # fmt: skip
MONTHS_GENITIVE_RU = MONTHS_GENITIVE["ru"]
COMMA_DECIMAL = frozenset({"ru", "be"})  # '1 234,5' with a narrow no-break space; the others write '1,234.5'
# Amount units per language: {prefix}{digits} in their place ('USD {digits} million' puts the code first).
UNITS = {
    "ru": {"RUB billion": "{digits} млрд руб.", "BYN million": "{digits} млн бел. руб.",
           "USD million": "{digits} млн долл. США"},
    "be": {"RUB billion": "{digits} млрд руб.", "BYN million": "{digits} млн бел. руб.",
           "USD million": "{digits} млн долараў ЗША"},
    "en": {"RUB billion": "RUB {digits} billion", "BYN million": "BYN {digits} million",
           "USD million": "USD {digits} million"},
}  # fmt: skip
MINUS = "\u2212"  # the typographic minus of every negative number the atlas writes, never a hyphen
THOUSANDS = {"ru": "{digits} тыс.", "be": "{digits} тыс.", "en": "{digits}k"}  # an axis counted in thousands


def _known(lang: str) -> str:
    """`lang` where the atlas writes numbers and dates in it, else Russian."""
    return lang if lang in MONTHS else DEFAULT_LANG


def number(value: float, lang: str = DEFAULT_LANG, decimals: int | None = None) -> str:
    """1234.5 → '1 234,5' (ru, be: narrow no-break space) or '1,234.5' (en); whole numbers lose '.0'; below zero
    with a real minus ('−10', U+2212, in every language), and a value that rounds to zero without a sign."""
    if decimals is None:
        decimals = 0 if float(value).is_integer() else 1
    text = f"{abs(value):,.{decimals}f}"
    if _known(lang) in COMMA_DECIMAL:
        text = text.replace(",", "\u202f").replace(".", ",")
    return MINUS + text if round(value, decimals) < 0 else text


def percent(change: float, lang: str = DEFAULT_LANG) -> str:
    """A change as a share: 0.167 → '+16.7 %', −0.634 → '−63.4 %' (a real minus), in the UI's number format."""
    value = change * 100
    sign = "+" if value > 0 else MINUS if value < 0 else ""
    return f"{sign}{number(abs(round(value, 1)), lang, decimals=1)} %"


def thousands(value: float, lang: str = DEFAULT_LANG) -> str:
    """12000 → '12 тыс.' (ru, be) or '12k' (en): a tick of an axis counted in thousands."""
    return THOUSANDS[_known(lang)].format(digits=number(round(value / 1000, 1), lang))


def amount(value: float | None, unit: str, lang: str = DEFAULT_LANG, qualifier: str = "exact") -> str:
    """A sourced amount with its unit and the source's wording: '> 1 234,5 млн долл. США' / 'USD > 1,234.5 million'."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return t("no_data", lang)
    digits = number(value, lang)
    prefix = {"approx": "≈ ", "more_than": "> "}.get(qualifier, "")
    words = {"almost": t("qualifier.almost", lang) + " ", "forecast": t("qualifier.forecast", lang) + " "}
    prefix = words.get(qualifier, prefix)
    units = UNITS[_known(lang)]
    return prefix + units.get(unit, units["USD million"]).format(digits=digits)


def figure_marks(period: str, year_basis: str, lang: str = DEFAULT_LANG) -> list[str]:
    """What a reader must know of a figure beyond its year: the months of a part-year figure, a year the source did
    not state or that is the publication's ('январь — октябрь', 'год — по дате публикации'); empty for a plain
    full-year figure with a stated year."""
    marks = []
    if period == "unspecified":
        marks.append(t("period.unspecified", lang))
    elif period and period != "year":
        months = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
        last = period.partition("-")[2]
        if last in months:
            marks.append(t("period.part", lang, month=MONTHS[_known(lang)][months.index(last)]))
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
    """'2015' → '2015'; '2015-03' → 'март 2015' / 'сакавік 2015' / 'March 2015'; '2015-03-05' → '05.03.2015' (ru,
    be) / '5 March 2015'."""
    if not text:
        return "—"
    parts = text.split("-")
    if len(parts) == 1:
        return parts[0]
    year, month = int(parts[0]), int(parts[1])
    if len(parts) == 2:
        return f"{MONTHS[_known(lang)][month - 1]} {year}"
    day = date(year, month, int(parts[2]))
    return f"{day.day} {MONTHS['en'][month - 1]} {year}" if _known(lang) == "en" else day.strftime("%d.%m.%Y")


def roman(number: int) -> str:
    """A whole number from 1 to 399 in Roman numerals (13 → 'XIII'), as the Forums of Regions are numbered."""
    numerals = ((100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))
    out, n = "", int(number)
    for value, letters in numerals:
        while n >= value:
            out, n = out + letters, n - value
    return out
