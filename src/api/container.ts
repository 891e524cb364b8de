import { describeValue } from "../data/describe.js";

/**
 * The element a new timeline goes into, from createTimeline's `target` (an element or a CSS
 * selector); throws, saying what to do, when there is none, no DOM, or a timeline already there.
 */
export function containerOf(target: Element | string): Element {
  // In Node there is no page: say what to do instead of "document is not defined" from inside.
  const paged = typeof document !== "undefined";
  const container = typeof target !== "string" ? target : paged ? document.querySelector(target) : null;
  // A NodeList, an array or a jQuery object has no ownerDocument: say so here, not deep inside.
  if (!container?.ownerDocument) {
    throw new Error(
      paged
        ? `chronoline: createTimeline(${describeValue(target)}): the target must be an element or a CSS selector that matches one`
        : "chronoline: createTimeline needs a DOM; in Node, pass an element of a jsdom window, or make a static SVG with renderSVG",
    );
  }
  // A second timeline would stack under the first, both listening: a page that means to replace
  // it destroys it first (as React's StrictMode does between its two mounts) or updates it.
  if (container.querySelector(":scope > .chronoline-frame")) {
    throw new Error(
      "chronoline: createTimeline: the container already holds a timeline; call destroy() on it first, or update() it",
    );
  }
  return container;
}
