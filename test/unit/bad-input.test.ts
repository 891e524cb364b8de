// Bad input: each case is either refused with a TimelineDataError that names every bad field by
// its path, or drawn sensibly. Never a crash inside d3, a blank box, or an event silently lost.
import { afterEach, describe, expect, it, vi } from "vitest";
import { createTimeline } from "../../src/api/create-timeline.js";
import { renderSVG } from "../../src/api/render-svg.js";
import { TimelineDataError } from "../../src/data/errors.js";
import { parseEvents } from "../../src/data/normalize.js";
import type { EventInput, SkippedInput, Timeline, TimelineOptions } from "../../src/types.js";
import { dataError } from "./data-error.js";

const paths = (error: TimelineDataError): string[] => error.issues.map((i) => i.path);
const parseSVG = (svg: string): Document => new DOMParser().parseFromString(svg, "image/svg+xml");
const draw = (options: Partial<TimelineOptions>): Document =>
  parseSVG(renderSVG({ width: 960, ...options } as TimelineOptions));
const anyEvents = (events: unknown): TimelineOptions => ({ events }) as TimelineOptions;

const mounted: Timeline[] = [];
function mount(options: TimelineOptions): { timeline: Timeline; container: HTMLElement } {
  const container = document.body.appendChild(document.createElement("div"));
  const timeline = createTimeline(container, { width: 960, ...options });
  mounted.push(timeline);
  return { timeline, container };
}
afterEach(() => {
  for (const timeline of mounted.splice(0)) timeline.destroy();
  document.body.replaceChildren();
});

describe("bad input is refused, every bad field named by its path", () => {
  it("dates that are not dates: free text, month 13, February 30, empty and blank", () => {
    const dates = ["March 1993", "1993-13", "2023-02-30", "", "   "];
    const error = dataError(() => renderSVG(anyEvents(dates.map((date) => ({ date, title: "t" })))));
    expect(paths(error)).toEqual(dates.map((_, i) => `events[${i}].date`));
    expect(error.message).toContain('"March 1993" is not a date');
    expect(error.message).toContain("month 13 does not exist");
    expect(error.message).toContain("day 30 does not exist in February 2023");
  });

  it("years that are NaN, Infinity or 1e20, as numbers and in objects", () => {
    const years = [Number.NaN, Number.POSITIVE_INFINITY, 1e20];
    const events = [
      ...years.map((date) => ({ date, title: "t" })),
      ...years.map((year) => ({ date: { year }, title: "t" })),
    ];
    const error = dataError(() => renderSVG(anyEvents(events)));
    expect(paths(error)).toEqual(events.map((_, i) => `events[${i}].date`));
    expect(error.issues[2]!.message).toMatch(/outside the supported range/);
  });

  it("a span that ends before it starts, at its end", () => {
    const error = dataError(() => renderSVG(anyEvents([{ start: "2020", end: "2019", title: "t" }])));
    expect(error.issues).toEqual([{ path: "events[0].end", message: '"2019" is before the start "2020"' }]);
  });

  it("a title that is missing, null, blank, a number or an object", () => {
    const titles = [undefined, null, "   ", 42, { text: "x" }];
    const error = dataError(() => renderSVG(anyEvents(titles.map((title) => ({ date: "2020", title })))));
    expect(paths(error)).toEqual(titles.map((_, i) => `events[${i}].title`));
    expect(error.issues.map((i) => i.message)).toEqual([
      "is missing",
      "is missing",
      "is empty",
      "must be text, got 42",
      "must be text, got an object",
    ]);
  });

  it("events that are not an array, whatever they are", () => {
    for (const events of [undefined, null, {}, "2020,Founded", 42]) {
      const error = dataError(() => renderSVG(anyEvents(events)));
      expect(paths(error)).toEqual(["events"]);
      expect(error.issues[0]!.message).toMatch(/^must be an array of events, got /);
    }
  });

  it("entries that are not objects, and fields of the wrong type", () => {
    const events = [
      null,
      "x",
      [],
      { date: "2020", title: "t", text: 5, group: {}, importance: "high", link: 7 },
    ];
    const error = dataError(() => renderSVG(anyEvents(events)));
    expect(paths(error)).toEqual([
      "events[0]",
      "events[1]",
      "events[2]",
      "events[3].text",
      "events[3].group",
      "events[3].importance",
      "events[3].link",
    ]);
  });

  it("holes in a sparse array, which forEach would skip without a word", () => {
    // eslint-disable-next-line no-sparse-arrays
    const events = [, { date: "2020", title: "After a hole" }, , { date: "2021", title: "t" }];
    const error = dataError(() => renderSVG(anyEvents(events)));
    expect(error.issues).toEqual([
      { path: "events[0]", message: "must be an object with a title and a date, got undefined" },
      { path: "events[2]", message: "must be an object with a title and a date, got undefined" },
    ]);
  });

  it("a Date where text belongs is named as a Date", () => {
    const error = dataError(() => renderSVG(anyEvents([{ date: "2020", title: new Date(0) }])));
    expect(error.issues[0]!.message).toBe("must be text, got a Date");
  });

  it("a duplicate id, naming the event that has it first", () => {
    const events = [
      { id: "a", date: "2020", title: "First" },
      { id: "a", date: "2021", title: "Second" },
    ];
    const error = dataError(() => renderSVG(anyEvents(events)));
    expect(error.issues).toEqual([{ path: "events[1].id", message: '"a" is already the id of events[0]' }]);
  });

  it("eras with bad dates, a bad colour or no title, in the same error as the events", () => {
    const error = dataError(() =>
      renderSVG({
        events: [{ date: "someday", title: "t" }],
        eras: [
          { start: "1990", end: "198x", title: "Bad end" },
          { start: null, end: "2000", title: "No start" },
          { start: "2000", end: "1990", title: "Backwards" },
          { start: "1990", end: "2000", title: "", color: "red;background:url(x)" },
        ],
      } as unknown as TimelineOptions),
    );
    expect(paths(error)).toEqual([
      "events[0].date",
      "eras[0].end",
      "eras[1].start",
      "eras[2].end",
      "eras[3].title",
      "eras[3].color",
    ]);
  });

  it("createTimeline refuses bad data before it adds anything to the page", () => {
    const container = document.body.appendChild(document.createElement("div"));
    dataError(() => createTimeline(container, anyEvents([{ date: "March 1993", title: "t" }])));
    expect(container.childElementCount).toBe(0);
  });

  it("options that would break layout are refused by name", () => {
    const error = dataError(() =>
      renderSVG({
        events: [],
        maxLabelRows: Number.NaN,
        maxLabelWidth: -10,
        measure: "canvas",
        description: 5,
        onInvalid: "skip",
      } as unknown as TimelineOptions),
    );
    expect(paths(error)).toEqual(["maxLabelRows", "maxLabelWidth", "measure", "onInvalid", "description"]);
  });
});

