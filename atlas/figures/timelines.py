"""Plotly builders of the activity pages: visit timelines and counts, meetings, forums."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from atlas import config
from atlas.datasets import loaders
from atlas.figures import layout, palette
from atlas.rules import filters as filter_rules
from atlas.rules import sources as source_rules
from atlas.text import escape, formats
from atlas.text import lookup as i18n
from atlas.views.visits import DIRECTION_SYMBOLS


def visits_timeline(visits: pd.DataFrame, regions: pd.DataFrame, lang: str) -> go.Figure:
    """Each visit a marker: date on x, level on y, colour by level, ◀ into Belarus / ▶ into Russia."""
    names = {code: escape.html_text(name) for code, name in filter_rules.region_names(regions, lang).items()}
    visits = loaders.localised(visits, lang)
    fig = go.Figure()
    levels = [lv for lv in config.VISIT_LEVELS if lv in set(visits["level"])]
    for level, at_level in layout.by_value(visits, "level", levels):
        for direction, rows in layout.by_value(at_level, "direction", DIRECTION_SYMBOLS):
            symbol = DIRECTION_SYMBOLS[direction]
            hover = [
                f"<b>{formats.partial_date(r.date, lang)}</b> · {names.get(r.region_iso, r.region_iso)}<br>"
                f"{i18n.t(f'direction.{direction}', lang)} · {i18n.t(f'level.{level}', lang)}<br>"
                f"{escape.html_text(_wrap(str(r.delegation_head), 70))}<br>{i18n.t('hover.source', lang)}: "
                f"{source_rules.source_label(r.source_url)}"
                for r in rows.itertuples()
            ]
            fig.add_trace(
                go.Scatter(
                    x=rows["date_start"],
                    y=[i18n.t(f"level.{level}", lang)] * len(rows),
                    mode="markers",
                    marker={
                        "symbol": symbol,
                        "size": 13,
                        "color": palette.LEVEL_COLOURS[level],
                        "line": {"width": 0.5, "color": palette.WHITE},
                    },  # fmt: skip
                    name=f"{i18n.t(f'level.{level}', lang)} · {i18n.t(f'direction.{direction}', lang)}",
                    hovertext=hover,
                    hoverinfo="text",
                    showlegend=False,
                )
            )
    for direction, symbol in DIRECTION_SYMBOLS.items():  # a two-entry key for the direction symbols
        fig.add_trace(
            go.Scatter(
                x=[None],
                y=[None],
                mode="markers",
                name=i18n.t(f"direction.{direction}", lang),
                marker={"symbol": symbol, "size": 13, "color": palette.KEY_INK},
                showlegend=True,
            )  # fmt: skip
        )
    return layout.styled(
        fig,
        height=120 + 42 * max(len(levels), 1),
        lang=lang,
        title=i18n.t("visits.timeline.title", lang),
        yaxis={"categoryorder": "array", "categoryarray": [i18n.t(f"level.{lv}", lang) for lv in levels][::-1]},
        xaxis={"showgrid": True, "gridcolor": palette.GRID},
    )


def _wrap(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def counts_chart(counts: pd.DataFrame, period: str, lang: str) -> go.Figure:
    """Stacked bars of visits per year or month, one colour per direction."""
    fig = go.Figure()
    for direction in config.VISIT_DIRECTIONS:
        rows = counts[counts["direction"] == direction]
        fig.add_trace(
            go.Bar(
                x=rows["period"],
                y=rows["visits"],
                name=i18n.t(f"direction.{direction}", lang),
                marker_color=palette.DIRECTION_COLOURS[direction],
                text=rows["visits"],
                textposition="inside",
                textangle=0,  # counts read level; one that does not fit is hidden (uniformtext below), not turned
            )  # fmt: skip
        )
    return layout.styled(
        fig,
        height=340,
        lang=lang,
        title=i18n.t(f"visits.counts.{period}", lang),
        barmode="stack",
        xaxis={"dtick": 1} if period == "year" else {},
        uniformtext={"minsize": 11, "mode": "hide"},  # a count too big for its bar is left out, not shrunk to a speck
    )


def meetings_chart(meetings: pd.DataFrame, lang: str) -> go.Figure:
    """Meetings on record per year, with how many produced a protocol or a plan."""
    dated = meetings.dropna(subset=["date_start"])
    per_year = dated.groupby(dated["date_start"].dt.year).agg(
        meetings=("meeting_id", "size"), protocols=("protocol_signed", "sum"), plans=("plan_signed", "sum")
    )
    fig = go.Figure()
    for column, colour in palette.MEETING_COLOURS.items():
        fig.add_trace(go.Bar(x=per_year.index, y=per_year[column], name=i18n.t(f"wg.series.{column}", lang),
                             marker_color=colour, text=per_year[column], textposition="outside"))  # fmt: skip
    return layout.styled(
        fig, height=340, lang=lang, title=i18n.t("wg.chart.title", lang), barmode="group", xaxis={"dtick": 1}
    )


def forums_timeline(forums: pd.DataFrame, lang: str) -> go.Figure:
    """The forums on a year axis, numbered, placed above (in Belarus) or below (in Russia) the line."""
    forums = loaders.localised(forums, lang)
    city = "host_city"
    fig = go.Figure()
    fig.add_shape(type="line", x0=forums["year"].min() - 0.5, x1=forums["year"].max() + 0.5, y0=0, y1=0,
                  line={"color": palette.RULE, "width": 2})  # fmt: skip
    for country, y in (("BY", 1), ("RU", -1)):
        rows = forums[forums["host_country"] == country].sort_values("year")
        # neighbouring labels alternate between two rows so long host names do not overlap
        label_y = [y * (1.8 if i % 2 == 0 else 2.35) for i in range(len(rows))]
        fig.add_trace(
            go.Scatter(
                x=rows["year"],
                y=[y] * len(rows),
                mode="markers+text",
                marker={"size": 34, "color": palette.HOST_COLOURS[country]},
                text=rows["number"].map(formats.roman),
                textfont={"color": palette.WHITE, "size": 13},
                name=i18n.t(f"country.{country}", lang),
                hovertext=[
                    f"<b>{formats.roman(r.number)} · {int(r.year)}</b><br>{escape.html_text(getattr(r, city))}<br>"
                    f"{escape.html_text(_wrap(str(r.theme), 90))}"
                    for r in rows.itertuples()
                ],  # fmt: skip
                hoverinfo="text",
            )
        )
        fig.add_trace(
            go.Scatter(
                x=rows["year"],
                y=label_y,
                mode="text",
                text=rows[city].map(lambda c: _wrap(c, 24)),
                textfont={"size": 12, "color": palette.LABEL_INK},
                showlegend=False,
                hoverinfo="skip",
            )  # fmt: skip
        )
    return layout.styled(
        fig,
        height=300,
        lang=lang,
        yaxis={"visible": False, "range": [-2.8, 2.8]},
        xaxis={"dtick": 1, "showgrid": False},
    )
