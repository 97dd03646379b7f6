// The atlas's charts without a chart library: markers, lines, labels, stacked or grouped bars (upright, or as rows:
// data.horizontal) and line shapes on number, date or category axes, drawn as SVG from the spec
// atlas/figures/svgchart.py makes of a plotly figure. Ticks and
// their labels come ready (in the UI's language); this file only maps values to pixels, draws, and handles hover,
// keyboard and Save SVG / PNG. Every text goes in through textContent, never innerHTML.

import { inkOn } from "./colour.js";
import { el, fromBytes, SVG_NS, svgEl } from "./dom.js";
import { savePicture } from "./picture.js";
import { chartLabel, chartTipPosition } from "./tooltip.js";

const FONT = "Inter, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";
const INK = "#1b2733";
const MUTED = "#4a5560"; // 7.5:1 on white
const GRID = "#e6e9ee";
const LABEL_EDGE = { stroke: "#ffffff", "stroke-width": 3, "paint-order": "stroke" }; // a label over a line

let measureContext = null;
function textWidth(text, size, weight) {
  if (!measureContext) measureContext = document.createElement("canvas").getContext("2d");
  measureContext.font = `${weight || 400} ${size}px ${FONT}`;
  return measureContext.measureText(String(text)).width;
}

export function scale(domainLo, domainHi, rangeLo, rangeHi) {
  const span = domainHi - domainLo || 1;
  return (v) => rangeLo + ((v - domainLo) / span) * (rangeHi - rangeLo);
}

export function symbolPath(symbol, cx, cy, r) {
  const k = r * 1.15;
  switch (symbol) {
    case "triangle-left":
      return `M${cx - k},${cy}L${cx + k * 0.8},${cy - k}L${cx + k * 0.8},${cy + k}Z`;
    case "triangle-right":
      return `M${cx + k},${cy}L${cx - k * 0.8},${cy - k}L${cx - k * 0.8},${cy + k}Z`;
    case "triangle-up":
      return `M${cx},${cy - k}L${cx + k},${cy + k * 0.8}L${cx - k},${cy + k * 0.8}Z`;
    case "triangle-down":
      return `M${cx},${cy + k}L${cx + k},${cy - k * 0.8}L${cx - k},${cy - k * 0.8}Z`;
    case "square":
      return `M${cx - r},${cy - r}h${2 * r}v${2 * r}h${-2 * r}Z`;
    case "diamond":
      return `M${cx},${cy - k}L${cx + k},${cy}L${cx},${cy + k}L${cx - k},${cy}Z`;
    default:
      return `M${cx - r},${cy}a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0`;
  }
}

// Labels inside a bar: white on dark fills, ink on light ones.
export function labelColour(fill) {
  return inkOn(fill, INK, 0.35);
}

// The smallest gap between the bars' x values (their band), or half the axis when there is a single x.
export function barStep(xs, axis) {
  const sorted = [...new Set(xs)].sort((a, b) => a - b);
  let step = Infinity;
  for (let i = 1; i < sorted.length; i += 1) step = Math.min(step, sorted[i] - sorted[i - 1]);
  return Number.isFinite(step) ? step : (axis.max - axis.min) / 2 || 1;
}

// A line through the points in pixels: a gap where x or y is missing (null), never a line drawn across it.
export function linePath(points, sx, sy) {
  let d = "";
  let pen = false;
  for (const p of points) {
    if (p.x === null || p.y === null) {
      pen = false;
      continue;
    }
    d += `${pen ? "L" : "M"}${sx(p.x).toFixed(1)},${sy(p.y).toFixed(1)}`;
    pen = true;
  }
  return d;
}

