// The overview map's years (assets/timeline.js): where play starts and stops, what the server is told, each year's
// regions, the sparkline's marked year, the caption and the saved picture's name; the first payload without every
// year, painted at the server's year until the rest comes.
import assert from "node:assert/strict";
import { test } from "node:test";

import {
  caption,
  frameRegions,
  hasEveryYear,
  markedYear,
  nextIndex,
  paintedIndex,
  pictureName,
  playFrom,
  yearIndex,
  yearToSend,
} from "../../atlas/app/assets/timeline.js";

const TIMELINE = {
  years: [2022, 2023, 2024],
  shown: 2023,
  palette: ["#a", "#b", "#c", "#grey"],
  missing: "Turnover: no data on record",
  frames: [{ title: "T 2022" }, { title: "T 2023" }, { title: "T 2024" }],
  regions: {
    "RU-SMO": {
      classes: "012",
      tips: { 2022: ["Smolensk", "1"], 2023: ["Smolensk", "2"], 2024: ["Smolensk", "3"] },
      history: [],
      latest: 2024,
    },
    "RU-TA": { classes: "33" + "1", tips: { 2024: ["Tatarstan", "9"] }, history: [], latest: 2024 },
  },
  labels: { caption: "Shown: {year}", caption_latest: "Shown: each region's latest year" },
};
const REGIONS = [
  { id: "RU-SMO", name: "Smolensk", fill: "#b", tip: ["Smolensk", "2"] },
  { id: "RU-TA", name: "Tatarstan", fill: "#grey", tip: ["Tatarstan", "no data"] },
];

test("a year is found among the years on record; latest or an unknown year is none", () => {
  assert.equal(yearIndex(TIMELINE.years, 2024), 2);
  assert.equal(yearIndex(TIMELINE.years, null), null);
  assert.equal(yearIndex(TIMELINE.years, 2019), null);
});

test("play starts at the year shown, or at the first year from the latest view or the last year", () => {
  assert.equal(playFrom(1, 3), 1);
  assert.equal(playFrom(null, 3), 0);
  assert.equal(playFrom(2, 3), 0);
});

test("playing steps a year at a time and stops at the last", () => {
  const seen = [];
  for (let i = playFrom(null, 3); i !== null; i = nextIndex(i, 3)) seen.push(TIMELINE.years[i]);
  assert.deepEqual(seen, [2022, 2023, 2024]);
  assert.equal(nextIndex(2, 3), null);
});

test("the server hears a year only when it is new to it", () => {
  assert.equal(yearToSend(TIMELINE.years, 2, 2023), 2024);
  assert.equal(yearToSend(TIMELINE.years, 1, 2023), null); // already shown: no rerun, no history entry
  assert.equal(yearToSend(TIMELINE.years, null, 2023), null);
  assert.equal(yearToSend(TIMELINE.years, 0, null), 2022); // from the latest view
});

test("a year's regions take that year's colour and tooltip; without a figure, the name and 'no data'", () => {
  const regions = frameRegions(REGIONS, TIMELINE, 0);
  assert.deepEqual(regions[0], { id: "RU-SMO", name: "Smolensk", fill: "#a", tip: ["Smolensk", "1"] });
  assert.deepEqual(regions[1], {
    id: "RU-TA",
    name: "Tatarstan",
    fill: "#grey",
    tip: ["Tatarstan", "Turnover: no data on record"],
  });
  assert.equal(frameRegions(REGIONS, TIMELINE, 2)[1].fill, "#b");
});

test("a region the timeline does not know is drawn as the payload has it", () => {
  const other = { id: "RU-XX", name: "X", fill: "#z", tip: ["X"] };
  assert.deepEqual(frameRegions([other], TIMELINE, 0), [other]);
});

test("the sparkline marks the year shown, or in the latest view the year of the region's own figure", () => {
  assert.equal(markedYear(TIMELINE, 0, "RU-SMO"), 2022);
  assert.equal(markedYear(TIMELINE, null, "RU-TA"), 2024);
  assert.equal(markedYear(TIMELINE, null, "RU-XX"), null);
});

test("the caption names the year shown, or says each region's latest", () => {
  assert.equal(caption(TIMELINE, 1), "Shown: 2023");
  assert.equal(caption(TIMELINE, null), "Shown: each region's latest year");
});

test("a saved picture's name says its year", () => {
  assert.equal(pictureName("overview-map", TIMELINE, 2), "overview-map-2024");
  assert.equal(pictureName("overview-map", TIMELINE, null), "overview-map-latest");
  assert.equal(pictureName("present-map", null, null), "present-map");
});

// the first payload: the years, labels and sparklines only (atlas.figures.mapspec.Timeline.payload(every_year=False))
const FIRST = {
  years: TIMELINE.years,
  shown: 2023,
  regions: { "RU-SMO": { history: [[2023, 2]], latest: 2023 } },
  labels: TIMELINE.labels,
};

test("a first payload has not every year; the full one has", () => {
  assert.equal(hasEveryYear(FIRST), false);
  assert.equal(hasEveryYear(TIMELINE), true);
  assert.equal(hasEveryYear(null), false);
});

test("before every year is here the map stays painted at the server's year, wherever the slider stands", () => {
  assert.equal(paintedIndex(FIRST, 0), 1); // the slider on 2022, the map still 2023 (the server's)
  assert.equal(paintedIndex({ ...FIRST, shown: null }, 0), null); // the latest view
  assert.equal(paintedIndex(TIMELINE, 0), 0); // every year here: the slider's year
  assert.equal(paintedIndex(TIMELINE, null), null);
  assert.equal(paintedIndex(null, 2), null); // no timeline
});
