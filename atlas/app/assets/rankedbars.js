// Ranked bars (atlas/figures/ranked.py): one row per item — name, bar, figure — as plain HTML. Texts go in as
// textContent.

import { el, fromBytes } from "./dom.js";

// A row's bar width as a CSS length: its share of the largest (0 to 1), in per cent.
export function barWidth(share) {
  return `${(share * 100).toFixed(2)}%`;
}

// Whether a source address may become a link: http(s) only (never javascript:, data: or a relative path).
export function linkable(source) {
  return Boolean(source) && /^https?:\/\//.test(source);
}

export default function (component) {
  const { parentElement, setTriggerValue } = component;
  const data = fromBytes(component.data);
  let root = parentElement.querySelector(".atlas-bars");
  if (!root) root = el("figure", "atlas-bars", parentElement);
  root.replaceChildren();
  root.classList.toggle("atlas-bars--large", Boolean(data.large));
  root.setAttribute("aria-label", data.alt || data.title || "");
  if (data.title) el("figcaption", "atlas-bars__title", root).textContent = data.title;
  const list = el("ol", "atlas-bars__list", root);
  for (const row of data.rows) {
    const item = el("li", "atlas-bars__row", list);
    const name = el(data.clickable ? "button" : "span", "atlas-bars__name", item);
    name.textContent = row.label;
    if (data.clickable) {
      name.type = "button";
      if (data.hint) name.title = data.hint;
      name.addEventListener("click", () => setTriggerValue("clicked", row.id));
    }
    const track = el("span", "atlas-bars__track", item);
    const bar = el("span", "atlas-bars__bar", track);
    bar.style.width = barWidth(row.share);
    bar.style.background = row.missing ? data.missing : data.colour;
    const text = el("span", row.missing ? "atlas-bars__text atlas-bars__text--missing" : "atlas-bars__text", item);
    text.textContent = row.text;
    if (linkable(row.source)) {
      text.appendChild(document.createTextNode(" · "));
      const link = el("a", "atlas-bars__source", text);
      link.href = row.source;
      link.target = "_blank";
      link.rel = "noopener noreferrer";
      link.textContent = row.source_label || row.source;
    }
  }
}
