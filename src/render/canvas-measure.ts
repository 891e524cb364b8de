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
  return (text, font) => {
    context.font = font;
    return context.measureText(text).width;
  };
}
