import { scaleLinear, scaleUtc, type ScaleTime } from "d3-scale";
import { calendarDate, calendarTime, fitsDate } from "../data/calendar.js";
import type { TimelineEra, TimelineEvent } from "../types.js";
import { deepTicks } from "./deep-time.js";

/** The time range [start, end] in milliseconds covered by the events and eras. */
export function dataExtent(
  events: readonly TimelineEvent[],
  eras: readonly TimelineEra[],
): [number, number] | undefined {
  let lo = Infinity;
  let hi = -Infinity;
  // Indexes and comparisons, not for…of and Math.min: while code is cold, each step of an
  // iterator makes a result object, and Math.min a new number, per event. (Times are finite.)
  for (let i = 0; i < events.length; i++) {
    const event = events[i]!;
    if (event.start.time < lo) lo = event.start.time;
    // A span is drawn to the end of its last period; a point sits at its start.
    const end = event.kind === "span" ? event.end.until : event.start.time;
    if (end > hi) hi = end;
  }
  for (const era of eras) {
    lo = Math.min(lo, era.start.time);
    hi = Math.max(hi, era.end.until);
  }
  return lo <= hi ? [lo, hi] : undefined;
}

const DAY = 86_400_000;

/**
 * The domain to show: the data's extent with a margin on each side, so that the first and last
 * markers do not sit on the edge. A single instant gets a day either side.
 */
export function paddedDomain(extent: [number, number], fraction = 0.04): [Date, Date] {
  const [lo, hi] = paddedExtent(extent, fraction);
  return [new Date(lo), new Date(hi)];
}

/**
 * The padded domain in milliseconds, which also holds deep time that no Date can. A single
 * instant gets `instantPad` milliseconds either side.
 */
export function paddedExtent(
  [lo, hi]: [number, number],
  fraction = 0.04,
  instantPad = DAY,
): [number, number] {
  const pad = hi > lo ? (hi - lo) * fraction : instantPad;
  return [lo - pad, hi + pad];
}

/** A UTC time scale from a domain to horizontal pixels. */
export function createTimeScale(domain: [Date, Date], range: [number, number]): ScaleTime<number, number> {
  return scaleUtc().domain(domain).range(range);
}

/**
 * Where time runs on screen: milliseconds since the epoch to pixels, evenly. It has the shape
 * d3-axis expects (call, domain, range, ticks, copy), and picks its ticks by the domain:
 * calendar time (the whole domain fits a Date) ticks on calendar boundaries with d3-time; deep
 * time (beyond ±271,820 years) ticks on round numbers of years, millions or billions of years.
 */
export interface TimelineScale {
  /** The pixel of a time in milliseconds since the epoch. */
  (time: number): number;
  /** `"calendar"` or `"deep"`, from the current domain. */
  readonly kind: "calendar" | "deep";
  /** The shown range of time, in milliseconds since the epoch. */
  domain(): [number, number];
  domain(domain: readonly [number, number]): TimelineScale;
  /** The pixels the domain spans. */
  range(): [number, number];
  range(range: readonly [number, number]): TimelineScale;
  /** The time in milliseconds at a pixel. */
  invert(pixel: number): number;
  /** About `count` tick times (fewer or more, to land on round dates), ascending. */
  ticks(count?: number): number[];
  /** An independent scale with the same domain and range. */
  copy(): TimelineScale;
}

/** A scale from a domain in milliseconds (calendar or deep time) onto a pixel range. */
export function createTimelineScale(
  domain: readonly [number, number],
  range: readonly [number, number],
): TimelineScale {
  // d3's linear scale does the arithmetic, exactly as its time scale would for calendar time.
  const linear = scaleLinear().domain(domain).range(range);
  const ends = (): [number, number] => linear.domain() as [number, number];
  const scale = ((time: number) => linear(time)) as TimelineScale & { kind: string };
  Object.defineProperty(scale, "kind", {
    get: () => (ends().every(fitsDate) ? "calendar" : "deep"),
  });
  scale.domain = ((next?: readonly [number, number]) => {
    if (!next) return ends();
    linear.domain(next);
    return scale;
  }) as TimelineScale["domain"];
  scale.range = ((next?: readonly [number, number]) => {
    if (!next) return linear.range() as [number, number];
    linear.range(next);
    return scale;
  }) as TimelineScale["range"];
  scale.invert = (pixel) => linear.invert(pixel);
  scale.ticks = (count = 10) =>
    scale.kind === "deep" ? deepTicks(ends(), count).times : calendarTicks(ends(), count);
  scale.copy = () => createTimelineScale(ends(), linear.range() as [number, number]);
  return scale;
}

/**
 * d3-time's ticks, with one correction: d3 puts year ticks on astronomical multiples (-500,
 * which is 501 BCE), so across BCE those ticks move one year later, to 500 BCE, 1000 BCE.
 */
function calendarTicks([t0, t1]: readonly [number, number], count: number): number[] {
  const times = scaleUtc()
    .domain([new Date(t0), new Date(t1)])
    .ticks(count)
    .map((date) => date.getTime());
  const years = times.map((time) => calendarDate(time).year);
  const onYears = times.every((time, i) => time === calendarTime(years[i]!));
  const step = years.length > 1 ? years[1]! - years[0]! : 1;
  if (!onYears || step < 2) return times;
  const [lo, hi] = [Math.min(t0, t1), Math.max(t0, t1)];
  return years
    .map((year, i) => (year <= 0 ? calendarTime(year + 1) : times[i]!))
    .filter((time, i, all) => time >= lo && time <= hi && time !== all[i - 1]);
}
