// One user action = one browser history entry. Streamlit pushes an entry for each step of one action: a page change
// pushes the new page's address, then the page's run writes its view into the query string and pushes again (Back
// then lands on a bare copy of the same page). Here a push that no user input preceded (a click, a key, a touch since
// the last push) replaces the current entry instead; after Back or Forward (popstate) nothing new is pushed until the
// user acts again. Installed once per tab; nothing is shown. On every run it also sets the document's language to the
// interface's (data.lang: "ru", "en", "be"), which Streamlit's page leaves at "en".

function install(state) {
  const push = history.pushState.bind(history);
  const replace = history.replaceState.bind(history);
  const acted = () => {
    state.acted = true;
  };
  const settled = () => {
    state.acted = false;
  };
  history.pushState = (data, unused, url) => {
    if (!state.acted) return replace(data, unused, url);
    state.acted = false; // the entry of this action; the action's later steps replace it
    return push(data, unused, url);
  };
  for (const type of ["pointerdown", "keydown", "touchstart"]) window.addEventListener(type, acted, true);
  window.addEventListener("popstate", settled, true);
  document.body.dataset.atlasHistory = "one-entry-per-action"; // for tests: the guard is live
}

export default function (component) {
  const { data, parentElement } = component;
  if (data && /^[a-z]{2}$/.test(data.lang || "")) document.documentElement.lang = data.lang;
  // an empty, hidden mark: the element is mounted (what the benchmark's "drawn" check looks for), nothing is shown
  if (!parentElement.querySelector(".atlas-history")) {
    const mark = document.createElement("span");
    mark.className = "atlas-history";
    mark.hidden = true;
    parentElement.appendChild(mark);
  }
  const state = window.__atlasHistory || (window.__atlasHistory = { acted: false, installed: false });
  if (!state.installed) {
    state.installed = true;
    install(state);
  }
  // Never uninstalled: the guard belongs to the tab, not to one page's run.
}