describe("a call made wrongly is refused, saying what was expected", () => {
  const events = [{ date: "2001", title: "A" }];
  /** `timeline.on` as plain JavaScript calls it, not held to the types. */
  const untypedOn = (timeline: Timeline) => (type: unknown, listener: unknown) =>
    timeline.on(type as "select", listener as () => void);

  it("createTimeline names a target that is neither an element nor a selector", () => {
    const targets: unknown[] = [[document.body], document.querySelectorAll("body"), { 0: document.body }, 5];
    for (const target of targets) {
      // A jQuery object or a NodeList was a TypeError deep inside: reading 'defaultView'.
      expect(() => createTimeline(target as Element, { events })).toThrow(
        /^chronoline: createTimeline\(.+\): the target must be an element or a CSS selector that matches one$/,
      );
    }
    expect(() => createTimeline("#nowhere", { events })).toThrow(
      'chronoline: createTimeline("#nowhere"): the target must be an element or a CSS selector that matches one',
    );
    expect(document.body.childElementCount).toBe(0);
  });

  it("the events passed alone, without { events }, are refused as options that are not an object", () => {
    const warned = vi.spyOn(console, "warn").mockImplementation(() => {});
    const container = document.body.appendChild(document.createElement("div"));
    // It said "events: must be an array of events, got undefined", and each index was an option.
    const error = dataError(() => createTimeline(container, events as unknown as TimelineOptions));
    expect(error.message).toBe(
      "chronoline: the data has 1 problem:\n  options: must be an object such as { events }, got an array",
    );
    expect(warned).not.toHaveBeenCalled();
    warned.mockRestore();
  });

  it("a second createTimeline on a container that holds one is refused until the first is destroyed", () => {
    const { timeline, container } = mount({ events });
    // Both were drawn, stacked in one container, each with its own listeners.
    expect(() => createTimeline(container, { events })).toThrow(
      "chronoline: createTimeline: the container already holds a timeline; call destroy() on it first, or update() it",
    );
    expect(container.querySelectorAll(".chronoline-frame")).toHaveLength(1);
    timeline.update({ events: [{ date: "2002", title: "B" }] }); // the first one still works
    expect(container.querySelector(".chronoline-event")!.textContent).toContain("B");
    // Destroyed in between, as React's StrictMode does on its double mount: made again.
    timeline.destroy();
    mounted.push(createTimeline(container, { events }));
    expect(container.querySelectorAll(".chronoline-frame")).toHaveLength(1);
  });

  it("update(), select(), zoomTo() and resetZoom() after destroy() do nothing, and start no timer", () => {
    const many = Array.from({ length: 300 }, (_, i) => ({
      id: `e${i}`,
      date: String(1800 + i),
      title: `E${i}`,
    }));
    const { timeline, container } = mount({ events: many });
    timeline.destroy();
    const frames = vi.spyOn(window, "requestAnimationFrame");
    const timers = vi.spyOn(window, "setTimeout");
    // They drew into the removed frame, and scheduled frames and the event table's batches.
    timeline.update({ events: many.slice(0, 200) });
    timeline.select("e3");
    timeline.zoomTo("1900", "1950");
    timeline.resetZoom();
    expect(frames).not.toHaveBeenCalled();
    expect(timers).not.toHaveBeenCalled();
    expect(container.childElementCount).toBe(0);
    vi.restoreAllMocks();
  });

  it("on() names a misspelt event type and lists the known ones", () => {
    const { timeline } = mount({ events });
    const on = untypedOn(timeline);
    // A typo was accepted silently, and the listener never ran.
    expect(() => on("clcik", () => {})).toThrow(
      new TypeError('chronoline: on("clcik"): no such event; use "select", "focus", "zoom"'),
    );
    expect(() => on(undefined, () => {})).toThrow(/^chronoline: on\(undefined\): no such event/);
    expect(() => on("clcik", () => {})).toThrow(TypeError);
  });

  it("on() refuses a listener that is not a function", () => {
    const { timeline } = mount({ events });
    const on = untypedOn(timeline);
    for (const [listener, shown] of [
      [undefined, "undefined"],
      ["alert", '"alert"'],
      [{ handleEvent() {} }, "an object"],
    ] as const) {
      expect(() => on("select", listener)).toThrow(
        new TypeError(`chronoline: on("select", listener): the listener must be a function, got ${shown}`),
      );
    }
    expect(() => on("select", 5)).toThrow(TypeError);
    // The right call still works.
    const chosen: string[] = [];
    timeline.on("select", (event) => chosen.push(event.title));
    timeline.select(timeline.events[0]!.id);
    expect(chosen).toEqual(["A"]);
  });
});

