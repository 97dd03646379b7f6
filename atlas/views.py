"""View models: what a page shows, built from tidy frames, localised, ready to render. No Streamlit.

Each function takes loaded frames and plain arguments (measure, year, language) and returns figures, frames and
strings; `atlas.cache` memoises them by those small arguments.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pandas as pd
import plotly.graph_objects as go

from atlas import charts, config, i18n, loaders, transform


@dataclass(frozen=True)
class MapView:
    """A ready map: the figure plus the sentences printed around it."""

    figure: go.Figure
    title: str
    coverage: str
    notes: tuple[str, ...]
    alt: str


def _registry_frame(regions: pd.DataFrame, drawn: list[str]) -> pd.DataFrame:
    """The drawn regions in registry order, with their names and districts."""
    columns = [config.REGION_KEY, "name_ru", "name_en", "federal_district"]
    return regions.loc[regions[config.REGION_KEY].isin(drawn), columns].reset_index(drop=True)


def _trade_hover(row: pd.Series, lang: str, name: str, measure_label: str) -> str:
    if pd.isna(row.get("value")):
        return f"<b>{name}</b><br>{measure_label}: {i18n.t('no_data', lang)}"
    lines = [
        f"<b>{name}</b>",
        f"{measure_label}: {i18n.amount(row['value'], row['unit'], lang, row['qualifier'])}",
        f"{i18n.t('hover.year', lang)}: {int(row['year'])}",
    ]
    if row.get("stats_side") in ("BY", "RU"):
        lines.append(i18n.t(f"side.{row['stats_side']}", lang))
    lines.append(f"{i18n.t('hover.source', lang)}: {transform.source_label(row['source_url'])}")
    if int(row.get("n_figures", 1)) > 1:
        lines.append(f"<i>{i18n.t('hover.more_figures', lang, n=int(row['n_figures']) - 1)}</i>")
    return "<br>".join(lines)


def trade_map(
    regions: pd.DataFrame,
    trade: pd.DataFrame,
    geojson: dict[str, Any],
    belarus: dict[str, Any] | None,
    view: dict[str, Any],
    drawn: list[str],
    *,
    measure: str,
    year: int | None,
    lang: str,
) -> MapView:
    """Choropleth of a trade measure for `year` (None: each region's latest year), classed in USD million."""
    defaults = transform.default_trade(trade)
    values = transform.trade_for_map(defaults, measure, year).set_index(config.REGION_KEY)
    shown = _registry_frame(regions, drawn)
    joined = shown.join(values, on=config.REGION_KEY)
    names = transform.region_names(regions, lang)
    measure_label = i18n.t(f"measure.{measure}", lang)
    classes = charts.trade_class(joined["value"])
    no_data_index = len(charts.TRADE_COLOURS)
    colour_index = classes.fillna(no_data_index)
    hover = pd.Series(
        [_trade_hover(row, lang, names[row[config.REGION_KEY]], measure_label) for _, row in joined.iterrows()],
        dtype=object,
    )
    year_text = str(year) if year is not None else i18n.t("map.latest_years", lang)
    title = i18n.t("map.title.trade", lang, measure=measure_label, year=year_text)
    figure = charts.region_map(
        geojson,
        shown,
        colour_index=colour_index,
        colours=[*charts.TRADE_COLOURS, charts.NO_DATA_COLOUR],
        labels=[*charts.class_labels(lang), i18n.t("legend.no_data", lang)],
        hover=hover,
        view=view,
        title=title,
        belarus=belarus,
        belarus_label=i18n.t("map.belarus", lang),
        legend_title=i18n.t("unit.usd_mn", lang),
    )
    n_with = int(joined["value"].notna().sum())
    coverage = i18n.t("map.coverage", lang, n=n_with, total=len(shown))
    notes = (i18n.t("map.rule", lang),)
    return MapView(figure, title, coverage, notes, i18n.t("map.alt", lang, title=title, coverage=coverage))


def agreements_map(
    regions: pd.DataFrame,
    agreements: pd.DataFrame,
    mfa: tuple[int, dict[str, int], str] | None,
    geojson: dict[str, Any],
    belarus: dict[str, Any] | None,
    view: dict[str, Any],
    drawn: list[str],
    *,
    lang: str,
) -> MapView:
    """Choropleth of each region's agreement status with Belarus."""
    status = transform.agreement_status(agreements)
    shown = _registry_frame(regions, drawn)
    per_region = shown[config.REGION_KEY].map(status).fillna("none")
    order = list(transform.AGREEMENT_STATUSES)
    names = transform.region_names(regions, lang)
    counts = agreements.groupby(config.REGION_KEY).size()
    hover = pd.Series(
        [
            f"<b>{names[code]}</b><br>{i18n.t(f'status.{state}', lang)}"
            + (f"<br>{int(counts[code])} doc." if code in counts.index else "")
            for code, state in zip(shown[config.REGION_KEY], per_region, strict=True)
        ],
        dtype=object,
    )
    title = i18n.t("map.title.agreements", lang)
    figure = charts.region_map(
        geojson,
        shown,
        colour_index=per_region.map(order.index),
        colours=[charts.STATUS_COLOURS[s] for s in order],
        labels=[i18n.t(f"status.{s}", lang) for s in order],
        hover=hover,
        view=view,
        title=title,
        belarus=belarus,
        belarus_label=i18n.t("map.belarus", lang),
    )
    n_with = int(per_region.ne("none").sum())
    coverage = i18n.t("map.coverage", lang, n=n_with, total=len(shown))
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
    return MapView(figure, title, coverage, notes, i18n.t("map.alt", lang, title=title, coverage=coverage))


def top_importers_table(
    regions: pd.DataFrame, rankings: pd.DataFrame, trade: pd.DataFrame, year: int, lang: str
) -> pd.DataFrame:
    """The MFA's top-10 list of `year` with the figures on record, as display columns (localised headers)."""
    defaults = transform.default_trade(trade)
    table = transform.top_importers(rankings, defaults, year)
    names = transform.region_names(regions, lang)

    def figure_text(row: pd.Series, measure: str) -> str:
        value = row[measure]
        if pd.isna(value):
            return i18n.t("no_data", lang)
        amount = i18n.amount(value, config.MAP_UNIT, lang, row[f"{measure}_qualifier"])
        return f"{amount} ({int(row[f'{measure}_year'])})"

    return pd.DataFrame(
        {
            config.REGION_KEY: table[config.REGION_KEY],
            i18n.t("region", lang): table[config.REGION_KEY].map(names),
            i18n.t("top.col.exports", lang): [figure_text(r, "export_from_belarus") for _, r in table.iterrows()],
            i18n.t("top.col.turnover", lang): [figure_text(r, "turnover") for _, r in table.iterrows()],
            i18n.t("source", lang): [
                transform.first_url(s) if isinstance(s, str) else ""
                for s in table["turnover_source"].where(
                    table["turnover_source"].notna(), table["export_from_belarus_source"]
                )
            ],
            "_turnover": table["turnover"],
            "_turnover_text": [figure_text(r, "turnover") for _, r in table.iterrows()],
        }
    )


def top_importers_chart(table: pd.DataFrame, lang: str) -> go.Figure:
    """Bars of the turnover on record for each listed region; regions without a figure say so."""
    ordered = table.assign(_known=table["_turnover"].notna()).sort_values(
        ["_known", "_turnover"], ascending=[False, False]
    )
    return charts.ranked_bars(
        ordered[i18n.t("region", lang)].tolist(),
        ordered["_turnover"].tolist(),
        ordered["_turnover_text"].tolist(),
        title=i18n.t("top.chart.title", lang),
        lang=lang,
    )


def dataset_health(loaded: loaders.Datasets, lang: str) -> pd.DataFrame:
    """One row per data file: name, rows loaded, status (ok / warnings / errors) and the first problem."""
    rows = []
    for name in loaders.LOAD_ORDER:
        problems = loaded.problems.get(name, [])
        frame = loaded.frames.get(name)
        if frame is None:
            status = i18n.t("sources.status.error", lang)
        elif problems:
            status = i18n.t("sources.status.warning", lang)
        else:
            status = i18n.t("sources.status.ok", lang)
        rows.append(
            {
                i18n.t("sources.col.file", lang): f"{name}.csv",
                i18n.t("sources.col.status", lang): status,
                i18n.t("sources.col.rows", lang): None if frame is None else len(frame),
                "": str(problems[0]) if problems else "",
            }
        )
    return pd.DataFrame(rows)
