import { axisBottom, axisLeft } from "d3-axis";
import { select, type Selection } from "d3-selection";
import { utcYear } from "d3-time";
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
  const ticks = scale.ticks(Math.max(4, Math.floor((x1 - x0) / PIXELS_PER_TICK)));
  const blocked = leaderXs.map((x) => [x, x] as const);
  // A tick that must say its year says it on its one line: "Dec 18, 2022", "18 дек. 2022".
  let labels: string[] = [];
  const offsets = placeWithYears(scale, ticks, format, (lines) => {
    labels = lines.map(([line, year]) => (year ? `${line}${/\d$/.test(line) ? "," : ""} ${year}` : line));
    return ticks.map((time, k) => ({ at: scale(time), length: measure(labels[k]!, TICK_FONT), blocked }));
  });
  const axis = axisBottom<number>(scale)
    .tickValues(ticks)
    .tickFormat((_, k) => labels[k]!)
    .tickSizeOuter(0)
    .tickPadding(6);
  // Drawn vertical before (the orientation changed, as "auto" does at 560 px): start afresh,
  // since d3-axis sets the text anchor, a tick's other coordinate and its dy on new nodes only.
  if (g.attr("text-anchor") !== "middle") g.property("__axis", null).selectAll("*").remove();
  g.attr("transform", `translate(0,${y})`).call(axis);
  // d3-axis writes font attributes; the stylesheet sets fonts, so drop them.
  g.attr("font-family", null).attr("font-size", null);
  placeTicks(g, "x", offsets);
}

/**
 * Places the tick labels (`place` gives their boxes for the lines of each, layout/tick-labels.ts
 * places them), each with its year where a reader needs it (withYears). A year that a tick would
 * tell but that has no room there goes to the next tick, and that tick stays hidden: "Jan 7"
 * without its year, after "Dec 31", would read as the same year.
 */
function placeWithYears(
  scale: TimelineScale,
  ticks: readonly number[],
  format: (time: number) => string,
  place: (lines: [string, string?][]) => { at: number; length: number; blocked: readonly Stretch[] }[],
): (number | null)[] {
  const skipped = new Set<number>();
  for (;;) {
    const lines = withYears(scale, ticks, format, skipped);
    const offsets = placeTickLabels(place(lines), 3);
    for (const k of skipped) offsets[k] = null;
    const lost = lines.findIndex((l, k) => l[1] !== undefined && offsets[k] === null);
    if (lost < 0) return offsets;
    skipped.add(lost);
  }
}

/**
 * Each tick's label, and the year where the ticks would not otherwise tell it: on the first tick
 * and on the first tick of each later year, when their labels are months or days ("Dec 18" of
 * 2022), as d3's multi-scale format writes the year at a year's start. Deep-time ticks are years.
 */
function withYears(
  scale: TimelineScale,
  ticks: readonly number[],
  format: (time: number) => string,
  skipped: ReadonlySet<number>,
): [string, string?][] {
  let last: number | undefined;
  return ticks.map((time, k) => {
    const line = format(time);
    if (scale.kind === "deep" || skipped.has(k)) return [line];
    const start = +utcYear.floor(new Date(time));
    const year = format(start); // the year as this axis writes it at its start: "2022", "50 BCE"
    const told = start === last || line === year;
    last = start;
    return told ? [line] : [line, year];
  });
}

/**
 * Slides each tick label along the axis (`x` or `y`) off the leaders and pills that cross the
 * tick labels' row, or hides it where it finds no room beside its tick (layout/tick-labels.ts).
 */
function placeTicks(
  g: Selection<SVGGElement, unknown, null, undefined>,
  along: "x" | "y",
  offsets: readonly (number | null)[],
): void {
  // In the order d3-axis draws them: by time, which is by place along the axis.
  const texts = g.selectAll<SVGTextElement, number>(".tick text");
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
  const ticks = scale.ticks(Math.max(2, Math.floor((y1 - y0) / 80)));
  // Leaders to left-hand labels run flat across the gutter at their event's y, then slant to
  // their label at `connector.x`: a tick label long enough to reach that far keeps clear of the
  // slant's whole height too.
  const flat: Stretch[] = [...leaders.map((l) => [l.y, l.y] as const), ...covered];
  const slanted: Stretch[] = [...flat, ...leaders.map((l) => [l.connector.y1, l.connector.y2] as const)];
  const bend = leaders.reduce((most, l) => Math.max(most, l.connector.x), -Infinity);
  // The gutter is narrow: a tick that must say its year says it on a second line.
  let lines: [string, string?][] = [];
  const offsets = placeWithYears(scale, ticks, format, (placed) => {
    lines = placed;
    return ticks.map((time, k) => {
      const [line, year] = lines[k]!;
      const wide = x - TICK_REACH - measure(line, TICK_FONT) < bend;
      // A second line hangs below the first, which is centred on the tick.
      return year
        ? { at: scale(time) + TICK_LINE / 2, length: 2 * TICK_LINE, blocked: slanted }
        : { at: scale(time), length: TICK_LINE, blocked: wide ? slanted : flat };
    });
  });
  // Short ticks, so tick labels stay clear of where leaders bend (layout/vertical-geometry.ts).
  const axis = axisLeft<number>(scale)
    .tickValues(ticks)
    .tickFormat((_, k) => lines[k]![0])
    .tickSizeOuter(0)
    .tickSizeInner(4)
    .tickPadding(4);
  // Drawn across before: start afresh, as renderAxis does.
  if (g.attr("text-anchor") !== "end") g.property("__axis", null).selectAll("*").remove();
  g.attr("transform", `translate(${x},0)`).call(axis);
  g.attr("font-family", null).attr("font-size", null);
  g.selectAll<SVGTextElement, number>(".tick text").each(function (_, k) {
    const year = lines[k]![1];
    if (year) select(this).append("tspan").attr("x", this.getAttribute("x")).attr("dy", "1.1em").text(year);
  });
  placeTicks(g, "y", offsets);
}
