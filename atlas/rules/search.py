"""Region search: what a user types (a name, short name, alias or administrative centre, in Russian or English, or
the region's Belarusian name) → the regions it names, best match first. Pure: no Streamlit, no pandas beyond reading
the registry.

A match always starts at the start of a word of a term, so scattered letters never match («Татар» finds Tatarstan,
not Altai or Saratov). Ranks, best first:

0. the query is a whole term (a name, alias or centre: «Питер», «Уфа», "Sakha");
1. a term starts with it («Татар» → «Татарстан», "smol" → "Smolensk Oblast");
2. a later word of a term starts with it («Новгород» → «Нижний Новгород», «Осетия» → «Северная Осетия — Алания»);
3. a word of a term starts with the query's stem: a Russian word of six letters or more without its last two, so a
   city also finds the region named after it («Москва» → «Московская область», after the city itself).

A Belarusian name also finds a region by its city: «Смаленск» starts «Смаленская вобласць», «Пскоў» «Пскоўская
вобласць». Within a rank: the region's name in the UI language, then its other name (in the Belarusian interface the
Belarusian name comes with it), then the centre, then the aliases (the Belarusian name in the others); then
the shorter term (the closer fit), then the name in alphabetical order. Case, «ё»/«е», hyphens, dashes, dots and
the «г.» before a city's name do not matter.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from atlas.text import lookup as i18n

EXACT, PREFIX, WORD, STEM = 0, 1, 2, 3
# Where a term comes from, by how strongly it names the region: the name in the UI language first.
NAME, OTHER_NAME, CAPITAL, ALIAS = 0, 1, 2, 3
_CYRILLIC_WORD = re.compile(r"^[а-я]{6,}$")
STEM_CUT = 2  # letters a stem drops: «Москва» → «моск» (adjectives change the ending, «Московская»)
_SEPARATORS = re.compile(r"[\s\-‐-―.,;:()«»\"'/·|]+")
QUERY_MAX = 100  # characters of a query looked at; a longer paste is cut, never an error


def normalise(text: str) -> str:
    """Casefolded, «ё» as «е», punctuation and dashes as single spaces, «г.» before a city's name dropped."""
    folded = str(text).casefold().replace("ё", "е")
    folded = re.sub(r"^г\.\s*", "", folded.strip())
    return _SEPARATORS.sub(" ", folded).strip()


@dataclass(frozen=True)
class Term:
    """One way of naming a region, normalised, with where it came from (NAME … ALIAS)."""

    code: str
    text: str
    source: int
    shown: str  # as the registry writes it


@dataclass(frozen=True)
class Match:
    """A region the query names: how well (EXACT, PREFIX, WORD), and by which term (NAME … ALIAS, as written)."""

    code: str
    rank: int
    source: int
    term: str


@dataclass(frozen=True)
class Index:
    """Every term of every region, and each region's name in the UI language (for ties and for display)."""

    terms: tuple[Term, ...]
    names: Mapping[str, str]


def split_aliases(cell: object) -> list[str]:
    """The ` | `-separated aliases of a registry cell (empty or missing: none)."""
    if cell is None or (isinstance(cell, float) and cell != cell):
        return []
    return [part.strip() for part in str(cell).split("|") if part.strip()]


def build_index(rows: Iterable[Mapping[str, object]], lang: str) -> Index:
    """An index over registry rows (region_iso, name_ru, name_en, aliases, capital_ru, capital_en, name_be; the last
    four may be missing or empty)."""
    first, second = ("name_en", "name_ru") if i18n.data_lang(lang) == "en" else ("name_ru", "name_en")
    capital_first, capital_second = ("capital_en", "capital_ru") if first == "name_en" else ("capital_ru", "capital_en")
    terms: list[Term] = []
    names: dict[str, str] = {}
    for row in rows:
        code = str(row["region_iso"])
        names[code] = str(row[first])
        named = [
            (row.get(first), NAME),
            (row.get(second), OTHER_NAME),
            (row.get("name_be"), OTHER_NAME if lang == "be" else ALIAS),
            (row.get(capital_first), CAPITAL),
            (row.get(capital_second), CAPITAL),
            *((alias, ALIAS) for alias in split_aliases(row.get("aliases"))),
        ]
        seen: set[str] = set()
        for value, source in named:
            text = normalise(value) if isinstance(value, str) else ""
            if text and text not in seen:
                seen.add(text)
                terms.append(Term(code, text, source, str(value).strip()))
    return Index(terms=tuple(terms), names=names)


def stem(query: str) -> str | None:
    """The stem a normalised one-word Russian query of six letters or more also matches by; None for others."""
    return query[:-STEM_CUT] if _CYRILLIC_WORD.match(query) else None


def _rank(query: str, term: str) -> int | None:
    """EXACT, PREFIX, WORD or STEM when the query (or its stem) starts at the start of the term or of one of its
    words; else None."""
    if term == query:
        return EXACT
    if term.startswith(query):
        return PREFIX
    if f" {query}" in term:
        return WORD
    root = stem(query)
    if root and (term.startswith(root) or f" {root}" in term):
        return STEM
    return None


def names(text: str, query: str) -> bool:
    """Whether `text` itself (a region's name, say) is found by `query` under the rules above."""
    wanted = normalise(query[:QUERY_MAX])
    return bool(wanted) and _rank(wanted, normalise(text)) is not None


def _sort_name(name: str) -> str:
    return normalise(name)


def matches(index: Index, query: str) -> list[Match]:
    """The regions the query names, best first (see the module's docstring), each by its best term; [] for an
    empty query."""
    wanted = normalise(query[:QUERY_MAX])
    if not wanted:
        return []
    best: dict[str, tuple[tuple[int, int, int], Term]] = {}
    for term in index.terms:
        rank = _rank(wanted, term.text)
        if rank is None:
            continue
        score = (rank, term.source, len(term.text))
        if term.code not in best or score < best[term.code][0]:
            best[term.code] = (score, term)
    ordered = sorted(best, key=lambda code: (*best[code][0], _sort_name(index.names.get(code, code))))
    return [Match(code, best[code][0][0], best[code][1].source, best[code][1].shown) for code in ordered]


def search(index: Index, query: str, limit: int | None = None) -> list[str]:
    """Region codes the query names, best first; [] for an empty query."""
    codes = [match.code for match in matches(index, query)]
    return codes[:limit] if limit is not None else codes


def ranked_options(index: Index, query: str, codes: Sequence[str]) -> list[str]:
    """`codes` narrowed to those the query names, best first; all of `codes` in their order for an empty query."""
    if not normalise(query[:QUERY_MAX]):
        return list(codes)
    allowed = set(codes)
    return [code for code in search(index, query) if code in allowed]