describe("absent values", () => {
  it("null and undefined in optional fields mean the field is absent", () => {
    const events = [
      { date: "2020", title: "Nulls", text: null, group: null, category: null, link: null, id: null },
      { date: null, start: "2021", end: null, title: "A span given only its start", importance: null },
      { date: undefined, start: "2022", end: "2023", title: "Undefined", displayDate: undefined },
    ];
    const parsed = parseEvents(events);
    expect(parsed.map((e) => e.kind)).toEqual(["point", "point", "span"]);
    expect(parsed[0]!.text).toBeUndefined();
    expect(draw(anyEvents(events)).querySelectorAll(".chronoline-event")).toHaveLength(3);
  });
});

describe("onInvalid: skip what cannot be used, and say so", () => {
  const good = { id: "good", date: "2020", title: "Good" };
  const badDate = { id: "bad-date", date: "March 1993", title: "Bad date" };
  const badTitle = { id: "bad-title", date: "2021", title: 42, link: "javascript:alert(1)" };

  it("draws the good events and reports each skipped one with its problems and the input itself", () => {
    const skipped: SkippedInput[] = [];
    const doc = draw({
      events: [badDate, good, badTitle] as EventInput[],
      eras: [{ start: "2000", end: "someday", title: "Bad era" }],
      onInvalid: (s) => skipped.push(s),
    });
    expect(Array.from(doc.querySelectorAll(".chronoline-event"), (g) => g.getAttribute("data-id"))).toEqual([
      "good",
    ]);
    expect(doc.querySelectorAll(".chronoline-era")).toHaveLength(0);
    expect(skipped.map((s) => s.path)).toEqual(["events[0]", "events[2]", "eras[0]"]);
    expect(skipped[0]!.input).toBe(badDate);
    expect(skipped[1]!.issues.map((i) => i.path)).toEqual(["events[2].title", "events[2].link"]);
    expect(skipped[2]!.issues[0]!.message).toContain('"someday" is not a date');
  });

  it("skips the later of two events with the same id", () => {
    const skipped: SkippedInput[] = [];
    const events = parseEvents([good, { ...good, title: "Copy" }], { onInvalid: (s) => skipped.push(s) });
    expect(events.map((e) => e.title)).toEqual(["Good"]);
    expect(skipped.map((s) => s.issues[0]!.path)).toEqual(["events[1].id"]);
  });

  it("keeps each event's index in the input, so gaps show what was skipped", () => {
    const events = parseEvents([badDate, good], { onInvalid: () => undefined });
    expect(events[0]!.index).toBe(1);
  });

  it("still throws for a problem of the whole input, and reports nothing", () => {
    const skipped: SkippedInput[] = [];
    dataError(() =>
      renderSVG({
        events: "nope",
        onInvalid: (s: SkippedInput) => skipped.push(s),
      } as unknown as TimelineOptions),
    );
    expect(skipped).toEqual([]);
  });

  it("draws the empty state when every event is skipped", () => {
    const doc = draw({ events: [badDate] as EventInput[], onInvalid: () => undefined });
    expect(doc.querySelector(".chronoline-empty")?.textContent).toBe("No events to show");
  });

  it("hears again of the skipped events of each update", () => {
    const skipped: string[] = [];
    const { timeline, container } = mount({
      events: [good, badDate] as EventInput[],
      onInvalid: (s) => skipped.push(s.path),
    });
    timeline.update({ events: [badTitle, good] as EventInput[] });
    expect(skipped).toEqual(["events[1]", "events[0]"]);
    expect(container.querySelectorAll("svg .chronoline-event")).toHaveLength(1);
  });

  it("without it, the same input throws and draws nothing", () => {
    dataError(() => draw({ events: [badDate, good] as EventInput[] }));
  });
});

