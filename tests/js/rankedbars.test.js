// The ranked bars (assets/rankedbars.js): bar widths, and which source addresses become links.
import assert from "node:assert/strict";
import { test } from "node:test";

import { barWidth, linkable } from "../../atlas/app/assets/rankedbars.js";

test("a bar's width is its share of the largest, in per cent", () => {
  assert.equal(barWidth(1), "100.00%");
  assert.equal(barWidth(0.25), "25.00%");
  assert.equal(barWidth(1 / 3), "33.33%");
  assert.equal(barWidth(0), "0.00%"); // a missing figure: no bar
});

test("only an http(s) address becomes a link", () => {
  assert.equal(linkable("https://example.org/a"), true);
  assert.equal(linkable("http://example.org/a"), true);
  for (const source of [
    "javascript:alert(1)",
    "JAVASCRIPT:alert(1)",
    "data:text/html,x",
    "/app/x",
    "example.org",
    "",
    null,
    undefined,
  ]) {
    assert.equal(linkable(source), false, String(source));
  }
  assert.equal(linkable(" https://example.org"), false); // nothing before the scheme
});
