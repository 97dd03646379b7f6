// The chart's arithmetic (assets/chart.js): scales, marker shapes, the legend, bar bands, gapped lines and bars as rows.
import assert from "node:assert/strict";
import { test } from "node:test";

import {
  barStep,
  dashArray,
  fitted,
  legendEntries,
  linePath,
  rowRect,
  scale,
  shapeEnds,
  shapesOn,
  symbolPath,
} from "../../atlas/app/assets/chart.js";
import { fromBytes } from "../../atlas/app/assets/dom.js";

test("a scale maps the domain onto the range, reversed for the y axis", () => {
  const x = scale(2020, 2024, 50, 450);
  assert.equal(x(2020), 50);
  assert.equal(x(2022), 250);
  assert.equal(x(2024), 450);
  const y = scale(0, 100, 300, 0); // pixels grow downwards
  assert.equal(y(0), 300);
  assert.equal(y(25), 225);
});

test("a scale over an empty domain does not divide by zero", () => {
  assert.equal(scale(5, 5, 0, 100)(5), 0);
  assert.equal(scale(5, 5, 0, 100)(6), 100);
});

test("each marker symbol is a closed shape around its centre", () => {
  assert.equal(symbolPath("square", 10, 20, 2), "M8,18h4v4h-4Z");
  assert.equal(symbolPath("circle", 10, 20, 2), "M8,20a2,2 0 1,0 4,0a2,2 0 1,0 -4,0");
  assert.equal(symbolPath("no-such-symbol", 10, 20, 2), symbolPath("circle", 10, 20, 2));
  for (const symbol of ["triangle-left", "triangle-right", "triangle-up", "triangle-down", "diamond"]) {
    assert.match(symbolPath(symbol, 10, 20, 2), /^M[^MZ]+Z$/);
  }
  assert.equal(symbolPath("triangle-up", 0, 0, 1), `M0,${-1.15}L1.15,${1.15 * 0.8}L-1.15,${1.15 * 0.8}Z`);
});

test("the legend has one entry per group in trace order; bars show as squares", () => {
  const series = [
    { name: "Exports", group: "e", colour: "#111111", type: "bar", symbol: "circle", legend: true },
    { name: "Exports (other figure)", group: "e", colour: "#111111", type: "scatter", symbol: "circle", legend: true },
    { name: "Imports", group: "i", colour: "#222222", type: "scatter", symbol: "diamond", hollow: true, legend: true },
    { name: "Hidden", group: "h", colour: "#333333", type: "scatter", symbol: "circle", legend: false },
  ];
  assert.deepEqual(legendEntries(series), [
    { name: "Exports", colour: "#111111", symbol: "square", hollow: undefined },
    { name: "Imports", colour: "#222222", symbol: "diamond", hollow: true },
  ]);
});

test("bars take the band of the smallest gap between their x values", () => {
  assert.equal(barStep([2024, 2020, 2022, 2023, 2022], { min: 2019, max: 2025 }), 1);
  assert.equal(barStep([2024], { min: 2020, max: 2026 }), 3); // one bar: half the axis
  assert.equal(barStep([2024], { min: 2024, max: 2024 }), 1);
  assert.equal(barStep([], { min: 0, max: 10 }), 5);
});

test("a line breaks where a figure is missing and never joins across the gap", () => {
  const identity = (v) => v;
  const points = [
    { x: 1, y: 10 },
    { x: 2, y: 20 },
    { x: 3, y: null },
    { x: 4, y: 40 },
    { x: null, y: 50 },
    { x: 6, y: 60 },
    { x: 7, y: 70.04 },
  ];
  assert.equal(linePath(points, identity, identity), "M1.0,10.0L2.0,20.0M4.0,40.0M6.0,60.0L7.0,70.0");
  assert.equal(linePath([{ x: 1, y: null }], identity, identity), "");
});

