import type { DateInput, Precision, TimePoint } from "../types.js";
import { calendarDate, calendarTime, dayTime, daysInMonth, fitsDate } from "./calendar.js";
import { describeValue } from "./describe.js";

/**
 * Parses the date forms chronoline accepts, keeping the precision the user wrote.
 * All times are UTC: a date written without an offset is shown exactly as written.
 */

/**
 * Years run from 100 billion years back to 100 billion years ahead: the Big Bang (about
 * -13,800,000,000) fits with room to spare, and a typo such as 1e20 is refused. Years outside
 * the ±271,820 that a JavaScript Date holds are computed by the calendar's 400-year cycle.
 */
export const MAX_ABS_YEAR = 100_000_000_000;

// ISO 8601: [±]YYYY[YY…][-MM[-DD[Thh:mm[:ss[.fff]][Z|±hh:mm]]]]
const ISO =
  /^([+-]?\d{4,})(?:-(\d{2})(?:-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?(Z|[+-]\d{2}:?\d{2})?)?)?)?$/;

/** The result of parsing one date: a point, or the reason it is not one. */
export type DateResult = { ok: true; point: TimePoint } | { ok: false; message: string };

interface Fields {
  year: number;
  month?: number; // 1–12
  day?: number;
  hour?: number;
  minute?: number;
  second?: number;
  millisecond?: number;
  offsetMinutes?: number;
}

/** Milliseconds since the epoch for a UTC calendar time; correct for years 0–99, BCE and deep time. */
export const utcTime = calendarTime;

function precisionOf(fields: Fields): Precision {
  if (fields.millisecond !== undefined) return "millisecond";
  if (fields.second !== undefined) return "second";
  if (fields.hour !== undefined) return "minute";
  if (fields.day !== undefined) return "day";
  if (fields.month !== undefined) return "month";
  return "year";
}

/** The first millisecond after the period that starts at `time` with this precision. */
export function periodEnd(time: number, precision: Precision): number {
  const { date: d, year: y } = calendarDate(time);
  switch (precision) {
    case "year":
      return utcTime(y + 1);
    case "month":
      return utcTime(y, d.getUTCMonth() + 1);
    case "day":
      return utcTime(y, d.getUTCMonth(), d.getUTCDate() + 1);
    case "minute":
      return time + 60_000;
    case "second":
      return time + 1_000;
    case "millisecond":
      return time + 1;
  }
}

function fromFields(fields: Fields): DateResult {
  const { year, month = 1, day = 1, hour = 0, minute = 0, second = 0 } = fields;
  if (!Number.isInteger(year)) return fail(`year ${year} is not a whole number`);
  if (Math.abs(year) > MAX_ABS_YEAR) {
    return fail(
      `year ${year} is outside the supported range: years run from -${MAX_ABS_YEAR} to ${MAX_ABS_YEAR} (100 billion years either way)`,
    );
  }
  if (!Number.isInteger(month) || month < 1 || month > 12) {
    return fail(`month ${month} does not exist; months run from 1 to 12`);
  }
  if (!Number.isInteger(day) || day < 1 || day > daysInMonth(year, month)) {
    return fail(`day ${day} does not exist in ${monthName(month)} ${year}`);
  }
  if (hour > 23 || minute > 59 || second > 59) {
    return fail(`${pad(hour)}:${pad(minute)}:${pad(second)} is not a time of day`);
  }
  const local = utcTime(year, month - 1, day, hour, minute, second, fields.millisecond ?? 0);
  // Beyond the Date range, times are floats too coarse for a clock (a minute at the Big Bang).
  if (fields.hour !== undefined && !fitsDate(local)) {
    return fail(`year ${year} is too far from now for a time of day; give the year, month or day`);
  }
  const time = local - (fields.offsetMinutes ?? 0) * 60_000;
  const precision = precisionOf(fields);
  return { ok: true, point: pointOf(time, untilOf(fields, time, precision), precision) };
}

/**
 * `periodEnd(time, precision)` straight from the written fields, without reading them back from a
 * Date: a year, month or day has no offset, so its end is the next one on the calendar.
 */
function untilOf(fields: Fields, time: number, precision: Precision): number {
  if (!fitsDate(time)) return periodEnd(time, precision);
  const { year, month = 1, day = 1 } = fields;
  switch (precision) {
    case "year":
      return utcTime(year + 1);
    case "month":
      return utcTime(year, month);
    case "day":
      return utcTime(year, month - 1, day + 1);
    default:
      return periodEnd(time, precision);
  }
}

/**
 * A point, made with its times unset and then given them. V8 stores a field that has only ever
 * held fractional or large numbers (times are) as a "double" field, and every read of one in code
 * not yet optimized, which is all of a first paint, copies the number into a new 12-byte heap
 * object: a first paint of 10,000 events made about 100,000 of them (1.2 MB) reading the times.
 * A field that first held something else keeps each number as it is stored, and a read allocates
 * nothing. (Points made anywhere share one hidden class, so this one place decides for all.)
 */
