"""Plotly builders of the region profile: the trade history and the visits timeline, drawn from the data a
`views.region.Chart` holds (`draw`)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pandas as pd
import plotly.graph_objects as go

from atlas import config
from atlas.datasets import loaders
from atlas.figures import layout, palette
from atlas.rules import sources as source_rules
from atlas.text import escape, formats
from atlas.text import lookup as i18n
from atlas.views import region as region_view


def _laid_out(fig: go.Figure, height: int, title_key: str, lang: str, **own: Any) -> go.Figure:
    return layout.styled(fig, height=height, lang=lang, title=i18n.t(title_key, lang), size=layout.REGION_TYPE, **own)


def _trade_hover(row: pd.Series, lang: str) -> str:
    marks = formats.figure_marks(row["period"], row["year_basis"], lang)
    return "<br>".join(
        [
            "<b>" + i18n.t("measure." + row["measure"], lang) + "</b>",
            formats.amount(float(row["value"]), row["unit"], lang, row["qualifier"]),
            f"{i18n.t('hover.year', lang)}: {int(row['year'])}" + (f" ({', '.join(marks)})" if marks else ""),
            region_view.side_label(row["stats_side"], lang),
            f"{i18n.t('hover.source', lang)}: {source_rules.source_label(row['source_url'])}",
        ]
    )


def _nudged(part: pd.DataFrame, lang: str) -> tuple[list[Any], list[Any], list[str]]:
    """Other figures, moved a little right of their year so they do not hide under the default point."""
    return (
        [int(v) + 0.12 for v in part["year"]],
        part["value"].astype(float).tolist(),
        [_trade_hover(r, lang) for _, r in part.iterrows()],
    )


def trade_chart(records: pd.DataFrame, lang: str) -> go.Figure:
    """Every plotted figure of `views.region.trade_records` as a point: defaults filled and joined per measure, the
    others hollow (the section has a chart only when a figure is plotted)."""
    plotted = records[records["plotted"]]
    fig = go.Figure()
    for measure in config.MEASURES:
        rows = plotted[plotted["measure"] == measure]
        if rows.empty:
            continue
        colour, name = palette.MEASURE_COLOURS[measure], i18n.t(f"measure.{measure}", lang)
        for is_default in (True, False):
            part = rows[rows["is_default"] == is_default].sort_values("year")
            if part.empty:
                continue
            # defaults joined, broken where a year is missing; the others beside them
            x, y, text = layout.with_gaps(part, lambda r: _trade_hover(r, lang)) if is_default else _nudged(part, lang)
            fig.add_trace(
                go.Scatter(
                    x=x,
                    y=y,
                    mode="lines+markers" if is_default else "markers",
                    name=name,
                    legendgroup=measure,
                    showlegend=is_default,
                    line={"color": colour, "width": 2},
                    marker={
                        "color": colour if is_default else palette.WHITE,
                        "size": 10 if is_default else 11,
                        "symbol": "circle",  # hollow = white fill inside the measure's outline
                        "line": {"color": colour, "width": 2},
                    },
                    text=text,
                    hovertemplate="%{text}<extra></extra>",
                    connectgaps=False,
                )
            )
    if (~plotted["is_default"]).any():
        fig.add_trace(
            go.Scatter(
                x=[None],
                y=[None],
                mode="markers",
                name=i18n.t("region.trade.other_figures", lang),
                marker={
                    "symbol": "circle",
                    "size": 11,
                    "color": palette.WHITE,
                    "line": {"color": palette.OUTLINE, "width": 2},
                },
                hoverinfo="skip",
            )
        )
    return _laid_out(
        fig, 380, "region.trade.chart_title", lang, **layout.turnover_axes(plotted["year"].astype(int), lang)
    )


def visits_chart(rows: pd.DataFrame, lang: str) -> go.Figure:
    """Visits on a time axis: one row per direction, one colour per level of the head of delegation."""
    rows = loaders.localised(rows, lang)
    fig = go.Figure()
    directions = [i18n.t(f"direction.{d}", lang) for d in config.VISIT_DIRECTIONS]
    first, last = rows["date_start"].min(), rows["date_start"].max()
    pad = max((last - first) * 0.05, pd.Timedelta(days=45))
    span = (last - first).days
    dtick = "M1" if span < 300 else "M3" if span < 1100 else "M12"  # never two ticks with the same label
    for level, part in layout.by_value(rows, "level", config.VISIT_LEVELS):
        colour = palette.LEVEL_COLOURS[level]
        hover = [
            f"<b>{formats.partial_date(r['date'], lang)}</b><br>{i18n.t(f'level.{level}', lang)}<br>"
            f"{escape.html_text(str(r['delegation_head'])[:90])}"
            for _, r in part.iterrows()
        ]
        fig.add_trace(
            go.Scatter(
                x=part["date_start"].tolist(),
                y=[i18n.t(f"direction.{d}", lang) for d in part["direction"]],
                mode="markers",
                name=i18n.t(f"level.{level}", lang),
                marker={"color": colour, "size": 13, "line": {"color": palette.WHITE, "width": 1}},
                text=hover,
                hovertemplate="%{text}<extra></extra>",
            )
        )
    return _laid_out(
        fig,
        280,
        "region.visits.chart_title",
        lang,
        yaxis={"categoryorder": "array", "categoryarray": directions, "automargin": True},
        xaxis={
            "showgrid": True,
            "gridcolor": palette.GRID,
            "range": [first - pad, last + pad],
            "tickformat": "%m.%Y",
            "dtick": dtick,
        },
    )


BUILDERS: dict[str, Callable[[pd.DataFrame, str], go.Figure]] = {"trade": trade_chart, "visits": visits_chart}


def draw(chart: region_view.Chart, lang: str) -> go.Figure:
    """The plotly figure of a profile section's chart."""
    return BUILDERS[chart.kind](chart.rows, lang)
