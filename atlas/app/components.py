"""The atlas's own Streamlit components: the map of regions, the ranked bars and the charts (assets/*.js, *.css).

All are small custom components (st.components.v2, in the page's DOM, no iframe) that need no chart library, so the
overview's first paint does not wait for plotly.js. Each run sends only their small payloads; the map's geometry is
a static file the browser fetches once (atlas/geo/projection.py). A click comes back as a one-run trigger value.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping
from pathlib import Path

import streamlit as st

from atlas.app import state
from atlas.figures import mapspec, ranked

ASSETS = Path(__file__).parent / "assets"
MAP_LABELS = ("zoom_in", "zoom_out", "reset", "save_svg", "save_png", "geometry_error", "keys_hint")


# `import { a, b } from "./module.js";` at the top of an asset: a module of assets/ that the script uses
_IMPORT = re.compile(r'^import\s*\{[^}]*\}\s*from\s*"(\.{1,2}/[^"]+\.js)";[ \t]*\n?', re.MULTILINE)


def bundle(asset: str) -> str:
    """The script of assets/<asset>.js with the modules it imports (from assets/, transitively) inlined in front.

    Streamlit runs a component's script as one module from a blob: URL, where a relative import cannot resolve, so
    each imported module's text goes in front once, its import lines removed (its `export`s stay: harmless in a
    module). Node imports the same files as they are (tests/js).
    """
    done: list[Path] = []
    parts: list[str] = []

    def add(path: Path) -> None:
        text = path.read_text(encoding="utf-8")
        for spec in _IMPORT.findall(text):
            dependency = (path.parent / spec).resolve()
            if dependency not in done:
                done.append(dependency)
                add(dependency)
        parts.append(_IMPORT.sub("", text))

    add((ASSETS / f"{asset}.js").resolve())
    return "\n".join(parts)


def _register(name: str, asset: str):  # noqa: ANN202 - Streamlit's ComponentRenderer
    return st.components.v2.component(
        name,
        js=bundle(asset),
        css=(ASSETS / f"{asset}.css").read_text(encoding="utf-8"),
        isolate_styles=False,  # in the page's DOM, where browser tests and the benchmark can see it; CSS is scoped
    )


_REGION_MAP = _register("atlas.region_map", "regionmap")
_RANKED_BARS = _register("atlas.ranked_bars", "rankedbars")
_CHART = _register("atlas.chart", "chart")
CHART_LABELS = ("save_svg", "save_png", "keys_hint")
_STAGE = _register("atlas.stage", "stage")
_HISTORY = st.components.v2.component("atlas.history", js=bundle("history"))
_LATER = _register("atlas.later", "later")


def _clicked(result: object) -> str | None:
    code = getattr(result, "clicked", None)
    return code if isinstance(code, str) and code.startswith("RU-") else None


def region_map(
    spec: mapspec.MapSpec,
    geometry_url: str,
    size: tuple[float, float],
    labels: Mapping[str, str],
    *,
    key: str,
    clickable: bool = False,
    large: bool = False,
    on_year: Callable[[], None] | None = None,
    every_year: bool = True,
    on_all_years: Callable[[], None] | None = None,
) -> str | None:
    """Mount the map; return the region code clicked in this run, if any.

    With `on_year`, the map shows its spec's timeline (a year slider with play and pause, assets/timeline.js) and
    `on_year` runs before the next run when the user settles on a year (`chosen_year(key)` reads it): after a
    slider move, a pause, or a play that reached the last year. Playing itself runs in the browser: no rerun per
    year. Without `every_year`, the timeline carries only the years and the sparklines; when the pointer or the focus
    first reaches the slider or play, the component asks for the rest (its state "all_years") and `on_all_years`
    runs before that next run.
    """
    payload = spec.payload(
        geometry_url=geometry_url, size=size, labels=labels, clickable=clickable, large=large,
        filename=key.replace(".", "-"), timeline=on_year is not None, every_year=every_year,
    )  # fmt: skip
    callbacks: dict[str, Callable[[], None]] = {}
    if clickable:
        callbacks["on_clicked_change"] = lambda: None
    if on_year is not None:
        callbacks["on_year_change"] = on_year
    if on_all_years is not None:
        callbacks["on_all_years_change"] = on_all_years
    result = _REGION_MAP(data=utf8_json(payload), key=key, **callbacks)  # UTF-8 bytes: see chart()
    return _clicked(result) if clickable else None


def chosen_year(key: str) -> int | None:
    """In a map's `on_year` callback: the year the user settled on (None when the value is not a year)."""
    result = st.session_state.get(key)
    year = getattr(result, "year", None) if result is not None else None
    return year if isinstance(year, int) and not isinstance(year, bool) and 1900 <= year <= 2100 else None


def ranked_bars(
    spec: ranked.RankedBars, *, key: str, clickable: bool = False, large: bool = False, hint: str = ""
) -> str | None:
    """Mount the bars; return the region code whose name was clicked in this run, if any."""
    payload = spec.payload(clickable=clickable, large=large, hint=hint)
    data = utf8_json(payload)  # UTF-8 bytes: see chart()
    if clickable:
        return _clicked(_RANKED_BARS(data=data, key=key, on_clicked_change=lambda: None))
    _RANKED_BARS(data=data, key=key)
    return None


def chart(payload: Mapping[str, object], labels: Mapping[str, str], *, key: str, large: bool = False) -> None:
    """Mount a chart drawn from an atlas.figures.svgchart payload (a plotly figure read on the server; no plotly.js).

    The payload goes as UTF-8 JSON bytes, which the script parses: given a dict, Streamlit writes it with every
    Cyrillic letter escaped as six bytes (`\\u0441`), three times its UTF-8 size."""
    _CHART(data=utf8_json({**payload, "labels": dict(labels), "large": large}), key=key)


def utf8_json(data: Mapping[str, object]) -> bytes:
    """`data` as compact JSON in UTF-8 (a component's `bytes` payload; the script reads it with `fromBytes`)."""
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def stage(*, key: str, idle_ms: int = 2500) -> str | None:
    """Presenter mode's keys and idle controls; return "next", "prev" or "exit" when a key asked for it this run."""
    result = _STAGE(data={"idle_ms": idle_ms}, key=key, on_action_change=lambda: None)
    action = getattr(result, "action", None)
    return action if action in ("next", "prev", "exit") else None


def table_later(text: str, height: int, *, key: str, on_near: Callable[[], None]) -> None:
    """Hold a table's place (`height` px, `text` announced): when the place nears the viewport, the component sets its
    trigger "near" and `on_near` runs before that next run, which sends the table (assets/later.js)."""
    _LATER(data={"text": text, "height": height}, key=key, on_near_change=on_near)


def one_history_entry_per_action(lang: str) -> None:
    """Mount the history guard (assets/history.js): one user action makes one browser history entry, so Back returns
    to the previous view; it also sets the page's `<html lang>` to `lang` (Streamlit's page says "en" whatever the
    interface speaks, and a screen reader would read Russian or Belarusian with an English voice). Nothing is drawn;
    the page's stylesheet hides the element's empty slot."""
    _HISTORY(data={"lang": lang}, key=state.HISTORY)