function pointOf(time: number, until: number, precision: Precision): TimePoint {
  const point = { time: undefined, until: undefined, precision } as unknown as TimePoint;
  point.time = time;
  point.until = until;
  return point;
}

/** The digits at `from`–`to` (exclusive) of `text` as a number, or -1 when one is no digit. */
function digitsAt(text: string, from: number, to: number): number {
  let value = 0;
  for (let i = from; i < to; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/**
 * YYYY, YYYY-MM and YYYY-MM-DD, the shapes most data is written in, read straight to a point with
 * plain arithmetic: no regular expression, no fields object, none of the checks that years 0–9999
 * cannot fail. Undefined for anything else, and for a month or day that does not exist, which the
 * general path (parseDate) reads and explains. (A test checks it against the general path.)
 */
export function commonPoint(text: string): TimePoint | undefined {
  const length = text.length;
  if (length !== 4 && length !== 7 && length !== 10) return undefined;
  const year = digitsAt(text, 0, 4);
  const month = length === 4 ? 1 : text.charCodeAt(4) === 45 ? digitsAt(text, 5, 7) : -1; // "-"
  const days = month >= 1 && month <= 12 ? daysInMonth(year, month) : 0;
  const day = length < 10 ? 1 : text.charCodeAt(7) === 45 ? digitsAt(text, 8, 10) : -1;
  if (year < 0 || day < 1 || day > days) return undefined;
  const time = dayTime(year, month, day);
  return length === 4
    ? pointOf(time, dayTime(year + 1, 1, 1), "year")
    : pointOf(time, time + (length === 7 ? days : 1) * 86_400_000, length === 7 ? "month" : "day");
}

function fromString(text: string): DateResult {
  const common = commonPoint(text);
  if (common) return { ok: true, point: common };
  // ISO 8601 gives an expanded year its sign ("+19930330"), so eight bare digits are its basic
  // date form, YYYYMMDD, as databases and spreadsheets export it: never a far-future year.
  const match = ISO.exec(text.trim().replace(/^(\d{4})(\d\d)(\d\d)$/, "$1-$2-$3"));
  if (!match) return fail(`${describeValue(text)} is not a date; use ISO 8601 such as 1993-03`);
  const [, y, mo, d, h, mi, s, frac, zone] = match;
  const fields: Fields = { year: Number(y) };
  if (mo !== undefined) fields.month = Number(mo);
  if (d !== undefined) fields.day = Number(d);
  if (h !== undefined) fields.hour = Number(h);
  if (mi !== undefined) fields.minute = Number(mi);
  if (s !== undefined) fields.second = Number(s);
  // Fractions finer than a millisecond are kept to the millisecond, the finest a Date holds.
  if (frac !== undefined) fields.millisecond = Number(frac.slice(0, 3).padEnd(3, "0"));
  if (zone !== undefined && zone !== "Z") {
    const sign = zone.startsWith("-") ? -1 : 1;
    const digits = zone.slice(1).replace(":", "");
    const [hours, minutes] = [Number(digits.slice(0, 2)), Number(digits.slice(2))];
    // Real offsets run from -12:00 to +14:00.
    if (hours > 14 || minutes > 59)
      return fail(`${zone} is not a UTC offset; offsets run from -12:00 to +14:00`);
    fields.offsetMinutes = sign * (hours * 60 + minutes);
  }
  return fromFields(fields);
}

function fromDate(date: Date): DateResult {
  const time = date.getTime();
  if (!Number.isFinite(time)) return fail("is an invalid Date");
  const precision: Precision =
    time % 1000 !== 0
      ? "millisecond"
      : time % 60_000 !== 0
        ? "second"
        : time % 86_400_000 !== 0
          ? "minute"
          : "day";
  return { ok: true, point: pointOf(time, periodEnd(time, precision), precision) };
}

/** Parses any `DateInput`; never throws. */
export function parseDate(value: DateInput | undefined | null): DateResult {
  if (value === undefined || value === null) return fail("is missing");
  if (typeof value === "string") return fromString(value);
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return fail(`${value} is not a year`);
    return fromFields({ year: value });
  }
  if (value instanceof Date) return fromDate(value);
  if (typeof value === "object") {
    const { year, month, day } = value as { year?: unknown; month?: unknown; day?: unknown };
    if (typeof year !== "number" || !Number.isFinite(year)) {
      return fail(`year ${describeValue(year)} is not a number`);
    }
    for (const [name, part] of [
      ["month", month],
      ["day", day],
    ] as const) {
      if (part !== undefined && (typeof part !== "number" || !Number.isFinite(part))) {
        return fail(`${name} ${describeValue(part)} is not a number`);
      }
    }
    if (day !== undefined && month === undefined) return fail("has a day but no month");
    const fields: Fields = { year };
    if (month !== undefined) fields.month = month as number;
    if (day !== undefined) fields.day = day as number;
    return fromFields(fields);
  }
  return fail(`${describeValue(value)} is not a date; use ISO 8601 such as 1993-03`);
}

function fail(message: string): DateResult {
  return { ok: false, message };
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

function monthName(month: number): string {
  return MONTHS[month - 1] ?? `month ${month}`;
}
