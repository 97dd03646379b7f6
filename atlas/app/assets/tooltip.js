// What the map and the chart say on hover, on focus and to a screen reader, and where their tooltip goes. Pure (no
// DOM): tests/js/tooltip.test.js. The texts come ready from Python (the payload, in the UI's language); these
// functions only choose and join them.

// A region's tooltip lines: its own (name, figure, source…) or, when it has none, its name alone.
export function tipLines(region) {
  return region.tip && region.tip.length ? region.tip : [region.name];
}

// The accessible name of a region the keyboard can reach: its tooltip lines as one sentence each.
export function regionLabel(region) {
  return region.tip.join(". ");
}

// The map's own accessible name: its description (or its title), with the keyboard hint when it can be clicked.
export function mapLabel(data) {
  const hint = data.clickable && data.labels && data.labels.keys_hint ? ` ${data.labels.keys_hint}` : "";
  return (data.alt || data.title || "") + hint;
}

// The chart frame's accessible name (the frame takes the focus): description or title, then the keyboard hint.
export function chartLabel(data) {
  const labels = data.labels || {};
  return `${data.alt || data.title || ""}. ${labels.keys_hint || ""}`.trim();
}

// The roles of the map's parts. Clickable: a group of buttons, each region one (tabindex -1, a roving tab stop); else
// one picture named by the map's label, whose parts are not announced (a label on a path with no role is not allowed).
export function mapRole(clickable) {
  return clickable ? "group" : "img";
}

export function regionAttributes(clickable) {
  return clickable ? { role: "button", tabindex: "-1" } : { role: null, tabindex: null, "aria-label": null };
}

// Keyboard order: the item `step` places after `from` in `order` (wrapping round), or the first/last one for
// "first"/"last"; the first when `from` is not in the order; null for an empty order.
export function stepIn(order, from, step) {
  if (!order.length) return null;
  const i = order.indexOf(from);
  if (step === "first" || i < 0) return order[0];
  if (step === "last") return order[order.length - 1];
  return order[(i + step + order.length) % order.length];
}

// The map tooltip's place (left, top px in the frame) beside the pointer at (x, y): on its right, or on its left
// when it would leave the frame; vertically centred on the pointer, kept 4 px inside the frame.
export function mapTipPosition({ x, y, frameWidth, frameHeight, tipWidth, tipHeight }) {
  const left = x + 16 + tipWidth > frameWidth ? x - 16 - tipWidth : x + 16;
  const top = Math.min(Math.max(4, y - tipHeight / 2), Math.max(4, frameHeight - tipHeight - 4));
  return { left: Math.max(4, left), top };
}

// The chart tooltip's place above and right of a mark at (cx, cy), flipped to its left when it would leave the
// frame on the right and fits on the left, and never above the frame's top.
export function chartTipPosition({ cx, cy, frameWidth, tipWidth, tipHeight }) {
  const left = Math.min(Math.max(cx + 12, 0), Math.max(frameWidth - tipWidth - 4, 0));
  const flip = cx + 12 + tipWidth > frameWidth && cx - tipWidth - 12 > 0;
  return { left: flip ? cx - tipWidth - 12 : left, top: Math.max(cy - tipHeight - 10, 0) };
}
