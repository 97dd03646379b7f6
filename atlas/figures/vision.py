"""Colour-vision checks for the atlas's palettes: simulate colour-blindness, measure distances. No Streamlit.

Simulation: Machado, Oliveira & Fernandes (2009) matrices at full severity, applied in linear RGB; distance: CIE76
ΔE in CIELAB (D65).
"""

from __future__ import annotations

from itertools import combinations

MACHADO = {
    "protanopia": ((0.152286, 1.052583, -0.204868), (0.114503, 0.786281, 0.099216), (-0.003882, -0.048116, 1.051998)),
    "deuteranopia": ((0.367322, 0.860646, -0.227968), (0.280085, 0.672501, 0.047413), (-0.011820, 0.042940, 0.968881)),
    "tritanopia": ((1.255528, -0.076749, -0.178779), (-0.078411, 0.930809, 0.147602), (0.004733, 0.691367, 0.303900)),
}
VISIONS = ("normal", *MACHADO)


def _linear(channel: float) -> float:
    return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4


def _srgb(channel: float) -> float:
    channel = min(max(channel, 0.0), 1.0)
    return channel * 12.92 if channel <= 0.0031308 else 1.055 * channel ** (1 / 2.4) - 0.055


def rgb(hex_colour: str) -> tuple[float, float, float]:
    """'#0072B2' → (0.0, 0.447, 0.698)."""
    text = hex_colour.lstrip("#")
    return (int(text[0:2], 16) / 255, int(text[2:4], 16) / 255, int(text[4:6], 16) / 255)


def simulate(colour: tuple[float, float, float], vision: str) -> tuple[float, float, float]:
    """How an sRGB colour looks under `vision` ('normal', 'protanopia', 'deuteranopia', 'tritanopia')."""
    if vision == "normal":
        return colour
    linear = [_linear(c) for c in colour]
    matrix = MACHADO[vision]
    out = [sum(m * c for m, c in zip(row, linear, strict=True)) for row in matrix]
    return (_srgb(out[0]), _srgb(out[1]), _srgb(out[2]))


def lab(colour: tuple[float, float, float]) -> tuple[float, float, float]:
    """sRGB (0–1) → CIELAB (D65)."""
    r, g, b = (_linear(c) for c in colour)
    x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
    y = 0.2126 * r + 0.7152 * g + 0.0722 * b
    z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883

    def f(t: float) -> float:
        return t ** (1 / 3) if t > 0.008856 else 7.787 * t + 16 / 116

    return (116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z)))


def delta_e(a: str, b: str, vision: str = "normal") -> float:
    """CIE76 distance between two hex colours as seen under `vision`."""
    la, lb = lab(simulate(rgb(a), vision)), lab(simulate(rgb(b), vision))
    return sum((p - q) ** 2 for p, q in zip(la, lb, strict=True)) ** 0.5


def weakest_pair(colours: list[str]) -> tuple[float, str, str, str]:
    """(smallest ΔE, colour, colour, vision) over every pair and every kind of vision."""
    return min((delta_e(a, b, v), a, b, v) for v in VISIONS for a, b in combinations(colours, 2))