// A line's stroke-dasharray for plotly's dash names, as plotly.js draws them (multiples of the width, at least 3 px),
// or plotly's own list of lengths ("5px,10px,2px"); null for a solid line or a name it does not know.
export function dashArray(dash, width) {
  const w = Math.max(Number(width) || 1, 3);
  const named = {
    dot: [w, w],
    dash: [3 * w, 3 * w],
    longdash: [5 * w, 5 * w],
    dashdot: [3 * w, w, w, w],
    longdashdot: [5 * w, 2 * w, w, 2 * w],
  };
  if (typeof dash !== "string") return null;
  if (dash in named) return named[dash].join(",");
  const lengths = dash.split(",").map((part) => part.trim().replace(/px$/, ""));
  return lengths.length > 1 && lengths.every((n) => /^\d+(\.\d+)?$/.test(n)) ? lengths.join(",") : null;
}

// A line shape's ends in pixels, as the figure gives them (svgchart.py turns "paper" into the axes' ends): upright,
// sx and sy map x and y; as rows (`rows`), sx maps x (where a row stands) down the plot and sy the value across it.
// null when an end is off the axes.
export function shapeEnds(shape, sx, sy, rows = false) {
  if ([shape.x0, shape.x1, shape.y0, shape.y1].some((v) => v === null || v === undefined)) return null;
  if (rows) return { x1: sy(shape.y0), x2: sy(shape.y1), y1: sx(shape.x0), y2: sx(shape.x1) };
  return { x1: sx(shape.x0), x2: sx(shape.x1), y1: sy(shape.y0), y2: sy(shape.y1) };
}

// The shapes drawn on `layer`: "below" the bars (in the grid), or "above" them, plotly's default for a shape (a line
// crossing a bar shows where it crosses it; the bars' labels stay on top, with their white edge).
export function shapesOn(shapes, layer) {
  return shapes.filter((shape) => (shape.layer === "below") === (layer === "below"));
}

// Line shapes in a group of their own, appended to `parent` (before `before`, when given).
function drawShapes(parent, shapes, ends, before = null) {
  const g = svgEl("g", { class: "atlas-chart__shapes", "aria-hidden": "true", "pointer-events": "none" });
  parent.insertBefore(g, before);
  for (const shape of shapes) {
    const at = ends(shape);
    if (at) svgEl("line", { ...at, ...shapeStroke(shape) }, g);
  }
}

// A line shape's stroke: its colour, width and dash.
function shapeStroke(shape) {
  const dashes = dashArray(shape.dash, shape.width);
  return {
    stroke: shape.colour,
    "stroke-width": shape.width,
    ...(dashes ? { "stroke-dasharray": dashes } : {}),
  };
}

// The legend: one entry per legend group, in trace order.
export function legendEntries(series) {
  const seen = new Set();
  const out = [];
  for (const s of series) {
    if (!s.legend || seen.has(s.group)) continue;
    seen.add(s.group);
    out.push({ name: s.name, colour: s.colour, symbol: s.type === "bar" ? "square" : s.symbol, hollow: s.hollow });
  }
  return out;
}

function skeleton(parent) {
  const root = el("figure", "atlas-chart", parent);
  root.setAttribute("data-testid", "atlas-chart");
  const header = el("div", "atlas-chart__header", root);
  const title = el("figcaption", "atlas-chart__title", header);
  const tools = el("div", "atlas-chart__tools", header);
  const frame = el("div", "atlas-chart__frame", root);
  const tip = el("div", "atlas-chart__tip", frame);
  tip.setAttribute("role", "status");
  tip.hidden = true;
  const state = { root, title, tools, frame, tip, svg: null, data: null, marks: [], focus: -1 };
  root.__atlas = state;
  for (const format of ["svg", "png"]) {
    const b = el("button", `atlas-chart__button atlas-chart__button--${format}`, tools);
    b.type = "button";
    b.textContent = format.toUpperCase();
    b.addEventListener("click", () => save(state, format));
    state[`button_${format}`] = b;
  }
  frame.tabIndex = 0;
  frame.addEventListener("keydown", (event) => onKey(state, event));
  frame.addEventListener("blur", () => hideTip(state));
  frame.addEventListener("mouseleave", () => hideTip(state));
  new ResizeObserver(() => {
    const width = Math.round(frame.clientWidth);
    if (state.data && width && width !== state.width) draw(state);
  }).observe(frame);
  return state;
}

