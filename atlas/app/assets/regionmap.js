// The atlas's region map: pre-projected SVG paths (static/ru_map.json, fetched once, cached by the browser), coloured
// from the small payload Python sends on every run. No library, no network beyond the app's own static file.
//
// Payload (atlas.figures.mapspec.MapSpec.payload): geometry URL, frame size, title, alt text, regions [{id, fill, name, tip}],
// Belarus style, legend, UI labels, clickable, large, and on the overview a timeline (a year slider with play and
// pause, a sparkline in the tooltip): first only the years and each region's turnover history; every year's colours
// and tooltips once the user first reaches for the slider or play (the component asks for them with its state value
// "all_years"). Every text goes in through textContent, never innerHTML.

import { inkOn } from "./colour.js";
import { el, fromBytes, SVG_NS, svgEl } from "./dom.js";
import { savePicture } from "./picture.js";
import { sparkline } from "./sparkline.js";
import {
  caption,
  frameRegions,
  hasEveryYear,
  markedYear,
  nextIndex,
  paintedIndex,
  pictureName,
  playFrom,
  STEP_MS,
  yearIndex,
  yearToSend,
} from "./timeline.js";
import { mapLabel, mapRole, mapTipPosition, regionAttributes, regionLabel, stepIn, tipLines } from "./tooltip.js";
import { bringIntoView, clampView, isZoomed, panView, toUser, zoomView } from "./viewbox.js";

const geometryCache = new Map(); // url -> Promise<{width, height, regions, belarus}>
const MAX_ZOOM = 12;
const REGION_PATH = "path[data-id], path[data-inset-of]"; // a region on the main map or in an inset

function loadGeometry(url) {
  if (!geometryCache.has(url)) {
    const request = fetch(url, { credentials: "same-origin" }).then((response) => {
      if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
      return response.json();
    });
    request.catch(() => geometryCache.delete(url)); // let the next run try again
    geometryCache.set(url, request);
  }
  return geometryCache.get(url);
}

function skeleton(parent) {
  const root = el("figure", "atlas-map", parent);
  root.setAttribute("data-testid", "atlas-map");
  const header = el("div", "atlas-map__header", root);
  const title = el("figcaption", "atlas-map__title", header);
  title.setAttribute("aria-hidden", "true");
  const tools = el("div", "atlas-map__tools", header);
  const timeline = el("div", "atlas-map__timeline", root); // above the map: the year and its controls in view
  timeline.hidden = true;
  const frame = el("div", "atlas-map__frame", root);
  const svg = svgEl("svg", { class: "atlas-map__svg", role: "img", "fill-rule": "evenodd" }, frame);
  svgEl("g", { class: "atlas-map__belarus" }, svg);
  svgEl("g", { class: "atlas-map__regions" }, svg);
  svgEl("g", { class: "atlas-map__insets", "aria-hidden": "true" }, svg); // enlarged Moscow, St Petersburg
  svgEl("path", { class: "atlas-map__focus", d: "", "aria-hidden": "true" }, svg); // outline of the focused region
  const tip = el("div", "atlas-map__tip", frame);
  tip.setAttribute("role", "status");
  tip.hidden = true;
  const status = el("div", "atlas-map__status", frame);
  const legend = el("div", "atlas-map__legend", root);
  const state = { root, title, frame, svg, tip, tools, status, timeline, legend, view: null, full: null, data: null };
  root.__atlas = state;
  buildTools(state);
  buildTimeline(state);
  wirePointer(state);
  wireKeys(state);
  return state;
}

function button(state, name, text, action) {
  const b = el("button", `atlas-map__button atlas-map__button--${name}`, state.tools);
  b.type = "button";
  b.textContent = text;
  b.addEventListener("click", (event) => {
    event.stopPropagation();
    action();
  });
  return b;
}

