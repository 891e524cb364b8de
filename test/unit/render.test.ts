import { afterEach, describe, expect, it, vi } from "vitest";
import { createTimeline } from "../../src/api/create-timeline.js";
import { buildModel, parseData } from "../../src/api/prepare.js";
import { renderSVG } from "../../src/api/render-svg.js";
import { TimelineDataError } from "../../src/data/errors.js";
import { measureWithTable } from "../../src/layout/measure.js";
import type { EventInput, Timeline, TimelineOptions } from "../../src/types.js";
import { dataError } from "./data-error.js";

const EVENTS: EventInput[] = [
  { id: "independence", date: "1991-12-16", title: "Independence" },
  { id: "tenge", date: "1993-11", title: "The tenge is introduced" },
  { id: "capital", date: "1997", title: "Capital moves to Akmola" },
  { id: "expo", start: "2017-06-10", end: "2017-09-10", title: "Expo 2017" },
  { id: "unrest", start: "2022-01-02", end: "2022-01-11", title: "January unrest" },
];
const ERAS = [
  { start: "1991", end: "2018", title: "Nazarbayev era" },
  { start: "2019", end: "2023", title: "Tokayev era" },
];

/** The root <svg> of a rendered string, parsed as a standalone SVG document. */
function parse(svg: string): SVGSVGElement {
  const doc = new DOMParser().parseFromString(svg, "image/svg+xml");
  expect(doc.querySelector("parsererror")).toBeNull();
  return doc.documentElement as unknown as SVGSVGElement;
}

/** The TimelineDataError that `fn` must throw. */
const groups = (root: Element): Element[] => Array.from(root.querySelectorAll("g.chronoline-event"));
const group = (root: Element, id: string): Element =>
  root.querySelector(`g.chronoline-event[data-id="${id}"]`)!;

const mounted: { timeline: Timeline; container: HTMLElement }[] = [];
function mount(options: TimelineOptions): {
  timeline: Timeline;
  container: HTMLElement;
  svg: () => SVGSVGElement;
} {
  const container = document.createElement("div");
  document.body.appendChild(container);
  const timeline = createTimeline(container, { width: 960, ...options });
  mounted.push({ timeline, container });
  return { timeline, container, svg: () => container.querySelector("svg")! };
}
afterEach(() => {
  for (const { timeline, container } of mounted.splice(0)) {
    timeline.destroy();
    container.remove();
  }
});

