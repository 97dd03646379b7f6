"""The maps' views: trade and agreement choropleths and the working-groups map, as specs."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

import pandas as pd

from atlas import config
from atlas.figures import mapspec, palette
from atlas.rules import activity as activity_rules
from atlas.rules import filters as filter_rules
from atlas.rules import sources as source_rules
from atlas.rules import trade as trade_rules
from atlas.text import formats
from atlas.text import lookup as i18n


@dataclass(frozen=True)
class MapView:
    """A ready map: what the map component draws, plus the sentences printed around it."""

    spec: mapspec.MapSpec
    title: str
    coverage: str
    notes: tuple[str, ...]
    alt: str


def _registry_frame(regions: pd.DataFrame, drawn: list[str]) -> pd.DataFrame:
    """The drawn regions in registry order, with their names and districts."""
    columns = [config.REGION_KEY, "name_ru", "name_en", "federal_district"]
    return regions.loc[regions[config.REGION_KEY].isin(drawn), columns].reset_index(drop=True)


def _trade_tip(row: pd.Series, lang: str, name: str, measure_label: str) -> list[str]:
    """Hover lines of one region on the trade map (plain text; the first line is the region's name)."""
    if pd.isna(row.get("value")):
        return [name, f"{measure_label}: {i18n.t('no_data', lang)}"]
    marks = formats.figure_marks(str(row.get("period", "year")), str(row.get("year_basis", "stated")), lang)
    lines = [
        name,
        f"{measure_label}: {formats.amount(row['value'], row['unit'], lang, row['qualifier'])}",
        f"{i18n.t('hover.year', lang)}: {int(row['year'])}" + (f" ({', '.join(marks)})" if marks else ""),
    ]
    if row.get("stats_side") in ("BY", "RU"):
        lines.append(i18n.t(f"side.{row['stats_side']}", lang))
    beside = formats.other_side(row.get("other_side"), row.get("other_value"), row.get("other_qualifier"),
                             row.get("other_period"), lang)  # fmt: skip
    if beside:
        lines.append(beside)
    lines.append(f"{i18n.t('hover.source', lang)}: {source_rules.source_label(row['source_url'])}")
    if int(row.get("n_figures", 1)) > 1:
        lines.append(i18n.t("hover.more_figures", lang, n=int(row["n_figures"]) - 1))
    return lines


MAX_HOSTS_NAMED = 3  # a saved picture names its most used sources; the rest are counted


def source_line(urls: Iterable[str], lang: str) -> str:
    """A saved map's source line: the hosts its figures come from, most used first (three named, the rest
    counted), that every figure's link is in the atlas, and the boundaries' source."""
    hosts = Counter(source_rules.source_label(u) for cell in urls for u in str(cell).split(" | ") if u.strip())
    named = [host for host, _ in hosts.most_common(MAX_HOSTS_NAMED)]
    text = ", ".join(named) or i18n.t("no_data", lang)
    if len(hosts) > MAX_HOSTS_NAMED:
        text += " " + i18n.t("map.picture.more", lang, n=len(hosts) - MAX_HOSTS_NAMED)
    return i18n.t("map.picture.source", lang, hosts=text)


def _spec(
    shown: pd.DataFrame,
    names: dict[str, str],
    colours: pd.Series,
    tips: list[list[str]],
    legend: list[tuple[str, str]],
    *,
    title: str,
    alt: str,
    lang: str,
    legend_title: str = "",
    notes: Sequence[str] = (),
) -> mapspec.MapSpec:
    codes = shown[config.REGION_KEY].tolist()
    return mapspec.MapSpec(
        title=title,
        fills=dict(zip(codes, colours, strict=True)),
        tips=dict(zip(codes, tips, strict=True)),
        names={code: names.get(code, code) for code in codes},
        legend=[mapspec.LegendItem(label, colour) for label, colour in legend],
        legend_title=legend_title,
        belarus_label=i18n.t("map.belarus", lang),
        belarus_fill=palette.BELARUS_FILL,
        belarus_line=palette.BELARUS_LINE,
        border=palette.BORDER_COLOUR,
        alt=alt,
        notes=tuple(notes),
    )


@dataclass(frozen=True)
class _TradeFrame:
    """The trade map of one year (or of each region's latest year): every drawn region, its class and tooltip."""

    joined: pd.DataFrame
    classes: pd.Series  # index into TRADE_COLOURS, len(TRADE_COLOURS) where no figure is on record
    tips: list[list[str]]
    title: str
    coverage: str
    alt: str
    notes: tuple[str, ...]


def _trade_frame(
    regions: pd.DataFrame,
    shown: pd.DataFrame,
    defaults: pd.DataFrame,
    *,
    measure: str,
    year: int | None,
    lang: str,
) -> _TradeFrame:
    values = trade_rules.trade_for_map(defaults, measure, year).set_index(config.REGION_KEY)
    joined = shown.join(values, on=config.REGION_KEY)
    names = filter_rules.region_names(regions, lang)
    measure_label = i18n.t(f"measure.{measure}", lang)
    classes = palette.trade_class(joined["value"]).fillna(len(palette.TRADE_COLOURS)).astype(int)
    tips = [_trade_tip(row, lang, names[row[config.REGION_KEY]], measure_label) for _, row in joined.iterrows()]
    year_text = str(year) if year is not None else i18n.t("map.latest_years", lang)
    title = i18n.t("map.title.trade", lang, measure=measure_label, year=year_text)
    coverage = i18n.t("map.coverage", lang, n=int(joined["value"].notna().sum()), total=len(shown))
    alt = i18n.t("map.alt", lang, title=title, coverage=coverage)
    notes = (coverage, source_line(joined["source_url"].dropna(), lang))
    return _TradeFrame(joined, classes, tips, title, coverage, alt, notes)


def trade_map(
    regions: pd.DataFrame,
    trade: pd.DataFrame,
    drawn: list[str],
    *,
    measure: str,
    year: int | None,
    lang: str,
    defaults: pd.DataFrame | None = None,
    timeline: mapspec.Timeline | None = None,
) -> MapView:
    """Choropleth of a trade measure for `year` (None: each region's latest year), classed in USD million.

    `defaults` is `transform.default_trade(trade)` when the caller already has it (it is the same for every map);
    `timeline` is `trade_timeline(...)` of the same measure and language, likewise (built here when not given).
    """
    if defaults is None:
        defaults = trade_rules.default_trade(trade)
    if timeline is None:
        timeline = trade_timeline(regions, drawn, defaults, measure=measure, lang=lang)
    shown = _registry_frame(regions, drawn)
    frame = _trade_frame(regions, shown, defaults, measure=measure, year=year, lang=lang)
    names = filter_rules.region_names(regions, lang)
    colours = [*palette.TRADE_COLOURS, palette.NO_DATA_COLOUR]
    spec = _spec(
        shown, names, frame.classes.map(lambda i: colours[i]), frame.tips,
        list(zip([*palette.class_labels(lang), i18n.t("legend.no_data", lang)], colours, strict=True)),
        title=frame.title, alt=frame.alt, lang=lang, legend_title=i18n.t("map.legend.trade", lang),
        notes=frame.notes,
    )  # fmt: skip
    spec = replace(spec, timeline=replace(timeline, shown=year))
    return MapView(spec, frame.title, frame.coverage, (i18n.t("map.rule", lang),), frame.alt)


TIMELINE_LABELS = ("play", "pause", "slider", "caption", "caption_latest", "history")


def trade_timeline(
    regions: pd.DataFrame, drawn: list[str], defaults: pd.DataFrame, *, measure: str, lang: str
) -> mapspec.Timeline:
    """Every year on record of the trade map of `measure`, for the component's slider and play loop: each year's
    classes (the one fixed scale, palette.TRADE_BREAKS), tooltips, title and notes, and each region's turnover
    history (default figures in USD million; years without a figure are left out, never zero)."""
    shown = _registry_frame(regions, drawn)
    codes = shown[config.REGION_KEY].tolist()
    years = sorted(trade_rules.trade_years(defaults, measure))
    frames = [_trade_frame(regions, shown, defaults, measure=measure, year=y, lang=lang) for y in years]
    classes = {code: "".join(str(int(f.classes.iloc[i])) for f in frames) for i, code in enumerate(codes)}
    tips = {
        code: [f.tips[i] if pd.notna(f.joined["value"].iloc[i]) else None for f in frames]
        for i, code in enumerate(codes)
    }
    turnover = trade_rules.trade_history(defaults, "turnover")
    history = {
        code: [(int(y), float(v)) for y, v in zip(rows["year"], rows["value"], strict=True)]
        for code, rows in turnover.groupby(config.REGION_KEY)
        if code in set(codes)
    }
    latest = trade_rules.latest_figures(defaults, measure).set_index(config.REGION_KEY)["year"]
    measure_label = i18n.t(f"measure.{measure}", lang)
    return mapspec.Timeline(
        years=years,
        palette=[*palette.TRADE_COLOURS, palette.NO_DATA_COLOUR],
        classes=classes,
        tips=tips,
        missing=f"{measure_label}: {i18n.t('no_data', lang)}",
        frames=[mapspec.Frame(f.title, f.alt, f.notes) for f in frames],
        history=history,
        latest={code: int(latest[code]) for code in codes if code in latest.index},
        labels={name: i18n.t(f"map.timeline.{name}", lang) for name in TIMELINE_LABELS},
    )


def agreements_map(
    regions: pd.DataFrame,
    agreements: pd.DataFrame,
    mfa: tuple[int, dict[str, int], str] | None,
    drawn: list[str],
    *,
    lang: str,
) -> MapView:
    """Choropleth of each region's agreement status with Belarus."""
    status = activity_rules.agreement_status(agreements)
    shown = _registry_frame(regions, drawn)
    per_region = shown[config.REGION_KEY].map(status).fillna("none")
    order = list(activity_rules.AGREEMENT_STATUSES)
    counts = agreements.groupby(config.REGION_KEY).size()
    extra = shown[config.REGION_KEY].map(
        lambda code: i18n.t("hover.documents", lang, n=int(counts[code])) if code in counts.index else ""
    )
    notes: tuple[str, ...] = ()
    if mfa is not None:
        _, values, _ = mfa
        if "agreements_total" in values and "agreement_regions" in values:
            notes = (
                i18n.t(
                    "status.caveat",
                    lang,
                    total=values["agreements_total"],
                    regions=values["agreement_regions"],
                    n=status.index.nunique(),
                ),
            )
    return _category_map(
        regions, shown, per_region, order, [palette.STATUS_COLOURS[s] for s in order], "status.", extra,
        title=i18n.t("map.title.agreements", lang), lang=lang, notes=notes, sources=agreements["source_url"],
    )  # fmt: skip


def _category_map(
    regions: pd.DataFrame,
    shown: pd.DataFrame,
    per_region: pd.Series,
    order: list[str],
    colours: list[str],
    label_prefix: str,
    extra_hover: pd.Series,
    *,
    title: str,
    lang: str,
    notes: tuple[str, ...] = (),
    sources: Iterable[str] = (),
) -> MapView:
    """A choropleth of one category per region (the category "none" means no record)."""
    names = filter_rules.region_names(regions, lang)
    tips = [
        [names[code], i18n.t(label_prefix + state, lang), *([more] if more else [])]
        for code, state, more in zip(shown[config.REGION_KEY], per_region, extra_hover, strict=True)
    ]
    colour_of = dict(zip(order, colours, strict=True))
    coverage = i18n.t("map.coverage", lang, n=int(per_region.ne("none").sum()), total=len(shown))
    alt = i18n.t("map.alt", lang, title=title, coverage=coverage)
    legend = [(i18n.t(label_prefix + s, lang), colour_of[s]) for s in order]
    picture_notes = (coverage, *notes, source_line(sources, lang))
    spec = _spec(shown, names, per_region.map(colour_of), tips, legend, title=title, alt=alt, lang=lang,
                 notes=picture_notes)  # fmt: skip
    return MapView(spec, title, coverage, notes, alt)


def wg_map(
    regions: pd.DataFrame,
    working_groups: pd.DataFrame,
    meetings: pd.DataFrame,
    drawn: list[str],
    lang: str,
) -> MapView:
    """Regions by working-group activity on record: 3+ meetings, 1–2, a body without recorded meetings, none."""
    activity = activity_rules.wg_activity(working_groups, meetings).set_index(config.REGION_KEY)
    shown = _registry_frame(regions, drawn)
    per_region = shown[config.REGION_KEY].map(activity["activity"]).fillna("none")
    meetings_on_record = shown[config.REGION_KEY].map(activity["meetings"]).fillna(0).astype(int)
    order = list(activity_rules.WG_ACTIVITY)
    extra = meetings_on_record.map(lambda n: i18n.t("wg.hover.meetings", lang, n=n) if n else "")
    return _category_map(
        regions, shown, per_region, order, list(palette.WG_COLOURS), "wg.activity.", extra,
        title=i18n.t("wg.map.title", lang), lang=lang,
        sources=[*working_groups["source_url"], *meetings["source_url"]],
    )  # fmt: skip