function layoutBox(data, width) {
  const font = data.font;
  const legend = legendEntries(data.series);
  const yLabels = data.y.visible ? data.y.ticks.map((t) => textWidth(t.label, font)) : [0];
  const left = (data.y.visible ? Math.max(0, ...yLabels) + 12 : 8) + (data.y.title ? font * 1.4 : 0);
  let legendRows = 0;
  if (legend.length > 1 || (legend.length === 1 && data.series.length > 1)) {
    let x = 0;
    legendRows = 1;
    for (const entry of legend) {
      const w = textWidth(entry.name, data.legend_font) + data.legend_font * 2.4;
      if (x + w > width - 16 && x > 0) {
        legendRows += 1;
        x = 0;
      }
      x += w;
    }
  }
  const top = legendRows * data.legend_font * 1.6 + 10;
  const bottom = (data.x.visible ? font * 2 : 6) + (data.x.title ? font * 1.5 : 0);
  return { left: Math.max(left, 10), right: 14, top, bottom, legend, legendRows };
}

function draw(state) {
  const data = state.data;
  const width = Math.max(280, Math.round(state.frame.clientWidth || 640));
  state.width = width;
  const height = data.height;
  if (state.svg) state.svg.remove();
  const svg = svgEl("svg", {
    class: "atlas-chart__svg",
    viewBox: `0 0 ${width} ${height}`,
    width,
    height,
    role: "img",
    "aria-label": data.alt || data.title || "",
    "font-family": FONT,
  });
  state.frame.insertBefore(svg, state.tip);
  state.svg = svg;
  if (data.horizontal) {
    drawRows(state, svg, data, width, height);
    return;
  }
  const box = layoutBox(data, width);
  const plot = { x0: box.left, x1: width - box.right, y0: box.top, y1: height - box.bottom };
  const sx = scale(data.x.min, data.x.max, plot.x0, plot.x1);
  const sy = scale(data.y.min, data.y.max, plot.y1, plot.y0);
  const font = data.font;
  drawLegend(svg, box, data, plot);
  // grid and ticks
  const grid = svgEl("g", { class: "atlas-chart__grid", "aria-hidden": "true" }, svg);
  if (data.y.visible) {
    for (const tick of data.y.ticks) {
      const y = sy(tick.v);
      if (y < plot.y0 - 1 || y > plot.y1 + 1) continue;
      svgEl("line", { x1: plot.x0, x2: plot.x1, y1: y, y2: y, stroke: GRID }, grid);
      svgEl(
        "text",
        { x: plot.x0 - 8, y: y + font * 0.35, "text-anchor": "end", "font-size": font, fill: MUTED },
        grid,
      ).textContent = tick.label;
    }
    if (data.y.title) {
      const t = svgEl(
        "text",
        {
          transform: `translate(${font}, ${(plot.y0 + plot.y1) / 2}) rotate(-90)`,
          "text-anchor": "middle",
          "font-size": font,
          fill: MUTED,
        },
        grid,
      );
      t.textContent = data.y.title;
    }
  }
  if (data.x.visible) {
    const minGap = Math.max(...data.x.ticks.map((t) => textWidth(t.label, font)), 0) + 10;
    let last = -Infinity;
    for (const tick of data.x.ticks) {
      const x = sx(tick.v);
      if (x < plot.x0 - 1 || x > plot.x1 + 1 || x - last < minGap) continue;
      last = x;
      if (data.x.kind === "date") svgEl("line", { x1: x, x2: x, y1: plot.y0, y2: plot.y1, stroke: GRID }, grid);
      svgEl(
        "text",
        { x, y: plot.y1 + font * 1.4, "text-anchor": "middle", "font-size": font, fill: MUTED },
        grid,
      ).textContent = tick.label;
    }
    svgEl("line", { x1: plot.x0, x2: plot.x1, y1: plot.y1, y2: plot.y1, stroke: "#b8c0c8" }, grid);
  }
  const lineEnds = (shape) => shapeEnds(shape, sx, sy);
  drawShapes(grid, shapesOn(data.shapes, "below"), lineEnds);
  state.marks = [];
  const labels = drawBars(state, svg, data, sx, sy, plot);
  drawShapes(svg, shapesOn(data.shapes, "above"), lineEnds, labels);
  drawScatter(state, svg, data, sx, sy);
  state.marks.sort((a, b) => a.cx - b.cx || a.cy - b.cy);
  state.root.setAttribute("data-drawn", String(state.marks.length));
}

