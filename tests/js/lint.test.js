// The components' scripts pass the project's eslint rules, among them: no data goes in as markup (every text from a
// data file is set through textContent; innerHTML, outerHTML and insertAdjacentHTML are refused).
import assert from "node:assert/strict";
import { test } from "node:test";
import { fileURLToPath } from "node:url";

import { ESLint } from "../../tools/js/node_modules/eslint/lib/api.js";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const eslint = new ESLint({ cwd: ROOT, overrideConfigFile: "tools/js/eslint.config.js" });

test("every asset passes eslint", async () => {
  const results = await eslint.lintFiles(["atlas/app/assets"]);
  assert.ok(results.length >= 8, `linted ${results.length} files`);
  const problems = results.flatMap((r) => r.messages.map((m) => `${r.filePath}:${m.line}: ${m.message}`));
  assert.deepEqual(problems, []);
});

test("markup from data is refused in an asset", async () => {
  const bad = [
    "export function f(node, text) { node.innerHTML = text; }",
    "export function f(node, text) { node.outerHTML = text; }",
    'export function f(node, text) { node.insertAdjacentHTML("beforeend", text); }',
    "export function f(text) { document.write(text); }",
  ];
  for (const source of bad) {
    const [result] = await eslint.lintText(source, { filePath: "atlas/app/assets/bad.js" });
    assert.ok(
      result.messages.some((m) => m.ruleId === "no-restricted-syntax" || m.ruleId === "no-restricted-properties"),
      source,
    );
  }
  const [good] = await eslint.lintText("export function f(node, text) { node.textContent = text; }", {
    filePath: "atlas/app/assets/good.js",
  });
  assert.deepEqual(good.messages, []);
});
