"""User-facing strings of the chart component (atlas/app/assets/chart.js); atlas.text.lookup merges them into STRINGS.

Imports nothing. Keys start with `chart.`; every key has Russian and English text.
"""

from __future__ import annotations

STRINGS: dict[str, dict[str, str]] = {
    "chart.save_svg": {"ru": "Сохранить как SVG", "en": "Save as SVG"},
    "chart.save_png": {"ru": "Сохранить как PNG", "en": "Save as PNG"},
    "chart.keys_hint": {
        "ru": "Стрелки — от точки к точке, подробности показываются во всплывающей подсказке.",
        "en": "Arrow keys move from point to point; the details appear in a tooltip.",
    },
}
