"""Plotly builders: tidy data in, go.Figure out. No Streamlit.

Maps draw every region in ONE choropleth trace (the geometry is sent once); classes are colours of a stepped
scale, and the legend is made of empty marker traces, one per class, so it reads like a printed map's key.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

import pandas as pd
import plotly.graph_objects as go

from atlas import config, i18n

# Fixed class breaks in USD million, so a colour means the same amount in every year and measure.
TRADE_BREAKS = (0.0, 100.0, 250.0, 500.0, 1000.0, 2500.0, math.inf)
# ColorBrewer YlGnBu (colour-blind safe, sequential), lightest class kept clearly apart from the no-data grey.
TRADE_COLOURS = ("#c7e9b4", "#7fcdbb", "#41b6c4", "#1d91c0", "#225ea8", "#0c2c84")
NO_DATA_COLOUR = "#dcdcdc"
BORDER_COLOUR = "#ffffff"
BELARUS_FILL = "#f4d8b8"
BELARUS_LINE = "#a0522d"
# Okabe–Ito (colour-blind safe, categorical) for agreement status.
STATUS_COLOURS = {
    "intergovernmental": "#0072B2",
    "other_agreement": "#56B4E9",
    "plan_only": "#E69F00",
    "none": NO_DATA_COLOUR,
}
# Working-group activity on record: 3+ meetings, 1–2, a body without recorded meetings, no record.
WG_COLOURS = ("#225ea8", "#7fcdbb", "#fdd49e", NO_DATA_COLOUR)
FONT = "Inter, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif"

# Plotly's geo maps fetch world_110m.json even with every base layer hidden; it is served by the app itself.
PLOTLY_CONFIG: dict[str, Any] = {
    "topojsonURL": "/app/static/",
    "displaylogo": False,
    "scrollZoom": False,
    "modeBarButtonsToRemove": ["lasso2d", "select2d", "toggleHover"],
    "toImageButtonOptions": {"format": "png", "scale": 2, "filename": "atlas-map"},
}


def class_labels(lang: str) -> list[str]:
    """Legend labels of TRADE_BREAKS: '< 100', '100–250', …, '≥ 2 500'."""
    labels = []
    for lo, hi in zip(TRADE_BREAKS[:-1], TRADE_BREAKS[1:], strict=True):
        if lo == 0:
            labels.append(f"< {i18n.number(hi, lang)}")
        elif math.isinf(hi):
            labels.append(f"≥ {i18n.number(lo, lang)}")
        else:
            labels.append(f"{i18n.number(lo, lang)}–{i18n.number(hi, lang)}")
    return labels


def trade_class(values: pd.Series) -> pd.Series:
    """Class index 0…5 of each amount by TRADE_BREAKS; NaN stays NaN (no data on record)."""
    return pd.cut(values, bins=list(TRADE_BREAKS), labels=False, right=False, include_lowest=True)


def _stepped_scale(colours: Sequence[str]) -> list[list[Any]]:
    """A colorscale where integer z = i gets exactly colours[i] (zmin=-0.5, zmax=n-0.5)."""
    n = len(colours)
    scale: list[list[Any]] = []
    for i, colour in enumerate(colours):
        scale += [[i / n, colour], [(i + 1) / n, colour]]
    return scale


def _legend_entry(label: str, colour: str, rank: int) -> go.Scattergeo:
    return go.Scattergeo(
        lon=[None],
        lat=[None],
        mode="markers",
        marker={"symbol": "square", "size": 14, "color": colour, "line": {"color": "#888", "width": 0.5}},
        name=label,
        legendrank=rank,
        hoverinfo="skip",
        showlegend=True,
    )


GeoJSON = dict[str, Any] | str  # a FeatureCollection, or the URL the browser loads it from (cached there)


def region_map(
    geojson: GeoJSON,
    regions: pd.DataFrame,
    *,
    colour_index: pd.Series,
    colours: Sequence[str],
    labels: Sequence[str],
    hover: pd.Series,
    view: dict[str, Any],
    title: str,
    belarus: GeoJSON | None = None,
    belarus_label: str = "",
    legend_title: str = "",
) -> go.Figure:
    """A categorical choropleth of every region in `regions` (region_iso column), in the given view.

    `geojson` and `belarus` may be URLs: the browser then fetches the shapes once and keeps them, instead of
    receiving them inside every figure. `colour_index` (aligned with `regions`) picks a colour from `colours` for
    each region; `labels` names them in the legend. `hover` is the full hover text per region (already localised).
    customdata[0] is region_iso, which the page reads back when a region is clicked.
    """
    traces: list[go.BaseTraceType] = []
    if belarus is not None:
        traces.append(
            go.Choropleth(
                geojson=belarus,
                featureidkey="properties.region_iso",
                locations=["BY"],
                z=[0],
                colorscale=[[0, BELARUS_FILL], [1, BELARUS_FILL]],
                showscale=False,
                marker={"line": {"color": BELARUS_LINE, "width": 1.2}},
                hovertemplate=f"{belarus_label}<extra></extra>",
                name=belarus_label,
                showlegend=False,
            )
        )
    traces.append(
        go.Choropleth(
            geojson=geojson,
            featureidkey="properties.region_iso",
            locations=regions[config.REGION_KEY].tolist(),
            z=colour_index.astype(float).tolist(),
            zmin=-0.5,
            zmax=len(colours) - 0.5,
            colorscale=_stepped_scale(colours),
            showscale=False,
            marker={"line": {"color": BORDER_COLOUR, "width": 0.6}},
            customdata=list(zip(regions[config.REGION_KEY], hover, strict=True)),
            hovertemplate="%{customdata[1]}<extra></extra>",
            name="regions",
            showlegend=False,
        )
    )
    traces += [_legend_entry(label, colour, i) for i, (label, colour) in enumerate(zip(labels, colours, strict=True))]
    fig = go.Figure(traces)
    fig.update_geos(**view)
    fig.update_layout(
        title={"text": title, "x": 0.01, "xanchor": "left", "font": {"size": 18}},
        margin={"l": 0, "r": 0, "t": 44, "b": 10},
        height=640,
        font={"family": FONT, "size": 14},
        legend={
            "title": {"text": legend_title, "side": "left"},
            "orientation": "h",
            "x": 0.0,
            "y": 0.0,
            "xanchor": "left",
            "yanchor": "top",
            "bgcolor": "rgba(255,255,255,0.85)",
            "itemclick": False,
            "itemdoubleclick": False,
        },
        hoverlabel={"bgcolor": "white", "font": {"size": 14, "family": FONT}, "align": "left"},
        dragmode=False,
        clickmode="event+select",
        paper_bgcolor="white",
    )
    return fig


def ranked_bars(
    labels: Sequence[str], values: Sequence[float | None], texts: Sequence[str], *, title: str, lang: str
) -> go.Figure:
    """Horizontal bars, largest on top; a missing value is an empty bar labelled 'no data on record'."""
    shown = [0.0 if v is None or (isinstance(v, float) and math.isnan(v)) else float(v) for v in values]
    colours = [NO_DATA_COLOUR if v is None or pd.isna(v) else TRADE_COLOURS[3] for v in values]
    fig = go.Figure(
        go.Bar(
            y=list(labels),
            x=shown,
            orientation="h",
            marker={"color": colours},
            text=list(texts),
            textposition="outside",
            cliponaxis=False,
            hovertemplate="%{y}: %{text}<extra></extra>",
        )
    )
    fig.update_layout(
        title={"text": title, "x": 0.01, "xanchor": "left", "font": {"size": 16}},
        yaxis={"autorange": "reversed", "automargin": True},
        xaxis={"visible": False, "range": [0, max(shown, default=1.0) * 1.45 or 1.0]},
        margin={"l": 0, "r": 20, "t": 40, "b": 0},
        height=40 + 34 * len(labels),
        font={"family": FONT, "size": 14},
        separators=", " if lang == "ru" else ".,",
        plot_bgcolor="white",
        paper_bgcolor="white",
        showlegend=False,
    )
    return fig
