// Colour arithmetic shared by the components: which ink reads on a fill. Pure (no DOM): tests/js/colour.test.js.

// Relative luminance (WCAG 2) of a #rrggbb colour, 0 (black) to 1 (white); null for anything else.
export function luminance(colour) {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(colour || "");
  if (!m) return null;
  const [r, g, b] = m.slice(1).map((h) => {
    const c = parseInt(h, 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

// White on a fill darker than `threshold`, `ink` on a lighter one or on a colour that is not #rrggbb.
export function inkOn(fill, ink, threshold) {
  const l = luminance(fill);
  return l !== null && l < threshold ? "#ffffff" : ink;
}
