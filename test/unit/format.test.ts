import { describe, expect, it } from "vitest";
import { parseDate } from "../../src/data/dates.js";
import { parseEvents } from "../../src/data/normalize.js";
import { formatPoint, formatRange, formatTick, formatYear } from "../../src/scale/format.js";
import type { DateInput, TimePoint } from "../../src/types.js";

function point(value: DateInput): TimePoint {
  const result = parseDate(value);
  if (!result.ok) throw new Error(result.message);
  return result.point;
}

/** The label of a span as parseEvents builds it from user input. */
function span(start: DateInput, end: DateInput): string {
  const [event] = parseEvents([{ start, end, title: "x" }]);
  return formatRange(event!.start, event!.end);
}

/** A Date in any year, including 0–99 and negative years. */
function utcDate(year: number, month0 = 0, day = 1, h = 0, m = 0, s = 0, ms = 0): Date {
  const d = new Date(Date.UTC(2000, month0, day, h, m, s, ms));
  d.setUTCFullYear(year, month0, day);
  return d;
}

describe("formatYear", () => {
  it("formatYear writes years of the common era as plain numbers", () => {
    expect(formatYear(1993)).toBe("1993");
    expect(formatYear(1)).toBe("1");
    expect(formatYear(50)).toBe("50");
  });

  it("formatYear writes astronomical year 0 and below as BCE, with no year 0", () => {
    expect(formatYear(0)).toBe("1 BCE");
    expect(formatYear(-1)).toBe("2 BCE");
    expect(formatYear(-49)).toBe("50 BCE");
    expect(formatYear(-500)).toBe("501 BCE");
  });
});

describe("formatPoint", () => {
  it("formatPoint shows a date at exactly the precision it was written at", () => {
    expect(formatPoint(point("1993"))).toBe("1993");
    expect(formatPoint(point("2024-05"))).toBe("May 2024");
    expect(formatPoint(point("2024-05-23"))).toBe("May 23, 2024");
    expect(formatPoint(point("2024-05-23T10:00"))).toBe("May 23, 2024, 10:00");
    expect(formatPoint(point("2024-05-23T10:00:30"))).toBe("May 23, 2024, 10:00:30");
    expect(formatPoint(point("2024-05-23T10:00:30.250"))).toBe("May 23, 2024, 10:00:30.250");
  });

  it("formatPoint shows times in UTC, not in the reader's zone", () => {
    // TZ is America/New_York in the tests: a local-time slip would show 20:30 on May 22.
    expect(formatPoint(point("2024-05-23T00:30Z"))).toBe("May 23, 2024, 00:30");
    expect(formatPoint(point("2024-01-01"))).toBe("January 1, 2024");
    expect(formatPoint(point("2024-01"))).toBe("January 2024");
  });

  it("formatPoint shows ancient dates in BCE and small years as written", () => {
    expect(formatPoint(point("-0043-03-15"))).toBe("March 15, 44 BCE");
    expect(formatPoint(point("0000"))).toBe("1 BCE");
    expect(formatPoint(point("0079-08"))).toBe("August 79");
  });
});

describe("formatRange", () => {
  it("formatRange shows a point event as its date", () => {
    const [event] = parseEvents([{ date: "2024-05-23", title: "x" }]);
    expect(formatRange(event!.start, event!.end)).toBe("May 23, 2024");
  });

  it("formatRange joins years with a spaced en dash", () => {
    expect(span("2020", "2023")).toBe("2020 – 2023");
    expect(span("-0500", "-0400")).toBe("501 BCE – 401 BCE");
  });

  it("formatRange writes days of one month once with the year", () => {
    expect(span("2024-05-23", "2024-05-24")).toBe("May 23–24, 2024");
  });

  it("formatRange writes days across months of one year with the year once", () => {
    expect(span("2024-05-30", "2024-06-02")).toBe("May 30 – June 2, 2024");
  });

  it("formatRange writes both years when a span of days crosses a year", () => {
    expect(span("2023-12-30", "2024-01-02")).toBe("December 30, 2023 – January 2, 2024");
  });

  it("formatRange shows each end at its own precision", () => {
    expect(span("2020-03", "2023")).toBe("March 2020 – 2023");
    expect(span("2024-05-23T10:00", "2024-05-23T11:30")).toBe("May 23, 2024, 10:00 – May 23, 2024, 11:30");
  });
});

describe("formatTick", () => {
  it("formatTick labels a year boundary with the year", () => {
    expect(formatTick(new Date(Date.UTC(2020, 0, 1)))).toBe("2020");
    expect(formatTick(utcDate(0))).toBe("1 BCE");
    expect(formatTick(utcDate(-49))).toBe("50 BCE");
    expect(formatTick(utcDate(50))).toBe("50");
  });

  it("formatTick labels a month boundary with the short month", () => {
    expect(formatTick(new Date(Date.UTC(2020, 4, 1)))).toBe("May");
    expect(formatTick(new Date(Date.UTC(2020, 11, 1)))).toBe("Dec");
  });

  it("formatTick labels a day boundary with the month and day on Sundays, else the weekday", () => {
    // May 10, 2020 was a Sunday; May 12 a Tuesday.
    expect(formatTick(new Date(Date.UTC(2020, 4, 10)))).toBe("May 10");
    expect(formatTick(new Date(Date.UTC(2020, 4, 12)))).toBe("Tue 12");
  });

  it("formatTick labels times within a day with the UTC clock", () => {
    expect(formatTick(new Date(Date.UTC(2020, 4, 12, 10)))).toBe("10:00");
    expect(formatTick(new Date(Date.UTC(2020, 4, 12, 10, 30)))).toBe("10:30");
    expect(formatTick(new Date(Date.UTC(2020, 4, 12, 10, 30, 15)))).toBe(":15");
  });
});

describe("formatRange for a span inside one period", () => {
  it("formatRange shows a span that starts and ends in the same period once", () => {
    expect(span("2024-05-23", "2024-05-23")).toBe("May 23, 2024");
    expect(span("2020", "2020")).toBe("2020");
  });
});