function buildTools(state) {
  state.buttons = {
    zoomIn: button(state, "in", "+", () => zoomBy(state, 1.6)),
    zoomOut: button(state, "out", "−", () => zoomBy(state, 1 / 1.6)),
    reset: button(state, "reset", "⟲", () => setView(state, state.full)),
    svg: button(state, "svg", "SVG", () => save(state, "svg")),
    png: button(state, "png", "PNG", () => save(state, "png")),
  };
}

function applyLabels(state) {
  const labels = state.data.labels || {};
  const names = { zoomIn: "zoom_in", zoomOut: "zoom_out", reset: "reset", svg: "save_svg", png: "save_png" };
  for (const [key, label] of Object.entries(names)) {
    const text = labels[label] || label;
    state.buttons[key].title = text;
    state.buttons[key].setAttribute("aria-label", text);
  }
}

function setView(state, view) {
  if (!view || !state.full) return;
  const { x, y, w, h } = clampView(state.full, view, MAX_ZOOM);
  state.view = { x, y, w, h };
  state.svg.setAttribute("viewBox", `${x} ${y} ${w} ${h}`);
  state.root.classList.toggle("atlas-map--zoomed", isZoomed(state.view, state.full));
}

function zoomBy(state, factor, cx, cy) {
  if (!state.view) return;
  setView(state, zoomView(state.view, factor, cx, cy));
}

function pointer(state, event) {
  return toUser(state.svg.getBoundingClientRect(), state.view, event.clientX, event.clientY);
}

function showTip(state, target, event) {
  const info = target.__atlas;
  if (!info) return;
  const tip = state.tip;
  tip.replaceChildren();
  info.tip.forEach((line, i) => {
    const row = el("div", i === 0 ? "atlas-map__tip-head" : "atlas-map__tip-line", tip);
    row.textContent = line;
  });
  drawSparkline(state, info.id, tip);
  tip.hidden = false;
  const frame = state.frame.getBoundingClientRect();
  const { left, top } = mapTipPosition({
    x: event.clientX - frame.left,
    y: event.clientY - frame.top,
    frameWidth: frame.width,
    frameHeight: frame.height,
    tipWidth: tip.offsetWidth,
    tipHeight: tip.offsetHeight,
  });
  tip.style.left = `${left}px`;
  tip.style.top = `${top}px`;
}

// ---- keyboard: the map is one tab stop (roving tabindex); arrows move between regions in name order, Home/End
// jump to the first/last, Enter or Space opens the focused region as a click does. The focused region gets an
// outline drawn on top and its tooltip. Only when the map is clickable; otherwise the picture is a single image.

function focusRegion(state, path) {
  if (!path) return;
  for (const p of state.order) p.setAttribute("tabindex", p === path ? "0" : "-1");
  path.focus({ preventScroll: true });
}

function showFocus(state, path) {
  const outline = state.svg.querySelector(".atlas-map__focus");
  outline.setAttribute("d", path ? path.getAttribute("d") : "");
  if (!path) {
    state.tip.hidden = true;
    return;
  }
  if (state.view && state.full && isZoomed(state.view, state.full)) {
    const moved = bringIntoView(state.view, path.getBBox()); // keep the zoom; bring the region into view
    if (moved) setView(state, moved);
  }
  const r = path.getBoundingClientRect();
  showTip(state, path, { clientX: r.left + r.width / 2, clientY: r.top + r.height / 2 });
}

function wireKeys(state) {
  const layer = state.svg.querySelector(".atlas-map__regions");
  layer.setAttribute("tabindex", "-1"); // Chrome would otherwise give the layer a tab stop of its own
  layer.addEventListener("focusin", (event) => showFocus(state, event.target.closest("path[data-id]")));
  layer.addEventListener("focusout", () => showFocus(state, null));
  layer.addEventListener("keydown", (event) => {
    const current = event.target.closest("path[data-id]");
    if (!current || !state.order) return;
    const steps = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1, Home: "first", End: "last" };
    if (event.key in steps) {
      event.preventDefault();
      focusRegion(state, stepIn(state.order, current, steps[event.key]));
    } else if ((event.key === "Enter" || event.key === " ") && state.data.clickable && state.setTrigger) {
      event.preventDefault();
      state.setTrigger("clicked", current.getAttribute("data-id"));
    }
  });
}

