"""Plotly builder of the compare page: the chosen regions' turnover by year on one chart, a line per region."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from atlas import config
from atlas.figures import layout, palette
from atlas.rules import sources as source_rules
from atlas.text import formats
from atlas.text import lookup as i18n
from atlas.views import region as region_view

SYMBOLS = ("circle", "square", "diamond", "triangle-up")  # a second cue beside the colour, one per region


def _hover(row: pd.Series, lang: str) -> str:
    marks = formats.figure_marks(row["period"], row["year_basis"], lang)
    return "<br>".join(
        [
            f"<b>{row['name']}</b>",
            formats.amount(float(row["value"]), row["unit"], lang, row["qualifier"]),
            f"{i18n.t('hover.year', lang)}: {int(row['year'])}" + (f" ({', '.join(marks)})" if marks else ""),
            region_view.side_label(row["stats_side"], lang),
            f"{i18n.t('hover.source', lang)}: {source_rules.source_label(row['source_url'])}",
        ]
    )


def trade_chart(history: pd.DataFrame, lang: str) -> go.Figure:
    """One line per region (views.compare.trade_history, with `name`), in the order chosen; a missing year breaks the
    line (never bridged, never a zero)."""
    fig = go.Figure()
    for index, code in enumerate(dict.fromkeys(history[config.REGION_KEY])):
        rows = history[history[config.REGION_KEY] == code].sort_values("year")
        x, y, text = layout.with_gaps(rows, lambda r: _hover(r, lang))
        colour = palette.REGION_COLOURS[index % len(palette.REGION_COLOURS)]
        fig.add_trace(
            go.Scatter(
                x=x,
                y=y,
                mode="lines+markers",
                name=str(rows["name"].iloc[0]),
                line={"color": colour, "width": 2},
                marker={"color": colour, "size": 10, "symbol": SYMBOLS[index % len(SYMBOLS)]},
                text=text,
                hovertemplate="%{text}<extra></extra>",
                connectgaps=False,
            )
        )
    axes = layout.turnover_axes(history["year"].astype(int), lang)
    title = i18n.t("compare.trade.chart_title", lang)
    return layout.styled(fig, height=400, lang=lang, title=title, size=layout.REGION_TYPE, **axes)
