import { createCanvasMeasure } from "../render/canvas-measure.js";
import { serializeSVG } from "../render/serialize.js";
import { renderTimeline } from "../render/svg.js";
import type { TimelineOptions } from "../types.js";
import { buildModel, checkOptions, DEFAULTS, parseData, pickMeasure } from "./prepare.js";

/** Where a static SVG is built. In Node, pass a jsdom document: `new JSDOM().window.document`. */
export interface RenderSVGContext {
  /** @defaultValue the global `document` */
  document?: Document;
}

/**
 * Renders a timeline once and returns it as a standalone SVG string, styles inside.
 * Same picture as `createTimeline` at the same width; no listeners, nothing left in the document.
 */
export function renderSVG(options: TimelineOptions, context: RenderSVGContext = {}): string {
  const doc = context.document ?? (typeof document === "undefined" ? undefined : document);
  if (!doc) {
    throw new Error(
      "chronoline: renderSVG needs a document; in Node pass { document: new JSDOM().window.document }",
    );
  }
  const read = checkOptions(options); // the options read once: only this copy is read from here
  const data = parseData(read);
  const measure = pickMeasure(read, createCanvasMeasure(doc));
  const width = Math.max(DEFAULTS.minWidth, read.width ?? DEFAULTS.staticWidth);
  const svg = doc.createElementNS("http://www.w3.org/2000/svg", "svg");
  renderTimeline(svg, buildModel(data, read, width, measure, undefined, null));
  return serializeSVG(svg);
}
