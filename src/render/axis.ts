import { axisBottom, axisLeft } from "d3-axis";
import type { Selection } from "d3-selection";
import type { Measure } from "../layout/measure.js";
import type { LabelGeometry } from "../layout/layout.js";
import { placeTickLabels, type Stretch } from "../layout/tick-labels.js";
import { TICK_FONT } from "../layout/typography.js";
import { formatTick } from "../scale/format.js";
import type { TimelineScale } from "../scale/time-scale.js";

/** About one tick per this many pixels, so tick labels never crowd. */
const PIXELS_PER_TICK = 110;
/** The height of a tick label down a vertical axis. */
const TICK_LINE = 12;
/** From the spine to a tick label's end: the tick and its padding (renderVerticalAxis). */
const TICK_REACH = 8;

/**
 * Draws the time axis into `g` at the given y. A tick label that a leader line would cross
 * (`leaderXs`, the leaders that run down through the tick labels) slides beside its tick, off
 * the leader, or is hidden where there is no room: the leader wins.
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
  // At least four on a phone, where one tick per 110 px left a reader two years to go by; tick
  // labels that would crowd give way (placeTicks).
  const count = Math.max(4, Math.floor((x1 - x0) / PIXELS_PER_TICK));
  const axis = axisBottom<number>(scale).ticks(count).tickFormat(format).tickSizeOuter(0).tickPadding(6);
  // Drawn vertical before (the orientation changed, as "auto" does at 560 px): start afresh,
  // since d3-axis sets the text anchor, a tick's other coordinate and its dy on new nodes only.
  if (g.attr("text-anchor") !== "middle") g.property("__axis", null).selectAll("*").remove();
  g.attr("transform", `translate(0,${y})`).call(axis);
  // d3-axis writes font attributes; the stylesheet sets fonts, so drop them.
  g.attr("font-family", null).attr("font-size", null);
  const blocked = leaderXs.map((x) => [x, x] as const);
  placeTicks(
    g,
    scale,
    "x",
    (time) => measure(format(time), TICK_FONT),
    () => blocked,
  );
}

/**
 * Slides each tick label along the axis (`x` or `y`) off the leaders and pills that cross the
 * tick labels' row, or hides it where it finds no room beside its tick (layout/tick-labels.ts).
 */
function placeTicks(
  g: Selection<SVGGElement, unknown, null, undefined>,
  scale: TimelineScale,
  along: "x" | "y",
  length: (time: number) => number,
  blockedFor: (time: number) => readonly Stretch[],
): void {
  // In the order d3-axis draws them: by time, which is by place along the axis.
  const texts = g.selectAll<SVGTextElement, number>(".tick text");
  const offsets = placeTickLabels(
    texts.data().map((time) => ({ at: scale(time), length: length(time), blocked: blockedFor(time) })),
    3,
  );
  texts
    .attr(along, (_, k) => offsets[k] || null)
    .attr("visibility", (_, k) => (offsets[k] === null ? "hidden" : null));
}

/**
 * The spine of a vertical timeline, ticks to its left. A tick label that a leader line to a
 * left-hand label would cross (`leaders`) slides up or down off it, as on the horizontal axis,
 * or is hidden; so is one beside a cluster pill (`covered`: the pills' top and bottom), which
 * reaches into the gutter.
 */
export function renderVerticalAxis(
  g: Selection<SVGGElement, unknown, null, undefined>,
  scale: TimelineScale,
  x: number,
  leaders: readonly { y: number; connector: LabelGeometry["connector"] }[],
  measure: Measure,
  format: (time: number) => string = formatTick,
  covered: readonly Stretch[] = [],
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
  // Leaders to left-hand labels run flat across the gutter at their event's y, then slant to
  // their label at `connector.x`: a tick label long enough to reach that far keeps clear of the
  // slant's whole height too.
  const flat: Stretch[] = [...leaders.map((l) => [l.y, l.y] as const), ...covered];
  const slanted: Stretch[] = [...flat, ...leaders.map((l) => [l.connector.y1, l.connector.y2] as const)];
  const bend = leaders.reduce((most, l) => Math.max(most, l.connector.x), -Infinity);
  placeTicks(
    g,
    scale,
    "y",
    () => TICK_LINE,
    (time) => (x - TICK_REACH - measure(format(time), TICK_FONT) < bend ? slanted : flat),
  );
}