function wirePointer(state) {
  const svg = state.svg;
  let drag = null;
  let hovered = null;
  const setHover = (node) => {
    if (hovered === node) return;
    if (hovered) hovered.classList.remove("is-hover");
    hovered = node;
    if (hovered) {
      hovered.classList.add("is-hover");
      hovered.parentNode.appendChild(hovered); // on top, so its outline is not hidden by neighbours
    }
  };
  svg.addEventListener("pointerdown", (event) => {
    if (!state.view || event.button !== 0) return;
    drag = { x: event.clientX, y: event.clientY, view: { ...state.view }, moved: false, id: event.pointerId };
  });
  svg.addEventListener("pointermove", (event) => {
    if (drag && drag.id === event.pointerId && state.root.classList.contains("atlas-map--zoomed")) {
      const dx = event.clientX - drag.x;
      const dy = event.clientY - drag.y;
      if (drag.moved || Math.hypot(dx, dy) > 4) {
        if (!drag.moved) svg.setPointerCapture(event.pointerId);
        drag.moved = true;
        setView(state, panView(drag.view, dx, dy, pointer(state, event).s));
        state.tip.hidden = true;
        return;
      }
    }
    const target = event.target.closest ? event.target.closest(REGION_PATH) : null;
    setHover(target);
    state.hoveredTarget = target;
    state.lastPointer = { clientX: event.clientX, clientY: event.clientY };
    if (target) showTip(state, target, event);
    else state.tip.hidden = true;
  });
  svg.addEventListener("pointerleave", () => {
    setHover(null);
    state.hoveredTarget = null;
    state.tip.hidden = true;
  });
  svg.addEventListener("pointerup", (event) => {
    const wasDrag = drag && drag.moved;
    drag = null;
    if (wasDrag) return;
    const target = event.target.closest ? event.target.closest(REGION_PATH) : null;
    const id = target && (target.getAttribute("data-id") || target.getAttribute("data-inset-of"));
    if (id && id !== "BY" && state.data && state.data.clickable && state.setTrigger) {
      state.setTrigger("clicked", id);
    }
  });
  svg.addEventListener(
    "wheel",
    (event) => {
      if (!(event.ctrlKey || event.metaKey) || !state.view) return; // plain scrolling scrolls the page
      event.preventDefault();
      const p = pointer(state, event);
      zoomBy(state, event.deltaY < 0 ? 1.25 : 1 / 1.25, p.x, p.y);
    },
    { passive: false },
  );
}

