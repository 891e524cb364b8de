import type { Measure } from "../layout/measure.js";

/**
 * Text widths from the browser's own font metrics, through a 2D canvas. Returns undefined where
 * there is no real canvas (jsdom, Node), so the caller falls back to the width table.
 */
export function createCanvasMeasure(document: Document): Measure | undefined {
  const view = document.defaultView;
  // jsdom has a canvas element without a context and complains when asked for one.
  if (!view || /jsdom/i.test(view.navigator.userAgent)) return undefined;
  const context = document.createElement("canvas").getContext("2d");
  if (!context) return undefined;
  // Setting the font parses it, even when it is the one already set: layout measures thousands
  // of texts in a handful of fonts, so the font is set only when it changes.
  let current = "";
  return (text, font) => {
    if (font !== current) {
      context.font = font;
      current = font;
    }
    return context.measureText(text).width;
  };
}
