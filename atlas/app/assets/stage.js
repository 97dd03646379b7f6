// Presenter mode as a stage: the controls show while the mouse moves and hide after a pause (the hall sees only the
// slide); the clicker's keys (PageDown/PageUp, arrows) move the slides whatever had focus last (a dropdown, a
// button); Esc leaves presenter mode. Nothing is drawn; the keys come back as one-run triggers ("next", "prev", "exit").

const AWAKE = "atlas-stage-awake";
const KEYS = { PageDown: "next", ArrowRight: "next", PageUp: "prev", ArrowLeft: "prev", Escape: "exit" };

// The slide action of a key press, or null when the key is not the stage's: any key with Alt, Ctrl or Meta; every key
// while a dropdown is open (arrows choose, Esc closes it); the arrows when the focus is on a control that uses them
// itself (the map moves between regions with them, a text field moves its caret).
export function stageAction(event, { listboxOpen, ownsArrows }) {
  const action = KEYS[event.key];
  if (!action || event.altKey || event.ctrlKey || event.metaKey || listboxOpen) return null;
  if (ownsArrows && event.key.startsWith("Arrow")) return null;
  return action;
}

function install(stage) {
  let timer = 0;
  const wake = () => {
    document.body.classList.add(AWAKE);
    clearTimeout(timer);
    timer = setTimeout(() => document.body.classList.remove(AWAKE), stage.idleMs);
  };
  const onKey = (event) => {
    const target = event.target instanceof Element ? event.target : null;
    const action = stageAction(event, {
      listboxOpen: Boolean(document.querySelector('[role="listbox"]')),
      ownsArrows: Boolean(target && target.closest(".atlas-map, textarea, input[type=text]:not([role])")),
    });
    if (!action) return;
    event.preventDefault();
    event.stopPropagation();
    if (document.activeElement instanceof HTMLElement && document.activeElement !== document.body)
      document.activeElement.blur(); // so the next key comes here too, not to the control used last
    stage.send(action);
  };
  document.addEventListener("mousemove", wake, { passive: true });
  document.addEventListener("pointerdown", wake, { passive: true });
  window.addEventListener("keydown", onKey, true);
  document.body.dataset.atlasStage = "listening"; // for tests: the keys are live
  return () => {
    delete document.body.dataset.atlasStage;
    clearTimeout(timer);
    document.body.classList.remove(AWAKE);
    document.removeEventListener("mousemove", wake);
    document.removeEventListener("pointerdown", wake);
    window.removeEventListener("keydown", onKey, true);
  };
}

export default function (component) {
  const { data, setTriggerValue } = component;
  const stage = window.__atlasStage || (window.__atlasStage = { uninstall: null });
  stage.send = (action) => setTriggerValue("action", action);
  stage.idleMs = data.idle_ms || 2500;
  if (!stage.uninstall) stage.uninstall = install(stage);
  return () => {
    stage.uninstall();
    stage.uninstall = null;
  };
}