function draw(state, paths) {
  const data = state.data;
  const svg = state.svg;
  if (state.geometryUrl !== data.geometry) {
    state.geometryUrl = data.geometry;
    state.full = { x: 0, y: 0, w: paths.width, h: paths.height };
    setView(state, state.full);
  }
  const belarusLayer = svg.querySelector(".atlas-map__belarus");
  belarusLayer.replaceChildren();
  if (data.belarus && paths.belarus) {
    const by = svgEl(
      "path",
      { d: paths.belarus, "data-id": "BY", fill: data.belarus.fill, stroke: data.belarus.line, "stroke-width": "1.2" },
      belarusLayer,
    );
    by.__atlas = { tip: [data.belarus.label] };
  }
  const layer = svg.querySelector(".atlas-map__regions");
  const existing = new Map([...layer.querySelectorAll("path[data-id]")].map((p) => [p.getAttribute("data-id"), p]));
  const wanted = new Set();
  for (const region of data.regions) {
    const d = paths.regions[region.id];
    if (!d) continue;
    wanted.add(region.id);
    if (!existing.has(region.id))
      svgEl("path", { d, "data-id": region.id, stroke: data.border, "stroke-width": "0.6" }, layer);
  }
  for (const [id, path] of existing) if (!wanted.has(id)) path.remove();
  state.paths = paths;
  paint(state);
  const keyboard = Boolean(data.clickable);
  const focused = state.order ? state.order.find((p) => p.getAttribute("tabindex") === "0") : null;
  state.svg.setAttribute("role", mapRole(keyboard)); // a group of buttons, or one picture
  const names = new Map(data.regions.map((r) => [r.id, r.name]));
  state.order = [...layer.querySelectorAll("path[data-id]")].sort((a, b) =>
    (names.get(a.getAttribute("data-id")) || "").localeCompare(names.get(b.getAttribute("data-id")) || "", "ru"),
  );
  const attributes = Object.entries(regionAttributes(keyboard));
  for (const path of state.order) {
    for (const [name, value] of attributes) {
      if (value === null) path.removeAttribute(name);
      else path.setAttribute(name, value);
    }
  }
  if (keyboard && state.order.length) {
    const stop = focused && focused.isConnected ? focused : state.order[0];
    stop.setAttribute("tabindex", "0");
  }
  state.root.classList.toggle("atlas-map--clickable", Boolean(data.clickable));
  state.status.textContent = "";
  state.root.setAttribute("data-drawn", String(wanted.size));
}

// The regions as shown now: the payload's, or those of the year the slider or the play loop is on (once every year is
// here).
function shownRegions(state) {
  const data = state.data;
  const index = paintedIndex(data.timeline, state.tl.index);
  if (!data.timeline || index === null || data.timeline.years[index] === data.timeline.shown) return data.regions;
  return frameRegions(data.regions, data.timeline, index);
}

// The year's frame (title, text alternative, picture notes), or the payload's own when it shows that year.
function shownFrame(state) {
  const data = state.data;
  const index = paintedIndex(data.timeline, state.tl.index);
  if (!data.timeline || index === null || data.timeline.years[index] === data.timeline.shown) return data;
  return data.timeline.frames[index];
}

// Colours, tooltips and names of the drawn paths, in place (no path is created or removed): a year's change.
function paint(state) {
  const regions = shownRegions(state);
  const byId = new Map(regions.map((r) => [r.id, r]));
  for (const path of state.svg.querySelectorAll(".atlas-map__regions path[data-id]")) {
    const region = byId.get(path.getAttribute("data-id"));
    if (!region) continue;
    path.setAttribute("fill", region.fill);
    path.setAttribute("aria-label", regionLabel(region));
    path.__atlas = { id: region.id, tip: tipLines(region) };
  }
  if (state.paths) drawInsets(state, state.paths, regions);
  const frame = shownFrame(state);
  state.title.textContent = frame.title || "";
  state.svg.setAttribute("aria-label", mapLabel({ ...state.data, alt: frame.alt, title: frame.title }));
  // the slider stands on a year whose colours are still on their way: the map is dimmed until they are painted
  const timeline = state.data.timeline;
  const waiting = Boolean(timeline) && paintedIndex(timeline, state.tl.index) !== state.tl.index;
  state.root.classList.toggle("atlas-map--waiting", waiting);
}

// ---- the timeline: a year slider, a play/pause button and the caption of the year shown. Playing steps a year a
// second in the browser; the server hears of a year only when the user settles on one (a slider move, a pause, or a
// play that reached the last year), so one action makes one run and one history entry. The other years' colours and
// tooltips are asked for when the pointer or the focus first reaches the slider or play: by the first move they are
// usually here; a move or a play before they are waits for them (the slider's year is kept, play starts on arrival).

