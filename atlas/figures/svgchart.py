"""Charts drawn without plotly.js: a plotly figure, as atlas.figures builds it, turned into a small spec for the atlas's
SVG chart component (atlas/app/assets/chart.js). No Streamlit.

The builders keep drawing their charts with plotly's Python API (traces, colours, hover text, layout); this module
reads the figure and does what plotly.js would do in the browser for the few kinds the atlas uses — markers, lines,
text labels, stacked and grouped bars (upright, or lying as rows: `orientation="h"`), line shapes, category, number
and date axes — so the pages with charts draw at once instead of waiting for a 4.7 MB chunk. Ticks are computed
here, in the UI's language: month names, «тыс.» for thousands, whole-number ticks for counts, years without a
thousands separator.
"""

from __future__ import annotations

import base64
import datetime as dt
import html
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from atlas.figures import palette
from atlas.text import formats

BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)
TAG = re.compile(r"<[^>]*>")
MONTHS_SHORT = {
    "ru": ("янв.", "февр.", "март", "апр.", "май", "июнь", "июль", "авг.", "сент.", "окт.", "нояб.", "дек."),
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
    "be": ("студз.", "лют.", "сак.", "крас.", "май", "чэрв.", "ліп.", "жн.", "вер.", "кастр.", "ліст.", "снеж."),
}
SYMBOLS = {"circle", "triangle-left", "triangle-right", "triangle-up", "triangle-down", "square", "diamond"}
DAY_MS = 86_400_000.0


@dataclass(frozen=True)
class Axis:
    kind: str  # "number", "date" or "category"
    lo: float
    hi: float
    ticks: list[tuple[float, str]]
    categories: list[str]
    title: str = ""
    visible: bool = True

    def payload(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "min": self.lo,
            "max": self.hi,
            "ticks": [{"v": v, "label": label} for v, label in self.ticks],
            "categories": self.categories,
            "title": self.title,
            "visible": self.visible,
        }


def hover_lines(text: object) -> list[str]:
    """Plotly hover markup ('<b>5 March</b><br>Kaluga') as plain lines; the component writes them as text."""
    if text is None or (isinstance(text, float) and math.isnan(text)):
        return []
    parts = BREAK.split(str(text))
    return [line for line in (html.unescape(TAG.sub("", part)).strip() for part in parts) if line]


def decode(value: object) -> object:
    """Plotly's typed arrays ({"dtype": "i2", "bdata": base64}) as lists; anything else unchanged."""
    if isinstance(value, dict) and "bdata" in value and "dtype" in value:
        flat = np.frombuffer(base64.b64decode(value["bdata"]), dtype=np.dtype(value["dtype"]))
        return flat.tolist()
    if hasattr(value, "tolist"):
        return value.tolist()  # type: ignore[no-any-return,union-attr]
    return value


def _as_list(value: object, n: int) -> list[Any]:
    value = decode(value)
    if value is None:
        return [None] * n
    if isinstance(value, str | int | float | bool):
        return [value] * n
    values = list(value)  # type: ignore[call-overload]
    return values + [None] * (n - len(values)) if len(values) < n else values[:n]


def _is_missing(value: object) -> bool:
    if value is None:
        return True
    if isinstance(value, float) and math.isnan(value):
        return True
    try:
        return bool(pd.isna(value))  # type: ignore[call-overload]
    except (TypeError, ValueError):
        return False


def _is_date(value: object) -> bool:
    if isinstance(value, dt.date | np.datetime64 | pd.Timestamp):
        return True
    return isinstance(value, str) and bool(re.match(r"^\d{4}-\d{2}(-\d{2})?([ T]|$)", value))


def _date_ms(value: object) -> float:
    return float(pd.Timestamp(value).value // 1_000_000)  # type: ignore[arg-type]


def _number(value: object) -> float | None:
    if _is_missing(value):
        return None
    try:
        out = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None
    return out if math.isfinite(out) else None


def nice_step(span: float, target: int, integer: bool) -> float:
    """A 1–2–5 step giving about `target` intervals over `span`; at least 1 for whole-number data."""
    if span <= 0:
        return 1.0
    raw = span / max(target, 1)
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 2.5, 5, 10) if m * power >= raw)
    if integer:
        step = max(1.0, round(step))
    return float(step)


