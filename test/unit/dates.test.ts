import { describe, expect, it } from "vitest";
import { parseDate, type DateResult } from "../../src/data/dates.js";
import type { DateInput, TimePoint } from "../../src/types.js";

/** The point of a result that must have parsed. */
function ok(value: unknown): TimePoint {
  const result = parseDate(value as DateInput);
  if (!result.ok) throw new Error(`expected ${String(value)} to parse, got: ${result.message}`);
  return result.point;
}

/** The message of a result that must have failed. */
function bad(value: unknown): string {
  const result: DateResult = parseDate(value as DateInput);
  if (result.ok)
    throw new Error(`expected ${String(value)} to be refused, got ${JSON.stringify(result.point)}`);
  expect(typeof result.message).toBe("string");
  expect(result.message.length).toBeGreaterThan(3);
  return result.message;
}

/** UTC milliseconds for any year, including 0–99 and negative years that Date.UTC maps wrongly. */
function utc(year: number, month0 = 0, day = 1, h = 0, m = 0, s = 0, ms = 0): number {
  const d = new Date(Date.UTC(2000, month0, day, h, m, s, ms));
  d.setUTCFullYear(year, month0, day);
  return d.getTime();
}

describe("parseDate with ISO 8601 strings", () => {
  it("parseDate reads a bare year as the whole year", () => {
    expect(ok("1993")).toEqual({
      time: Date.UTC(1993, 0, 1),
      until: Date.UTC(1994, 0, 1),
      precision: "year",
    });
  });

  it("parseDate reads a year and month as the whole month", () => {
    expect(ok("1993-03")).toEqual({
      time: Date.UTC(1993, 2, 1),
      until: Date.UTC(1993, 3, 1),
      precision: "month",
    });
    expect(ok("1993-12").until).toBe(Date.UTC(1994, 0, 1));
  });

  it("parseDate reads a calendar date as the whole day", () => {
    expect(ok("1993-03-30")).toEqual({
      time: Date.UTC(1993, 2, 30),
      until: Date.UTC(1993, 2, 31),
      precision: "day",
    });
    expect(ok("1993-03-31").until).toBe(Date.UTC(1993, 3, 1));
  });

  it("parseDate reads hours and minutes at minute precision, in UTC whatever the local zone", () => {
    const point = ok("2024-05-23T10:00");
    expect(point.precision).toBe("minute");
    expect(point.time).toBe(Date.UTC(2024, 4, 23, 10, 0));
    expect(point.until - point.time).toBe(60_000);
  });

  it("parseDate accepts a space instead of T between date and time", () => {
    expect(ok("2024-05-23 10:00").time).toBe(Date.UTC(2024, 4, 23, 10, 0));
  });

  it("parseDate reads seconds at second precision", () => {
    const point = ok("2024-05-23T10:00:30");
    expect(point).toEqual({
      time: Date.UTC(2024, 4, 23, 10, 0, 30),
      until: Date.UTC(2024, 4, 23, 10, 0, 31),
      precision: "second",
    });
  });

  it("parseDate reads fractions of a second at millisecond precision", () => {
    expect(ok("2024-05-23T10:00:30.5Z")).toEqual({
      time: Date.UTC(2024, 4, 23, 10, 0, 30, 500),
      until: Date.UTC(2024, 4, 23, 10, 0, 30, 501),
      precision: "millisecond",
    });
    expect(ok("2024-05-23T10:00:30.123456").time).toBe(Date.UTC(2024, 4, 23, 10, 0, 30, 123));
  });

  it("parseDate treats Z as UTC and applies numeric offsets", () => {
    expect(ok("2024-05-23T10:00Z").time).toBe(Date.UTC(2024, 4, 23, 10, 0));
    expect(ok("2024-05-23T10:00+05:00").time).toBe(Date.UTC(2024, 4, 23, 5, 0));
    expect(ok("2024-05-23T10:00-0330").time).toBe(Date.UTC(2024, 4, 23, 13, 30));
    expect(ok("2024-05-23T10:00+05:00").precision).toBe("minute");
  });

  it("parseDate ignores whitespace around a date", () => {
    expect(ok("  1993-03  ")).toEqual(ok("1993-03"));
  });

  it("parseDate reads negative years in astronomical numbering", () => {
    const point = ok("-0500");
    expect(new Date(point.time).getUTCFullYear()).toBe(-500);
    expect(point).toEqual({ time: utc(-500), until: utc(-499), precision: "year" });
  });

  it("parseDate reads year 0000 as the year before 1 CE", () => {
    const point = ok("0000");
    expect(new Date(point.time).getUTCFullYear()).toBe(0);
    expect(point.until).toBe(utc(1));
    expect(point.time).toBeLessThan(ok("0001").time);
  });

  it("parseDate never turns years 0–99 into the 1900s", () => {
    const point = ok("0099");
    expect(new Date(point.time).getUTCFullYear()).toBe(99);
    expect(new Date(point.until).getUTCFullYear()).toBe(100);
    expect(new Date(ok("0050-06-15").time).getUTCFullYear()).toBe(50);
    expect(new Date(ok({ year: 5, month: 2 }).time).getUTCFullYear()).toBe(5);
    expect(new Date(ok(12).time).getUTCFullYear()).toBe(12);
  });

  it("parseDate reads expanded years with a sign", () => {
    expect(new Date(ok("+012000").time).getUTCFullYear()).toBe(12000);
    expect(new Date(ok("-12000").time).getUTCFullYear()).toBe(-12000);
  });

  it("parseDate reads eight unsigned digits as ISO 8601's basic date, never as a far-future year", () => {
    // Databases and spreadsheets export "19930330"; it was read as the year 19,930,330, silently.
    expect(ok("19930330")).toEqual(ok("1993-03-30"));
    expect(ok(" 20240229 ")).toEqual(ok("2024-02-29"));
    expect(bad("19931330")).toMatch(/month 13 does not exist/);
    expect(bad("20230229")).toMatch(/day 29 does not exist in February 2023/);
    // A far-future year of eight digits keeps its sign, as ISO 8601 asks of expanded years.
    expect(new Date(ok("+19930330").time).getUTCFullYear()).toBeNaN(); // beyond what a Date holds
    expect(ok("+19930330").precision).toBe("year");
    expect(ok("275000").precision).toBe("year"); // other lengths stay years
  });

  it("parseDate accepts February 29 only in leap years", () => {
    expect(ok("2024-02-29")).toMatchObject({ time: Date.UTC(2024, 1, 29), until: Date.UTC(2024, 2, 1) });
    expect(ok("2000-02-29").precision).toBe("day");
    expect(bad("2023-02-29")).toMatch(/29/);
    expect(bad("1900-02-29")).toMatch(/29/);
  });
});