function buildTimeline(state) {
  const box = state.timeline;
  const row = el("div", "atlas-map__timeline-row", box);
  const play = el("button", "atlas-map__button atlas-map__play", row);
  play.type = "button";
  play.setAttribute("data-testid", "atlas-map-play");
  const first = el("span", "atlas-map__year-end", row);
  first.setAttribute("aria-hidden", "true");
  const slider = el("input", "atlas-map__slider", row);
  slider.type = "range";
  slider.min = "0";
  slider.step = "1";
  slider.setAttribute("data-testid", "atlas-map-slider");
  const last = el("span", "atlas-map__year-end", row);
  last.setAttribute("aria-hidden", "true");
  const shown = el("div", "atlas-map__caption", row);
  shown.setAttribute("data-testid", "atlas-map-year");
  state.tl = {
    play,
    first,
    slider,
    last,
    shown,
    index: null,
    playing: false,
    timer: 0,
    sendTimer: 0,
    from: null,
    asked: false, // every year was asked for
    pendingPlay: false, // play was pressed before every year was here
    moved: false, // the slider stands on a year the server has not drawn yet
    lastShown: undefined,
  };
  for (const control of [play, slider]) {
    for (const type of ["pointerenter", "pointerdown", "focus"])
      control.addEventListener(type, () => askEveryYear(state));
  }
  play.addEventListener("click", () => (state.tl.playing ? stopPlay(state, true) : startPlay(state)));
  slider.addEventListener("input", () => {
    if (state.tl.playing) stopPlay(state, false);
    state.tl.pendingPlay = false;
    state.tl.moved = true;
    showYear(state, Number(slider.value));
  });
  // a drag ends in one change; held arrow keys make many: the server hears the last after a short pause
  slider.addEventListener("change", () => {
    clearTimeout(state.tl.sendTimer);
    state.tl.sendTimer = setTimeout(() => sendYear(state), 350);
  });
}

// Ask the server, once, for every year's colours, tooltips and frames (the next run sends them).
function askEveryYear(state) {
  const timeline = state.data && state.data.timeline;
  if (!timeline || hasEveryYear(timeline) || state.tl.asked || !state.setState) return;
  state.tl.asked = true;
  state.setState("all_years", true);
}

function syncTimeline(state) {
  const tl = state.tl;
  const timeline = state.data.timeline;
  const labels = (timeline && timeline.labels) || {};
  const playing = tl.playing || tl.pendingPlay;
  tl.play.textContent = playing ? "❚❚" : "▶";
  const name = playing ? labels.pause : labels.play;
  tl.play.title = name || "";
  tl.play.setAttribute("aria-label", name || "");
  if (!timeline) return;
  tl.slider.value = String(tl.index === null ? timeline.years.length - 1 : tl.index);
  const text = caption(timeline, tl.index);
  tl.slider.setAttribute("aria-valuetext", text);
  tl.shown.textContent = text;
  state.root.setAttribute("data-year", tl.index === null ? "latest" : String(timeline.years[tl.index]));
}

function showYear(state, index) {
  state.tl.index = index;
  paint(state);
  syncTimeline(state);
  let target = state.hoveredTarget; // an inset's paths are drawn anew each year: find the hovered one again
  if (target && !target.isConnected && target.__atlas) {
    target = state.svg.querySelector(`path[data-inset-of="${target.__atlas.id}"]`);
    state.hoveredTarget = target;
  }
  if (!state.tip.hidden && target && state.lastPointer) showTip(state, target, state.lastPointer);
}

function startPlay(state) {
  const tl = state.tl;
  const timeline = state.data.timeline;
  if (!timeline || timeline.years.length < 2) return;
  if (!hasEveryYear(timeline)) {
    tl.pendingPlay = !tl.pendingPlay; // a second press before the years came cancels it
    askEveryYear(state);
    syncTimeline(state);
    return;
  }
  tl.playing = true;
  tl.from = timeline.shown;
  showYear(state, playFrom(tl.index, timeline.years.length));
  tl.timer = setInterval(() => {
    const next = nextIndex(tl.index, timeline.years.length);
    if (next === null) stopPlay(state, true);
    else showYear(state, next);
  }, STEP_MS);
}

