"""Every palette of the atlas, one per vocabulary, and the trade scale's classes."""

from __future__ import annotations

import math

import pandas as pd

from atlas.text import formats

# Okabe & Ito's colour-blind-safe set, by name: the categorical palettes below are drawn from it.
BLUE, ORANGE, GREEN, VERMILION = "#0072B2", "#E69F00", "#009E73", "#D55E00"
SKY_BLUE, PURPLE = "#56B4E9", "#CC79A7"

# Neutrals of every chart, in no vocabulary: the ground, grid, outlines, keys and quiet text.
ACCENT = "#0c5aa6"  # the theme's primaryColor (.streamlit/config.toml): a series that names no colour of its own
WHITE = "#ffffff"  # the charts' ground, marker rims, text on a dark marker, hollow markers' fill
GRID = "#eeeeee"
RULE = "#9aa5b1"  # lines that carry no data: the forums' time line, a shape that names no colour
KEY_INK = "#444444"  # the visit timeline's key of direction symbols (no level's colour)
OUTLINE = "#555555"  # the rim of hollow markers (figures other than the default one)
LABEL_INK = "#333333"  # text labels beside markers

# Fixed class breaks in USD million, so a colour means the same amount in every year and measure.
TRADE_BREAKS = (0.0, 100.0, 250.0, 500.0, 1000.0, 2500.0, math.inf)
# ColorBrewer YlGnBu (colour-blind safe, sequential), lightest class kept clearly apart from the no-data grey.
TRADE_COLOURS = ("#c7e9b4", "#7fcdbb", "#41b6c4", "#1d91c0", "#225ea8", "#0c2c84")
NO_DATA_COLOUR = "#dcdcdc"
BORDER_COLOUR = "#ffffff"  # between regions on the map
BELARUS_FILL = "#f4d8b8"
BELARUS_LINE = "#a0522d"
# Okabe–Ito (colour-blind safe, categorical) for agreement status.
STATUS_COLOURS = {
    "intergovernmental": BLUE,
    "other_agreement": SKY_BLUE,
    "plan_only": ORANGE,
    "none": NO_DATA_COLOUR,
}
# Visit level of the head of delegation, in config.VISIT_LEVELS order (highest rank first): Okabe–Ito and tints,
# colour-blind safe and distinct on a projector. The one palette of every visits chart (timeline, profile).
LEVEL_COLOURS = {
    "president": "#8B0000",
    "prime_minister": "#000000",
    "deputy_prime_minister": "#555555",
    "head_of_region": BLUE,
    "oblast_governor": SKY_BLUE,
    "minister": GREEN,
    "ambassador": PURPLE,
    "deputy_governor": ORANGE,
    "regional_minister": VERMILION,
    "other": "#cccccc",
}
# Working-group activity on record: 3+ meetings, 1–2, a body without recorded meetings, no record.
WG_COLOURS = (TRADE_COLOURS[4], TRADE_COLOURS[1], "#fdd49e", NO_DATA_COLOUR)  # the trade scale's blues
# Turnover after an event against the year before (analysis page): up, down, the pooled median's line. Okabe–Ito.
# Verdict on a stated trade target (targets page): Okabe–Ito, colour-blind safe; "cannot judge" a neutral grey.
VERDICT_COLOURS = {
    "reached": "#009E73",
    "on_track": "#56B4E9",
    "open": "#0072B2",
    "behind": "#E69F00",
    "missed": "#D55E00",
    "cannot_judge": "#999999",
}
CHANGE_COLOURS = {"up": BLUE, "down": VERMILION, "median": "#444444"}
# Okabe–Ito: one colour per trade measure (config.MEASURES), in the profile's trade chart.
MEASURE_COLOURS = {"turnover": BLUE, "export_from_belarus": GREEN, "import_to_belarus": VERMILION}
# Okabe–Ito: one colour per visit direction (config.VISIT_DIRECTIONS), in the visit counts (visits page, presenter).
DIRECTION_COLOURS = {"RU->BY": BLUE, "BY->RU": ORANGE}
# Okabe–Ito: what the working groups' meetings produced, per year (working-groups page).
MEETING_COLOURS = {"meetings": BLUE, "protocols": GREEN, "plans": ORANGE}
# The country that hosted a Forum of Regions (forums timeline).
HOST_COLOURS = {"BY": ACCENT, "RU": "#c0392b"}
# Okabe–Ito: one colour per compared region (the compare page's chart), in the order chosen; each also has its own
# marker shape (atlas.figures.compare).
REGION_COLOURS = (BLUE, VERMILION, GREEN, PURPLE)


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
BRIEF_SHADE = "#f5f6f8"  # the ground of a picture the brief has no data for
BRIEF_HEADER = "#f0f2f5"  # the ground of the key figures' header row
BRIEF_HIGHLIGHT = TRADE_COLOURS[-1]
BRIEF_BAR = TRADE_COLOURS[3]


def is_white(colour: object) -> bool:
    """Whether a plotly colour is white in any of the spellings the builders use ('white', '#fff', '#ffffff')."""
    return isinstance(colour, str) and colour.lower() in ("white", "#fff", WHITE)