def number_label(value: float, lang: str, step: float, thousands: bool | None = None) -> str:
    """A tick label: «2 тыс.» / '2k' from ten thousand up, else the number with the UI's separators. `thousands`
    decides for a whole axis (so «5 тыс.» stands beside «10 тыс.», never «5 000»); None decides by this value."""
    if thousands is None:
        thousands = abs(value) >= 10_000 and step >= 1000
    if thousands and value != 0:
        return formats.thousands(value, lang)
    decimals = 0 if float(step).is_integer() else max(0, -math.floor(math.log10(step)))
    return formats.number(round(value, decimals), lang, decimals=decimals)


def number_axis(values: Sequence[float], lang: str, *, to_zero: bool, integer: bool, years: bool, dtick: float | None,
                fixed: tuple[float, float] | None, title: str, target: int = 5) -> Axis:  # fmt: skip
    """A linear axis over the values: padded range, ticks on a 1–2–5 step (or `dtick`), localised labels."""
    if fixed:
        lo, hi = fixed
    elif values:
        lo, hi = min(values), max(values)
        if years:
            lo, hi = lo - 0.5, hi + 0.5
        else:
            if to_zero:
                lo = min(lo, 0.0)
            pad = (hi - lo) * 0.08 or (abs(hi) * 0.1 or 1.0)
            hi += pad
            if not to_zero or lo < 0:
                lo -= pad
    else:
        lo, hi = 0.0, 1.0
    step = float(dtick) if dtick else nice_step(hi - lo, target, integer or years)
    if years and (hi - lo) / step > 14:
        step = nice_step(hi - lo, 10, True)
    first = math.ceil(lo / step - 1e-9) * step
    values_at: list[float] = []
    v = first
    while v <= hi + 1e-9 and len(values_at) < 60:
        values_at.append(round(v, 10))
        v += step
    # one format for the whole axis: in thousands when its largest tick is
    thousands = step >= 1000 and max((abs(t) for t in values_at), default=0) >= 10_000
    ticks = [(t, str(int(round(t))) if years else number_label(t, lang, step, thousands)) for t in values_at]
    return Axis("number", lo, hi, ticks, [], title)


