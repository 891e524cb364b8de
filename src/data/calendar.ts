/**
 * The proleptic Gregorian calendar for any year, not only the ±271,821 years around 1970 that a
 * JavaScript Date holds. The calendar repeats exactly every 400 years (146,097 days), so a year
 * outside that range is moved by whole 400-year cycles into it, computed with a Date, and moved
 * back. Times stay floats of milliseconds since 1970-01-01T00:00Z: exact within the Date range,
 * coarser beyond it (about a minute at the Big Bang), still far finer than any such date is known.
 */

const DAY = 86_400_000;
/** Milliseconds in 400 Gregorian years. */
const CYCLE = 146_097 * DAY;
/** Years this far from 0 are computed directly; beyond, by moving whole cycles. */
const DIRECT_YEARS = 200_000;

/** The largest distance from 1970 that a Date holds, in milliseconds. */
export const DATE_LIMIT = 8.64e15;

/** True when a Date can hold this time. */
export function fitsDate(time: number): boolean {
  return Math.abs(time) <= DATE_LIMIT;
}

/**
 * Milliseconds since the epoch of a UTC calendar time, for any year in astronomical numbering
 * (0 is 1 BCE). Months count from 0 and may overflow into the next year, as with `Date.UTC`;
 * unlike `Date.UTC`, years 0–99 are not read as 1900–1999.
 */
export function calendarTime(year: number, month0 = 0, day = 1, h = 0, m = 0, s = 0, ms = 0): number {
  // The common case in plain arithmetic: parsing 100,000 dates made a Date for each of them.
  if (
    (year | 0) === year &&
    year <= DIRECT_YEARS &&
    year >= -DIRECT_YEARS &&
    (month0 | 0) === month0 &&
    month0 >= 0 &&
    month0 <= 11 &&
    (day | 0) === day &&
    day >= -400 &&
    day <= 400 &&
    inClock(h, 23) &&
    inClock(m, 59) &&
    inClock(s, 59) &&
    inClock(ms, 999)
  ) {
    return dayTime(year, month0 + 1, day) + h * 3_600_000 + m * 60_000 + s * 1000 + ms;
  }
  const cycles = Math.abs(year) <= DIRECT_YEARS ? 0 : Math.round(year / 400);
  const date = new Date(Date.UTC(2000, month0, day, h, m, s, ms));
  date.setUTCFullYear(year - cycles * 400, month0, day);
  return date.getTime() + cycles * CYCLE;
}

/** A whole number from 0 to `max`, which Date.UTC would take as it is. */
function inClock(value: number, max: number): boolean {
  return (value | 0) === value && value >= 0 && value <= max;
}

/**
 * Milliseconds since the epoch at the start of a day, for a whole year within ±200,000, a month
 * from 1 to 12 and a whole day (which may run past the month, as with `Date.UTC`): `calendarTime`
 * in plain arithmetic, without its checks, for callers that have made them.
 */
export function dayTime(year: number, month: number, day: number): number {
  return (daysFromCivil(year, month) + day - 1) * DAY;
}

/**
 * Days from 1970-01-01 to the first of a month (1–12) of a year, proleptic Gregorian, counted
 * in 400-year eras from March (H. Hinnant's days_from_civil): exact for every integer year.
 */
function daysFromCivil(year: number, month: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5);
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** A time's calendar fields: a Date with its month, day and clock, and its true year. */
export interface CalendarDate {
  /**
   * A Date on the same month, day and time of day. Beyond the Date range its year is moved by
   * whole 400-year cycles, so read the year from `year`, never from the Date.
   */
  date: Date;
  /** The year, astronomical numbering (0 is 1 BCE). */
  year: number;
}

/** The calendar fields of a time in milliseconds since the epoch, for any year. */
export function calendarDate(time: number): CalendarDate {
  if (fitsDate(time)) {
    const date = new Date(time);
    return { date, year: date.getUTCFullYear() };
  }
  const cycles = Math.round(time / CYCLE);
  // Out here a time carries rounding of up to |time|·2⁻⁵² ms. Nudge it forward by more than
  // that, so that the first instant of a year is never read as the last instant of the year before.
  const date = new Date(time - cycles * CYCLE + Math.abs(time) * 2 ** -46);
  return { date, year: date.getUTCFullYear() + cycles * 400 };
}

/** The year (astronomical numbering) in which a time falls. */
export function yearOf(time: number): number {
  return calendarDate(time).year;
}

const SHORT_MONTHS = [4, 6, 9, 11];

/** The number of days in a month (1–12) of any year. */
export function daysInMonth(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 ? (leap ? 29 : 28) : SHORT_MONTHS.includes(month) ? 30 : 31;
}
