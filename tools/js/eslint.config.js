// ESLint for the components' JS (atlas/app/assets), run from the repository root by `make lint`.
// Each asset is an ES module in the browser (Streamlit's st.components.v2 loads it from a blob URL); the tests in
// tests/js run under node (tests/js/lint.test.js runs this configuration too, so `make test` enforces it).
import js from "@eslint/js";
import globals from "globals";

export default [
  js.configs.recommended,
  {
    files: ["atlas/app/assets/**/*.js"],
    languageOptions: { ecmaVersion: 2022, sourceType: "module", globals: { ...globals.browser } },
    rules: {
      eqeqeq: "error",
      "no-var": "error",
      "prefer-const": "error",
      // Names and hover lines come from data files: text goes in through textContent, never as markup.
      "no-restricted-properties": [
        "error",
        { property: "innerHTML", message: "Set text with textContent; data never goes in as markup." },
        { property: "outerHTML", message: "Set text with textContent; data never goes in as markup." },
        { property: "insertAdjacentHTML", message: "Build nodes; data never goes in as markup." },
        { object: "document", property: "write", message: "Build nodes; data never goes in as markup." },
      ],
    },
  },
  {
    files: ["tests/js/**/*.js"],
    languageOptions: { ecmaVersion: 2022, sourceType: "module", globals: { ...globals.node } },
  },
];
