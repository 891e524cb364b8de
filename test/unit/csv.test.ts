import { describe, expect, it } from "vitest";
import { fromCSV } from "../../src/data/csv.js";
import { TimelineDataError } from "../../src/data/errors.js";
import { parseEvents } from "../../src/data/normalize.js";

/** The error fromCSV throws, so its message and issues can be checked. */
function csvError(text: string): TimelineDataError {
  try {
    fromCSV(text);
  } catch (error) {
    if (error instanceof TimelineDataError) return error;
    throw error;
  }
  throw new Error("fromCSV accepted bad input");
}

describe("fromCSV", () => {
  it("fromCSV reads the documented columns into events that parseEvents accepts", () => {
    const { events, eras } = fromCSV(
      [
        "date,start,end,title,text,group,category,importance,link",
        '1993-03-30,,,Diplomatic relations,"Relations open, at last",Diplomacy,Politics,3,https://example.org/a',
        ",2020,2023,Investment,,Economy,Money,,",
      ].join("\n"),
    );
    expect(eras).toEqual([]);
    expect(events).toHaveLength(2);
    expect(events[0]).toMatchObject({
      date: "1993-03-30",
      title: "Diplomatic relations",
      text: "Relations open, at last",
      group: "Diplomacy",
      category: "Politics",
      importance: 3,
      link: "https://example.org/a",
    });
    expect(events[1]).toMatchObject({ start: "2020", end: "2023", title: "Investment" });
    expect(events[1]).not.toHaveProperty("text");
    const parsed = parseEvents(events);
    expect(parsed.map((e) => e.kind)).toEqual(["point", "span"]);
  });

  it("fromCSV understands common header aliases such as Start Date, End Date and Headline", () => {
    const { events } = fromCSV(
      "Start Date,End Date,Headline,Description,Priority,URL\n2020-01,2020-06,First half,Text,2,/notes\n",
    );
    expect(events[0]).toMatchObject({
      start: "2020-01",
      end: "2020-06",
      title: "First half",
      text: "Text",
      importance: 2,
      link: "/notes",
    });
  });

  it("fromCSV keeps every cell of a row in the event's data, unknown columns included", () => {
    const { events } = fromCSV("date,title,Source page\n2008,Embassy opens,p. 12\n");
    expect(events[0]!.data).toEqual({ date: "2008", title: "Embassy opens", "Source page": "p. 12" });
  });

  it("fromCSV reads TimelineJS's sheet template: dates in parts, BCE years, eras and the title row", () => {
    const { events, eras, title, description } = fromCSV(
      [
        "Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Type,Group",
        ",,,,,,,,,Steppe history,From the Saka to today,,title,",
        "-500,,,,,,,,c. 500 BCE,Saka kurgans,,,,Ancient",
        "2024,5,23,10:30,2024,5,24,,,State visit,,,,",
        "1991,,,,2024,,,,,Independence,,,era,",
      ].join("\n"),
    );
    expect(title).toBe("Steppe history");
    expect(description).toBe("From the Saka to today");
    expect(events[0]).toMatchObject({ start: "-0499", title: "Saka kurgans", displayDate: "c. 500 BCE" });
    expect(events[1]).toMatchObject({ start: "2024-05-23T10:30", end: "2024-05-24" });
    expect(eras).toEqual([{ title: "Independence", start: "1991", end: "2024" }]);
    const [saka] = parseEvents(events);
    expect(new Date(saka!.start.time).getUTCFullYear()).toBe(-499); // 500 BCE
  });

  it("fromCSV reads quoted fields with commas, quotes and line breaks, a BOM, and semicolon files", () => {
    const { events } = fromCSV('\uFEFFdate,title\n2001,"Say ""hello"", world\nagain"\n');
    expect(events[0]!.title).toBe('Say "hello", world\nagain');
    const semi = fromCSV("date;title\n2001;One\n", { delimiter: ";" });
    expect(semi.events[0]!.title).toBe("One");
  });

  it("fromCSV reads a file separated by semicolons or tabs without being told, as <chrono-line> and the CLI must", () => {
    // Excel saves "CSV" with semicolons where the decimal mark is a comma (ru-RU, kk-KZ, de-DE…).
    // They were refused with "has no title column" beside a header that holds "title".
    const semi = fromCSV('Date;Title;Text\n1993-03-30;Relations;"One; two"\n2008;Embassy;3,5\n');
    expect(semi.events.map((e) => [e.date, e.title, e.text])).toEqual([
      ["1993-03-30", "Relations", "One; two"],
      ["2008", "Embassy", "3,5"],
    ]);
    expect(fromCSV("date\ttitle\n2001\tTab\n").events[0]!.title).toBe("Tab");
    // A comma in the header keeps the comma, whatever the rows hold; a given delimiter wins.
    expect(fromCSV("date,title\n2001,A; B\n").events[0]!.title).toBe("A; B");
    expect(() => fromCSV("date;title\n2001;A\n", { delimiter: "," })).toThrow(/no title column/);
  });

  it("fromCSV skips blank lines, which hold no event", () => {
    const { events } = fromCSV("date,title\n\n2001,One\n , \n2002,Two\n");
    expect(events.map((e) => e.title)).toEqual(["One", "Two"]);
  });

  it("fromCSV reports every bad row at once, by spreadsheet row number and column name", () => {
    const error = csvError(
      [
        "Start Date,End Date,Headline,Importance,Link",
        "1993-03-30,,Good,,",
        "March 1993,,Bad date,,",
        "2020,2019,Backwards,,",
        "2001,,,high,javascript:alert(1)",
      ].join("\n"),
    );
    expect(error.issues).toEqual([
      {
        path: 'row 3, column "Start Date"',
        message: '"March 1993" is not a date; use ISO 8601 such as 1993-03',
      },
      { path: 'row 4, column "End Date"', message: '"2019" is before the start "2020"' },
      { path: 'row 5, column "Importance"', message: '"high" is not a number' },
      { path: 'row 5, column "Headline"', message: "is missing" },
      {
        path: 'row 5, column "Link"',
        message: '"javascript:alert(1)" is not allowed; use an http(s), mailto or relative URL',
      },
    ]);
    expect(error.message).toContain("the data has 5 problems");
  });

  it("fromCSV names the missing date cell's column when a row has no date", () => {
    const error = csvError("date,title\n,No date here\n");
    expect(error.issues).toEqual([
      { path: 'row 2, column "date"', message: "is missing; give date, or start and end" },
    ]);
  });

  it("fromCSV refuses a header with no title or no date column, saying which names work", () => {
    const error = csvError("when happened,what\n2001,x\n");
    expect(error.issues.map((i) => i.path)).toEqual(["row 1 (header)", "row 1 (header)"]);
    expect(error.issues[0]!.message).toContain('"headline"');
    expect(error.issues[1]!.message).toContain('"start"');
  });

  it("fromCSV refuses two columns that give the same field", () => {
    const error = csvError("date,title,headline\n2001,x,y\n");
    expect(error.issues[0]!.message).toBe('columns "title" and "headline" both give the title');
  });

  it("fromCSV of a header alone gives no events, and of empty text names the missing columns", () => {
    expect(fromCSV("date,title\n").events).toEqual([]);
    expect(csvError("").issues).toHaveLength(2);
  });
});
