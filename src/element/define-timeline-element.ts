import { createTimelineElementClass } from "./timeline-element.js";

/**
 * Registers the `<chrono-line>` custom element (or one of another name) and returns its class.
 * Safe to call more than once: a name already defined is left as it is. The UMD bundle calls it
 * when it loads; the ES module never registers anything by itself.
 * @param name - the tag name. @defaultValue "chrono-line"
 * @param view - the window whose registry to use. @defaultValue the global `window`
 */
export function defineTimelineElement(
  name = "chrono-line",
  view: Window & typeof globalThis = window,
): CustomElementConstructor {
  const existing = view.customElements.get(name);
  if (existing) return existing;
  const element = createTimelineElementClass(view);
  view.customElements.define(name, element);
  return element;
}
