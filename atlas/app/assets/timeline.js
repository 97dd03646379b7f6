// The overview map's years: which year the slider and the play loop show, and each year's regions as the map draws
// them. Pure (no DOM, no timers): tests/js/timeline.test.js; regionmap.js wires it to the slider, the play button
// and a one-second timer. The first payload carries the years and each region's sparkline only; every year's colours,
// tooltips and frames (atlas.figures.mapspec.Timeline) come in the run after the user first reaches for the slider or
// play. From then on playing recolours the map in the browser and the server runs only when the user settles on a year.

export const STEP_MS = 1000; // one year per second while playing

// Whether the payload carries every year's colours, tooltips and frames (not only the years and the sparklines).
export function hasEveryYear(timeline) {
  return Boolean(timeline) && Array.isArray(timeline.frames);
}

// The year at which the map is painted: the slider's or the play loop's once every year is here; before that, the
// year the server drew (the slider may already stand elsewhere while the other years are on their way).
export function paintedIndex(timeline, index) {
  if (!timeline) return null;
  return hasEveryYear(timeline) ? index : yearIndex(timeline.years, timeline.shown);
}

// The index of `year` in `years`, or null (the "each region's latest year" view, or a year not on record).
export function yearIndex(years, year) {
  const i = years.indexOf(year);
  return i < 0 ? null : i;
}

// Where play starts: from the year shown, or from the first year when none is shown (latest) or the last is.
export function playFrom(index, count) {
  return index === null || index >= count - 1 ? 0 : index;
}

// The year after `index` while playing, or null at the last year (playing stops there).
export function nextIndex(index, count) {
  return index + 1 < count ? index + 1 : null;
}

// The year a stopped play or a slider move hands to the server, or null when there is nothing new to tell it: no
// year shown, or the year the server already shows.
export function yearToSend(years, index, shown) {
  if (index === null) return null;
  const year = years[index];
  return year === shown ? null : year;
}

// The regions of the year at `index`, as the map draws them ({id, name, fill, tip}): the year's colour from the
// one palette, its tooltip or, without a figure, the region's name and the "no data" line.
export function frameRegions(regions, timeline, index) {
  const year = timeline.years[index];
  return regions.map((region) => {
    const own = timeline.regions[region.id];
    if (!own) return region;
    const tip = own.tips[String(year)];
    return {
      id: region.id,
      name: region.name,
      fill: timeline.palette[Number(own.classes[index])],
      tip: tip || [region.name, timeline.missing],
    };
  });
}

// The year a region's sparkline marks: the year shown or, in the latest view, the year of that region's figure.
export function markedYear(timeline, index, id) {
  if (index !== null) return timeline.years[index];
  const own = timeline.regions[id];
  return own && Number.isFinite(own.latest) ? own.latest : null;
}

// The caption under the slider: "Shown: 2021", or the latest view's sentence.
export function caption(timeline, index) {
  const labels = timeline.labels || {};
  if (index === null) return labels.caption_latest || "";
  return (labels.caption || "{year}").replace("{year}", String(timeline.years[index]));
}

// A saved picture's file name names its year: overview-map-2021.svg, overview-map-latest.png.
export function pictureName(filename, timeline, index) {
  if (!timeline) return filename;
  return `${filename}-${index === null ? "latest" : timeline.years[index]}`;
}
