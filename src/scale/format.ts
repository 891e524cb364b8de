import type { TimePoint } from "../types.js";
import { createDateFormatter } from "./date-formatter.js";
import { EN_US } from "./locales.js";

/**
 * Labels for dates at the precision they were given, in American English: "1993", "May 2024",
 * "May 23, 2024". Years are stored in ISO 8601 astronomical numbering (0 is 1 BCE) and shown as
 * historians write them: there is no year 0, and -49 reads "50 BCE". Other languages: see
 * createDateFormatter and the `locale` option.
 */
const english = createDateFormatter(EN_US);

/** A year as a reader expects it: "1993", "50 BCE". */
export function formatYear(year: number): string {
  return english.year(year);
}

/** One date at its own precision. */
export function formatPoint(point: TimePoint): string {
  return english.point(point);
}

/** A point or a span: "1993", "2020 – 2023", "May 23–24, 2024". */
export function formatRange(start: TimePoint, end: TimePoint): string {
  return english.range(start, end);
}

/**
 * An axis tick label chosen by the calendar boundary the tick falls on, as d3's multi-scale time
 * format does, but with BCE-aware years.
 */
export function formatTick(date: Date | number): string {
  return english.tick(date);
}
