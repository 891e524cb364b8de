import { formatLocale as numberLocale } from "d3-format";
import { utcDay, utcMinute, utcMonth, utcSecond, utcWeek, utcYear } from "d3-time";
import { timeFormatLocale, type TimeLocaleDefinition as D3TimeLocale } from "d3-time-format";
import { calendarDate, fitsDate } from "../data/calendar.js";
import type { TimelineLocale, TimePoint } from "../types.js";
import { createDeepYearFormat } from "./deep-year-format.js";
import { EN_US } from "./locales.js";

/** Every label a timeline writes, in one locale. */
export interface DateFormatter {
  /** A year as a reader expects it: "1993", "50 BCE", "50 до н. э.", "65 million years ago". */
  year(year: number): string;
  /** One date at its own precision. */
  point(point: TimePoint): string;
  /** A point or a span, compacted where both ends share words: "May 23–24, 2024". */
  range(start: TimePoint, end: TimePoint): string;
  /**
   * An axis tick (a Date, or milliseconds since the epoch), chosen by the calendar boundary it
   * falls on; on a deep-time axis (pass the axis's `domain`, in milliseconds) "65 Ma", "13.8 Ga".
   */
  tick(date: Date | number, domain?: readonly [number, number]): string;
  /** A count of events: "15 events", "15 событий". */
  count(n: number): string;
  /** Fills a pattern of the locale's `words`: `word("era", { title })`. */
  word(key: keyof NonNullable<TimelineLocale["words"]>, values: Record<string, string>): string;
}

// The year goes into patterns as a private-use character, then is replaced by its full text:
// d3 would write -49 as "-0049", and the era wording is the locale's.
const YEAR_MARK = "\uE000";

/** A formatter for `locale`; fields it leaves out come from en-US. */
export function createDateFormatter(locale: TimelineLocale): DateFormatter {
  const d3 = timeFormatLocale(locale.time as D3TimeLocale);
  const dayNames = locale.dayMonths
    ? timeFormatLocale({ ...locale.time, months: locale.dayMonths } as D3TimeLocale)
    : d3;
  const formats = { ...EN_US.formats, ...(locale === EN_US ? {} : DEFAULT_FORMATS), ...locale.formats };
  const words = { ...EN_US.words, ...locale.words };
  const bce = locale.bce ?? EN_US.bce!;
  const group = locale.number
    ? numberLocale({
        ...locale.number,
        grouping: [...locale.number.grouping],
        currency: ["", ""],
        decimal: ".",
      }).format(",d")
    : String;
  const plural = new Intl.PluralRules(locale.tag ?? "en-US");

  const deep = createDeepYearFormat(locale);
  const year = (y: number): string => {
    if (deep.isDeep(y)) return deep.long(y);
    const n = y > 0 ? y : 1 - y; // no year 0: astronomical 0 is 1 BCE
    const digits = n >= 10_000 ? group(n) : String(n);
    return y > 0 ? digits : bce.replace("{year}", digits);
  };
  // The Date carries month, day and clock; the year comes separately, since beyond the Date
  // range the Date's own year is moved by whole 400-year cycles (data/calendar.ts).
  const withYear = (pattern: string, names = d3) => {
    const format = names.utcFormat(pattern.replace(/%Y/g, YEAR_MARK));
    return (date: Date, y = date.getUTCFullYear()) => format(date).replace(YEAR_MARK, year(y));
  };
  const clockPattern = (precision: "minute" | "second" | "millisecond") =>
    precision === "minute"
      ? formats.time!
      : formats.time!.replace("%M", precision === "second" ? "%M:%S" : "%M:%S.%L");
  const labels = {
    month: withYear(formats.month!),
    day: withYear(formats.day!, dayNames),
    minute: withYear(clockPattern("minute"), dayNames),
    second: withYear(clockPattern("second"), dayNames),
    millisecond: withYear(clockPattern("millisecond"), dayNames),
  };
  const point = (p: TimePoint): string => {
    const { date, year: y } = calendarDate(p.time);
    // A month or a day millions of years ago is still read as its year.
    return p.precision === "year" || deep.isDeep(y) ? year(y) : labels[p.precision](date, y);
  };
  const ticks = {
    millis: d3.utcFormat("%M:%S.%L"),
    seconds: d3.utcFormat(":%S"),
    clock: d3.utcFormat("%H:%M"),
    weekday: d3.utcFormat(formats.tickWeekday!),
    day: dayNames.utcFormat(formats.tickDay!),
    month: d3.utcFormat("%b"),
  };

  return {
    year,
    point,
    range(start, end) {
      const from = point(start);
      // A point event's start and end are one object: formatted once (layout asks for the date
      // of every label candidate on the first paint).
      if (end === start) return from;
      const to = point(end);
      if (from === to) return from; // a span within one period, such as one day
      const [startYear, endYear] = [calendarDate(start.time).year, calendarDate(end.time).year];
      const deepRange = deep.range(startYear, endYear); // "66 – 65 million years ago"
      if (deepRange !== undefined) return deepRange;
      const sameYear = startYear === endYear;
      if (start.precision === "day" && end.precision === "day" && sameYear) return compactRange(from, to);
      return `${from} – ${to}`;
    },
    tick(value, domain) {
      if (domain && !domain.every(fitsDate)) {
        const y = calendarDate(+value).year;
        return deep.tick(y, domain) ?? year(y);
      }
      const date = typeof value === "number" ? new Date(value) : value;
      if (utcSecond(date) < date) return ticks.millis(date);
      if (utcMinute(date) < date) return ticks.seconds(date);
      if (utcDay(date) < date) return ticks.clock(date);
      if (utcMonth(date) < date) return utcWeek(date) < date ? ticks.weekday(date) : ticks.day(date);
      if (utcYear(date) < date) return ticks.month(date);
      return year(date.getUTCFullYear());
    },
    count(n) {
      const forms = words.events!;
      const pattern = forms[plural.select(n)] ?? forms.other ?? "{count}";
      return pattern.replace("{count}", group(n)); // "5,000 events", "5 000 событий"
    },
    word(key, values) {
      const pattern = words[key];
      return typeof pattern === "string"
        ? pattern.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole)
        : "";
    },
  };
}