describe("renderSVG", () => {
  it("renderSVG names the root svg after the title", () => {
    const root = parse(renderSVG({ events: EVENTS, title: "Kazakhstan since 1991" }));
    expect(root.tagName).toBe("svg");
    expect(root.classList.contains("chronoline")).toBe(true);
    expect(root.getAttribute("role")).toBeTruthy();
    expect(root.getAttribute("aria-label")).toBe("Kazakhstan since 1991");
    expect(root.querySelector("title")?.textContent).toBe("Kazakhstan since 1991");
  });

  it("renderSVG summarizes the events in the accessible name when no title is given", () => {
    const label = parse(renderSVG({ events: EVENTS })).getAttribute("aria-label")!;
    expect(label).toContain("5 events");
    expect(label).toContain("1991");
  });

  it("the model behind renderSVG summarizes 100,000 events without exhausting the stack", () => {
    const events = Array.from({ length: 100_000 }, (_, i): EventInput => ({
      date: 1000 + (i % 1000),
      title: `e${i}`,
    }));
    const model = buildModel(parseData({ events }), {}, 960, measureWithTable, undefined, null);
    expect(model.title).toBe("Timeline, 100,000 events, 1000 to 1999");
  }, 60_000);

  it("renderSVG draws one event group per event, keyed by id, labelled with its date and title", () => {
    const root = parse(renderSVG({ events: EVENTS }));
    expect(
      groups(root)
        .map((g) => g.getAttribute("data-id"))
        .sort(),
    ).toEqual(EVENTS.map((e) => e.id).sort());
    expect(group(root, "independence").getAttribute("aria-label")).toBe("December 16, 1991: Independence");
    expect(group(root, "tenge").getAttribute("aria-label")).toBe("November 1993: The tenge is introduced");
    expect(group(root, "capital").getAttribute("aria-label")).toBe("1997: Capital moves to Akmola");
    expect(group(root, "expo").getAttribute("aria-label")).toBe("June 10 – September 10, 2017: Expo 2017");
    expect(group(root, "unrest").getAttribute("aria-label")).toBe("January 2–11, 2022: January unrest");
  });

  it("renderSVG draws points as markers and spans as bars", () => {
    const events = [...EVENTS, { id: "presidency", start: "2019-03-20", end: "2024", title: "Presidency" }];
    const root = parse(renderSVG({ events }));
    const shapes = (id: string) =>
      Array.from(group(root, id).querySelectorAll(".chronoline-marker, .chronoline-span"), (n) =>
        n.getAttribute("class"),
      );
    for (const id of ["independence", "tenge", "capital"]) expect(shapes(id)).toEqual(["chronoline-marker"]);
    expect(shapes("presidency")).toEqual(["chronoline-span"]);
  });

  it.each(["horizontal", "vertical"] as const)(
    "renderSVG draws a span shorter than a marker as a point marker, dated as a span (%s)",
    (orientation) => {
      // A two-day visit over three decades was a 3 px sliver above the axis, hard to see and to hit.
      const visit = { id: "visit", start: "2024-05-23", end: "2024-05-24", title: "State visit" };
      const root = parse(renderSVG({ events: [...EVENTS, visit], orientation, width: 960 }));
      const node = group(root, "visit");
      expect(node.querySelector(".chronoline-span")).toBeNull();
      expect(node.querySelector("circle.chronoline-marker")?.getAttribute("r")).toBe("5");
      expect(node.getAttribute("aria-label")).toBe("May 23–24, 2024: State visit");
      for (const id of ["expo", "unrest"])
        expect(group(root, id).querySelector(".chronoline-span")).toBeNull();
    },
  );

  it("renderSVG draws eras as bands with their titles", () => {
    const root = parse(renderSVG({ events: EVENTS, eras: ERAS }));
    const eras = Array.from(root.querySelectorAll(".chronoline-era"));
    expect(eras).toHaveLength(2);
    expect(eras.map((e) => e.getAttribute("aria-label"))).toEqual([
      "Era: Nazarbayev era",
      "Era: Tokayev era",
    ]);
  });

  it("renderSVG draws an axis with tick labels", () => {
    const root = parse(renderSVG({ events: EVENTS }));
    const ticks = Array.from(root.querySelectorAll(".chronoline-axis text")).map((t) => t.textContent);
    expect(ticks.length).toBeGreaterThan(1);
    expect(ticks).toContain("2000");
  });

  it("renderSVG connects every visible label to its own event", () => {
    const root = parse(renderSVG({ events: EVENTS, width: 1200 }));
    const labels = Array.from(root.querySelectorAll(".chronoline-label"));
    expect(labels.length).toBe(EVENTS.length);
    for (const label of labels) {
      const owner = label.closest(".chronoline-event")!;
      expect(owner.querySelectorAll(".chronoline-connector")).toHaveLength(1);
      expect(label.textContent).toContain(owner.getAttribute("aria-label")!.split(": ")[1]!.slice(0, 5));
    }
  });

  it("renderSVG shows markup in user text as text, never as elements", () => {
    const evil = ["<script>alert(1)</script>", "<img src=x onerror=alert(1)>"];
    const svg = renderSVG({
      events: evil.map((title, i) => ({ date: 2000 + i, title, text: title })),
      eras: [{ start: "2000", end: "2001", title: evil[1]! }],
      title: evil[0],
    });
    const root = parse(svg);
    expect(root.querySelectorAll("script, img, foreignObject")).toHaveLength(0);
    expect(svg).not.toMatch(/<script|<img/);
    expect(root.querySelector("title")?.textContent).toBe(evil[0]);
    expect(Array.from(root.querySelectorAll(".chronoline-label-title")).map((t) => t.textContent)).toEqual(
      expect.arrayContaining(evil),
    );
  });

  it("renderSVG says so when there are no events", () => {
    const root = parse(renderSVG({ events: [] }));
    expect(root.querySelector("text.chronoline-empty")?.textContent).toBe("No events to show");
    expect(groups(root)).toHaveLength(0);
  });

  it("renderSVG refuses bad options with a TimelineDataError naming each option", () => {
    const error = dataError(() =>
      renderSVG({ events: EVENTS, theme: "neon", orientation: "diagonal" } as unknown as TimelineOptions),
    );
    expect(error.issues.map((i) => i.path).sort()).toEqual(["orientation", "theme"]);
    expect(error.message).toMatch(/neon/);
    expect(error.message).toMatch(/diagonal/);
  });

  it("renderSVG refuses bad data with a TimelineDataError and leaves nothing in the document", () => {
    const before = document.body.innerHTML;
    expect(() => renderSVG({ events: [{ date: "nope", title: "x" }] })).toThrow(/events\[0\]\.date/);
    expect(document.body.innerHTML).toBe(before);
  });
});

