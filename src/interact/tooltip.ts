import type { Frame } from "./frame.js";
import type { Anchor } from "./details.js";

export interface Tooltip {
  /** Shows an event's date and whole title just above (or below) `anchor`. */
  show(date: string, title: string, anchor: Anchor): void;
  /** Hides it; the timeline's destroy too, so that no listener stays on the document. */
  hide(): void;
}

const GAP = 8;
const MARGIN = 4;

/**
 * A light tooltip: an event's date and whole title, shown on hover and on keyboard focus, so that
 * an event whose label was cut or hidden for lack of room can still be read. It is hidden from
 * screen readers, which read the same words from the event's own label.
 */
export function createTooltip(frame: Pick<Frame, "root" | "add">): Tooltip {
  const doc = frame.root.ownerDocument;
  const tip = doc.createElement("div");
  tip.className = "chronoline-tooltip";
  tip.setAttribute("aria-hidden", "true");
  tip.hidden = true;
  const date = doc.createElement("span");
  date.className = "chronoline-tooltip-date";
  const title = doc.createElement("span");
  title.className = "chronoline-tooltip-title";
  tip.append(date, title);
  frame.add(tip);
  // It covers the labels around its event: Escape puts it away, the pointer and the focus staying
  // (WCAG 1.4.13), wherever the focus is (a hover's tooltip shows while it is elsewhere on the
  // page). The document listens only while a tooltip is shown.
  const onKeyDown = (e: KeyboardEvent): void => {
    if (e.key === "Escape") hide();
  };
  const hide = (): void => {
    if (tip.hidden) return;
    tip.hidden = true;
    doc.removeEventListener("keydown", onKeyDown);
  };

  return {
    show(dateText, titleText, anchor) {
      date.textContent = dateText;
      title.textContent = titleText;
      if (tip.hidden) doc.addEventListener("keydown", onKeyDown);
      tip.hidden = false;
      const frameWidth = frame.root.clientWidth;
      const [w, h] = [tip.offsetWidth, tip.offsetHeight];
      const left = Math.min(
        Math.max(anchor.left + anchor.width / 2 - w / 2, MARGIN),
        frameWidth - w - MARGIN,
      );
      const above = anchor.top - GAP - h;
      tip.style.left = `${Math.round(left)}px`;
      tip.style.top = `${Math.round(above >= 0 ? above : anchor.top + anchor.height + GAP)}px`;
    },
    hide,
  };
}
