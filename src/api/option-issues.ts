import { describeValue } from "../data/describe.js";
import type { DataIssue } from "../data/errors.js";

/** The widest timeline drawn, in CSS pixels: 100,000 px is about 50 screens. */
export const MAX_WIDTH = 100_000;

/**
 * Problems with the options that size the layout, the accessible description and the callbacks.
 * Plain JavaScript callers are not held to the types, and a NaN row count or a string where a
 * function belongs would otherwise fail deep inside layout or d3, far from its cause.
 */
export function layoutOptionIssues(options: {
  width?: unknown;
  maxLabelRows?: unknown;
  maxLabelWidth?: unknown;
  measure?: unknown;
  description?: unknown;
  onInvalid?: unknown;
}): DataIssue[] {
  const issues: DataIssue[] = [];
  const { width, maxLabelRows, maxLabelWidth, measure, description, onInvalid } = options;
  // Zero, negative and NaN widths are refused by checkOptions; a huge one would ask d3 for
  // millions of ticks and the browser for an SVG it cannot draw, so it is refused here.
  if (typeof width === "number" && Number.isFinite(width) && width > MAX_WIDTH) {
    issues.push({
      path: "width",
      message: `must be at most ${MAX_WIDTH} pixels, got ${describeValue(width)}`,
    });
  }
  if (maxLabelRows !== undefined && !(Number.isInteger(maxLabelRows) && (maxLabelRows as number) >= 0)) {
    issues.push({
      path: "maxLabelRows",
      message: `must be a whole number of rows, 0 or more, got ${describeValue(maxLabelRows)}`,
    });
  }
  if (
    maxLabelWidth !== undefined &&
    !(typeof maxLabelWidth === "number" && Number.isFinite(maxLabelWidth) && maxLabelWidth > 0)
  ) {
    issues.push({
      path: "maxLabelWidth",
      message: `must be a positive number of pixels, got ${describeValue(maxLabelWidth)}`,
    });
  }
  for (const [path, value] of [
    ["measure", measure],
    ["onInvalid", onInvalid],
  ] as const) {
    if (value !== undefined && typeof value !== "function") {
      issues.push({ path, message: `must be a function, got ${describeValue(value)}` });
    }
  }
  if (description !== undefined && typeof description !== "string") {
    issues.push({ path: "description", message: `must be text, got ${describeValue(description)}` });
  }
  return issues;
}
