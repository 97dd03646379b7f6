// A table's place until the page reaches it (components.table_later). The first run of a page sends no table: its
// grid needs Streamlit's table script (~190 KB with its parts) and lays out on a canvas, which would hold the first
// paint back. When the place comes within half a screen of the viewport (or is in it from the start), the trigger
// "near" asks for the run of that table alone (a fragment) that sends it. Places ask one at a time: Streamlit runs
// one fragment for a batch of widget updates, so two places asking at once would leave one of them waiting forever;
// the next asks when the one asking is gone (replaced by its table), or after 3 s. The place keeps the table's
// height, so nothing below it moves, and says what is coming (role status). Every text goes in through textContent.

export function queue(scope) {
  return scope.__atlasLater || (scope.__atlasLater = { asking: null, waiting: [] });
}

export function next(q, wait = setTimeout) {
  if (q.asking || !q.waiting.length) return;
  const place = q.waiting.shift();
  q.asking = place;
  place.ask();
  wait(() => done(q, place), 3000);
}

export function done(q, place, wait = setTimeout) {
  q.waiting = q.waiting.filter((p) => p !== place);
  if (q.asking === place) {
    q.asking = null;
    next(q, wait);
  }
}

export default function (component) {
  const { data, parentElement, setTriggerValue } = component;
  let box = parentElement.querySelector(".atlas-later");
  if (!box) {
    box = document.createElement("div");
    box.className = "atlas-later";
    box.setAttribute("role", "status");
    parentElement.appendChild(box);
  }
  box.textContent = data.text || "";
  box.style.height = `${Math.max(40, Number(data.height) || 0)}px`;
  const q = queue(window);
  const place = { ask: () => setTriggerValue("near", true) };
  const observer = new IntersectionObserver(
    (entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      observer.disconnect();
      q.waiting.push(place);
      next(q);
    },
    { rootMargin: "50% 0px" },
  );
  observer.observe(box);
  return () => {
    observer.disconnect();
    done(q, place);
  };
}
