import { axisBottom, axisLeft } from "d3-axis";
import type { Selection } from "d3-selection";
import type { Measure } from "../layout/measure.js";
import { TICK_FONT } from "../layout/typography.js";
import { formatTick } from "../scale/format.js";
import type { TimelineScale } from "../scale/time-scale.js";

/** About one tick per this many pixels, so tick labels never crowd. */
const PIXELS_PER_TICK = 110;

/**
 * Draws the time axis into `g` at the given y. A tick label that a leader line would cross
 * (`leaderXs`, the leaders that run down through the tick labels) is hidden: the leader wins,
 * since the neighbouring ticks still tell the time.
 */
export function renderAxis(
  g: Selection<SVGGElement, unknown, null, undefined>,
  scale: TimelineScale,
  y: number,
  leaderXs: readonly number[],
  measure: Measure,
  format: (time: number) => string = formatTick,
): void {
  const [x0, x1] = scale.range();
  const count = Math.max(2, Math.floor((x1 - x0) / PIXELS_PER_TICK));
  const axis = axisBottom<number>(scale).ticks(count).tickFormat(format).tickSizeOuter(0).tickPadding(6);
  // Drawn vertical before (the orientation changed, as "auto" does at 560 px): start afresh,
  // since d3-axis sets the text anchor, a tick's other coordinate and its dy on new nodes only.
  if (g.attr("text-anchor") !== "middle") g.property("__axis", null).selectAll("*").remove();
  g.attr("transform", `translate(0,${y})`).call(axis);
  // d3-axis writes font attributes; the stylesheet sets fonts, so drop them.
  g.attr("font-family", null).attr("font-size", null);
  g.selectAll<SVGTextElement, number>(".tick text").attr("visibility", (time) => {
    const half = measure(format(time), TICK_FONT) / 2 + 3;
    const x = scale(time);
    return leaderXs.some((leader) => Math.abs(leader - x) < half) ? "hidden" : null;
  });
}

/**
 * The spine of a vertical timeline, ticks to its left. A tick label that a leader line to a
 * left-hand label would cross (`leaderYs`) is hidden, as on the horizontal axis, and so is one
 * beside a cluster pill (`covered`: the pills' top and bottom), which reaches into the gutter.
 */
export function renderVerticalAxis(
  g: Selection<SVGGElement, unknown, null, undefined>,
  scale: TimelineScale,
  x: number,
  leaderYs: readonly number[],
  format: (time: number) => string = formatTick,
  covered: readonly (readonly [number, number])[] = [],
): void {
  const [y0, y1] = scale.range();
  const count = Math.max(2, Math.floor((y1 - y0) / 80));
  // Short ticks, so tick labels stay clear of where leaders bend (layout/vertical-geometry.ts).
  const axis = axisLeft<number>(scale)
    .ticks(count)
    .tickFormat(format)
    .tickSizeOuter(0)
    .tickSizeInner(4)
    .tickPadding(4);
  // Drawn across before: start afresh, as renderAxis does.
  if (g.attr("text-anchor") !== "end") g.property("__axis", null).selectAll("*").remove();
  g.attr("transform", `translate(${x},0)`).call(axis);
  g.attr("font-family", null).attr("font-size", null);
  g.selectAll<SVGTextElement, number>(".tick text").attr("visibility", (time) => {
    const y = scale(time);
    const hidden =
      leaderYs.some((leader) => Math.abs(leader - y) < 9) ||
      covered.some(([top, bottom]) => y > top - 7 && y < bottom + 7);
    return hidden ? "hidden" : null;
  });
}
