// Which ink reads on a fill (assets/colour.js), and the two uses: the map inset's outline, the chart's bar labels.
import assert from "node:assert/strict";
import { test } from "node:test";

import { labelColour } from "../../atlas/app/assets/chart.js";
import { inkOn, luminance } from "../../atlas/app/assets/colour.js";
import { contrastStroke } from "../../atlas/app/assets/regionmap.js";

test("luminance runs from black to white and weighs green the most", () => {
  assert.equal(luminance("#000000"), 0);
  assert.equal(luminance("#FFFFFF"), 1);
  assert.ok(Math.abs(luminance("#808080") - 0.2158605) < 1e-6); // sRGB 128 decoded, not 128 / 255
  assert.ok(luminance("#00ff00") > luminance("#ff0000") && luminance("#ff0000") > luminance("#0000ff"));
});

test("a colour that is not #rrggbb has no luminance and gets the ink", () => {
  for (const colour of ["#fff", "red", "rgb(0,0,0)", "", null, undefined, "#0000001"]) {
    assert.equal(luminance(colour), null);
    assert.equal(inkOn(colour, "#123456", 0.5), "#123456");
  }
});

test("white goes on fills darker than the threshold, the ink on the rest", () => {
  assert.equal(inkOn("#000000", "#222222", 0.2), "#ffffff");
  assert.equal(inkOn("#808080", "#222222", 0.2), "#222222"); // 0.216: just above
  assert.equal(inkOn("#808080", "#222222", 0.3), "#ffffff");
});

test("the inset outline and the bar labels keep their own thresholds", () => {
  // #2c7fb8 (a trade-map blue) has luminance 0.19: white outline (< 0.2) and white label (< 0.35)
  assert.equal(contrastStroke("#2c7fb8"), "#ffffff");
  assert.equal(labelColour("#2c7fb8"), "#ffffff");
  // #41b6c4 has 0.38: dark on both
  assert.equal(contrastStroke("#41b6c4"), "#31333f");
  assert.equal(labelColour("#41b6c4"), "#1b2733");
  // #7f9fb0 has 0.32: between the two thresholds
  assert.equal(contrastStroke("#7f9fb0"), "#31333f");
  assert.equal(labelColour("#7f9fb0"), "#ffffff");
  assert.equal(contrastStroke(undefined), "#31333f");
});
