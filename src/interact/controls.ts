import type { Frame } from "./frame.js";
import type { InterfaceWords } from "../types.js";
import { WORDS } from "./words.js";

export interface ZoomControls {
  /** Says which range is shown, and which buttons can do anything now. */
  update(state: { range: string; canZoomIn: boolean; canZoomOut: boolean }): void;
  /** Names the buttons in the timeline's language. */
  setWords(words: InterfaceWords): void;
}

/**
 * The visible zoom buttons (+, −, show all) below the timeline, with the range shown beside them.
 * A button that can do nothing is marked `aria-disabled` rather than disabled, so that it keeps
 * keyboard focus after the press that made it useless.
 */
export function createZoomControls(
  frame: Pick<Frame, "root" | "add">,
  actions: { zoomIn: () => void; zoomOut: () => void; reset: () => void },
): ZoomControls {
  const doc = frame.root.ownerDocument;
  const bar = doc.createElement("div");
  bar.className = "chronoline-controls";
  const range = doc.createElement("span");
  range.className = "chronoline-range";
  const group = doc.createElement("div");
  group.className = "chronoline-zoom";
  group.setAttribute("role", "group");
  group.setAttribute("aria-label", WORDS.zoomGroup);

  const button = (text: string, label: string, action: () => void): HTMLButtonElement => {
    const b = doc.createElement("button");
    b.type = "button";
    b.textContent = text;
    if (label !== text) b.setAttribute("aria-label", label);
    b.addEventListener("click", () => {
      if (b.getAttribute("aria-disabled") !== "true") action();
    });
    return b;
  };
  const zoomIn = button("+", WORDS.zoomIn, actions.zoomIn);
  const zoomOut = button("−", WORDS.zoomOut, actions.zoomOut);
  const reset = button(WORDS.showAll, WORDS.showAll, actions.reset);
  group.append(zoomIn, zoomOut, reset);
  bar.append(range, group);
  frame.add(bar);

  return {
    setWords(words) {
      group.setAttribute("aria-label", words.zoomGroup);
      zoomIn.setAttribute("aria-label", words.zoomIn);
      zoomOut.setAttribute("aria-label", words.zoomOut);
      reset.textContent = words.showAll;
    },
    update(state) {
      range.textContent = state.range;
      zoomIn.setAttribute("aria-disabled", String(!state.canZoomIn));
      zoomOut.setAttribute("aria-disabled", String(!state.canZoomOut));
      reset.setAttribute("aria-disabled", String(!state.canZoomOut));
    },
  };
}
