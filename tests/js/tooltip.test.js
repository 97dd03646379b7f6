// What the map and the chart say and where the tooltip goes (assets/tooltip.js).
import assert from "node:assert/strict";
import { test } from "node:test";

import {
  chartLabel,
  chartTipPosition,
  mapLabel,
  mapRole,
  mapTipPosition,
  regionAttributes,
  regionLabel,
  stepIn,
  tipLines,
} from "../../atlas/app/assets/tooltip.js";

const SMOLENSK = { id: "RU-SMO", name: "Smolensk", tip: ["Smolensk", "Turnover: 1.2", "source: example.org"] };

test("a region's tooltip is its lines, or its name when it has none", () => {
  assert.deepEqual(tipLines(SMOLENSK), SMOLENSK.tip);
  assert.deepEqual(tipLines({ name: "Tver", tip: [] }), ["Tver"]);
  assert.deepEqual(tipLines({ name: "Tver" }), ["Tver"]);
});

test("a region the keyboard reaches is named by its tooltip lines as sentences", () => {
  assert.equal(regionLabel(SMOLENSK), "Smolensk. Turnover: 1.2. source: example.org");
});

test("the map is named by its description, with the keyboard hint only when clickable", () => {
  const data = { alt: "Choropleth of 83 regions", title: "Trade", labels: { keys_hint: "Arrows move." } };
  assert.equal(mapLabel({ ...data, clickable: true }), "Choropleth of 83 regions Arrows move.");
  assert.equal(mapLabel({ ...data, clickable: false }), "Choropleth of 83 regions");
  assert.equal(mapLabel({ title: "Trade", clickable: true }), "Trade");
  assert.equal(mapLabel({}), "");
});

test("a clickable map is a group of buttons; otherwise one picture whose parts are silent", () => {
  assert.equal(mapRole(true), "group");
  assert.equal(mapRole(false), "img");
  assert.deepEqual(regionAttributes(true), { role: "button", tabindex: "-1" });
  assert.deepEqual(regionAttributes(false), { role: null, tabindex: null, "aria-label": null });
});

test("the chart frame is named by its description and the keyboard hint", () => {
  assert.equal(
    chartLabel({ alt: "Turnover by year", labels: { keys_hint: "Arrows step." } }),
    "Turnover by year. Arrows step.",
  );
  assert.equal(chartLabel({ title: "Visits" }), "Visits.");
  assert.equal(chartLabel({}), ".");
});

test("arrow keys step round the regions in order, Home and End jump to the ends", () => {
  const order = ["a", "b", "c"];
  assert.equal(stepIn(order, "a", 1), "b");
  assert.equal(stepIn(order, "c", 1), "a");
  assert.equal(stepIn(order, "a", -1), "c");
  assert.equal(stepIn(order, "b", "first"), "a");
  assert.equal(stepIn(order, "a", "last"), "c");
  assert.equal(stepIn(order, "x", -1), "a"); // focus from elsewhere: the first region
  assert.equal(stepIn([], "a", 1), null);
});

test("the map tooltip sits right of the pointer, flips left at the frame's edge and stays inside", () => {
  const frame = { frameWidth: 800, frameHeight: 400, tipWidth: 200, tipHeight: 60 };
  assert.deepEqual(mapTipPosition({ ...frame, x: 100, y: 200 }), { left: 116, top: 170 });
  assert.deepEqual(mapTipPosition({ ...frame, x: 700, y: 200 }), { left: 484, top: 170 });
  assert.deepEqual(mapTipPosition({ ...frame, x: 100, y: 5 }), { left: 116, top: 4 });
  assert.deepEqual(mapTipPosition({ ...frame, x: 100, y: 395 }), { left: 116, top: 336 });
  assert.deepEqual(mapTipPosition({ ...frame, frameWidth: 210, x: 100, y: 200 }), { left: 4, top: 170 });
});

test("the chart tooltip sits above right of the mark, flips left when it fits there, never above the top", () => {
  const frame = { frameWidth: 600, tipWidth: 150, tipHeight: 40 };
  assert.deepEqual(chartTipPosition({ ...frame, cx: 100, cy: 100 }), { left: 112, top: 50 });
  assert.deepEqual(chartTipPosition({ ...frame, cx: 500, cy: 100 }), { left: 338, top: 50 });
  assert.deepEqual(chartTipPosition({ ...frame, cx: 100, cy: 20 }), { left: 112, top: 0 });
  // no room on either side: pushed left to stay inside the frame
  assert.deepEqual(chartTipPosition({ ...frame, frameWidth: 200, cx: 100, cy: 100 }), { left: 46, top: 50 });
});
