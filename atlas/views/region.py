"""View models of the region profile: frames in, localised sections (tables, cards, sentences, the data of a chart)
out. No Streamlit, no plotly: atlas.figures.profile draws a section's chart.

Every figure keeps its row's source address; anything without a record becomes the "no data" sentence, never zero.
The page renders `Section`s in order; each names the datasets it needs, so one broken file blanks only its section.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, NamedTuple

import pandas as pd

from atlas import config
from atlas.datasets import loaders
from atlas.export import tables as export
from atlas.rules import activity as activity_rules
from atlas.rules import sources as source_rules
from atlas.rules import trade as trade_rules
from atlas.text import escape, formats
from atlas.text import lookup as i18n
from atlas.views import targets as targets_view
from atlas.views import visits as visits_view

KEY = config.REGION_KEY
log = logging.getLogger("atlas")
# Forum host cities that are not themselves a federal subject's name (names and aliases are matched directly).
HOST_CITY_REGIONS = {"Сочи": "RU-KDA", "Уфа": "RU-BA", "Нижний Новгород": "RU-NIZ"}
_HOST_PATTERN = r"https?://(?:www\.)?([^/]+)"  # LinkColumn display text: the source's host


@dataclass(frozen=True)
class KeyFigure:
    """One key figure: what and how much (formatted), and where it comes from: a markdown line for the profile's card
    (year · whose statistics · [source](url)), or the year and the address the brief prints in its columns."""

    label: str
    value: str
    detail: str = ""
    year: str = ""
    source_url: str = ""


@dataclass(frozen=True)
class Header:
    """The profile's title block."""

    title: str
    subtitle: str
    facts: tuple[str, ...]  # markdown lines


@dataclass(frozen=True)
class Chart:
    """What a section's chart shows: its kind ("trade", "visits"; atlas.figures.profile draws each) and its rows."""

    kind: str
    rows: pd.DataFrame = field(repr=False)


@dataclass(frozen=True)
class Section:
    """A block of the profile, ready to render; `empty` is set when nothing is on record."""

    key: str
    title: str
    cards: tuple[KeyFigure, ...] = ()
    lines: tuple[str, ...] = ()  # markdown paragraphs (already escaped)
    chart: Chart | None = None
    alt: str = ""
    caption: str = ""
    table_title: str = ""
    table: pd.DataFrame | None = None
    link_column: str | None = None
    empty: str = ""


def md(text: object) -> str:
    """Data text made safe for Streamlit markdown (no accidental emphasis, links, HTML or LaTeX)."""
    return escape.md(text)


def link(url: str, text: str | None = None) -> str:
    """A markdown link whose address survives brackets and spaces (and cannot end the link or start an image)."""
    return escape.link(url, text if text is not None else source_rules.source_label(url))


def host_pattern() -> str:
    """Regular expression that LinkColumn uses to show a link as its host name."""
    return _HOST_PATTERN


# --- chooser ---------------------------------------------------------------------------------------------------


def _sort_name(name: str) -> str:
    return name.removeprefix("г. ").replace("ё", "е").replace("Ё", "Е").casefold()


def region_options(regions: pd.DataFrame, lang: str) -> dict[str, str]:
    """Every registry code → its name in `lang` (what a chooser shows once a region is chosen), ordered by that
    name. Finding a region by its other name, an alias or its centre is atlas.rules.search's job."""
    column = f"name_{i18n.data_lang(lang)}"
    ordered = regions.sort_values(column, key=lambda s: s.map(_sort_name), kind="stable")
    return dict(zip(ordered[KEY], ordered[column].astype(str), strict=True))


# --- header ----------------------------------------------------------------------------------------------------


def header(code: str, regions: pd.DataFrame, agreements: pd.DataFrame | None, lang: str) -> Header:
    """Name and text in the UI language only (the other language's name is for the chooser, not the page): the code,
    district, agreement status and whether the map draws it."""
    row = regions[regions[KEY] == code].iloc[0]
    name = row[f"name_{i18n.data_lang(lang)}"]
    district = i18n.t("fd." + row["federal_district"], lang)
    facts = [f"**{i18n.t('region.fact.district', lang)}:** {district}"]
    if agreements is not None:
        status = activity_rules.agreement_status(agreements).get(code, "none")
        facts.append(f"**{i18n.t('region.fact.status', lang)}:** {i18n.t(f'status.{status}', lang)}")
    drawn = i18n.t("region.map.drawn" if bool(row["has_polygon"]) else "region.map.not_drawn", lang)
    facts.append(f"**{i18n.t('region.fact.map', lang)}:** {drawn}")
    return Header(md(name), code, tuple(facts))