function stopPlay(state, send) {
  const tl = state.tl;
  clearInterval(tl.timer);
  tl.playing = false;
  syncTimeline(state);
  if (send) sendYear(state);
}

function sendYear(state) {
  const timeline = state.data.timeline;
  if (!timeline || !state.setTrigger) return;
  const year = yearToSend(timeline.years, state.tl.index, timeline.shown);
  if (year !== null) state.setTrigger("year", year);
}

function renderTimeline(state) {
  const tl = state.tl;
  const timeline = state.data.timeline;
  state.timeline.hidden = !timeline;
  if (!timeline) {
    if (tl.playing) stopPlay(state, false);
    tl.index = null;
    tl.pendingPlay = false;
    tl.lastShown = undefined;
    return;
  }
  // a new view from the server (another measure, Back, a link) stops a play that it did not come from
  if (tl.playing && timeline.shown !== tl.from) stopPlay(state, false);
  if (timeline.shown !== tl.lastShown) {
    tl.moved = false; // the server drew another year: the slider follows it
    if (!hasEveryYear(timeline)) tl.pendingPlay = false;
  }
  tl.lastShown = timeline.shown;
  // the run that brought every year keeps the year the slider was moved to meanwhile
  if (!tl.playing && !tl.moved) tl.index = yearIndex(timeline.years, timeline.shown);
  tl.slider.max = String(timeline.years.length - 1);
  tl.slider.setAttribute("aria-label", timeline.labels.slider || "");
  tl.first.textContent = String(timeline.years[0] || "");
  tl.last.textContent = String(timeline.years[timeline.years.length - 1] || "");
  syncTimeline(state);
  if (tl.pendingPlay && hasEveryYear(timeline)) {
    tl.pendingPlay = false;
    startPlay(state);
  }
}

// The tooltip's sparkline: the region's turnover year by year (gaps where no figure is on record), the year shown
// marked; its label says what it is. Nothing when the region has no turnover on record or the map has no timeline.
const SPARK = { width: 168, height: 38, pad: 4 };

function drawSparkline(state, id, parent) {
  const timeline = state.data && state.data.timeline;
  const own = timeline && id ? timeline.regions[id] : null;
  if (!own || !own.history || !own.history.length) return;
  const highlight = markedYear(timeline, paintedIndex(timeline, state.tl.index), id);
  const spark = sparkline(own.history, { ...SPARK, highlight });
  if (!spark) return;
  const box = el("div", "atlas-map__spark", parent);
  box.setAttribute("data-testid", "atlas-map-spark");
  el("div", "atlas-map__spark-label", box).textContent = timeline.labels.history || "";
  const svg = svgEl("svg", { width: SPARK.width, height: SPARK.height, "aria-hidden": "true" }, box);
  const base = SPARK.height - SPARK.pad;
  svgEl("path", { d: `M${SPARK.pad} ${base}H${SPARK.width - SPARK.pad}`, class: "atlas-map__spark-base" }, svg);
  if (spark.mark) {
    const d = `M${spark.mark.x} ${SPARK.pad - 2}V${base}`;
    svgEl("path", { d, class: "atlas-map__spark-mark", "data-year": spark.mark.year }, svg);
  }
  for (const d of spark.lines) svgEl("path", { d, class: "atlas-map__spark-line" }, svg);
  for (const dot of spark.dots) {
    const marked = spark.mark && dot.year === spark.mark.year;
    const attrs = { cx: dot.x, cy: dot.y, r: marked ? 3.2 : 1.8, class: marked ? "is-marked" : "" };
    svgEl("circle", attrs, svg);
  }
  const years = el("div", "atlas-map__spark-years", box);
  el("span", "", years).textContent = String(spark.domain.first);
  if (spark.domain.last !== spark.domain.first) el("span", "", years).textContent = String(spark.domain.last);
}

