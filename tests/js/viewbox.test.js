// The map's view box (assets/viewbox.js): zoom about a point, pan, clamping to the map, pointer to map units.
import assert from "node:assert/strict";
import { test } from "node:test";

import { bringIntoView, clampView, isZoomed, panView, toUser, zoomView } from "../../atlas/app/assets/viewbox.js";

const FULL = { x: 0, y: 0, w: 1000, h: 500 };

test("the full map is its own view, not zoomed", () => {
  assert.deepEqual(clampView(FULL, FULL, 12), FULL);
  assert.equal(isZoomed(FULL, FULL), false);
  assert.equal(isZoomed({ ...FULL, w: 999 }, FULL), true);
});

test("zooming in about the centre halves the view and keeps its centre", () => {
  const view = zoomView(FULL, 2);
  assert.deepEqual(view, { x: 250, y: 125, w: 500, h: 250 });
  assert.deepEqual(clampView(FULL, view, 12), view);
  assert.deepEqual(zoomView(view, 0.5), FULL);
});

test("zooming about a point keeps that point where it was", () => {
  const view = zoomView(FULL, 4, 100, 400);
  assert.deepEqual(view, { x: 75, y: 300, w: 250, h: 125 });
  // the point is at the same fraction of the view before and after
  assert.equal((100 - view.x) / view.w, 100 / FULL.w);
  assert.equal((400 - view.y) / view.h, 400 / FULL.h);
});

test("the view never zooms past the limit nor out beyond the map, and keeps the map's proportions", () => {
  assert.deepEqual(clampView(FULL, { x: 500, y: 250, w: 1, h: 1 }, 10), { x: 500, y: 250, w: 100, h: 50 });
  assert.deepEqual(clampView(FULL, { x: -300, y: -300, w: 5000, h: 100 }, 10), FULL);
  assert.deepEqual(clampView(FULL, { x: 0, y: 0, w: 400, h: 999 }, 10), { x: 0, y: 0, w: 400, h: 200 });
});

test("a view dragged past an edge stops at it", () => {
  const view = { x: 250, y: 125, w: 500, h: 250 };
  assert.deepEqual(clampView(FULL, panView(view, 2000, 0, 1), 12), { ...view, x: 0 });
  assert.deepEqual(clampView(FULL, panView(view, -2000, -2000, 1), 12), { ...view, x: 500, y: 250 });
});

test("dragging moves the map with the pointer: pixels divided by the scale", () => {
  assert.deepEqual(panView({ x: 300, y: 200, w: 100, h: 50 }, 40, -20, 4), { x: 290, y: 205, w: 100, h: 50 });
});

test("a pointer maps to map units through the centred, letterboxed drawing", () => {
  // 1000 x 500 units in a 500 x 500 px box: scale 0.5, drawn 250 px high, centred (125 px bands above and below)
  const rect = { left: 10, top: 20, width: 500, height: 500 };
  assert.deepEqual(toUser(rect, FULL, 10, 20 + 125), { x: 0, y: 0, s: 0.5 });
  assert.deepEqual(toUser(rect, FULL, 510, 20 + 375), { x: 1000, y: 500, s: 0.5 });
  assert.deepEqual(toUser(rect, { x: 100, y: 50, w: 200, h: 100 }, 260, 270), { x: 200, y: 100, s: 2.5 });
});

test("a focused region outside the zoomed view is brought to its centre, one inside leaves it", () => {
  const view = { x: 0, y: 0, w: 200, h: 100 };
  assert.equal(bringIntoView(view, { x: 10, y: 10, width: 20, height: 20 }), null);
  assert.equal(bringIntoView(view, { x: 190, y: 90, width: 20, height: 20 }), null); // centre on the edge
  assert.deepEqual(bringIntoView(view, { x: 590, y: 290, width: 20, height: 20 }), { x: 500, y: 250, w: 200, h: 100 });
});
