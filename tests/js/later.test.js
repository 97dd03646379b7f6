// Tables' places ask for their table one at a time (assets/later.js): Streamlit runs one fragment per batch.
import assert from "node:assert/strict";
import { test } from "node:test";

import { done, next, queue } from "../../atlas/app/assets/later.js";

test("places near at once ask one after another: the next when the one asking is gone, or when its wait ends", () => {
  const asked = [];
  const timers = [];
  const wait = (fn) => timers.push(fn);
  const q = queue({});
  const [a, b, c] = ["a", "b", "c"].map((name) => ({ ask: () => asked.push(name) }));
  q.waiting.push(a, b, c);
  next(q, wait);
  next(q, wait);
  assert.deepEqual(asked, ["a"]); // b waits while a is asking
  done(q, a, wait); // a's table replaced its place
  assert.deepEqual(asked, ["a", "b"]);
  timers[1](); // b's run never came: its wait ends and c asks
  assert.deepEqual(asked, ["a", "b", "c"]);
  done(q, b, wait); // late: b no longer asks, nothing more happens
  assert.deepEqual(asked, ["a", "b", "c"]);
  assert.equal(q.asking, c);
});