describe("odd but valid input is drawn readably", () => {
  it("data holding cyclic objects is passed back untouched and never serialized", () => {
    const data: { self?: unknown; list: unknown[] } = { list: [] };
    data.self = data;
    data.list.push(data);
    const { timeline, container } = mount({ events: [{ id: "c", date: "2020", title: "Cyclic", data }] });
    let chosen: unknown;
    timeline.on("select", (event) => (chosen = event.data));
    timeline.select("c");
    expect(chosen).toBe(data);
    expect(timeline.toSVG()).toContain("Cyclic");
    expect(container.querySelector(".chronoline-event")).not.toBeNull();
  });

  it("a 100,000-character title is cut with an ellipsis on screen and kept whole for screen readers", () => {
    const title = `${"Long ".repeat(20_000)}end`;
    const doc = draw({ events: [{ id: "long", date: "2020", title }], maxLabelWidth: 260 });
    const shown = doc.querySelector(".chronoline-label-title")!.textContent;
    expect(shown.length).toBeLessThan(80);
    expect(shown.endsWith("…")).toBe(true);
    expect(doc.querySelector('[data-id="long"]')!.getAttribute("aria-label")).toBe(`2020: ${title.trim()}`);
  });

  it("right-to-left text, combining marks and emoji come out exactly as they went in", () => {
    const titles = ["שלום עולם — مرحبا بالعالم", "Ẓ̴̢͇a̶l̴g̵o̵ e\u0301", "👩‍👩‍👧‍👦 🇰🇿 family"];
    const doc = draw({ events: titles.map((title, i) => ({ date: String(2000 + i * 10), title })) });
    const names = Array.from(doc.querySelectorAll(".chronoline-event"), (g) => g.getAttribute("aria-label"));
    expect(names).toEqual(titles.map((title, i) => `${2000 + i * 10}: ${title}`));
    const shown = Array.from(doc.querySelectorAll(".chronoline-label-title"), (t) => t.textContent).join(" ");
    for (const title of titles) expect(shown).toContain(title.split(" ")[0]);
    // No lone surrogate halves (a broken emoji shows as �).
    expect(shown).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
  });

  it("10,000 events on one day: a few labels, and a cluster counting the rest (they have no nodes)", () => {
    const events = Array.from({ length: 10_000 }, (_, i) => ({
      date: "2020-05-05",
      title: `Event ${i + 1}`,
    }));
    const doc = draw({ events, width: 1280 });
    const labels = doc.querySelectorAll(".chronoline-label").length;
    expect(labels).toBeGreaterThan(5);
    // The labelled events are drawn alone; the pill stands for every other one.
    expect(doc.querySelectorAll(".chronoline-event")).toHaveLength(labels);
    const cluster = doc.querySelector(".chronoline-cluster")!;
    expect(cluster.getAttribute("data-count")).toBe(String(10_000 - labels));
    expect(cluster.getAttribute("aria-label")).toContain(String(10_000 - labels));
    expect(doc.querySelectorAll(".chronoline-axis .tick text").length).toBeGreaterThan(1);
  }, 60_000);

  it("no events: the picture says there are none, and so does its name", () => {
    const { container } = mount({ events: [] });
    expect(container.querySelector(".chronoline-empty")?.textContent).toBe("No events to show");
    expect(container.querySelector("svg")!.getAttribute("aria-label")).toBe("Timeline with no events");
    // No made-up dates on an axis with nothing on it.
    expect(container.querySelectorAll(".chronoline-axis .tick")).toHaveLength(0);
  });

  it("one event: a marker, its label and an axis of the periods around it, at its precision", () => {
    const ticksOf = (date: string) => {
      const doc = draw({ events: [{ date, title: "Alone" }] });
      expect(doc.querySelectorAll(".chronoline-marker")).toHaveLength(1);
      expect(doc.querySelector(".chronoline-label")!.textContent).toContain("Alone");
      return Array.from(doc.querySelectorAll(".chronoline-axis .tick text"), (t) => t.textContent);
    };
    // A year alone shows the years around it, not the hours of its first day.
    expect(ticksOf("2008")).toEqual(expect.arrayContaining(["2008", "2009"]));
    expect(ticksOf("2008").some((t) => t.includes(":"))).toBe(false);
    expect(ticksOf("1993-03-30")).toEqual(expect.arrayContaining(["Tue 30"]));
  });

  it("control characters are removed from shown text, and never break the standalone SVG", () => {
    const events = [
      { id: "nul\u0000id", date: "2020", title: "\u0000Nul\u0001 and\u001f bell\u0007", text: "a\u0008b" },
      { date: "2021", title: "Tab\tstays", group: "\u0002" },
    ];
    const parsed = parseEvents(events);
    expect(parsed.map((e) => [e.title, e.text, e.group])).toEqual([
      ["Nul and bell", "ab", undefined],
      ["Tab\tstays", undefined, undefined],
    ]);
    expect(parsed[0]!.id).toBe("nul\u0000id"); // ids are keys: kept as given
    dataError(() => parseEvents([{ date: "2020", title: "\u0000\u0001" }]));
    // jsdom's XML parser is strict: a control character left in the SVG would be a parse error.
    const doc = new DOMParser().parseFromString(renderSVG({ events }), "image/svg+xml");
    expect(doc.querySelector("parsererror")).toBeNull();
    expect(doc.querySelectorAll(".chronoline-event")).toHaveLength(2);
  });

  it("a measure that returns NaN falls back to the width table instead of poisoning the layout", () => {
    const events = [
      { date: "2020", title: "Measured" },
      { date: "2021", title: "Twice" },
    ];
    const svg = renderSVG({ events, width: 960, measure: () => Number.NaN });
    expect(svg).not.toContain("NaN");
    const doc = parseSVG(svg);
    expect(Array.from(doc.querySelectorAll(".chronoline-label-title"), (t) => t.textContent)).toEqual([
      "Measured",
      "Twice",
    ]);
  });
});
