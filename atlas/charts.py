"""The atlas's palettes, class breaks and plotly settings, shared by the map, the bars and every plotly chart.

No Streamlit. The map of regions (atlas/svgmap.py) and the ranked bars (atlas/ranked.py) are drawn without plotly;
their colours live here with the others, so every picture speaks the same colours.
"""

from __future__ import annotations

import math
from typing import Any

import pandas as pd

from atlas import i18n

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
# Visit level of the head of delegation, in config.VISIT_LEVELS order (highest rank first): Okabe–Ito and tints,
# colour-blind safe and distinct on a projector. The one palette of every visits chart (timeline, profile).
LEVEL_COLOURS = {
    "president": "#8B0000",
    "prime_minister": "#000000",
    "deputy_prime_minister": "#555555",
    "head_of_region": "#0072B2",
    "oblast_governor": "#56B4E9",
    "minister": "#009E73",
    "ambassador": "#CC79A7",
    "deputy_governor": "#E69F00",
    "regional_minister": "#D55E00",
    "other": "#cccccc",
}
# Working-group activity on record: 3+ meetings, 1–2, a body without recorded meetings, no record.
WG_COLOURS = ("#225ea8", "#7fcdbb", "#fdd49e", NO_DATA_COLOUR)
FONT = "Inter, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif"

PLOTLY_CONFIG: dict[str, Any] = {
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