// `text` cut to `room` pixels with an ellipsis (a row's name on a narrow screen; the tooltip has it whole).
export function fitted(text, room, measure) {
  const whole = String(text);
  if (measure(whole) <= room) return whole;
  let n = whole.length;
  while (n > 1 && measure(`${whole.slice(0, n).trimEnd()}…`) > room) n -= 1;
  return `${whole.slice(0, n).trimEnd()}…`;
}

// A bar lying as a row: `p` in the bars' own terms (x: the category's position, y: the value from p.base), `sRow`
// maps a position to the row's centre in pixels, `sValue` a value to pixels from the left, `band` is the row's height.
export function rowRect(p, sRow, sValue, band) {
  const a = sValue(p.base);
  const b = sValue(p.base + p.y);
  const width = Math.max(Math.abs(b - a), p.y ? 1 : 0);
  return { x: Math.min(a, b), y: sRow(p.x) - band / 2, width, height: band };
}

// Bars as rows (data.horizontal): the categories read top-down with their names on the left, the values' axis and its
// grid above the rows, so the scale shows on the first screen however many rows follow; labels after each bar's end.
function drawRows(state, svg, data, width, height) {
  const font = data.font;
  const bars = data.series.filter((s) => s.type === "bar");
  const legend = layoutBox(data, width);
  const names = data.x.visible ? data.x.ticks.map((t) => textWidth(t.label, font)) : [0];
  const ends = bars.flatMap((s) => (s.labels ? s.points.map((p) => textWidth(p.text || "", font * 0.92)) : [0]));
  const top = legend.top + (data.y.visible ? font * 1.8 : 0);
  const plot = {
    x0: Math.min(Math.max(...names, 0) + 14, width * 0.45),
    x1: width - Math.max(14, Math.max(...ends, 0) + 8),
    y0: top,
    y1: height - 8,
  };
  const sRow = scale(data.x.min, data.x.max, plot.y0, plot.y1);
  const sValue = scale(data.y.min, data.y.max, plot.x0, plot.x1);
  drawLegend(svg, legend, data, { x0: 8, x1: width - 8 }); // across the whole width, as layoutBox counted its rows
  const grid = svgEl("g", { class: "atlas-chart__grid", "aria-hidden": "true" }, svg);
  if (data.y.visible) {
    for (const tick of data.y.ticks) {
      const x = sValue(tick.v);
      if (x < plot.x0 - 1 || x > plot.x1 + 1) continue;
      svgEl("line", { x1: x, x2: x, y1: plot.y0, y2: plot.y1, stroke: GRID }, grid);
      svgEl(
        "text",
        { x, y: plot.y0 - font * 0.6, "text-anchor": "middle", "font-size": font, fill: MUTED },
        grid,
      ).textContent = tick.label;
    }
    svgEl("line", { x1: plot.x0, x2: plot.x1, y1: plot.y0, y2: plot.y0, stroke: "#b8c0c8" }, grid);
  }
  if (data.x.visible) {
    for (const tick of data.x.ticks) {
      svgEl(
        "text",
        { x: plot.x0 - 8, y: sRow(tick.v) + font * 0.35, "text-anchor": "end", "font-size": font, fill: INK },
        grid,
      ).textContent = fitted(tick.label, plot.x0 - 12, (text) => textWidth(text, font));
    }
  }
  const step = barStep(
    bars.flatMap((s) => s.points.map((p) => p.x)),
    data.x,
  );
  const band = Math.abs(sRow(data.x.min + step) - sRow(data.x.min)) * 0.72;
  const lineEnds = (shape) => shapeEnds(shape, sRow, sValue, true);
  drawShapes(grid, shapesOn(data.shapes, "below"), lineEnds);
  state.marks = [];
  const g = svgEl("g", { class: "atlas-chart__bars" }, svg);
  const labels = svgEl("g", { class: "atlas-chart__labels" }, svg);
  drawShapes(svg, shapesOn(data.shapes, "above"), lineEnds, labels);
  for (const s of bars) {
    for (const p of s.points) {
      const box = rowRect(p, sRow, sValue, band);
      const rect = svgEl("rect", { ...box, fill: s.colour }, g);
      const cy = box.y + band / 2;
      state.marks.push({ node: rect, cx: box.x + box.width, cy, tip: p.tip, colour: s.colour });
      if (s.labels && p.text) {
        const size = s.label_size || font * 0.92;
        // a white edge keeps the label legible where it crosses a line (the 100 % mark)
        const edge = { ...LABEL_EDGE, "pointer-events": "none" };
        svgEl(
          "text",
          { x: box.x + box.width + 4, y: cy + size * 0.35, "font-size": size, fill: INK, ...edge },
          labels,
        ).textContent = p.text;
      }
    }
  }
  svg.addEventListener("pointermove", (event) => onPointer(state, event));
  state.marks.sort((a, b) => a.cy - b.cy || a.cx - b.cx); // the keyboard walks the rows top-down
  state.root.setAttribute("data-drawn", String(state.marks.length));
}