# --- trade -----------------------------------------------------------------------------------------------------


def side_label(value: str, lang: str) -> str:
    """Whose statistics a figure is: Belarus's, Russia's, or not stated."""
    return i18n.t(f"side.{value}", lang) if value in ("BY", "RU") else i18n.t("region.side.none", lang)


def _period(period: str, lang: str) -> str:
    if period in ("year", "unspecified"):
        return i18n.t(f"period.{period}", lang)
    months = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
    last = period.partition("-")[2]
    month = formats.MONTHS[lang if lang in formats.MONTHS else "ru"][months.index(last)] if last in months else period
    return i18n.t("period.part", lang, month=month)


def _unit(unit: str, lang: str) -> str:
    return i18n.t("unit.rub_bn" if unit == "RUB billion" else "unit.usd_mn", lang)


def trade_records(code: str, trade: pd.DataFrame, lang: str = i18n.DEFAULT_LANG) -> pd.DataFrame:
    """Every figure of the region (one row per source row and measure), flagged `is_default` and `plotted`.

    Rows of trade.csv without any amount are kept with an empty measure: they carry qualitative facts. The note is
    in `lang` (`note`).
    """
    rows = loaders.localised(trade[trade[KEY] == code], lang)
    figures = trade_rules.trade_figures(rows)
    keys = [KEY, "year", "period", "unit", "source_url", "measure"]
    defaults = trade_rules.default_trade(rows)[keys].assign(is_default=True)
    figures = figures.merge(defaults, on=keys, how="left")
    figures["is_default"] = figures["is_default"].eq(True)
    figures["plotted"] = (
        figures["period"].eq("year") & figures["unit"].eq(config.MAP_UNIT) & figures["qualifier"].ne("forecast")
    ) | figures["is_default"]  # a Belarusian part-year default is plotted too (its hover says which months)
    empty = rows[rows[trade_rules.MEASURE_COLUMNS].isna().all(axis=1)].drop(columns=trade_rules.MEASURE_COLUMNS)
    empty = empty.assign(measure="", value=float("nan"), is_default=False, plotted=False)
    out = pd.concat([figures, empty], ignore_index=True) if not empty.empty else figures
    order = {m: i for i, m in enumerate(config.MEASURES)}
    out = out.assign(_m=out["measure"].map(order).fillna(len(order)))
    out = out.sort_values(["year", "_m", "is_default"], ascending=[False, True, False], kind="stable")
    return out.drop(columns="_m").reset_index(drop=True)


def short_amount(value: float, qualifier: str, lang: str) -> str:
    """An amount without its unit (the card's label names it), keeping the source's wording: 'почти 3 500'."""
    words = {"approx": "≈ ", "more_than": "> ", "almost": i18n.t("qualifier.almost", lang) + " "}
    return words.get(qualifier, "") + formats.number(value, lang)


def key_figures(code: str, trade: pd.DataFrame, lang: str) -> tuple[KeyFigure, ...]:
    """The latest default figure for turnover, exports and imports (the map's figure); 'no data' where none."""
    defaults = trade_rules.default_trade(trade[trade[KEY] == code])
    cards = []
    for measure in config.MEASURES:
        rows = trade_rules.latest_figures(defaults, measure) if code != config.COUNTRY_TOTAL else (
            defaults[defaults["measure"] == measure].sort_values("year", ascending=False))  # fmt: skip
        label = f"{i18n.t(f'measure.{measure}', lang)}, {i18n.t('unit.usd_mn', lang)}"
        if rows.empty:
            cards.append(KeyFigure(label, "—", i18n.t("no_data_long", lang)))
            continue
        row = rows.iloc[0]
        parts = [f"{int(row['year'])}", *formats.figure_marks(row["period"], row["year_basis"], lang)]
        parts.append(side_label(row["stats_side"], lang))
        parts.append(link(source_rules.first_url(row["source_url"])))
        beside = formats.other_side(row["other_side"], row["other_value"], row["other_qualifier"], row["other_period"],
                                 lang)  # fmt: skip
        if beside:
            parts.append(md(beside) + " " + link(source_rules.first_url(str(row["other_source_url"]))))
        if int(row["n_figures"]) > 1:
            parts.append(i18n.t("region.kf.more", lang, n=int(row["n_figures"]) - 1))
        cards.append(KeyFigure(label, short_amount(float(row["value"]), row["qualifier"], lang), " · ".join(parts)))
    return tuple(cards)