def date_axis(values_ms: Sequence[float], lang: str, fixed: tuple[float, float] | None, title: str) -> Axis:
    """A time axis: ticks on months, quarters or years by the span, labelled «март 2024» / 'Mar 2024' or the year."""
    if fixed:
        lo, hi = fixed
    elif values_ms:
        lo, hi = min(values_ms), max(values_ms)
        pad = max((hi - lo) * 0.04, 30 * DAY_MS)
        lo, hi = lo - pad, hi + pad
    else:
        now = _date_ms(pd.Timestamp.today())
        lo, hi = now - 365 * DAY_MS, now
    start, end = pd.Timestamp(lo, unit="ms"), pd.Timestamp(hi, unit="ms")
    months = (end.year - start.year) * 12 + end.month - start.month
    every = next((m for m in (1, 2, 3, 6, 12, 24, 60) if months / m <= 8), 120)
    ticks: list[tuple[float, str]] = []
    cursor = pd.Timestamp(year=start.year, month=start.month, day=1)
    if cursor.value // 1_000_000 < lo:
        cursor += pd.DateOffset(months=1)
    while cursor <= end and len(ticks) < 60:
        if every >= 12:
            if cursor.month == 1 and cursor.year % (every // 12) == 0:
                ticks.append((_date_ms(cursor), str(cursor.year)))
        elif (cursor.month - 1) % every == 0:
            ticks.append(
                (
                    _date_ms(cursor),
                    f"{MONTHS_SHORT[lang if lang in MONTHS_SHORT else 'ru'][cursor.month - 1]} {cursor.year}",
                )
            )
        cursor += pd.DateOffset(months=1)
    return Axis("date", lo, hi, ticks, [], title)


def _category_order(seen: Iterable[str], array: Sequence[str] | None) -> list[str]:
    """Categories bottom-to-top (y) or left-to-right (x), as plotly orders them: the array first, then first seen."""
    order = [str(c) for c in (array or [])]
    for value in seen:
        if value not in order:
            order.append(value)
    return order


def _title_text(value: object) -> str:
    if isinstance(value, dict):
        return " ".join(hover_lines(value.get("text", "")))
    return " ".join(hover_lines(value)) if value else ""


def _font_size(layout: dict[str, Any], *path: str, default: float) -> float:
    node: Any = layout
    for key in path:
        node = node.get(key) if isinstance(node, dict) else None
    return float(node) if isinstance(node, int | float) else default


def from_plotly(figure: Any, lang: str, *, alt: str = "", filename: str = "atlas-chart") -> dict[str, Any]:
    """The component's payload for a plotly figure (a go.Figure or its dict) of the kinds the atlas draws.

    Bars lying as rows (`orientation="h"`: values on x, categories on y) are read with x and y swapped, so the
    payload's `x` is always where a bar stands and `y` its value; `horizontal` tells the component to draw the
    categories as rows, the first on top (as plotly does with `yaxis.autorange="reversed"`), the values' axis above.
    """
    fig = figure.to_dict() if hasattr(figure, "to_dict") else dict(figure)
    layout: dict[str, Any] = fig.get("layout", {}) or {}
    traces: list[dict[str, Any]] = [t for t in fig.get("data", []) if t.get("type", "scatter") in ("scatter", "bar")]
    xaxis, yaxis = layout.get("xaxis", {}) or {}, layout.get("yaxis", {}) or {}
    shapes_in: list[dict[str, Any]] = list(layout.get("shapes", []) or [])
    horizontal = any(t.get("type") == "bar" and t.get("orientation") == "h" for t in traces)
    if horizontal:  # read in the bars' own terms: x where a bar stands, y its value
        traces = [_swap_xy(t) for t in traces]
        xaxis, yaxis = yaxis, xaxis
        shapes_in = [_swap_xy(shape) for shape in shapes_in]

    def values(trace: dict[str, Any], key: str) -> list[Any]:
        raw = decode(trace.get(key))
        if raw is None:
            return []
        return list(raw) if isinstance(raw, list | tuple) else [raw]

    xs_all = [v for t in traces for v in values(t, "x") if not _is_missing(v)]
    ys_all = [v for t in traces for v in values(t, "y") if not _is_missing(v)]
    x_kind = _kind(xs_all, xaxis)
    y_kind = _kind(ys_all, yaxis)
    barmode = layout.get("barmode") or "group"
    bar_traces = [t for t in traces if t.get("type") == "bar"]

    x_categories = _category_order((str(v) for v in xs_all), xaxis.get("categoryarray")) if x_kind == "category" else []
    y_categories = _category_order((str(v) for v in ys_all), yaxis.get("categoryarray")) if y_kind == "category" else []

    def position(value: object, kind: str, categories: list[str]) -> float | None:
        if _is_missing(value):
            return None
        if kind == "date":
            return _date_ms(value)
        if kind == "category":
            return float(categories.index(str(value)))
        return _number(value)

    series: list[dict[str, Any]] = []
    stack_top: dict[float, float] = {}
    stack_bottom: dict[float, float] = {}
    y_extent: list[float] = []
    for index, trace in enumerate(traces):
        xs, ys = values(trace, "x"), values(trace, "y")
        n = max(len(xs), len(ys))
        if n == 0:
            continue
        texts = _as_list(trace.get("text"), n)
        hovers = _as_list(trace.get("hovertext"), n)
        template = str(trace.get("hovertemplate") or "")
        skip_hover = trace.get("hoverinfo") == "skip"
        marker = trace.get("marker", {}) or {}
        line = trace.get("line", {}) or {}
        colour = _colour(marker.get("color")) or _colour(line.get("color")) or palette.ACCENT
        outline = _colour((marker.get("line") or {}).get("color"))
        kind = trace.get("type", "scatter")
        mode = str(trace.get("mode") or ("markers" if kind == "scatter" else ""))
        points = []
        for i in range(n):
            x = position(xs[i] if i < len(xs) else None, x_kind, x_categories)
            y = position(ys[i] if i < len(ys) else None, y_kind, y_categories)
            if kind == "bar":
                if x is None or y is None:
                    continue
                base = 0.0
                if barmode == "stack":
                    target = stack_top if y >= 0 else stack_bottom
                    base = target.get(x, 0.0)
                    target[x] = base + y
                y_extent.extend([base, base + y])
            elif y is not None and y_kind != "category":
                y_extent.append(y)
            text = _label(texts[i], lang)
            if skip_hover:
                tip: list[str] = []
            elif not _is_missing(hovers[i]):
                tip = hover_lines(hovers[i])
            elif "%{text}" in template:
                tip = hover_lines(template.split("<extra>")[0].replace("%{text}", text))
            elif kind == "bar":
                x_label = _point_label(xs[i], x_kind, lang)
                tip = [x_label, f"{trace.get('name', '')}: {formats.number(ys[i], lang)}".strip(": ")]
            else:
                tip = [t for t in (trace.get("name") or "", text) if t]
            points.append({"x": x, "y": y, "base": base if kind == "bar" else None, "text": text, "tip": tip})
        hollow = palette.is_white(marker.get("color")) and bool(outline)
        series.append(
            {
                "type": kind,
                "name": str(trace.get("name") or ""),
                "legend": trace.get("showlegend") is not False and bool(trace.get("name")),
                "group": str(trace.get("legendgroup") or trace.get("name") or index),
                "colour": outline if hollow and outline else colour,
                "hollow": hollow,
                "outline": outline or "",
                "markers": "markers" in mode,
                "lines": "lines" in mode,
                "labels": "text" in mode or (kind == "bar" and bool(trace.get("text") is not None)),
                "label_position": str(trace.get("textposition") or ("inside" if kind == "bar" else "middle center")),
                "label_colour": _colour((trace.get("textfont") or {}).get("color")) or "",
                "label_size": float((trace.get("textfont") or {}).get("size") or 0),
                "symbol": marker.get("symbol") if marker.get("symbol") in SYMBOLS else "circle",
                "size": float(marker.get("size") or 9),
                "line_width": float(line.get("width") or 2),
                "points": points,
            }
        )
    x_axis = _make_axis(x_kind, xaxis, [position(v, x_kind, x_categories) for v in xs_all], x_categories, lang,
                        bars=bool(bar_traces), integer=False)  # fmt: skip
    integer_y = all(float(v).is_integer() for v in y_extent) if y_extent else False
    to_zero = bool(bar_traces) or yaxis.get("rangemode") == "tozero"
    y_axis = _make_axis(y_kind, yaxis, y_extent if y_kind != "category" else [], y_categories, lang,
                        bars=False, integer=integer_y, to_zero=to_zero)  # fmt: skip

    def end(shape: dict[str, Any], key: str, axis: Axis, kind: str, categories: list[str]) -> float | None:
        """A shape's end in the axis' values; on "paper" (or "x domain"), 0 … 1 of the plot is the axis' whole range."""
        ref = str(shape.get(f"{key[0]}ref") or key[0])
        if ref == "paper" or ref.endswith(" domain"):
            fraction = _number(shape.get(key))
            return None if fraction is None else axis.lo + fraction * (axis.hi - axis.lo)
        return position(shape.get(key), kind, categories)

    shapes = []
    for shape in shapes_in:
        if shape.get("type") == "line":
            line = shape.get("line") or {}
            shapes.append(
                {
                    "x0": end(shape, "x0", x_axis, x_kind, x_categories),
                    "x1": end(shape, "x1", x_axis, x_kind, x_categories),
                    "y0": end(shape, "y0", y_axis, y_kind, y_categories),
                    "y1": end(shape, "y1", y_axis, y_kind, y_categories),
                    "colour": _colour(line.get("color")) or palette.RULE,
                    "width": float(line.get("width") or 1),
                    "dash": str(line.get("dash") or "solid"),  # plotly's name or its list of lengths
                    "layer": "below" if shape.get("layer") == "below" else "above",  # plotly's default: above
                }
            )
    title = _title_text(layout.get("title"))
    base_font = _font_size(layout, "font", "size", default=13)
    return {
        "title": title,
        "alt": alt or title,
        "height": int(layout.get("height") or 340),
        "font": base_font,
        "title_font": _font_size(layout, "title", "font", "size", default=base_font + 3),
        "legend_font": _font_size(layout, "legend", "font", "size", default=base_font),
        "x": x_axis.payload(),
        "y": y_axis.payload(),
        "bars": {"mode": barmode, "count": len(bar_traces)},
        "horizontal": horizontal,
        "hide_small_labels": (layout.get("uniformtext") or {}).get("mode") == "hide",
        "series": series,
        "shapes": shapes,
        "filename": filename,
        "lang": lang,
        "projector": bool((layout.get("meta") or {}).get("projector"))
        if isinstance(layout.get("meta"), dict)
        else False,
    }


def _swap_xy(item: dict[str, Any]) -> dict[str, Any]:
    """A trace or shape with its x and y keys exchanged (x → y, x0 → y0, xref → yref, …)."""
    swapped = {"x": "y", "y": "x", "x0": "y0", "y0": "x0", "x1": "y1", "y1": "x1", "xref": "yref", "yref": "xref"}
    return {swapped.get(key, key): value for key, value in item.items()}


def _label(value: object, lang: str) -> str:
    """A point's printed label: numbers in the UI's format (a count of 4.0 reads '4'), text as it is."""
    if _is_missing(value):
        return ""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return formats.number(float(value), lang)
    return str(value)


def _kind(values: list[Any], axis: dict[str, Any]) -> str:
    declared = axis.get("type")
    if declared in ("date", "category"):
        return str(declared)
    if axis.get("categoryarray") is not None:
        return "category"
    if values and all(_is_date(v) for v in values[:50]):
        return "date"
    if values and all(_number(v) is not None and not isinstance(v, str) for v in values[:50]):
        return "number"
    return "category" if values else "number"


def _point_label(value: object, kind: str, lang: str) -> str:
    if kind == "date":
        stamp = pd.Timestamp(value)  # type: ignore[arg-type]
        return f"{MONTHS_SHORT[lang if lang in MONTHS_SHORT else 'ru'][stamp.month - 1]} {stamp.year}"
    number = _number(value)
    if number is not None and number.is_integer() and 1900 <= number <= 2100:
        return str(int(number))
    return str(value)


def _make_axis(kind: str, axis: dict[str, Any], positions: Sequence[float | None], categories: list[str], lang: str, *,
               bars: bool, integer: bool, to_zero: bool = False) -> Axis:  # fmt: skip
    title = _title_text(axis.get("title"))
    visible = axis.get("visible") is not False
    known = [p for p in positions if p is not None]
    fixed_range = axis.get("range")
    if kind == "category":
        return Axis("category", -0.5, len(categories) - 0.5, [(float(i), c) for i, c in enumerate(categories)],
                    categories, title, visible)  # fmt: skip
    if kind == "date":
        fixed = (_date_ms(fixed_range[0]), _date_ms(fixed_range[1])) if fixed_range else None
        return Axis(**{**date_axis(known, lang, fixed, title).__dict__, "visible": visible})
    fixed_n = (float(fixed_range[0]), float(fixed_range[1])) if fixed_range else None
    # Years: whole numbers 1900–2100, or an axis the view formats as whole numbers ("d") whose points sit between
    # years (the profile's trade chart moves other figures a little right of their year).
    in_years = bool(known) and all(1900 <= p <= 2101 for p in known) and not to_zero
    years = in_years and (axis.get("tickformat") == "d" or all(float(p).is_integer() for p in known))
    dtick = _number(axis.get("dtick"))
    made = number_axis(known, lang, to_zero=to_zero, integer=integer, years=years or (bars and bool(known)),
                       dtick=dtick, fixed=fixed_n, title=title)  # fmt: skip
    return Axis(**{**made.__dict__, "visible": visible})


def _colour(value: object) -> str | None:
    if isinstance(value, str) and re.match(r"^(#[0-9a-fA-F]{3,8}|[a-z]+|rgba?\([\d.,\s%]+\))$", value):
        return value
    return None
