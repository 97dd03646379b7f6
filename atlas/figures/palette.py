"""Every palette of the atlas, one per vocabulary, and the trade scale's classes."""

from __future__ import annotations

import math

import pandas as pd

from atlas.text import formats

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
# Turnover after an event against the year before (analysis page): up, down, the pooled median's line. Okabe–Ito.
CHANGE_COLOURS = {"up": "#0072B2", "down": "#D55E00", "median": "#444444"}
# Okabe–Ito: one colour per trade measure (config.MEASURES), in the profile's trade chart.
MEASURE_COLOURS = {"turnover": "#0072B2", "export_from_belarus": "#009E73", "import_to_belarus": "#D55E00"}


def class_labels(lang: str) -> list[str]:
    """Legend labels of TRADE_BREAKS: '< 100', '100–250', …, '≥ 2 500'."""
    labels = []
    for lo, hi in zip(TRADE_BREAKS[:-1], TRADE_BREAKS[1:], strict=True):
        if lo == 0:
            labels.append(f"< {formats.number(hi, lang)}")
        elif math.isinf(hi):
            labels.append(f"≥ {formats.number(lo, lang)}")
        else:
            labels.append(f"{formats.number(lo, lang)}–{formats.number(hi, lang)}")
    return labels


def trade_class(values: pd.Series) -> pd.Series:
    """Class index 0…5 of each amount by TRADE_BREAKS; NaN stays NaN (no data on record)."""
    return pd.cut(values, bins=list(TRADE_BREAKS), labels=False, right=False, include_lowest=True)


# The printed brief: ink, muted text, headings, rules; its map highlights the region in the trade scale's darkest class
# and its bars use the scale's middle class.
BRIEF_INK = "#1a1a1a"
BRIEF_MUTED = "#5f6368"
BRIEF_ACCENT = "#123a6b"
BRIEF_RULE = "#b8c2cc"
BRIEF_HIGHLIGHT = TRADE_COLOURS[-1]
BRIEF_BAR = TRADE_COLOURS[3]