describe("createTimeline", () => {
  it("createTimeline draws focusable, labelled event groups into its container", () => {
    const { timeline, svg } = mount({ events: EVENTS, title: "Kazakhstan" });
    expect(svg().classList.contains("chronoline")).toBe(true);
    expect(svg().getAttribute("aria-label")).toBe("Kazakhstan");
    expect(groups(svg())).toHaveLength(EVENTS.length);
    // DOM order is time order, the order in which the arrow keys and screen readers walk them.
    timeline.update({ events: [...EVENTS].reverse() });
    expect(groups(svg()).map((g) => g.getAttribute("data-id"))).toEqual(EVENTS.map((e) => e.id));
    // One tab stop: the first event holds it; the arrow keys reach the others.
    expect(groups(svg()).map((g) => g.getAttribute("tabindex"))).toEqual(["0", "-1", "-1", "-1", "-1"]);
    for (const g of groups(svg())) expect(g.getAttribute("aria-label")).toMatch(/\d{4}: \S/);
  });

  it("createTimeline accepts a CSS selector and refuses one that matches nothing", () => {
    const container = document.createElement("div");
    container.id = "by-selector";
    document.body.appendChild(container);
    const timeline = createTimeline("#by-selector", { events: EVENTS });
    mounted.push({ timeline, container });
    expect(container.querySelectorAll("g.chronoline-event")).toHaveLength(EVENTS.length);
    expect(() => createTimeline("#missing", { events: EVENTS })).toThrow(/#missing/);
  });

  it("createTimeline refuses bad options with a TimelineDataError naming the option", () => {
    const container = document.createElement("div");
    for (const [option, value] of [
      ["theme", "neon"],
      ["orientation", "diagonal"],
    ] as const) {
      const error = dataError(() => createTimeline(container, { events: EVENTS, [option]: value }));
      expect(error.issues.map((i) => i.path)).toEqual([option]);
      expect(error.message).toContain(value);
    }
    expect(container.childNodes).toHaveLength(0);
  });

  it("update keeps the node of an unchanged event, adds new events and removes deleted ones", () => {
    const { timeline, svg } = mount({ events: EVENTS });
    const kept = group(svg(), "capital");
    timeline.update({
      events: [
        ...EVENTS.filter((e) => e.id !== "tenge"),
        { id: "astana", date: "1998-05-06", title: "Renamed Astana" },
      ],
    });
    expect(group(svg(), "capital")).toBe(kept);
    expect(kept.isConnected).toBe(true);
    expect(group(svg(), "tenge")).toBeNull();
    expect(group(svg(), "astana")).not.toBeNull();
    expect(timeline.events.map((e) => e.id)).toContain("astana");
  });

  it("update to another orientation draws the axis as a timeline made that way does", () => {
    // d3-axis sets the text anchor, a tick's other coordinate and its dy on new nodes only: turned
    // vertical, the ticks kept the horizontal axis's (labels centred on the spine, slanted ticks).
    // orientation: "auto" turns a timeline whenever its container crosses 560 px.
    const axis = (svg: SVGSVGElement) => svg.querySelector("g.chronoline-axis")!.outerHTML;
    for (const [from, to] of [
      ["horizontal", "vertical"],
      ["vertical", "horizontal"],
    ] as const) {
      const turned = mount({ events: EVENTS, orientation: from });
      turned.timeline.update({ orientation: to });
      const made = mount({ events: EVENTS, orientation: to });
      expect(axis(turned.svg())).toContain('class="tick"');
      expect(axis(turned.svg())).toBe(axis(made.svg()));
    }
  });

  it("update keeps the node of an event whose id was generated", () => {
    const events: EventInput[] = [
      { date: "2000", title: "Stable" },
      { date: "2005", title: "Other" },
    ];
    const { timeline, svg } = mount({ events });
    const id = timeline.events[0]!.id;
    const node = group(svg(), id);
    timeline.update({ events: [{ date: "1990", title: "Inserted first" }, ...events] });
    expect(group(svg(), id)).toBe(node);
  });

  it("update with bad data throws a TimelineDataError and leaves the old rendering intact", () => {
    const { timeline, svg } = mount({ events: EVENTS });
    const before = svg().outerHTML;
    expect(() => {
      timeline.update({ events: [{ date: "1993-13", title: "bad" }] });
    }).toThrow(TimelineDataError);
    expect(() => {
      timeline.update({ theme: "neon" } as unknown as TimelineOptions);
    }).toThrow(TimelineDataError);
    expect(svg().outerHTML).toBe(before);
    expect(timeline.events.map((e) => e.id)).toEqual(EVENTS.map((e) => e.id));
  });

  it("select(id) emits select with the event and marks it selected; select(null) clears", () => {
    const { timeline, svg } = mount({ events: EVENTS });
    const onSelect = vi.fn();
    timeline.on("select", onSelect);
    timeline.select("expo");
    expect(onSelect).toHaveBeenCalledTimes(1);
    expect(onSelect.mock.calls[0]![0]).toMatchObject({ id: "expo", title: "Expo 2017", kind: "span" });
    expect(group(svg(), "expo").classList.contains("chronoline-event--selected")).toBe(true);
    expect(svg().querySelectorAll(".chronoline-event--selected")).toHaveLength(1);
    timeline.select(null);
    expect(svg().querySelectorAll(".chronoline-event--selected")).toHaveLength(0);
    expect(() => {
      timeline.select("nope");
    }).toThrow(/nope/);
  });

  it("on returns a function that unsubscribes the listener", () => {
    const { timeline } = mount({ events: EVENTS });
    const onSelect = vi.fn();
    const off = timeline.on("select", onSelect);
    timeline.select("capital");
    off();
    timeline.select("tenge");
    expect(onSelect).toHaveBeenCalledTimes(1);
  });

  it("a click anywhere on an event emits select with that event", () => {
    const { timeline, svg } = mount({ events: EVENTS });
    const onSelect = vi.fn();
    timeline.on("select", onSelect);
    group(svg(), "independence")
      .querySelector(".chronoline-marker")!
      .dispatchEvent(new MouseEvent("click", { bubbles: true }));
    expect(onSelect).toHaveBeenCalledWith(expect.objectContaining({ id: "independence" }));
    expect(group(svg(), "independence").classList.contains("chronoline-event--selected")).toBe(true);
  });

  it("Enter on a focused event emits select, and focusing it emits focus", () => {
    const { timeline, svg } = mount({ events: EVENTS });
    const onSelect = vi.fn();
    const onFocus = vi.fn();
    timeline.on("select", onSelect);
    timeline.on("focus", onFocus);
    const g = group(svg(), "unrest");
    g.dispatchEvent(new FocusEvent("focusin", { bubbles: true }));
    g.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true, cancelable: true }));
    g.dispatchEvent(new KeyboardEvent("keydown", { key: "a", bubbles: true }));
    expect(onFocus).toHaveBeenCalledWith(expect.objectContaining({ id: "unrest" }));
    expect(onSelect).toHaveBeenCalledTimes(1);
    group(svg(), "expo").dispatchEvent(
      new KeyboardEvent("keydown", { key: " ", bubbles: true, cancelable: true }),
    );
    expect(onSelect).toHaveBeenLastCalledWith(expect.objectContaining({ id: "expo" }));
    expect(onSelect).toHaveBeenCalledWith(expect.objectContaining({ id: "unrest" }));
  });

  it("toSVG returns a standalone SVG document with its styles", () => {
    const { timeline } = mount({ events: EVENTS });
    const text = timeline.toSVG();
    expect(text.startsWith("<svg")).toBe(true);
    expect(text).toContain('xmlns="http://www.w3.org/2000/svg"');
    expect(text).toMatch(/<style[\s>]/);
    expect(groups(parse(text))).toHaveLength(EVENTS.length);
  });

  it("destroy removes the svg and later clicks emit nothing", () => {
    const { timeline, container, svg } = mount({ events: EVENTS });
    const onSelect = vi.fn();
    timeline.on("select", onSelect);
    const root = svg();
    const g = group(root, "capital");
    timeline.destroy();
    expect(container.querySelector("svg")).toBeNull();
    root.dispatchEvent(new MouseEvent("click", { bubbles: true }));
    g.dispatchEvent(new MouseEvent("click", { bubbles: true }));
    expect(onSelect).not.toHaveBeenCalled();
  });

  it("zoomTo emits zoom with the range as Dates, its end inclusive, and draws only events overlapping it", () => {
    const { timeline, svg } = mount({ events: EVENTS });
    const onZoom = vi.fn();
    timeline.on("zoom", onZoom);
    timeline.zoomTo("1993", "1998");
    expect(onZoom).toHaveBeenCalledTimes(1);
    const { start, end } = onZoom.mock.calls[0]![0] as { start: Date; end: Date };
    expect(start).toBeInstanceOf(Date);
    expect(end).toBeInstanceOf(Date);
    expect(start.getTime()).toBe(Date.UTC(1993, 0, 1));
    expect(end.getTime()).toBe(Date.UTC(1999, 0, 1)); // "1998" includes the whole of 1998
    expect(
      groups(svg())
        .map((g) => g.getAttribute("data-id"))
        .sort(),
    ).toEqual(["capital", "tenge"]);
    timeline.update({ events: [...EVENTS, { id: "long", start: "1995", end: "2005", title: "Long span" }] });
    timeline.zoomTo("2000", "2010"); // a span that began before the range is drawn too
    expect(
      groups(svg())
        .map((g) => g.getAttribute("data-id"))
        .sort(),
    ).toEqual(["long"]);
    timeline.resetZoom();
    expect(groups(svg())).toHaveLength(EVENTS.length + 1);
    expect(onZoom).toHaveBeenCalledTimes(3);
  });

  it("zoomTo keeps every drawn label and leader inside the picture", () => {
    const { timeline, svg } = mount({
      events: [...EVENTS, { id: "long", start: "1995", end: "2005", title: "Long span" }],
    });
    timeline.zoomTo("2000", "2020");
    const width = Number(svg().getAttribute("width"));
    for (const line of Array.from(svg().querySelectorAll(".chronoline-connector"))) {
      const x = Number(line.getAttribute("x1"));
      expect(
        x,
        `leader of ${line.closest(".chronoline-event")!.getAttribute("data-id")}`,
      ).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThanOrEqual(width);
    }
  });

  it("zoomTo refuses a range that is not a range", () => {
    const { timeline } = mount({ events: EVENTS });
    expect(() => {
      timeline.zoomTo("2010", "2000");
    }).toThrow(/after/);
    expect(() => {
      timeline.zoomTo("soon", "2000");
    }).toThrow(TimelineDataError);
  });
});