test("a bar lying as a row starts at its base, is as long as its value and is centred on its row", () => {
  const sRow = scale(-0.5, 2.5, 40, 340); // three rows of 100 px below a 40 px head, the first on top
  const sValue = scale(0, 100, 200, 700); // 0 … 100 % over 500 px right of the rows' names
  assert.deepEqual(rowRect({ x: 0, y: 50, base: 0 }, sRow, sValue, 72), { x: 200, y: 54, width: 250, height: 72 });
  assert.deepEqual(rowRect({ x: 2, y: 20, base: 30 }, sRow, sValue, 72), { x: 350, y: 254, width: 100, height: 72 });
  assert.equal(rowRect({ x: 1, y: 0.01, base: 0 }, sRow, sValue, 72).width, 1); // a tiny value still shows
  assert.equal(rowRect({ x: 1, y: 0, base: 0 }, sRow, sValue, 72).width, 0); // zero is no bar
});

test("a row's name too long for its room is cut with an ellipsis, a short one is left whole", () => {
  const measure = (text) => text.length * 10; // 10 px a character
  assert.equal(fitted("Смоленская область", 200, measure), "Смоленская область");
  assert.equal(fitted("Ханты-Мансийский автономный округ", 120, measure), "Ханты-Манси…");
  assert.ok(measure(fitted("Ханты-Мансийский автономный округ", 120, measure)) <= 120);
  assert.equal(fitted("Республика Татарстан", 120, measure), "Республика…"); // no space before the ellipsis
});

test("a line's dash is plotly's, in multiples of its width (never under 3 px); solid has none", () => {
  assert.equal(dashArray("dash", 2), "9,9");
  assert.equal(dashArray("dash", 4), "12,12");
  assert.equal(dashArray("dot", 1), "3,3");
  assert.equal(dashArray("longdash", 2), "15,15");
  assert.equal(dashArray("dashdot", 2), "9,3,3,3");
  assert.equal(dashArray("longdashdot", 2), "15,6,3,6");
  assert.equal(dashArray("5px,10px,2px", 2), "5,10,2"); // plotly's own list of lengths
  assert.equal(dashArray("solid", 2), null);
  assert.equal(dashArray(undefined, 2), null);
  assert.equal(dashArray("no-such-dash", 2), null);
});

test("a line shape ends where the figure says, upright and as rows", () => {
  const sx = scale(-0.5, 2.5, 50, 650); // three categories over 600 px
  const sy = scale(0, 100, 300, 0);
  const across = { x0: -0.5, x1: 2.5, y0: 50, y1: 50 }; // the plot's whole width (xref paper, read in svgchart.py)
  assert.deepEqual(shapeEnds(across, sx, sy), { x1: 50, x2: 650, y1: 150, y2: 150 });
  // as rows: x is where a row stands (top-down), y the value; the line runs from the plot's top to its bottom
  const sRow = scale(-0.5, 2.5, 40, 340);
  const sValue = scale(0, 200, 200, 600);
  assert.deepEqual(shapeEnds({ x0: -0.5, x1: 2.5, y0: 100, y1: 100 }, sRow, sValue, true), {
    x1: 400,
    x2: 400,
    y1: 40,
    y2: 340,
  });
  assert.equal(shapeEnds({ x0: null, x1: 1, y0: 0, y1: 0 }, sx, sy), null); // an end off the axes: no line
});

test("the payload comes as UTF-8 JSON bytes, Cyrillic as it is; an object is taken as it is", () => {
  const spec = { title: "Товарооборот, млн долларов", x: { ticks: [{ value: 2024, label: "2024" }] } };
  const bytes = new TextEncoder().encode(JSON.stringify(spec));
  const escaped = JSON.stringify(spec).replace(
    /[а-яё]/gi,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
  assert.ok(bytes.length < escaped.length); // two bytes a Cyrillic letter, not six
  assert.deepEqual(fromBytes(bytes), spec);
  assert.equal(fromBytes(spec), spec);
});

test("a shape is drawn above the bars unless it says below", () => {
  const shapes = [{ id: 1, layer: "above" }, { id: 2, layer: "below" }, { id: 3 }];
  assert.deepEqual(
    shapesOn(shapes, "above").map((s) => s.id),
    [1, 3],
  );
  assert.deepEqual(
    shapesOn(shapes, "below").map((s) => s.id),
    [2],
  );
});
