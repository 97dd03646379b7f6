"""Plotly builder of the analysis page: the change in turnover after each event year, with the pooled median."""

from __future__ import annotations

import plotly.graph_objects as go

from atlas import config
from atlas.figures import layout, palette
from atlas.text import escape, formats
from atlas.text import lookup as i18n
from atlas.views.analysis import MovedChart


def moved_chart(chart: MovedChart, lang: str) -> go.Figure:
    """One bar per region and event year: the change in turnover, % (up and down apart, on one axis position each),
    and a line at the pooled median. Hover: the figures before and after, with their years."""
    compared, names, pooled = chart.compared, chart.names, chart.pooled
    labels = [f"{names.get(r[config.REGION_KEY], r[config.REGION_KEY])} ({int(r['year'])})"
              for _, r in compared.iterrows()]  # fmt: skip
    frame = compared.assign(label=labels, pct=compared["change"] * 100)
    fig = go.Figure()
    for series, rows in (("up", frame[frame["change"] >= 0]), ("down", frame[frame["change"] < 0])):
        hover = [
            f"<b>{escape.html_text(r.label)}</b><br>"
            f"{r.before_year}: {formats.amount(r.before, config.MAP_UNIT, lang)}<br>"
            f"{', '.join(map(str, r.after_years))}: {formats.amount(r.after, config.MAP_UNIT, lang)}<br>"
            f"{formats.percent(r.change, lang)}"
            for r in rows.itertuples()
        ]
        fig.add_trace(
            go.Bar(
                x=rows["label"],
                y=rows["pct"].round(1),
                name=i18n.t(f"moved.series.{series}", lang),
                marker_color=palette.CHANGE_COLOURS[series],
                text=[formats.percent(c, lang) for c in rows["change"]],
                textposition="outside",
                hovertext=hover,
                hoverinfo="text",
            )
        )
    shapes = []
    if pooled is not None and labels:
        shapes.append({"type": "line", "x0": labels[0], "x1": labels[-1], "y0": pooled * 100, "y1": pooled * 100,
                       "line": {"color": palette.CHANGE_COLOURS["median"], "width": 2, "dash": "dash"}})  # fmt: skip
    return layout.styled(
        fig,
        height=380,
        lang=lang,
        title=i18n.t("moved.chart.title", lang),
        barmode="stack",  # up and down never share a label: one bar per position, centred
        xaxis={"categoryorder": "array", "categoryarray": labels},
        shapes=shapes,
    )
