import { utcFormat } from "d3-time-format";
import { utcDay, utcHour, utcMinute, utcMonth, utcSecond, utcWeek, utcYear } from "d3-time";
import type { TimePoint } from "../types.js";

/**
 * Labels for dates at the precision they were given: "1993", "May 2024", "May 23, 2024".
 * Years are stored in ISO 8601 astronomical numbering (0 is 1 BCE) and shown as historians write
 * them: there is no year 0, and -49 reads "50 BCE".
 */

/** A year as a reader expects it: "1993", "50 BCE". */
export function formatYear(year: number): string {
  return year > 0 ? String(year) : `${1 - year} BCE`;
}

const monthName = utcFormat("%B");
const monthShort = utcFormat("%b");
const dayOfMonth = utcFormat("%-d");
const clock = utcFormat("%H:%M");
const clockSeconds = utcFormat("%H:%M:%S");
const clockMillis = utcFormat("%H:%M:%S.%L");

function dayLabel(date: Date): string {
  return `${monthName(date)} ${dayOfMonth(date)}, ${formatYear(date.getUTCFullYear())}`;
}

/** One date at its own precision. */
export function formatPoint(point: TimePoint): string {
  const date = new Date(point.time);
  switch (point.precision) {
    case "year":
      return formatYear(date.getUTCFullYear());
    case "month":
      return `${monthName(date)} ${formatYear(date.getUTCFullYear())}`;
    case "day":
      return dayLabel(date);
    case "minute":
      return `${dayLabel(date)}, ${clock(date)}`;
    case "second":
      return `${dayLabel(date)}, ${clockSeconds(date)}`;
    case "millisecond":
      return `${dayLabel(date)}, ${clockMillis(date)}`;
  }
}

/** A point or a span: "1993", "2020 – 2023", "May 23–24, 2024". */
export function formatRange(start: TimePoint, end: TimePoint): string {
  const [from, to] = [formatPoint(start), formatPoint(end)];
  if (from === to) return from; // a span within one period, such as one day
  const a = new Date(start.time);
  const b = new Date(end.time);
  const sameYear = a.getUTCFullYear() === b.getUTCFullYear();
  if (start.precision === "day" && end.precision === "day" && sameYear) {
    const year = formatYear(a.getUTCFullYear());
    if (a.getUTCMonth() === b.getUTCMonth()) {
      return `${monthName(a)} ${dayOfMonth(a)}–${dayOfMonth(b)}, ${year}`;
    }
    return `${monthName(a)} ${dayOfMonth(a)} – ${monthName(b)} ${dayOfMonth(b)}, ${year}`;
  }
  return `${from} – ${to}`;
}

/**
 * An axis tick label chosen by the calendar boundary the tick falls on, as d3's multi-scale time
 * format does, but with BCE-aware years.
 */
export function formatTick(date: Date): string {
  if (utcSecond(date) < date) return clockMillis(date).slice(3);
  if (utcMinute(date) < date) return `:${utcFormat("%S")(date)}`;
  if (utcHour(date) < date) return clock(date);
  if (utcDay(date) < date) return clock(date);
  if (utcMonth(date) < date) {
    return utcWeek(date) < date ? utcFormat("%a %-d")(date) : `${monthShort(date)} ${dayOfMonth(date)}`;
  }
  if (utcYear(date) < date) return monthShort(date);
  return formatYear(date.getUTCFullYear());
}