def trade_table(records: pd.DataFrame, lang: str) -> pd.DataFrame:
    """All figures on record as display columns (localised headers), the source's first address last."""
    t = lambda key: i18n.t(key, lang)  # noqa: E731

    def value_text(row: pd.Series) -> str:
        if not row["measure"]:
            return t("region.no_amount")
        return formats.amount(float(row["value"]), row["unit"], lang, row["qualifier"])

    return pd.DataFrame(
        {
            t("year"): records["year"].astype("Int64"),
            t("region.col.period"): [
                ", ".join([_period(p, lang), *formats.figure_marks("year", b, lang)])
                for p, b in zip(records["period"], records["year_basis"], strict=True)
            ],
            t("measure"): [t(f"measure.{m}") if m else "—" for m in records["measure"]],
            t("value"): [value_text(r) for _, r in records.iterrows()],
            t("region.col.unit"): [_unit(u, lang) for u in records["unit"]],
            t("region.col.qualifier"): [t(f"region.qualifier.{q}") for q in records["qualifier"]],
            t("region.col.side"): [side_label(s, lang) for s in records["stats_side"]],
            t("region.col.default"): ["✓" if d else "" for d in records["is_default"]],
            t("region.col.note"): records["note"].tolist(),
            t("source"): [source_rules.first_url(s) for s in records["source_url"]],
        }
    )


