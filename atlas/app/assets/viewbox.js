// The map's view box arithmetic: zoom, pan, clamping to the full map and the pointer's place in map units. Pure (no
// DOM): tests/js/viewbox.test.js. A view is {x, y, w, h} in the units of the map's SVG.

// The view moved and sized to stay inside `full`, at most `maxZoom` times enlarged, with the full map's proportions.
export function clampView(full, view, maxZoom) {
  const w = Math.min(full.w, Math.max(full.w / maxZoom, view.w));
  const h = (w * full.h) / full.w;
  const x = Math.min(full.x + full.w - w, Math.max(full.x, view.x));
  const y = Math.min(full.y + full.h - h, Math.max(full.y, view.y));
  return { x, y, w, h };
}

// Whether `view` shows less than the whole of `full`.
export function isZoomed(view, full) {
  return view.w < full.w - 1e-6;
}

// `view` enlarged `factor` times (below 1: reduced) about the point (cx, cy), its centre when not given; the point
// stays where it was on the screen. Not clamped.
export function zoomView(view, factor, cx, cy) {
  const px = cx === undefined ? view.x + view.w / 2 : cx;
  const py = cy === undefined ? view.y + view.h / 2 : cy;
  const w = view.w / factor;
  const h = view.h / factor;
  return { x: px - ((px - view.x) * w) / view.w, y: py - ((py - view.y) * h) / view.h, w, h };
}

// A point of the page (clientX, clientY) in map units, for an SVG drawn in `rect` (its client rectangle) with
// preserveAspectRatio "xMidYMid meet": the drawing is centred and scaled by the smaller ratio `s` (pixels per unit).
export function toUser(rect, view, clientX, clientY) {
  const s = Math.min(rect.width / view.w, rect.height / view.h);
  const ox = (rect.width - view.w * s) / 2;
  const oy = (rect.height - view.h * s) / 2;
  return { x: view.x + (clientX - rect.left - ox) / s, y: view.y + (clientY - rect.top - oy) / s, s };
}

// The view dragged by (dx, dy) pixels at scale `s`: the map follows the pointer. Not clamped.
export function panView(view, dx, dy, s) {
  return { ...view, x: view.x - dx / s, y: view.y - dy / s };
}

// The view re-centred on a box ({x, y, width, height}, as getBBox gives) whose centre is outside it, at the same
// zoom; null when the centre is already in view.
export function bringIntoView(view, box) {
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  if (cx >= view.x && cx <= view.x + view.w && cy >= view.y && cy <= view.y + view.h) return null;
  return { ...view, x: cx - view.w / 2, y: cy - view.h / 2 };
}
