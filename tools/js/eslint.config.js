// ESLint for the components' JS (atlas/app/assets), run from the repository root by `make lint`.
// Each asset is an ES module in the browser (Streamlit's st.components.v2 loads it from a blob URL); the tests in
// tests/js run under node.
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
    },
  },
];