/** For a d3 locale given alone: the patterns that suit most languages, numeric days included. */
const DEFAULT_FORMATS = {
  month: "%B %Y",
  day: "%-d %B %Y",
  time: "%-d %B %Y, %H:%M",
  tickDay: "%-d %b",
  tickWeekday: "%a %-d",
};

/**
 * Two dates of one year, written once where they agree: "May 23–24, 2024", "23–24 мая 2024",
 * "May 30 – June 2, 2024". Works on runs of digits and of other characters, so it needs no
 * knowledge of the pattern: what both ends share at the start and at the end is written once.
 */
export function compactRange(from: string, to: string): string {
  const a = from.match(/\d+|\D+/g) ?? [];
  const b = to.match(/\d+|\D+/g) ?? [];
  // Words and years are shared; a day number (one or two digits) that happens to match
  // ("June 10 – September 10") belongs to each date.
  const isDay = (token: string): boolean => /^\d{1,2}$/.test(token);
  let head = 0;
  while (head < a.length - 1 && head < b.length - 1 && a[head] === b[head] && !isDay(a[head]!)) head++;
  let tail = 0;
  while (
    tail < a.length - head - 1 &&
    tail < b.length - head - 1 &&
    a[a.length - 1 - tail] === b[b.length - 1 - tail] &&
    !isDay(a[a.length - 1 - tail]!)
  )
    tail++;
  const middleA = a.slice(head, a.length - tail).join("");
  const middleB = b.slice(head, b.length - tail).join("");
  const dash = /\s/.test(middleA.trim() + middleB.trim()) ? " – " : "–";
  // Spaces next to the shared words stay where they were: "30 мая – 2 июня 2024".
  const lead = /^\s*/.exec(middleA)![0];
  const trail = /\s*$/.exec(middleB)![0];
  const head_ = a.slice(0, head).join("");
  const tail_ = b.slice(b.length - tail).join("");
  return `${head_}${lead}${middleA.trim()}${dash}${middleB.trim()}${trail}${tail_}`;
}