def trade_rows(code: str, frames: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """The region's rows of trade.csv, which the key figures and the trade section cite."""
    return frames["trade"][frames["trade"][KEY] == code]


def key_figures_section(code: str, frames: dict[str, pd.DataFrame], lang: str) -> Section:
    """Metric cards of the latest default figures."""
    return Section(
        key="figures",
        title=i18n.t("region.kf.header", lang),
        cards=key_figures(code, frames["trade"], lang),
        caption=i18n.t("region.kf.caption", lang),
    )


def trade_section(code: str, frames: dict[str, pd.DataFrame], lang: str) -> Section:
    """The chart of full-year USD figures and the table of every figure on record."""
    records = trade_records(code, frames["trade"], lang)
    title = i18n.t("region.trade.header", lang)
    if records.empty:
        return Section(key="trade", title=title, empty=i18n.t("no_data_long", lang))
    plotted = records[records["plotted"]]
    chart = Chart("trade", records) if not plotted.empty else None
    years = f"{int(plotted['year'].min())}–{int(plotted['year'].max())}" if not plotted.empty else ""
    return Section(
        key="trade",
        title=title,
        chart=chart,
        alt=i18n.t("region.trade.alt", lang, n=len(plotted), years=years),
        caption=i18n.t("region.trade.chart_caption" if chart is not None else "region.trade.no_chart", lang),
        table_title=i18n.t("region.trade.table", lang),
        table=trade_table(records, lang),
        link_column=i18n.t("source", lang),
    )


# --- agreements, visits, working groups, forums ----------------------------------------------------------------


def _urls(frame: pd.DataFrame) -> tuple[str, ...]:
    return tuple(dict.fromkeys(u for cell in frame.get("source_url", []) for u in source_rules.split_urls(cell)))


def _date_text(text: str, note: str, lang: str) -> str:
    if not text:
        return note or "—"
    return formats.partial_date(text, lang) + (f" ({note})" if note else "")


def _newest_first(frame: pd.DataFrame, column: str) -> pd.DataFrame:
    return frame.sort_values(column, ascending=False, na_position="last", kind="stable")


def agreement_rows(code: str, frames: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """The region's agreements, programmes and plans, newest first."""
    return _newest_first(frames["agreements"][frames["agreements"][KEY] == code], "signed_date_start")


def agreements_section(code: str, frames: dict[str, pd.DataFrame], lang: str) -> Section:
    """Agreements, programmes and plans of the region, newest first; partial dates stay partial."""
    t = lambda key: i18n.t(key, lang)  # noqa: E731
    rows = loaders.localised(agreement_rows(code, frames), lang)
    title = t("region.agreements.header")
    if rows.empty:
        return Section(key="agreements", title=title, empty=t("no_data_long"))
    table = pd.DataFrame(
        {
            t("col.date"): [
                _date_text(d, n, lang) for d, n in zip(rows["signed_date"], rows["date_note"], strict=True)
            ],
            t("region.col.kind"): [t(f"region.kind.{k}") for k in rows["kind"]],
            t("region.col.title"): rows["title"].tolist(),
            t("region.col.party"): [t(f"party.{p}") for p in rows["belarus_party"]],
            t("region.col.parties"): rows["parties"].tolist(),
            t("region.col.status"): [t(f"agreement_status.{s}") for s in rows["status"]],
            t("region.col.note"): rows["note"].tolist(),
            t("source"): [source_rules.first_url(s) for s in rows["source_url"]],
        }
    )
    # a download writes the date itself; a date with a note keeps the text shown (the note is part of it)
    iso = ["" if n else d for d, n in zip(rows["signed_date"], rows["date_note"], strict=True)]
    export.with_iso_dates(table, {t("col.date"): iso})
    return Section(key="agreements", title=title, table=table, link_column=t("source"))


def visit_rows(code: str, frames: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """The region's visits both ways, newest first."""
    return _newest_first(frames["visits"][frames["visits"][KEY] == code], "date_start")


def visits_section(code: str, frames: dict[str, pd.DataFrame], lang: str) -> Section:
    """Visits both ways: a timeline and the table, newest first."""
    rows = loaders.localised(visit_rows(code, frames), lang)
    title = i18n.t("region.visits.header", lang)
    if rows.empty:
        return Section(key="visits", title=title, empty=i18n.t("no_data_long", lang))
    alt = i18n.t(
        "region.visits.alt",
        lang,
        n=len(rows),
        first=formats.partial_date(rows["date"].iloc[-1], lang),
        last=formats.partial_date(rows["date"].iloc[0], lang),
    )
    return Section(
        key="visits",
        title=title,
        chart=Chart("visits", rows),
        alt=alt,
        table=visits_view.table_of_visits(rows, lang),
        link_column=i18n.t("source", lang),
    )


def _body_line(row: pd.Series, lang: str) -> str:
    not_named = i18n.t("region.wg.not_named", lang)
    parts = [
        "**" + i18n.t("body." + row["body_kind"], lang) + "**",
        f"{i18n.t('wg.curator', lang)}: {md(row['belarus_curator']) or not_named}",
        f"{i18n.t('wg.cochair', lang)}: {md(row['russia_cochair']) or not_named}",
    ]
    text = " · ".join(parts)
    if row["note"]:
        text += f"  \n{md(row['note'])}"
    sources = ", ".join(link(u) for u in source_rules.split_urls(row["source_url"]))
    return f"{text}  \n{i18n.t('source', lang)}: {sources}"


def _wg_rows(code: str, frames: dict[str, pd.DataFrame]) -> tuple[pd.DataFrame, pd.DataFrame]:
    bodies, meetings = frames["working_groups"], frames["wg_meetings"]
    return bodies[bodies[KEY] == code], _newest_first(meetings[meetings[KEY] == code], "date_start")


def wg_rows(code: str, frames: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """The region's working group or council, then its meetings, newest first."""
    return pd.concat(_wg_rows(code, frames))


def working_group_section(code: str, frames: dict[str, pd.DataFrame], lang: str) -> Section:
    """The region's working group or council (kind, curator, co-chair) and its meetings, newest first."""
    t = lambda key: i18n.t(key, lang)  # noqa: E731
    bodies, meetings = (loaders.localised(rows, lang) for rows in _wg_rows(code, frames))
    title = t("region.wg.header")
    if bodies.empty and meetings.empty:
        return Section(key="wg", title=title, empty=t("no_data_long"))
    lines = [_body_line(row, lang) for _, row in bodies.iterrows()]
    if meetings.empty:
        return Section(key="wg", title=title, lines=(*lines, t("region.wg.no_meetings")))
    yes_no = lambda flag: t("yes") if flag else t("no")  # noqa: E731
    table = pd.DataFrame(
        {
            t("col.date"): [formats.partial_date(d, lang) for d in meetings["date"]],
            t("col.place"): meetings["place"].tolist(),
            t("col.protocol"): [yes_no(f) for f in meetings["protocol_signed"]],
            t("region.col.plan"): [yes_no(f) for f in meetings["plan_signed"]],
            t("col.outcome"): meetings["outcome"].tolist(),
            t("source"): [source_rules.first_url(s) for s in meetings["source_url"]],
        }
    )
    export.with_iso_dates(table, {t("col.date"): meetings["date"]})
    return Section(
        key="wg",
        title=title,
        lines=tuple(lines),
        table_title=t("wg.meetings"),
        table=table,
        link_column=t("source"),
    )


def hosted_forums(code: str, regions: pd.DataFrame, forums: pd.DataFrame) -> pd.DataFrame:
    """Forums of Regions held in the region: host city (or one of several) matches its name or an alias."""
    row = regions[regions[KEY] == code]
    if row.empty:
        return forums.iloc[0:0]
    names = {row["name_ru"].iloc[0].removeprefix("г. "), *source_rules.split_urls(row["aliases"].iloc[0])}
    names |= {city for city, iso in HOST_CITY_REGIONS.items() if iso == code}

    def cities(text: str) -> set[str]:
        text = text.split(" (")[0]
        return {c.strip() for c in text.replace(" и ", ",").split(",") if c.strip()}

    keep = forums["host_country"].eq("RU") & forums["host_city_ru"].map(lambda c: bool(cities(c) & names))
    return forums[keep].sort_values("year")


def _forum_rows(code: str, frames: dict[str, pd.DataFrame]) -> tuple[pd.DataFrame, pd.DataFrame]:
    visits = frames["visits"]
    hosted = hosted_forums(code, frames["regions"], frames["forums"]) if "forums" in frames else pd.DataFrame()
    return _newest_first(visits[(visits[KEY] == code) & visits["at_forum"]], "date_start"), hosted


def forum_rows(code: str, frames: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """Visits of the region made at a Forum of Regions (newest first), then the Forums it hosted."""
    return pd.concat(_forum_rows(code, frames))


def forums_section(code: str, frames: dict[str, pd.DataFrame], lang: str) -> Section:
    """Visits made at a Forum of Regions and the Forums the region hosted."""
    title = i18n.t("region.forums.header", lang)
    visits, hosted = _forum_rows(code, frames)
    visits = loaders.localised(visits, lang)
    if visits.empty and hosted.empty:
        return Section(key="forums", title=title, empty=i18n.t("no_data_long", lang))
    hosted, city = loaders.localised(hosted, lang), "host_city"
    lines = tuple(
        i18n.t("region.forums.hosted", lang, number=int(r["number"]), year=int(r["year"]), city=md(r[city]))
        + " "
        + ", ".join(link(u) for u in source_rules.split_urls(r["source_url"]))
        for _, r in hosted.iterrows()
    )
    return Section(
        key="forums",
        title=title,
        lines=lines,
        table_title=i18n.t("region.forums.visits", lang) if not visits.empty else "",
        table=visits_view.table_of_visits(visits, lang) if not visits.empty else None,
        link_column=i18n.t("source", lang),
    )


def target_rows(code: str, frames: dict[str, pd.DataFrame]) -> pd.DataFrame:
    return frames["targets"][frames["targets"][KEY] == code]


def targets_section(code: str, frames: dict[str, pd.DataFrame], lang: str) -> Section:
    """The trade targets stated for the region, each with the latest figure and a verdict (views.targets)."""
    lines = tuple(targets_view.region_lines(frames, code, lang))
    return Section(
        key="targets",
        title=i18n.t("region.targets", lang),
        lines=lines,
        caption=i18n.t("region.targets.caption", lang) if lines else "",
        empty="" if lines else i18n.t("no_data_long", lang),
    )


# --- the page's plan -------------------------------------------------------------------------------------------

Builder = Callable[[str, dict[str, pd.DataFrame], str], Section]
Rows = Callable[[str, dict[str, pd.DataFrame]], pd.DataFrame]


class Part(NamedTuple):
    """A section of the page: the datasets it needs, its builder, and the rows it cites (for the sources list)."""

    key: str
    needs: tuple[str, ...]
    build: Builder
    cites: Rows


SECTIONS: tuple[Part, ...] = (
    Part("figures", ("trade",), key_figures_section, trade_rows),
    Part("trade", ("trade",), trade_section, trade_rows),
    Part("targets", ("trade", "targets"), targets_section, target_rows),
    Part("agreements", ("agreements",), agreements_section, agreement_rows),
    Part("visits", ("visits",), visits_section, visit_rows),
    Part("wg", ("working_groups", "wg_meetings"), working_group_section, wg_rows),
    Part("forums", ("visits", "forums"), forums_section, forum_rows),
)
SECTION_INDEX = {part.key: index for index, part in enumerate(SECTIONS)}


def sources_list(code: str, frames: dict[str, pd.DataFrame]) -> tuple[str, ...]:
    """Every unique address the page cites, in page order, as numbered markdown links (loaded datasets only): read
    from the rows each section cites, without building a section."""
    urls: dict[str, None] = {}
    regions = frames.get("regions")
    if regions is not None:
        urls.update(dict.fromkeys(_urls(regions[regions[KEY] == code])))
    for part in SECTIONS:
        if all(name in frames for name in part.needs):
            urls.update(dict.fromkeys(_urls(part.cites(code, frames))))
    shown = {url: escape.without_credentials(url).split("://", 1)[-1] for url in urls}
    return tuple(
        f"{i}. {link(url, shown[url][:110] + ('…' if len(shown[url]) > 110 else ''))}"
        for i, url in enumerate(urls, start=1)
    )


# --- brief downloads -------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class BriefFile:
    """A download of the one-page brief; `data` builds the bytes only when the user clicks."""

    label: str
    file_name: str
    mime: str
    data: Callable[[], bytes]


def brief_files(
    code: str, frames: dict[str, pd.DataFrame], regions_geojson: Callable[[], dict[str, Any] | None], lang: str
) -> tuple[BriefFile, ...]:
    """The Word and PDF briefs, built when a button is clicked. atlas.export.brief (matplotlib, python-docx, fpdf2:
    ~60 MB and seconds of imports) is imported then too, not when the profile is drawn."""
    built: dict[str, Any] = {}

    def content() -> Any:
        from atlas.export import brief  # noqa: PLC0415 - heavy; only a brief download needs it

        if "brief" not in built:
            built["brief"] = brief.build_brief(code, frames, regions_geojson(), lang)
        return built["brief"]

    def or_why_not(make: Callable[[], bytes], failed_name: str) -> Callable[[], bytes]:
        # The bytes are made after the click, where an exception would end in a download that silently never
        # comes: the user gets a document saying why instead, and the error goes to the log.
        def data() -> bytes:
            from atlas.export import brief  # noqa: PLC0415

            try:
                return make()
            except Exception:
                log.exception("brief for %s failed", code)
                return getattr(brief, failed_name)(code, lang)  # type: ignore[no-any-return]

        return data

    def docx() -> bytes:
        from atlas.export import brief  # noqa: PLC0415

        return brief.brief_docx(content())

    def pdf() -> bytes:
        from atlas.export import brief  # noqa: PLC0415

        return brief.brief_pdf(content())

    name = i18n.t("brief.filename", lang, code=code)
    docx_mime = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    return (
        BriefFile(i18n.t("brief.download_docx", lang), f"{name}.docx", docx_mime, or_why_not(docx, "failure_docx")),
        BriefFile(i18n.t("brief.download_pdf", lang), f"{name}.pdf", "application/pdf", or_why_not(pdf, "failure_pdf")),
    )
