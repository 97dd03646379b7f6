// Prettier for the components' JS and CSS (atlas/app/assets): lines of 120 like the Python (ruff), the rest default.
export default {
  printWidth: 120,
};
