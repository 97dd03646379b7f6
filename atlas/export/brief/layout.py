"""The brief's layout shared by PDF and Word: colours, fitting to one page, the lines of each section."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import TypeVar
from urllib.parse import urlparse

from atlas.export.brief.content import (
    MAX_AGREEMENTS,
    MAX_MEETINGS,
    MAX_VISITS,
    AgreementItem,
    Brief,
    MeetingItem,
    VisitItem,
    WorkingGroupItem,
    collect_sources,
)
from atlas.rules import sources as source_rules
from atlas.text import lookup as i18n

# --------------------------------------------------------------------------------------------------- layout
# Successive cuts (agreements, visits, meetings per body) tried until the PDF fits on one page.
LEVELS = ((MAX_AGREEMENTS, MAX_VISITS, MAX_MEETINGS), (4, 4, 2), (3, 3, 1), (2, 2, 1), (1, 1, 0))


def fitted(brief: Brief, level: int) -> Brief:
    """The brief with its lists cut to `level` of LEVELS ('… and N more' grows) and its sources re-collected."""
    n_agreements, n_visits, n_meetings = LEVELS[level]
    groups = tuple(
        replace(
            g, meetings=g.meetings[:n_meetings], meetings_more=g.meetings_more + max(len(g.meetings) - n_meetings, 0)
        )
        for g in brief.working_groups
    )
    cut = replace(
        brief,
        agreements=brief.agreements[:n_agreements],
        agreements_more=brief.agreements_more + max(len(brief.agreements) - n_agreements, 0),
        visits=brief.visits[:n_visits],
        visits_more=brief.visits_more + max(len(brief.visits) - n_visits, 0),
        working_groups=groups,
    )
    return replace(cut, sources=collect_sources(cut))


Laid = TypeVar("Laid")


def one_page(brief: Brief, lay_out: Callable[[Brief], Laid], pages: Callable[[Laid], int]) -> tuple[Brief, Laid]:
    """The brief cut at the first level of LEVELS at which `lay_out` takes one page (by `pages`; the last level if
    none does), and that layout. The PDF measures it; Word renders the same cut, as it cannot count its own pages."""
    for level in range(len(LEVELS)):
        cut = fitted(brief, level)
        laid = lay_out(cut)
        if pages(laid) == 1:
            break
    return cut, laid


def _refs(source_url: str, sources: Sequence[str]) -> str:
    """'[3]' or '[3, 4]': the numbers of a row's addresses in the brief's source list."""
    numbers = [str(sources.index(u) + 1) for u in source_rules.split_urls(source_url) if u in sources]
    return f"[{', '.join(numbers)}]" if numbers else ""


def short_url(url: str, limit: int = 64) -> str:
    """An address without scheme and 'www.', cut with '…' past `limit` characters (the link keeps it whole)."""
    parsed = urlparse(url)
    text = parsed.netloc.removeprefix("www.") + parsed.path.rstrip("/")
    if parsed.query:
        text += "?" + parsed.query
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _agreement_line(item: AgreementItem, sources: Sequence[str]) -> tuple[str, str]:
    """(bold lead, rest) of an agreement line."""
    return item.date, f" · {item.title} · {item.party} · {item.status} {_refs(item.source_url, sources)}"


def _visit_line(item: VisitItem, sources: Sequence[str]) -> tuple[str, str]:
    """(bold lead, rest) of a visit line."""
    return item.date, f" · {item.direction} · {item.head} — {item.purpose} {_refs(item.source_url, sources)}"


def _group_line(item: WorkingGroupItem, lang: str, sources: Sequence[str]) -> tuple[str, str]:
    """(bold lead, rest) of a cooperation body line."""
    return item.kind, (
        f": {i18n.t('wg.curator', lang)} — {item.curator}; {i18n.t('wg.cochair', lang)} — "
        f"{item.cochair} {_refs(item.source_url, sources)}"
    )


def _meeting_line(item: MeetingItem, sources: Sequence[str]) -> tuple[str, str]:
    """(bold lead, rest) of a meeting line."""
    place = f", {item.place}" if item.place else ""
    return item.date, f"{place} — {item.outcome} {_refs(item.source_url, sources)}"


def sections(brief: Brief) -> list[tuple[str, list[tuple[str, str, bool]]]]:
    """The list sections as (heading, [(bold lead, rest, indented)]); an empty section has the no-data line."""
    lang, sources = brief.lang, brief.sources
    none = [("", i18n.t("brief.none", lang), False)]
    agreements = [(*_agreement_line(a, sources), False) for a in brief.agreements] or none
    if brief.agreements_more:
        agreements.append(("", i18n.t("brief.more", lang, n=brief.agreements_more), False))
    visits = [(*_visit_line(v, sources), False) for v in brief.visits] or none
    if brief.visits_more:
        visits.append(("", i18n.t("brief.more", lang, n=brief.visits_more), False))
    groups: list[tuple[str, str, bool]] = []
    for group in brief.working_groups:
        groups.append((*_group_line(group, lang, sources), False))
        if group.meetings:
            groups.append((i18n.t("brief.wg.meetings", lang) + ":", "", True))
            groups += [(*_meeting_line(m, sources), True) for m in group.meetings]
        elif not group.meetings_more:
            groups.append(("", i18n.t("brief.wg.no_meetings", lang), True))
        if group.meetings_more:
            groups.append(("", i18n.t("brief.more", lang, n=group.meetings_more), True))
    return [
        (i18n.t("brief.section.agreements", lang), agreements),
        (i18n.t("brief.section.visits", lang), visits),
        (i18n.t("body.working_group", lang), groups or none),
    ]


def fact_lines(brief: Brief) -> list[tuple[str, str, bool]]:
    """Lines under the key figures: trade facts on record without an amount."""
    if not brief.trade_facts:
        return []
    lines = [(i18n.t("brief.kf.facts", brief.lang) + ":", "", False)]
    lines += [(f.year, f" · {f.text} {_refs(f.source_url, brief.sources)}", True) for f in brief.trade_facts]
    return lines


def chart_caption(brief: Brief) -> str:
    """Caption of the trade chart with the numbers of the sources of its bars."""
    refs = sorted({int(n) for bar in brief.trade for n in _refs(bar.source_url, brief.sources).strip("[]").split(", ")
                   if n})  # fmt: skip
    return i18n.t("brief.chart.caption", brief.lang, refs=", ".join(f"[{n}]" for n in refs))


def figure_rows(brief: Brief) -> list[tuple[str, str, str, str]]:
    """Key-figure table rows: label, value, year, source numbers."""
    return [(k.label, k.value, k.year, _refs(k.source_url, brief.sources)) for k in brief.key_figures]


# --------------------------------------------------------------------------------------------------- colours
def hex_rgb(colour: str) -> tuple[int, int, int]:
    """'#12ab34' → (18, 171, 52)."""
    colour = colour.lstrip("#")
    return int(colour[0:2], 16), int(colour[2:4], 16), int(colour[4:6], 16)
