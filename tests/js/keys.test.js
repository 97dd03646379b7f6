// Which key does what: the chart's marks (assets/chart.js) and presenter mode's slides (assets/stage.js).
import assert from "node:assert/strict";
import { test } from "node:test";

import { markAfterKey } from "../../atlas/app/assets/chart.js";
import { stageAction } from "../../atlas/app/assets/stage.js";

test("arrows step round the chart's marks, from none to the first", () => {
  assert.equal(markAfterKey("ArrowRight", -1, 5), 0);
  assert.equal(markAfterKey("ArrowLeft", -1, 5), 0);
  assert.equal(markAfterKey("ArrowRight", 1, 5), 2);
  assert.equal(markAfterKey("ArrowDown", 4, 5), 0);
  assert.equal(markAfterKey("ArrowLeft", 0, 5), 4);
  assert.equal(markAfterKey("ArrowUp", 3, 5), 2);
});

test("Home and End jump to the ends, Escape closes the tooltip, other keys are not the chart's", () => {
  assert.equal(markAfterKey("Home", 3, 5), 0);
  assert.equal(markAfterKey("End", -1, 5), 4);
  assert.equal(markAfterKey("Escape", 2, 5), -1);
  for (const key of ["Enter", " ", "PageDown", "a", "Tab"]) assert.equal(markAfterKey(key, 2, 5), null);
});

const FREE = { listboxOpen: false, ownsArrows: false };

test("the clicker's keys move the slides and Esc leaves presenter mode", () => {
  assert.equal(stageAction({ key: "PageDown" }, FREE), "next");
  assert.equal(stageAction({ key: "ArrowRight" }, FREE), "next");
  assert.equal(stageAction({ key: "PageUp" }, FREE), "prev");
  assert.equal(stageAction({ key: "ArrowLeft" }, FREE), "prev");
  assert.equal(stageAction({ key: "Escape" }, FREE), "exit");
  for (const key of ["ArrowUp", "ArrowDown", "Enter", " ", "Home", "b"]) assert.equal(stageAction({ key }, FREE), null);
});

test("a key with a modifier is the browser's, not the stage's", () => {
  for (const modifier of ["altKey", "ctrlKey", "metaKey"]) {
    assert.equal(stageAction({ key: "PageDown", [modifier]: true }, FREE), null);
  }
  assert.equal(stageAction({ key: "PageDown", shiftKey: true }, FREE), "next");
});

test("an open dropdown keeps every key; the map and a text field keep only the arrows", () => {
  for (const key of ["PageDown", "ArrowRight", "Escape"]) {
    assert.equal(stageAction({ key }, { listboxOpen: true, ownsArrows: false }), null);
  }
  const focusedMap = { listboxOpen: false, ownsArrows: true };
  assert.equal(stageAction({ key: "ArrowRight" }, focusedMap), null);
  assert.equal(stageAction({ key: "ArrowLeft" }, focusedMap), null);
  assert.equal(stageAction({ key: "PageDown" }, focusedMap), "next");
  assert.equal(stageAction({ key: "Escape" }, focusedMap), "exit");
});
