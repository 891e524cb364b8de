import { describe, expect, it } from "vitest";
import { TimelineDataError } from "../../src/data/errors.js";
import { parseEras, parseEvents, parseTimelineData } from "../../src/data/normalize.js";
import { dataError } from "./data-error.js";

/** The TimelineDataError that `fn` must throw. */
const paths = (error: TimelineDataError): string[] => error.issues.map((issue) => issue.path);

describe("parseEvents", () => {
  it("parseEvents makes a point of an event with a date", () => {
    const [event] = parseEvents([{ date: "1993-03-30", title: "Founded" }]);
    expect(event).toMatchObject({ kind: "point", index: 0, title: "Founded", importance: 0 });
    expect(event!.start).toBe(event!.end);
    expect(event!.start).toEqual({
      time: Date.UTC(1993, 2, 30),
      until: Date.UTC(1993, 2, 31),
      precision: "day",
    });
  });

  it("parseEvents makes a span of an event with a start and an end", () => {
    const [event] = parseEvents([{ start: "2020", end: "2023", title: "Term" }]);
    expect(event!.kind).toBe("span");
    expect(event!.start.time).toBe(Date.UTC(2020, 0, 1));
    // The end is inclusive at its precision: "2023" runs to the end of 2023.
    expect(event!.end.until).toBe(Date.UTC(2024, 0, 1));
  });

  it("parseEvents keeps the precision a date was written at", () => {
    const events = parseEvents([
      { date: "1993", title: "a" },
      { date: "1993-03", title: "b" },
      { date: 1993, title: "c" },
      { date: "2024-05-23T10:00", title: "d" },
    ]);
    expect(events.map((e) => e.start.precision)).toEqual(["year", "month", "year", "minute"]);
  });

  it("parseEvents makes a point of a span given only its start", () => {
    const [event] = parseEvents([{ start: "2001-09", title: "Open-ended" }]);
    expect(event!.kind).toBe("point");
    expect(event!.end).toEqual(event!.start);
  });

  it("parseEvents passes optional fields through, trimmed, and data untouched", () => {
    const data = { any: ["thing"] };
    const [event] = parseEvents([
      {
        date: "2000",
        title: "  Title  ",
        text: " body ",
        group: "g",
        category: "c",
        importance: 3,
        link: "https://x.org",
        data,
      },
    ]);
    expect(event).toMatchObject({
      title: "Title",
      text: "body",
      group: "g",
      category: "c",
      importance: 3,
      link: "https://x.org",
    });
    expect(event!.data).toBe(data);
  });

  it("parseEvents drops nothing: every valid input comes out, in input order", () => {
    const inputs = Array.from({ length: 50 }, (_, i) =>
      i % 3 === 0
        ? { start: 1900 + i, end: 1901 + i, title: `span ${i}` }
        : { date: 2000 - i, title: "same" },
    );
    const events = parseEvents(inputs);
    expect(events).toHaveLength(inputs.length);
    expect(events.map((e) => e.index)).toEqual(inputs.map((_, i) => i));
    expect(new Set(events.map((e) => e.id)).size).toBe(inputs.length);
  });
});

describe("parseEvents ids", () => {
  it("parseEvents keeps an explicit id", () => {
    expect(parseEvents([{ id: "mine", date: "2000", title: "x" }])[0]!.id).toBe("mine");
  });

  it("parseEvents generates ids that do not change when other events are inserted before", () => {
    const target = { date: "1997-12-10", title: "Capital moves" };
    const alone = parseEvents([target]);
    const crowded = parseEvents([
      { date: "1991", title: "Before" },
      { date: "1995", title: "Also before" },
      target,
    ]);
    expect(crowded[2]!.id).toBe(alone[0]!.id);
    expect(alone[0]!.id).toMatch(/\S/);
  });

  it("parseEvents generates different ids for different dates or titles", () => {
    const events = parseEvents([
      { date: "2000", title: "a" },
      { date: "2001", title: "a" },
      { date: "2000", title: "b" },
    ]);
    expect(new Set(events.map((e) => e.id)).size).toBe(3);
  });

  it("parseEvents gives identical events distinct ids", () => {
    const same = { date: "2000-01-01", title: "Twin" };
    const events = parseEvents([same, same, same]);
    expect(new Set(events.map((e) => e.id)).size).toBe(3);
    expect(events[0]!.id).toBe(parseEvents([same])[0]!.id);
  });

  it("parseEvents refuses a duplicate explicit id, naming both indexes", () => {
    const error = dataError(() =>
      parseEvents([
        { id: "a", date: "2000", title: "x" },
        { id: "b", date: "2001", title: "y" },
        { id: "a", date: "2002", title: "z" },
      ]),
    );
    expect(paths(error)).toEqual(["events[2].id"]);
    expect(error.issues[0]!.message).toContain("events[0]");
    expect(error.message).toContain("events[2].id");
    expect(error.message).toContain("events[0]");
  });
});

