// Building the components' DOM: an HTML or SVG element with its class or attributes, appended to a parent. Shared by
// the map, the chart and the ranked bars (imported; atlas/app/components.py inlines it into each script).

export const SVG_NS = "http://www.w3.org/2000/svg";

export function el(tag, className, parent) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (parent) parent.appendChild(node);
  return node;
}

export function svgEl(tag, attrs, parent) {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attrs || {})) node.setAttribute(name, String(value));
  if (parent) parent.appendChild(node);
  return node;
}

// A component's payload comes as UTF-8 JSON bytes (atlas/app/components.py: given a dict, Streamlit escapes every
// Cyrillic letter as six bytes); an object is taken as it is.
export function fromBytes(payload) {
  return payload instanceof Uint8Array ? JSON.parse(new TextDecoder().decode(payload)) : payload;
}