function drawLegend(svg, box, data, plot) {
  if (!box.legendRows) return;
  const size = data.legend_font;
  const g = svgEl("g", { class: "atlas-chart__legend" }, svg);
  let x = plot.x0;
  let row = 0;
  for (const entry of box.legend) {
    const w = textWidth(entry.name, size) + size * 2.4;
    if (x + w > plot.x1 && x > plot.x0) {
      row += 1;
      x = plot.x0;
    }
    const cy = 6 + size * 0.8 + row * size * 1.6;
    svgEl(
      "path",
      {
        d: symbolPath(entry.symbol, x + size * 0.5, cy, size * 0.42),
        fill: entry.hollow ? "#ffffff" : entry.colour,
        stroke: entry.colour,
        "stroke-width": entry.hollow ? 2 : 0,
      },
      g,
    );
    svgEl("text", { x: x + size * 1.2, y: cy + size * 0.35, "font-size": size, fill: INK }, g).textContent = entry.name;
    x += w;
  }
}

// The bars, their labels in a group after them (returned, null without bars), so a line can pass between the two.
function drawBars(state, svg, data, sx, sy, plot) {
  const bars = data.series.filter((s) => s.type === "bar");
  if (!bars.length) return null;
  const step = barStep(
    bars.flatMap((s) => s.points.map((p) => p.x)),
    data.x,
  );
  const band = Math.abs(sx(data.x.min + step) - sx(data.x.min)) * 0.8;
  const grouped = data.bars.mode !== "stack" && bars.length > 1;
  const each = grouped ? band / bars.length : band;
  const g = svgEl("g", { class: "atlas-chart__bars" }, svg);
  const labels = svgEl("g", { class: "atlas-chart__labels" }, svg);
  bars.forEach((s, index) => {
    for (const p of s.points) {
      const centre = sx(p.x) + (grouped ? -band / 2 + each * (index + 0.5) : 0);
      const yTop = sy(p.base + p.y);
      const yBase = sy(p.base);
      const top = Math.min(yTop, yBase);
      const h = Math.max(Math.abs(yBase - yTop), p.y ? 1 : 0);
      const rect = svgEl(
        "rect",
        { x: centre - each / 2, y: top, width: Math.max(each - 1, 1), height: h, fill: s.colour },
        g,
      );
      state.marks.push({ node: rect, cx: centre, cy: top, tip: p.tip, colour: s.colour });
      if (s.labels && p.text) {
        const size = s.label_size || data.font * 0.92;
        const fits = textWidth(p.text, size) <= each - 2 && h >= size + 2;
        const outside = s.label_position === "outside";
        if (!outside && !fits && data.hide_small_labels) continue;
        const label = svgEl(
          "text",
          {
            x: centre,
            y: outside ? top - 4 : top + h / 2 + size * 0.35,
            "text-anchor": "middle",
            "font-size": size,
            fill: outside ? INK : labelColour(s.colour),
            "pointer-events": "none",
            ...(outside ? LABEL_EDGE : {}), // legible where a line (the median) passes behind it
          },
          labels,
        );
        label.textContent = p.text;
      }
    }
  });
  void plot;
  return labels;
}