// The outline of an inset's focus region: white on a dark fill, near-black on a light one.
export function contrastStroke(fill) {
  return inkOn(fill, "#31333f", 0.2);
}

// Insets: the regions too small to see at full view (Moscow, St Petersburg), enlarged in boxes where the map has no
// land. Same colours, tooltips and clicks as on the main map; hidden while zoomed in (the main map is then enough).
// Drawn directly in one layer (no nested groups), so the export copies each path and label once.
function drawInsets(state, paths, regions) {
  const data = state.data;
  const layer = state.svg.querySelector(".atlas-map__insets");
  layer.replaceChildren();
  const byId = new Map(regions.map((r) => [r.id, r]));
  for (const inset of paths.insets || []) {
    const focus = byId.get(inset.focus);
    if (!focus) continue; // the focus region is not on this map
    const [x, y, w, h] = inset.box;
    svgEl(
      "path",
      {
        class: "atlas-map__inset-frame",
        d: `M${x} ${y}h${w}v${h}h${-w}z`,
        fill: "#ffffff",
        stroke: "#b9bcc4",
        "stroke-width": "0.8",
      },
      layer,
    );
    const label = svgEl(
      "text",
      { class: "atlas-map__inset-label", x: x + 5, y: y + 12, "font-size": 10.5, fill: "#31333f" },
      layer,
    );
    label.textContent = focus.name;
    for (const [id, d] of Object.entries(inset.regions)) {
      const region = byId.get(id);
      if (!region) continue;
      const focused = id === inset.focus; // outlined so it stands out from a neighbour of the same colour
      const stroke = focused ? contrastStroke(region.fill) : data.border;
      const path = svgEl(
        "path",
        { d, "data-inset-of": id, fill: region.fill, stroke, "stroke-width": focused ? "1.4" : "0.5" },
        layer,
      );
      path.__atlas = { id, tip: tipLines(region) };
    }
  }
}

function render(state) {
  const data = state.data;
  state.root.classList.toggle("atlas-map--large", Boolean(data.large));
  renderTimeline(state);
  const frame = shownFrame(state);
  state.title.textContent = frame.title || "";
  state.svg.setAttribute("aria-label", mapLabel({ ...data, alt: frame.alt, title: frame.title }));
  state.frame.style.aspectRatio = `${data.width} / ${data.height}`;
  applyLabels(state);
  const legend = state.legend;
  legend.replaceChildren();
  if (data.legend.title) el("span", "atlas-map__legend-title", legend).textContent = data.legend.title;
  for (const [label, colour] of data.legend.items) {
    const item = el("span", "atlas-map__legend-item", legend);
    el("span", "atlas-map__swatch", item).style.background = colour;
    el("span", "", item).textContent = label;
  }
  loadGeometry(data.geometry).then(
    (paths) => {
      if (state.data === data) draw(state, paths);
    },
    (error) => {
      state.status.textContent = `${(data.labels || {}).geometry_error || "Map unavailable"} (${error.message})`;
    },
  );
}

// ---- export: the whole picture (title, full map, legend, source line) as SVG or PNG, built in the page, no network.
// A picture pasted into a report stands alone: it says what it shows, how to read its colours and where it is from.

// Lines of at most `width` units for text at `size` (an estimate: ~0.56 em per character), broken between words.
function wrapped(text, size, width) {
  const perLine = Math.max(20, Math.floor(width / (size * 0.56)));
  const lines = [];
  let line = "";
  const words = String(text || "")
    .split(/\s+/)
    .filter(Boolean);
  for (const word of words) {
    if (line && (line + " " + word).length > perLine) {
      lines.push(line);
      line = word;
    } else line = line ? line + " " + word : word;
  }
  if (line) lines.push(line);
  return lines;
}

