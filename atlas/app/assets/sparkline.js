// The map tooltip's sparkline of a region's turnover: where its points, lines and the shown year's mark go. Pure (no
// DOM): tests/js/sparkline.test.js; regionmap.js draws the result as SVG.
//
// Points are [year, value] pairs as on record (ascending years; a year without a figure is simply absent). Years
// run left to right over the region's own span (widened to take in the year shown); values from zero (the bottom) to
// the largest on record (the top). Consecutive years are joined by a line; a missing year breaks it (a gap, never a
// dip to zero); a point with no neighbour is a dot.

// The span of years the sparkline covers: the region's first to last year on record, widened to `highlight`.
export function sparkDomain(points, highlight) {
  const years = points.map(([year]) => year);
  if (Number.isFinite(highlight)) years.push(highlight);
  if (!years.length) return null;
  return { first: Math.min(...years), last: Math.max(...years), max: Math.max(0, ...points.map(([, v]) => v)) };
}

// x, y of one point in a box of `width` × `height` with `pad` on every side.
export function sparkScale(domain, { width, height, pad }) {
  const spanX = domain.last - domain.first;
  const innerW = width - 2 * pad;
  const innerH = height - 2 * pad;
  return {
    x: (year) => (spanX ? pad + ((year - domain.first) / spanX) * innerW : width / 2),
    y: (value) => (domain.max > 0 ? pad + innerH - (value / domain.max) * innerH : pad + innerH),
  };
}

// Runs of consecutive years: [[2021, 5], [2022, 7]], [[2024, 6]] for 2021, 2022, 2024.
export function runs(points) {
  const out = [];
  for (const point of points) {
    const run = out[out.length - 1];
    if (run && point[0] === run[run.length - 1][0] + 1) run.push(point);
    else out.push([point]);
  }
  return out;
}

const round = (n) => Math.round(n * 10) / 10;

// What to draw: `lines` (an SVG path's d per run of two or more years), `dots` (every point), the shown year's
// `mark` (its x; y and value where that year has a figure, else null) and the domain (for the year labels).
export function sparkline(points, { width, height, pad = 3, highlight = null }) {
  const domain = sparkDomain(points, highlight);
  if (!domain || !points.length) return null;
  const { x, y } = sparkScale(domain, { width, height, pad });
  const lines = runs(points)
    .filter((run) => run.length > 1)
    .map((run) => run.map(([year, value], i) => `${i ? "L" : "M"}${round(x(year))} ${round(y(value))}`).join(""));
  const dots = points.map(([year, value]) => ({ year, x: round(x(year)), y: round(y(value)) }));
  let mark = null;
  if (Number.isFinite(highlight)) {
    const hit = points.find(([year]) => year === highlight);
    mark = { year: highlight, x: round(x(highlight)), y: hit ? round(y(hit[1])) : null, value: hit ? hit[1] : null };
  }
  return { lines, dots, mark, domain };
}
