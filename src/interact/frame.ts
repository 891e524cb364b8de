import { VISUALLY_HIDDEN } from "../render/event-table.js";
import type { Theme } from "../types.js";
import { FRAME_STYLESHEET } from "./frame-styles.js";
import type { InterfaceWords } from "../types.js";
import { WORDS } from "./words.js";

/** The HTML around a live timeline's SVG. */
export interface Frame {
  /** The `div.chronoline-frame` placed in the container. */
  root: HTMLDivElement;
  svg: SVGSVGElement;
  /** Where the table of every event goes, below everything else. */
  listHost: HTMLDivElement;
  /** Places an element (card, tooltip, buttons) after the SVG, in the order of the calls. */
  add(element: HTMLElement): void;
  /** Says `text` to screen readers, politely (an ARIA live region). */
  announce(text: string): void;
  setTheme(theme: Theme): void;
  /** The keyboard hint in the timeline's language. */
  setWords(words: Pick<InterfaceWords, "hint">): void;
  /** Removes the frame and everything in it from the container. */
  remove(): void;
}

let frames = 0;

/**
 * Builds the frame of a live timeline inside `container`: a `div.chronoline-frame` holding its
 * stylesheet, the SVG, a live region, the keyboard hint and a host for the event table. The styles
 * travel inside the frame, so it works in a shadow root too. The SVG is described by its own
 * `<desc>` and by the keyboard hint.
 */
export function createFrame(container: Element): Frame {
  const doc = container.ownerDocument;
  const id = `chronoline-${++frames}`;
  const root = doc.createElement("div");
  root.className = "chronoline-frame";
  // A title around the timeline (<chrono-line title>, or the page's) would be the browser's tooltip
  // over all of it; an empty one stops it there (the SVG keeps its own name).
  root.title = "";
  const style = doc.createElement("style");
  style.textContent = FRAME_STYLESHEET;
  const svg = doc.createElementNS("http://www.w3.org/2000/svg", "svg");
  svg.setAttribute("aria-describedby", `${id}-desc ${id}-hint`);
  // The renderer fills <title> and <desc>; made here, so that the description has an id.
  const desc = doc.createElementNS("http://www.w3.org/2000/svg", "desc");
  desc.id = `${id}-desc`;
  svg.append(doc.createElementNS("http://www.w3.org/2000/svg", "title"), desc);
  const hint = doc.createElement("p");
  hint.id = `${id}-hint`;
  // Hidden from everyone: the description reads it all the same (aria-describedby follows hidden
  // nodes), where a visually hidden paragraph was read once more in browse mode.
  hint.hidden = true;
  hint.textContent = WORDS.hint;
  const live = doc.createElement("div");
  live.className = VISUALLY_HIDDEN;
  live.setAttribute("aria-live", "polite");
  live.setAttribute("aria-atomic", "true");
  const listHost = doc.createElement("div");
  listHost.className = "chronoline-list";
  root.append(style, svg, hint, live, listHost);
  container.append(root);

  return {
    root,
    svg,
    listHost,
    add(element) {
      root.insertBefore(element, hint);
    },
    announce(text) {
      // A repeat of the same words is a change too, or it would not be read again.
      live.textContent = live.textContent === text ? `${text}\u00a0` : text;
    },
    setWords(words) {
      hint.textContent = words.hint;
    },
    setTheme(theme) {
      root.className = `chronoline-frame chronoline-frame--${theme}`;
    },
    remove() {
      root.remove();
    },
  };
}
