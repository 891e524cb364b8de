import { scaleUtc, type ScaleTime } from "d3-scale";
import type { TimelineEra, TimelineEvent } from "../types.js";

/** The time range [start, end] in milliseconds covered by the events and eras. */
export function dataExtent(
  events: readonly TimelineEvent[],
  eras: readonly TimelineEra[],
): [number, number] | undefined {
  let lo = Infinity;
  let hi = -Infinity;
  for (const event of events) {
    lo = Math.min(lo, event.start.time);
    // A span is drawn to the end of its last period; a point sits at its start.
    hi = Math.max(hi, event.kind === "span" ? event.end.until : event.start.time);
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
export function paddedDomain([lo, hi]: [number, number], fraction = 0.04): [Date, Date] {
  const pad = hi > lo ? (hi - lo) * fraction : DAY;
  return [new Date(lo - pad), new Date(hi + pad)];
}

/** A UTC time scale from a domain to horizontal pixels. */
export function createTimeScale(domain: [Date, Date], range: [number, number]): ScaleTime<number, number> {
  return scaleUtc().domain(domain).range(range);
}