function drawScatter(state, svg, data, sx, sy) {
  const g = svgEl("g", { class: "atlas-chart__marks" }, svg);
  for (const s of data.series.filter((x) => x.type === "scatter")) {
    if (s.lines) {
      const d = linePath(s.points, sx, sy);
      if (d)
        svgEl(
          "path",
          { d, fill: "none", stroke: s.colour, "stroke-width": s.line_width, "stroke-linejoin": "round" },
          g,
        );
    }
    for (const p of s.points) {
      if (p.x === null || p.y === null) continue;
      const cx = sx(p.x);
      const cy = sy(p.y);
      if (s.markers) {
        const r = s.size / 2;
        const mark = svgEl(
          "path",
          {
            d: symbolPath(s.symbol, cx, cy, r),
            fill: s.hollow ? "#ffffff" : s.colour,
            stroke: s.hollow ? s.colour : s.outline || "#ffffff",
            "stroke-width": s.hollow ? 2 : 0.8,
          },
          g,
        );
        if (p.tip.length) state.marks.push({ node: mark, cx, cy, tip: p.tip, colour: s.colour });
      }
      if (s.labels && p.text) {
        const size = s.label_size || data.font;
        const half = textWidth(p.text, size) / 2;
        const label = svgEl(
          "text",
          {
            x: Math.min(Math.max(cx, half + 2), state.width - half - 2), // a label at the edge stays whole
            y: cy + size * 0.35,
            "text-anchor": "middle",
            "font-size": size,
            fill: s.label_colour || INK,
            "pointer-events": "none",
          },
          g,
        );
        label.textContent = p.text;
      }
    }
  }
  svg.addEventListener("pointermove", (event) => onPointer(state, event));
}

function nearest(state, event) {
  const rect = state.svg.getBoundingClientRect();
  const x = event.clientX - rect.left;
  const y = event.clientY - rect.top;
  let best = -1;
  let bestD = 24 * 24;
  state.marks.forEach((m, i) => {
    const box = m.node.tagName === "rect" ? m.node.getBBox() : null;
    if (box && x >= box.x && x <= box.x + box.width && y >= box.y && y <= box.y + box.height) {
      best = i;
      bestD = -1;
      return;
    }
    const d = (m.cx - x) ** 2 + (m.cy - y) ** 2;
    if (bestD >= 0 && d < bestD) {
      best = i;
      bestD = d;
    }
  });
  return best;
}

function onPointer(state, event) {
  const index = nearest(state, event);
  if (index < 0) hideTip(state);
  else showTip(state, index);
}