describe("parseEvents errors", () => {
  it("parseEvents lists every bad field of the whole input in one error", () => {
    const error = dataError(() =>
      parseEvents([
        { date: "2000", title: "fine" },
        { date: "March 1993", title: "" },
        { start: "2020", end: "2019", title: "backwards" },
        { date: "1993-13", title: "bad month", importance: Number.NaN },
        null,
      ]),
    );
    const expected = [
      "events[1].title",
      "events[1].date",
      "events[2].end",
      "events[3].importance",
      "events[3].date",
      "events[4]",
    ];
    expect(paths(error).sort()).toEqual([...expected].sort());
    for (const path of expected) expect(error.message).toContain(path);
    expect(error.message).toContain("6 problems");
    expect(error.name).toBe("TimelineDataError");
    expect(error).toBeInstanceOf(Error);
  });

  it("parseEvents refuses events that are not an array", () => {
    for (const value of [undefined, null, "events", { 0: { date: "2000", title: "x" } }]) {
      const error = dataError(() => parseEvents(value));
      expect(paths(error)).toEqual(["events"]);
      expect(error.issues[0]!.message).toMatch(/array/);
    }
  });

  it("parseEvents refuses entries that are not objects", () => {
    const error = dataError(() => parseEvents([1, "x", null, [], { date: "2000", title: "ok" }]));
    expect(paths(error)).toEqual(["events[0]", "events[1]", "events[2]", "events[3]"]);
  });

  it("parseEvents refuses a missing, empty, blank or non-text title", () => {
    const error = dataError(() =>
      parseEvents([
        { date: "2000" },
        { date: "2000", title: "" },
        { date: "2000", title: " \t " },
        { date: "2000", title: 42 },
      ]),
    );
    expect(paths(error)).toEqual([
      "events[0].title",
      "events[1].title",
      "events[2].title",
      "events[3].title",
    ]);
    expect(error.issues[3]!.message).toContain("42");
  });

  it("parseEvents refuses an event with both a date and a start", () => {
    const error = dataError(() => parseEvents([{ date: "2000", start: "2000", end: "2001", title: "x" }]));
    expect(paths(error)).toEqual(["events[0].date"]);
    expect(error.issues[0]!.message).toMatch(/not both/);
  });

  it("parseEvents refuses an event with no date at all", () => {
    const error = dataError(() => parseEvents([{ title: "when?" }]));
    expect(paths(error)).toEqual(["events[0].date"]);
    expect(error.issues[0]!.message).toMatch(/missing/);
  });

  it("parseEvents refuses a span that ends before it starts", () => {
    const error = dataError(() => parseEvents([{ start: "2020-05-10", end: "2020-05-09", title: "x" }]));
    expect(paths(error)).toEqual(["events[0].end"]);
    expect(error.issues[0]!.message).toMatch(/before/);
  });

  it("parseEvents accepts a span whose end is the same period as its start", () => {
    expect(() => parseEvents([{ start: "2020-05", end: "2020", title: "rest of the year" }])).not.toThrow();
  });

  it("parseEvents refuses an importance that is not a finite number", () => {
    for (const importance of [Number.NaN, Number.POSITIVE_INFINITY, "high"]) {
      const error = dataError(() => parseEvents([{ date: "2000", title: "x", importance }]));
      expect(paths(error)).toEqual(["events[0].importance"]);
    }
  });
});

describe("parseEvents links", () => {
  it("parseEvents accepts http, https, mailto and relative links", () => {
    const links = [
      "http://example.org/a",
      "https://example.org/?q=1#x",
      "mailto:a@example.org",
      "/about",
      "page.html",
      "#top",
      "../up",
    ];
    const events = parseEvents(links.map((link, i) => ({ date: 2000 + i, title: "x", link })));
    expect(events.map((e) => e.link)).toEqual(links);
  });

  it("parseEvents refuses links that could run code, at events[i].link", () => {
    const unsafe = [
      "javascript:alert(1)",
      "JaVaScRiPt:alert(1)",
      " java\tscript:alert(1)",
      "\u0001javascript:alert(1)",
      "data:text/html,<script>alert(1)</script>",
      "vbscript:msgbox(1)",
      // No scheme, but an entity or a backslash a browser or an HTML decoder may turn into one.
      "javascript&colon;alert(1)",
      "\\\\evil.invalid\\share",
      "/\\evil.invalid/x",
    ];
    const error = dataError(() =>
      parseEvents(unsafe.map((link, i) => ({ date: 2000 + i, title: "x", link }))),
    );
    expect(paths(error)).toEqual(unsafe.map((_, i) => `events[${i}].link`));
    expect(error.issues[0]!.message).toMatch(/http/);
  });
});

describe("parseEras", () => {
  it("parseEras reads eras with an inclusive end and a plain colour", () => {
    const [era] = parseEras([{ start: "1991", end: "2019", title: "First presidency", color: "#e0e7ff" }]);
    expect(era).toMatchObject({ index: 0, title: "First presidency", color: "#e0e7ff" });
    expect(era!.end.until).toBe(Date.UTC(2020, 0, 1));
    expect(parseEras([{ start: "1991", end: "2019", title: "x", color: "rgb(1, 2, 3)" }])[0]!.color).toBe(
      "rgb(1, 2, 3)",
    );
  });

  it("parseEras refuses a colour that could inject CSS", () => {
    const error = dataError(() =>
      parseEras([{ start: "1991", end: "2019", title: "x", color: "red;background:url(x)" }]),
    );
    expect(paths(error)).toEqual(["eras[0].color"]);
    expect(error.message).toContain("eras[0].color");
  });

  it("parseEras lists every bad field", () => {
    const error = dataError(() => parseEras([{ start: "2019", end: "1991", title: "" }, 5]));
    expect(paths(error).sort()).toEqual(["eras[0].end", "eras[0].title", "eras[1]"]);
  });

  it("parseTimelineData reports problems of events and eras in one error", () => {
    const error = dataError(() =>
      parseTimelineData([{ date: "nope", title: "x" }], [{ start: "1991", title: "x" }]),
    );
    expect(paths(error)).toEqual(["events[0].date", "eras[0].end"]);
  });
});
