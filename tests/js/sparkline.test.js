// The tooltip's sparkline (assets/sparkline.js): its span, scale, and a line broken where a year has no figure.
import assert from "node:assert/strict";
import { test } from "node:test";

import { runs, sparkDomain, sparkline, sparkScale } from "../../atlas/app/assets/sparkline.js";

const BOX = { width: 104, height: 44, pad: 2 }; // inner 100 × 40

test("the span runs from the first to the last year on record, widened to the year shown", () => {
  assert.deepEqual(
    sparkDomain(
      [
        [2021, 5],
        [2023, 10],
      ],
      null,
    ),
    { first: 2021, last: 2023, max: 10 },
  );
  assert.deepEqual(
    sparkDomain(
      [
        [2021, 5],
        [2023, 10],
      ],
      2019,
    ),
    { first: 2019, last: 2023, max: 10 },
  );
  assert.equal(sparkDomain([], null), null);
});

test("years go left to right and values from zero at the bottom to the largest at the top", () => {
  const { x, y } = sparkScale({ first: 2020, last: 2024, max: 200 }, BOX);
  assert.equal(x(2020), 2);
  assert.equal(x(2024), 102);
  assert.equal(x(2022), 52);
  assert.equal(y(0), 42);
  assert.equal(y(200), 2);
  assert.equal(y(100), 22);
});

test("a single year sits in the middle; all-zero values lie on the baseline", () => {
  const { x, y } = sparkScale({ first: 2024, last: 2024, max: 0 }, BOX);
  assert.equal(x(2024), 52);
  assert.equal(y(0), 42);
});

test("a missing year splits the points into runs of consecutive years", () => {
  assert.deepEqual(
    runs([
      [2019, 1],
      [2020, 2],
      [2022, 3],
      [2023, 4],
      [2025, 5],
    ]),
    [
      [
        [2019, 1],
        [2020, 2],
      ],
      [
        [2022, 3],
        [2023, 4],
      ],
      [[2025, 5]],
    ],
  );
});

test("the line has a gap where a year has no figure, never a dip to zero", () => {
  const spark = sparkline(
    [
      [2020, 100],
      [2021, 200],
      [2023, 50],
      [2024, 100],
    ],
    { ...BOX },
  );
  assert.equal(spark.lines.length, 2); // 2020–2021 and 2023–2024: nothing drawn through 2022
  assert.equal(spark.lines[0], "M2 22L27 2");
  assert.equal(spark.lines[1], "M77 32L102 22");
  assert.ok(spark.lines.every((d) => !d.includes(" 42"))); // no point on the zero line
  assert.equal(spark.dots.length, 4);
});

test("a year with no neighbour on record is a dot, not a line", () => {
  const spark = sparkline(
    [
      [2018, 10],
      [2024, 20],
    ],
    { ...BOX },
  );
  assert.deepEqual(spark.lines, []);
  assert.deepEqual(
    spark.dots.map((d) => d.year),
    [2018, 2024],
  );
});

test("the year shown is marked, with its value where it has one", () => {
  const points = [
    [2021, 100],
    [2022, 200],
  ];
  const shown = sparkline(points, { ...BOX, highlight: 2022 });
  assert.deepEqual(shown.mark, { year: 2022, x: 102, y: 2, value: 200 });
  const missing = sparkline(points, { ...BOX, highlight: 2024 }); // no figure that year: a mark, no value
  assert.equal(missing.mark.value, null);
  assert.equal(missing.mark.y, null);
  assert.equal(missing.mark.x, 102);
  assert.equal(missing.domain.last, 2024);
});

test("no points, no sparkline", () => {
  assert.equal(sparkline([], { ...BOX, highlight: 2024 }), null);
});