function showTip(state, index) {
  const mark = state.marks[index];
  if (!mark) return;
  state.focus = index;
  const tip = state.tip;
  tip.replaceChildren();
  mark.tip.forEach((line, i) => {
    const row = el("div", i === 0 ? "atlas-chart__tip-head" : "atlas-chart__tip-line", tip);
    row.textContent = line;
  });
  tip.style.borderColor = mark.colour;
  tip.hidden = false;
  const { left, top } = chartTipPosition({
    cx: mark.cx,
    cy: mark.cy,
    frameWidth: state.frame.clientWidth,
    tipWidth: tip.offsetWidth,
    tipHeight: tip.offsetHeight,
  });
  tip.style.left = `${left}px`;
  tip.style.top = `${top}px`;
  for (const m of state.marks) m.node.classList.remove("atlas-chart__mark--active");
  mark.node.classList.add("atlas-chart__mark--active");
}

function hideTip(state) {
  state.tip.hidden = true;
  for (const m of state.marks) m.node.classList.remove("atlas-chart__mark--active");
}

// The mark a key moves the chart's focus to, of `count` marks in x order, from `focus` (-1: none yet): the arrows step
// round them (from none: the first), Home and End jump to the ends; -1 for Escape (the tooltip closes); null for any
// other key.
export function markAfterKey(key, focus, count) {
  const moves = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };
  if (key in moves) return focus < 0 ? 0 : (focus + moves[key] + count) % count;
  if (key === "Home") return 0;
  if (key === "End") return count - 1;
  if (key === "Escape") return -1;
  return null;
}

function onKey(state, event) {
  if (!state.marks.length) return;
  const next = markAfterKey(event.key, state.focus, state.marks.length);
  if (next === null) return;
  if (next < 0) {
    hideTip(state);
    return;
  }
  showTip(state, next);
  event.preventDefault();
  if (event.key.startsWith("Arrow")) event.stopPropagation(); // arrows move within the chart, not the slides
}

// ---- export: the chart with its title as SVG or PNG, built in the page, no network ----

function exportSvg(state) {
  const copy = state.svg.cloneNode(true);
  const width = Number(copy.getAttribute("width"));
  const height = Number(copy.getAttribute("height"));
  const top = state.data.title ? state.data.title_font * 2 : 0;
  const out = svgEl("svg", {
    xmlns: SVG_NS,
    viewBox: `0 0 ${width} ${height + top}`,
    width,
    height: height + top,
    "font-family": FONT,
  });
  svgEl("rect", { x: 0, y: 0, width, height: height + top, fill: "#ffffff" }, out);
  if (top) {
    svgEl(
      "text",
      { x: 8, y: top * 0.7, "font-size": state.data.title_font, "font-weight": 600, fill: INK },
      out,
    ).textContent = state.data.title;
  }
  const g = svgEl("g", { transform: `translate(0 ${top})` }, out);
  for (const node of [...copy.childNodes]) g.appendChild(node);
  return new XMLSerializer().serializeToString(out);
}

function save(state, format) {
  if (!state.svg) return;
  savePicture(exportSvg(state), `${state.data.filename || "atlas-chart"}.${format}`, format);
}

export default function (component) {
  const { parentElement } = component;
  const data = fromBytes(component.data);
  const state = (parentElement.querySelector(".atlas-chart") || {}).__atlas || skeleton(parentElement);
  state.data = data;
  state.title.textContent = data.title || "";
  state.title.hidden = !data.title;
  state.root.classList.toggle("atlas-chart--large", Boolean(data.large));
  const labels = data.labels || {};
  state.button_svg.title = labels.save_svg || "SVG";
  state.button_svg.setAttribute("aria-label", labels.save_svg || "SVG");
  state.button_png.title = labels.save_png || "PNG";
  state.button_png.setAttribute("aria-label", labels.save_png || "PNG");
  state.frame.setAttribute("aria-label", chartLabel(data));
  state.focus = -1;
  hideTip(state);
  draw(state);
}
