import { utcDay, utcMonth, utcYear } from "d3-time";
import { fitsDate } from "../data/calendar.js";
import type { Precision, TimelineEvent, TimePoint } from "../types.js";

/** A visible time range, [start, end] in milliseconds since the epoch. */
export type View = readonly [number, number];

/** How far a view may go: never outside `bounds`, never narrower than `minSpan` milliseconds. */
export interface ViewLimits {
  bounds: View;
  minSpan: number;
}

const DAY = 86_400_000;
/** The length of one unit of each precision, in milliseconds (a year and a month on average). */
const UNIT: Record<Precision, number> = {
  year: 365.2425 * DAY,
  month: 30.436875 * DAY,
  day: DAY,
  minute: 60_000,
  second: 1_000,
  millisecond: 1,
};
/** The precisions from coarsest to finest: their units shrink along it. */
export const FINENESS: readonly Precision[] = ["year", "month", "day", "minute", "second", "millisecond"];
/** The narrowest view shows this many units of the finest precision in the data. */
const UNITS_IN_NARROWEST_VIEW = 4;
/** Deepest zoom, whatever the data: past this, float rounding shows in pixel positions. */
const MAX_ZOOM = 1e7;

/**
 * The limits of zooming for data shown over `bounds` (the whole, padded range): the view never
 * leaves the data for empty centuries, and never zooms past a few units of the finest date given
 * (four days for day-precise data, four years when every date is a year).
 */
export function viewLimits(bounds: View, events: readonly TimelineEvent[]): ViewLimits {
  const whole = bounds[1] - bounds[0];
  // The finest precision by its rank, a small integer: the units are fractional numbers of
  // milliseconds, and comparing them per event made a heap number per event while code is cold.
  let rank = -1;
  for (let i = 0; i < events.length; i++) {
    const e = events[i]!;
    rank = Math.max(rank, FINENESS.indexOf(e.start.precision), FINENESS.indexOf(e.end.precision));
  }
  const finest = rank < 0 ? DAY : UNIT[FINENESS[rank]!];
  const minSpan = Math.min(whole, Math.max(finest * UNITS_IN_NARROWEST_VIEW, whole / MAX_ZOOM));
  return { bounds, minSpan };
}

/**
 * The view moved and widened as little as needed to keep within the limits; a view that already
 * does is returned as it is, to the millisecond.
 */
export function clampView(view: View, { bounds, minSpan }: ViewLimits): View {
  let [start, end] = view;
  if (end - start >= bounds[1] - bounds[0]) return bounds;
  if (end - start < minSpan) {
    const middle = (start + end) / 2;
    [start, end] = [middle - minSpan / 2, middle + minSpan / 2];
  }
  if (start < bounds[0]) [start, end] = [bounds[0], end + (bounds[0] - start)];
  if (end > bounds[1]) [start, end] = [start - (end - bounds[1]), bounds[1]];
  return start === view[0] && end === view[1] ? view : [start, end];
}

/** True when the view shows the whole range, so that the full, unzoomed layout applies. */
export function isWholeView(view: View, { bounds }: ViewLimits): boolean {
  return view[1] - view[0] >= (bounds[1] - bounds[0]) * (1 - 1e-9);
}

/**
 * The view zoomed by `factor` (2 shows half as much) around the time `center`, which stays
 * where it was on screen; clamped to the limits.
 */
export function zoomView(view: View, factor: number, center: number, limits: ViewLimits): View {
  const at = (center - view[0]) / (view[1] - view[0]);
  const span = (view[1] - view[0]) / factor;
  return clampView([center - at * span, center - at * span + span], limits);
}

/**
 * The view panned, at the same zoom, so that an event's start is visible with a margin of
 * `margin` (a fraction of the view) from either edge; unchanged when it already is.
 */
export function panToInclude(view: View, time: number, limits: ViewLimits, margin = 0.1): View {
  const span = view[1] - view[0];
  const [lo, hi] = [view[0] + span * margin, view[1] - span * margin];
  if (time >= lo && time <= hi) return view;
  const shift = time < lo ? time - lo : time - hi;
  return clampView([view[0] + shift, view[1] + shift], limits);
}

/** The precision that suits a range of `span` ms: years for three years or more, then months, days, minutes. */
export function spanPrecision(span: number): Precision {
  return span >= 3 * UNIT.year
    ? "year"
    : span >= 3 * UNIT.month
      ? "month"
      : span >= 2 * DAY
        ? "day"
        : "minute";
}

/** Calendar units, coarsest first, with the start of the unit that holds a time. */
const UNITS: readonly [Precision, Interval][] = [
  ["year", utcYear],
  ["month", utcMonth],
  ["day", utcDay],
];

/**
 * The ends of a view as dates, for saying what is shown, at the precision its length suits
 * (spanPrecision), or coarser when both ends fall on the boundaries of a coarser calendar unit:
 * zoomTo("2023-02", "2023-02") shows [February 1, March 1) and reads "February 2023", not
 * "February 1 – March 1, 2023". The end of a view is not part of it (zoomTo's end is the instant
 * its last unit ends), so at a calendar precision the end is the unit of the last instant shown:
 * the view [2001, 2009) reads "2001 – 2008".
 */
export function viewEnds(view: View): [TimePoint, TimePoint] {
  const [from, to] = view;
  let precision = spanPrecision(to - from);
  const whole = UNITS.find(([, unit]) => startsUnit(unit, from) && startsUnit(unit, to));
  if (whole && FINENESS.indexOf(whole[0]) < FINENESS.indexOf(precision)) precision = whole[0];
  const last = precision === "year" || precision === "month" || precision === "day" ? to - 1 : to;
  return [
    { time: from, until: from, precision },
    { time: last, until: last, precision },
  ];
}

type Interval = { floor(date: Date): Date };
/** Whether `time` is the first instant of a unit (never for times a Date cannot hold). */
const startsUnit = (unit: Interval, time: number): boolean =>
  fitsDate(time) && unit.floor(new Date(time)).getTime() === time;

/**
 * The view that opens a cluster: its events' whole range with as much again around it (never
 * narrower than the narrowest view), clamped to the limits.
 */
export function viewAround(
  events: readonly { start: TimePoint; end: TimePoint }[],
  limits: ViewLimits,
): View {
  const start = Math.min(...events.map((e) => e.start.time));
  const end = Math.max(...events.map((e) => e.end.until));
  const pad = Math.max((end - start) * 0.5, limits.minSpan / 2);
  return clampView([start - pad, end + pad], limits);
}
