"""Plotly builder of the targets page: each target's latest figure as a share of the target, coloured by verdict."""

from __future__ import annotations

import plotly.graph_objects as go

from atlas.figures import layout, palette
from atlas.rules import targets as target_rules
from atlas.text import escape, formats
from atlas.text import lookup as i18n
from atlas.views.targets import TargetsChart


def share_chart(chart: TargetsChart, lang: str) -> go.Figure:
    """One bar per target with a figure on record, lying as a row (the chart's rows in the page's order, top-down,
    each named on the left): the latest figure as % of the target, labelled with that figure's year, one trace per
    verdict (its legend entry), and a line at 100 %. As tall as its rows with the percentage axis on top, so the
    scale is on the first screen and no row's label is skipped for lack of room (upright bars showed 4 names of 21)."""
    rows, labels = chart.rows, chart.labels
    frame = rows.assign(label=labels, pct=(rows["share"] * 100).round(1))
    fig = go.Figure()
    for verdict, part in layout.by_value(frame, "verdict", target_rules.VERDICTS):
        hover = [
            f"<b>{escape.html_text(r.label)}</b><br>"
            f"{escape.html_text(i18n.t('targets.col.target', lang))}: "
            f"{formats.amount(float(r.target_value), str(r.unit), lang)}<br>"
            f"{escape.html_text(i18n.t('targets.col.latest', lang))}: "
            f"{formats.amount(float(r.latest_value), str(r.unit), lang, str(r.latest_qualifier))} "
            f"({int(r.latest_year)})<br>"
            f"{formats.number(float(r.pct), lang, decimals=1)} %"
            for r in part.itertuples()
        ]
        # the figure's year beside its share: a share from a year long before the statement is read as such
        text = [
            f"{formats.number(float(p), lang, decimals=0)} % ({int(y)})"
            for p, y in zip(part["pct"], part["latest_year"], strict=True)
        ]
        fig.add_trace(layout.labelled_bar(part["label"], part["pct"], name=i18n.t(f"targets.verdict.{verdict}", lang),
                                          colour=palette.VERDICT_COLOURS[verdict], text=text, hover=hover,
                                          rows=True))  # fmt: skip
    # each target is in one verdict's trace only: one bar per label, and the line at 100 % of the target
    return layout.one_bar_per_label(fig, labels, line_at=100, height=layout.rows_height(len(labels)), lang=lang,
                                    title=i18n.t("targets.chart.title", lang), rows=True)  # fmt: skip