function exportSvg(state) {
  const data = { ...state.data, ...shownFrame(state) }; // the year shown: its title and notes
  const full = state.full;
  const pad = 8;
  const titleLines = wrapped(data.title, 20, full.w - 2 * pad);
  const top = 14 + 26 * titleLines.length;
  // legend items flow left to right and wrap to a new row at the picture's edge
  const items = [];
  let x = pad;
  let row = 0;
  const place = (width) => {
    if (x > pad && x + width > full.w - pad) {
      x = pad;
      row += 1;
    }
    const at = { x, row };
    x += width;
    return at;
  };
  if (data.legend.title)
    items.push({ kind: "title", text: data.legend.title, ...place(7.5 * data.legend.title.length + 14) });
  for (const [label, colour] of data.legend.items)
    items.push({ kind: "item", text: label, colour, ...place(19 + 7.5 * label.length + 18) });
  const legendTop = top + full.h + 10;
  const legendH = items.length ? (row + 1) * 22 : 0;
  const notes = (data.notes || []).flatMap((note) => wrapped(note, 12, full.w - 2 * pad));
  const notesTop = legendTop + legendH + 8;
  const height = notesTop + 16 * notes.length + 6;
  const out = svgEl("svg", {
    xmlns: SVG_NS,
    viewBox: `0 0 ${full.w} ${height}`,
    width: String(full.w * 1.5),
    height: String(height * 1.5),
    "font-family": "Inter, 'Segoe UI', Roboto, Arial, sans-serif",
  });
  svgEl("rect", { x: 0, y: 0, width: full.w, height, fill: "#ffffff" }, out);
  titleLines.forEach((line, i) => {
    const attrs = { x: pad, y: 30 + 26 * i, "font-size": 20, "font-weight": 600, fill: "#262730" };
    svgEl("text", attrs, out).textContent = line;
  });
  const g = svgEl("g", { transform: `translate(0 ${top})`, "fill-rule": "evenodd", "stroke-linejoin": "round" }, out);
  for (const layer of state.svg.querySelectorAll("g")) {
    for (const node of layer.querySelectorAll("path, text")) {
      const copy = node.cloneNode(node.tagName === "text");
      copy.removeAttribute("class");
      copy.removeAttribute("aria-label");
      g.appendChild(copy);
    }
  }
  const legend = svgEl("g", { class: "legend" }, out);
  for (const item of items) {
    const y = legendTop + 16 + 22 * item.row;
    if (item.kind === "title") {
      svgEl("text", { x: item.x, y, "font-size": 13, fill: "#555" }, legend).textContent = item.text;
      continue;
    }
    const swatch = {
      x: item.x,
      y: y - 11,
      width: 14,
      height: 14,
      fill: item.colour,
      stroke: "#888",
      "stroke-width": 0.5,
    };
    svgEl("rect", swatch, legend);
    svgEl("text", { x: item.x + 19, y, "font-size": 13, fill: "#262730" }, legend).textContent = item.text;
  }
  const source = svgEl("g", { class: "source" }, out);
  notes.forEach((line, i) => {
    svgEl("text", { x: pad, y: notesTop + 12 + 16 * i, "font-size": 12, fill: "#4f5862" }, source).textContent = line;
  });
  return new XMLSerializer().serializeToString(out);
}

function save(state, format) {
  if (!state.full) return;
  const timeline = state.data.timeline;
  const name = pictureName(state.data.filename || "atlas-map", timeline, paintedIndex(timeline, state.tl.index));
  savePicture(exportSvg(state), name + "." + format, format);
}

export default function (component) {
  const { parentElement, setTriggerValue, setStateValue } = component;
  const data = fromBytes(component.data);
  const state = (parentElement.querySelector(".atlas-map") || {}).__atlas || skeleton(parentElement);
  state.data = data;
  state.setTrigger = setTriggerValue;
  state.setState = setStateValue;
  render(state);
}
