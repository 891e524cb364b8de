import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dateLines } from "../../src/layout/date-lines.js";
import { measureWithTable } from "../../src/layout/measure.js";
import { DATE_FONT } from "../../src/layout/typography.js";

const width = (text: string): number => measureWithTable(text, DATE_FONT);

describe("a label's date in lines (vertical timelines)", () => {
  it("keeps a date that fits on one line", () => {
    expect(dateLines("March 5, 2001", 200, measureWithTable)).toEqual(["March 5, 2001"]);
  });

  it("breaks a span after its dash, each line a whole date", () => {
    const date = "September 21, 2006 – January 30, 2008";
    expect(dateLines(date, 120, measureWithTable)).toEqual(["September 21, 2006 –", "January 30, 2008"]);
  });

  it("breaks a date without a dash at the last space that lets both lines fit", () => {
    expect(dateLines("September 15, 1997, 14:32", 110, measureWithTable)).toEqual([
      "September 15, 1997,",
      "14:32",
    ]);
  });

  it("gives up, never cuts, when two lines cannot hold the date", () => {
    expect(dateLines("September 21, 2006 – January 30, 2008", 60, measureWithTable)).toBeUndefined();
    expect(dateLines("Mid-autumn-of-the-year-of-the-flood", 80, measureWithTable)).toBeUndefined();
  });

  it("whatever the text and width: at most two lines, each fits, and joined they are the date", () => {
    const word = fc.stringMatching(/^[A-Za-z0-9,.:–]{1,12}$/);
    fc.assert(
      fc.property(
        fc.array(word, { minLength: 1, maxLength: 8 }),
        fc.integer({ min: 20, max: 300 }),
        (words, w) => {
          const date = words.join(" ");
          const lines = dateLines(date, w, measureWithTable);
          if (lines === undefined) return;
          expect(lines.length).toBeLessThanOrEqual(2);
          for (const line of lines) expect(width(line)).toBeLessThanOrEqual(w);
          expect(lines.join(" ")).toBe(date);
        },
      ),
    );
  });
});