describe("parseDate with numbers, Dates and objects", () => {
  it("parseDate reads a number as a whole year", () => {
    expect(ok(1993)).toEqual(ok("1993"));
    expect(ok(-500)).toEqual(ok("-0500"));
    expect(ok(0)).toEqual(ok("0000"));
  });

  it("parseDate reads a Date at midnight UTC as a day", () => {
    expect(ok(new Date(Date.UTC(1993, 2, 30)))).toEqual(ok("1993-03-30"));
    expect(ok(new Date(Date.UTC(1950, 0, 1))).precision).toBe("day");
  });

  it("parseDate reads a Date with a time at the finest precision it carries", () => {
    expect(ok(new Date(Date.UTC(2024, 4, 23, 10, 0)))).toEqual(ok("2024-05-23T10:00Z"));
    expect(ok(new Date(Date.UTC(2024, 4, 23, 10, 0, 30))).precision).toBe("second");
    expect(ok(new Date(Date.UTC(2024, 4, 23, 10, 0, 30, 5))).precision).toBe("millisecond");
    expect(ok(new Date(Date.UTC(1950, 4, 23, 10, 0, 30))).precision).toBe("second");
  });

  it("parseDate refuses an invalid Date", () => {
    expect(bad(new Date(Number.NaN))).toMatch(/invalid/i);
  });

  it("parseDate reads {year, month, day} objects with months counted from 1", () => {
    expect(ok({ year: 1993 })).toEqual(ok("1993"));
    expect(ok({ year: 1993, month: 3 })).toEqual(ok("1993-03"));
    expect(ok({ year: 1993, month: 3, day: 30 })).toEqual(ok("1993-03-30"));
    expect(ok({ year: 2024, month: 2, day: 29 }).time).toBe(Date.UTC(2024, 1, 29));
  });
});

describe("parseDate refuses what is not a date, and says why", () => {
  it("parseDate points free-form text to ISO 8601", () => {
    const message = bad("March 1993");
    expect(message).toContain("ISO 8601");
    expect(message).toContain("March 1993");
  });

  it("parseDate refuses a month that does not exist", () => {
    expect(bad("1993-13")).toMatch(/month 13/);
    expect(bad("1993-00")).toMatch(/month/);
    expect(bad({ year: 1993, month: 0 })).toMatch(/month/);
  });

  it("parseDate refuses a day that does not exist in its month", () => {
    const message = bad("2023-02-30");
    expect(message).toMatch(/30/);
    expect(message).toMatch(/February/);
    expect(bad("2023-04-31")).toMatch(/April/);
    expect(bad("2023-04-00")).toMatch(/day/);
  });

  it("parseDate refuses a time of day that does not exist", () => {
    expect(bad("2024-05-23T24:00")).toMatch(/time of day/);
    expect(bad("2024-05-23T10:60")).toMatch(/time of day/);
  });

  it("parseDate refuses a UTC offset that does not exist", () => {
    expect(bad("2024-05-23T10:00+05:60")).toMatch(/offset|\+05:60/);
    expect(bad("2024-05-23T10:00+25:00")).toMatch(/offset|\+25:00/);
  });

  it("parseDate refuses empty and blank strings", () => {
    expect(bad("")).toContain("ISO 8601");
    expect(bad("   ")).toContain("ISO 8601");
  });

  it("parseDate refuses numbers that are not whole years in range", () => {
    expect(bad(Number.NaN)).toMatch(/NaN/);
    expect(bad(Number.POSITIVE_INFINITY)).toMatch(/Infinity/);
    expect(bad(Number.NEGATIVE_INFINITY)).toMatch(/Infinity/);
    expect(bad(1e20)).toMatch(/range/);
    expect(bad(1993.5)).toMatch(/whole/);
  });

  it("parseDate refuses objects with a missing or non-numeric part", () => {
    expect(bad({ year: "x" })).toMatch(/year/);
    expect(bad({})).toMatch(/year/);
    expect(bad({ year: 2000, month: "3" })).toMatch(/month/);
    expect(bad({ year: 2000, month: 3, day: Number.NaN })).toMatch(/day/);
  });

  it("parseDate refuses a day given without its month", () => {
    expect(bad({ year: 2000, day: 3 })).toMatch(/no month/);
  });

  it("parseDate reports a missing date as missing", () => {
    expect(bad(null)).toMatch(/missing/);
    expect(bad(undefined)).toMatch(/missing/);
  });

  it("parseDate refuses other types without throwing", () => {
    expect(bad(true)).toContain("ISO 8601");
    expect(bad(() => 1)).toContain("ISO 8601");
  });

  it("parseDate shows long bad strings shortened in its message", () => {
    const message = bad("x".repeat(500));
    expect(message.length).toBeLessThan(200);
  });
});
