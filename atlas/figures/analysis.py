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
        name, text = i18n.t(f"moved.series.{series}", lang), [formats.percent(c, lang) for c in rows["change"]]
        fig.add_trace(layout.labelled_bar(rows["label"], rows["pct"].round(1), name=name,
                                          colour=palette.CHANGE_COLOURS[series], text=text, hover=hover))  # fmt: skip
    # up and down never share a label: one bar per label
    line_at = None if pooled is None else pooled * 100
    return layout.one_bar_per_label(fig, labels, line_at=line_at, height=380, lang=lang,
                                    title=i18n.t("moved.chart.title", lang))  # fmt: skip
