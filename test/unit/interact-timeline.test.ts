import { afterEach, describe, expect, it, vi } from "vitest";
import { createTimeline } from "../../src/api/create-timeline.js";
import { TimelineDataError } from "../../src/data/errors.js";
import { ROWS_PER_GROUP } from "../../src/render/event-list.js";
import type { EventInput, Timeline, TimelineOptions } from "../../src/types.js";

const EVENTS: EventInput[] = [
  { id: "tenge", date: "1993-11", title: "The tenge is introduced", category: "Economy" },
  {
    id: "independence",
    date: "1991-12-16",
    title: "Independence",
    text: "Kazakhstan declares independence.",
    group: "Politics",
    link: "https://www.example.org/independence",
  },
  { id: "capital", date: "1997", title: "Capital moves to Akmola" },
  { id: "expo", start: "2017-06-10", end: "2017-09-10", title: "Expo 2017" },
];

const mounted: { timeline: Timeline; container: HTMLElement }[] = [];
function mount(options: Partial<TimelineOptions> = {}) {
  const container = document.createElement("div");
  document.body.appendChild(container);
  const timeline = createTimeline(container, { width: 960, events: EVENTS, title: "Kazakhstan", ...options });
  mounted.push({ timeline, container });
  const svg = () => container.querySelector("svg")!;
  const node = (id: string) => container.querySelector<SVGGElement>(`.chronoline-event[data-id="${id}"]`)!;
  const card = () => container.querySelector<HTMLElement>(".chronoline-card")!;
  const key = (target: Element, k: string) =>
    target.dispatchEvent(new KeyboardEvent("keydown", { key: k, bubbles: true, cancelable: true }));
  return { timeline, container, svg, node, card, key };
}
afterEach(() => {
  for (const { timeline, container } of mounted.splice(0)) {
    timeline.destroy();
    container.remove();
  }
});

describe("the frame of a live timeline", () => {
  it("createTimeline puts the SVG, zoom buttons, a hidden table and a live region in one frame", () => {
    const { container, svg } = mount();
    const frame = container.querySelector(".chronoline-frame")!;
    expect(container.children).toHaveLength(1);
    expect(frame.querySelector(":scope > svg.chronoline")).toBe(svg());
    expect(
      Array.from(
        frame.querySelectorAll(".chronoline-zoom button"),
        (b) => b.getAttribute("aria-label") ?? b.textContent,
      ),
    ).toEqual(["Zoom in", "Zoom out", "Show all"]);
    expect(frame.querySelector("[aria-live=polite]")).not.toBeNull();
    expect(frame.querySelector(".chronoline-list")!.classList.contains("chronoline-visually-hidden")).toBe(
      true,
    );
  });

  it("the SVG is named by the title and described by its summary and the keyboard hint", () => {
    const { container, svg } = mount();
    expect(svg().getAttribute("aria-label")).toBe("Kazakhstan");
    const described = svg()
      .getAttribute("aria-describedby")!
      .split(" ")
      .map((id) => container.querySelector(`[id="${id}"]`)?.textContent);
    expect(described[0]).toBe("Timeline, 4 events, 1991 to 2017");
    expect(described[1]).toMatch(/arrow keys/);
  });

  it("the live SVG is named without a <title>, which browsers show as a tooltip over all of it; toSVG() keeps one", () => {
    const { timeline, svg } = mount();
    expect(svg().getAttribute("aria-label")).toBe("Kazakhstan");
    expect(svg().querySelector(":scope > title")?.textContent ?? "").toBe("");
    const picture = new DOMParser().parseFromString(timeline.toSVG(), "image/svg+xml").documentElement;
    expect(picture.querySelector(":scope > title")!.textContent).toBe("Kazakhstan");
    expect(picture.firstElementChild!.tagName).toBe("title");
  });

  it("without a title the summary names the SVG, and is not read a second time as its description", () => {
    const { container, svg } = mount({ title: undefined });
    expect(svg().getAttribute("aria-label")).toBe("Timeline, 4 events, 1991 to 2017");
    const described = svg()
      .getAttribute("aria-describedby")!
      .split(" ")
      .map((id) => container.querySelector(`[id="${id}"]`)?.textContent ?? "")
      .join(" ");
    expect(described).not.toContain("Timeline, 4 events");
    expect(described).toMatch(/arrow keys/);
    // A description of one's own is read, title or not.
    const own = mount({ title: undefined, description: "Thirty years in four events" });
    expect(own.svg().querySelector("desc")!.textContent).toBe("Thirty years in four events");
  });

  it("the axis is hidden from screen readers, which read the dates in the table; toSVG()'s picture keeps it", () => {
    const { timeline, svg } = mount();
    expect(svg().querySelector(".chronoline-axis")!.getAttribute("aria-hidden")).toBe("true");
    const picture = new DOMParser().parseFromString(timeline.toSVG(), "image/svg+xml");
    expect(picture.querySelector(".chronoline-axis")!.hasAttribute("aria-hidden")).toBe(false);
  });

  it("the table lists every event in time order; links appear only when it is shown", () => {
    const hidden = mount();
    const rows = Array.from(hidden.container.querySelectorAll(".chronoline-table tbody tr"));
    expect(rows.map((r) => r.getAttribute("data-id"))).toEqual(["independence", "tenge", "capital", "expo"]);
    expect(Array.from(rows[0]!.children, (c) => c.textContent)).toEqual([
      "December 16, 1991",
      "IndependenceKazakhstan declares independence.",
      "Politics",
      "",
    ]);
    expect(hidden.container.querySelectorAll(".chronoline-table a")).toHaveLength(0);
    const shown = mount({ eventList: "table" });
    expect(
      shown.container.querySelector(".chronoline-list")!.classList.contains("chronoline-visually-hidden"),
    ).toBe(false);
    expect(shown.container.querySelector<HTMLAnchorElement>(".chronoline-table a")!.href).toBe(
      "https://www.example.org/independence",
    );
  });

  it("createTimeline refuses a details or eventList option it does not know, naming it", () => {
    const container = document.createElement("div");
    for (const [option, value] of [
      ["details", "yes"],
      ["eventList", "list"],
    ] as const) {
      try {
        createTimeline(container, { events: EVENTS, [option]: value });
        throw new Error("no error");
      } catch (error) {
        expect(error).toBeInstanceOf(TimelineDataError);
        expect((error as TimelineDataError).issues.map((i) => i.path)).toEqual([option]);
      }
    }
    expect(container.childNodes).toHaveLength(0);
  });
});

describe("the interface in the timeline's language", () => {
  it("buttons, range, hint, card and table speak Russian with locale ru-RU, and Kazakh after update", () => {
    const { timeline, container } = mount({ locale: "ru-RU" });
    const text = (selector: string) => container.querySelector(selector)!.textContent;
    const buttons = () =>
      [...container.querySelectorAll(".chronoline-zoom button")].map(
        (b) => b.getAttribute("aria-label") ?? b.textContent,
      );
    expect(buttons()).toEqual(["Увеличить", "Уменьшить", "Показать всё"]);
    expect(text(".chronoline-range")).toBe("Все события, 1991 – 2017");
    expect(container.querySelector("[id$='-hint']")!.textContent).toMatch(/^Стрелки/);
    timeline.select("independence");
    expect(container.querySelector(".chronoline-card-close")!.getAttribute("aria-label")).toBe(
      "Закрыть подробности",
    );
    expect(text(".chronoline-card-facts dt")).toBe("Группа");
    expect(text(".chronoline-card-link")).toBe("Подробнее на example.org");

    timeline.update({ locale: "kk-KZ" });
    expect(buttons()).toEqual(["Үлкейту", "Кішірейту", "Бәрін көрсету"]);
    expect(text(".chronoline-range")).toBe("Барлық оқиғалар, 1991 – 2017");
    expect(text(".chronoline-card-facts dt")).toBe("Топ");
  });
});

describe("details", () => {
  it("select(id) opens the card with the date at its precision, title, text, group and a safe link", () => {
    const { timeline, card } = mount();
    timeline.select("independence");
    expect(card().hidden).toBe(false);
    expect(card().querySelector(".chronoline-card-date")!.textContent).toBe("December 16, 1991");
    expect(card().querySelector(".chronoline-card-title")!.textContent).toBe("Independence");
    expect(card().textContent).toContain("Kazakhstan declares independence.");
    expect(card().textContent).toContain("Politics");
    const link = card().querySelector("a")!;
    expect(link.href).toBe("https://www.example.org/independence");
    expect(link.textContent).toBe("Read more on example.org");
    timeline.select(null);
    expect(card().hidden).toBe(true);
  });

  it("the card shows markup in user text as text, never as elements", () => {
    const evil = '<img src=x onerror="alert(1)">';
    const { timeline, card } = mount({
      events: [{ id: "x", date: "2000", title: evil, text: evil, category: evil }],
    });
    timeline.select("x");
    expect(card().querySelectorAll("img, script")).toHaveLength(0);
    expect(card().querySelector(".chronoline-card-title")!.textContent).toBe(evil);
  });

  it("with details: false, select(id) emits select and opens no card", () => {
    const { timeline, card } = mount({ details: false });
    const onSelect = vi.fn();
    timeline.on("select", onSelect);
    timeline.select("capital");
    expect(onSelect).toHaveBeenCalledWith(expect.objectContaining({ id: "capital" }));
    expect(card().hidden).toBe(true);
  });

  it("a click on the open event's node, a click on the background and Escape each close the card", () => {
    const { timeline, node, card, svg, key } = mount();
    timeline.select("capital");
    node("capital").dispatchEvent(new MouseEvent("click", { bubbles: true }));
    expect(card().hidden).toBe(true);
    timeline.select("capital");
    svg().dispatchEvent(new MouseEvent("click", { bubbles: true }));
    expect(card().hidden).toBe(true);
    timeline.select("capital");
    key(card(), "Escape");
    expect(card().hidden).toBe(true);
  });
});

describe("keyboard", () => {
  it("the arrows, Home and End move the one tab stop and the focus through the events in time order", () => {
    const { node, key, container } = mount();
    const stops = () =>
      Array.from(container.querySelectorAll('.chronoline-event[tabindex="0"]'), (n) =>
        n.getAttribute("data-id"),
      );
    expect(stops()).toEqual(["independence"]);
    node("independence").focus();
    key(node("independence"), "ArrowRight");
    expect(stops()).toEqual(["tenge"]);
    expect(document.activeElement).toBe(node("tenge"));
    key(node("tenge"), "End");
    expect(document.activeElement).toBe(node("expo"));
    key(node("expo"), "ArrowRight");
    expect(document.activeElement).toBe(node("expo"));
    key(node("expo"), "Home");
    expect(stops()).toEqual(["independence"]);
  });

  it("Enter opens the details of the focused event and emits select; Enter again closes them", () => {
    const { timeline, node, key, card } = mount();
    const onSelect = vi.fn();
    timeline.on("select", onSelect);
    node("tenge").focus();
    key(node("tenge"), "Enter");
    expect(onSelect).toHaveBeenCalledTimes(1);
    expect(card().hidden).toBe(false);
    key(node("tenge"), "Enter");
    expect(card().hidden).toBe(true);
  });

  it("keys pressed on the zoom buttons or in the card are theirs, not the timeline's", () => {
    const { container, key, timeline } = mount();
    const onSelect = vi.fn();
    timeline.on("select", onSelect);
    const button = container.querySelector(".chronoline-zoom button")!;
    key(button, "Enter");
    key(button, "ArrowRight");
    expect(onSelect).not.toHaveBeenCalled();
  });
});

describe("dense timelines", () => {
  // 600 events in one year at 960 px: most markers crowd into cluster pills.
  const DENSE: EventInput[] = Array.from({ length: 600 }, (_, i) => ({
    id: `e${i}`,
    date: `2001-${String(1 + Math.floor(i / 50)).padStart(2, "0")}-${String(1 + (i % 28)).padStart(2, "0")}`,
    title: `Event number ${i}`,
  }));

  it("events a cluster stands for get no node, until the arrow keys walk onto one; it goes when focus moves on", () => {
    const events = DENSE.slice(0, 240);
    const { container, key, timeline } = mount({ events });
    const drawn = () => container.querySelectorAll(".chronoline-event").length;
    const clusters = container.querySelectorAll(".chronoline-cluster");
    expect(clusters.length).toBeGreaterThan(0);
    const standFor = Array.from(clusters, (c) => Number(c.getAttribute("data-count"))).reduce(
      (a, b) => a + b,
    );
    // The others are labelled (a node each) or plain markers (counted by their dots path).
    const labelled = container.querySelectorAll(".chronoline-event .chronoline-label").length;
    const dots = Array.from(container.querySelectorAll("path.chronoline-dots"), (p) =>
      Number(p.getAttribute("data-count")),
    ).reduce((a, b) => a + b, 0);
    expect(dots).toBeGreaterThan(0);
    expect(drawn()).toBe(labelled);
    expect(labelled + dots).toBe(events.length - standFor);
    // Walk every event in time order: each gets focus on a node of its own, in turn.
    let focused = container.querySelector<SVGGElement>('.chronoline-event[tabindex="0"]')!;
    focused.focus();
    const seen = [focused.getAttribute("data-id")];
    for (let i = 1; i < events.length; i++) {
      key(focused, "ArrowRight");
      focused = document.activeElement as SVGGElement;
      expect(focused.classList.contains("chronoline-event")).toBe(true);
      seen.push(focused.getAttribute("data-id"));
      // At most one node more than the labelled: the focused event's own, when a pill or a
      // plain marker stands for it.
      expect(drawn()).toBeLessThanOrEqual(labelled + 1);
    }
    expect(new Set(seen).size).toBe(events.length);
    const inOrder = timeline.events
      .slice()
      .sort((a, b) => a.start.time - b.start.time || a.index - b.index)
      .map((e) => e.id);
    expect(seen).toEqual(inOrder);
  }, 20_000); // walks every event with the keys: slow in jsdom on a loaded machine

  it("unlabelled markers are drawn as plain dots, a ring path and a dots path per colour, with no node until focus or selection", () => {
    // 120 points three days apart at 960 px: some labelled, some in pills, 8 plain markers.
    const points: EventInput[] = Array.from({ length: 120 }, (_, i) => ({
      id: `p${i}`,
      date: new Date(Date.UTC(2001, 0, 1) + i * 3 * 86_400_000).toISOString().slice(0, 10),
      title: `Point number ${i}`,
      category: i % 2 ? "odd" : "even",
    }));
    const { container, svg, key, timeline, card } = mount({ events: points });
    const layer = container.querySelector("g.chronoline-plain-markers")!;
    expect(layer.getAttribute("aria-hidden")).toBe("true");
    const kinds = Array.from(layer.children, (p) => p.getAttribute("class"));
    expect(kinds).toEqual([
      "chronoline-marker-rings",
      "chronoline-marker chronoline-dots",
      "chronoline-marker-rings",
      "chronoline-marker chronoline-dots",
    ]);
    const own = () =>
      Array.from(container.querySelectorAll(".chronoline-event"), (n) => n.getAttribute("data-id"));
    const labelled = container.querySelectorAll(".chronoline-event .chronoline-label").length;
    expect(own()).toHaveLength(labelled);
    const circles = Array.from(layer.querySelectorAll("path.chronoline-dots"), (p) =>
      Number(p.getAttribute("data-count")),
    ).reduce((a, b) => a + b, 0);
    const clustered = Array.from(container.querySelectorAll(".chronoline-cluster"), (c) =>
      Number(c.getAttribute("data-count")),
    ).reduce((a, b) => a + b, 0);
    expect(circles).toBeGreaterThan(0);
    expect(labelled + circles + clustered).toBe(points.length);
    // select() gives a plain marker a node of its own for the card, with its marker (an event a
    // pill stands for gets one without), and it leaves the dots.
    const marker = (id: string) =>
      container.querySelector(`.chronoline-event[data-id="${id}"] .chronoline-marker`);
    const plain = points
      .map((e) => e.id!)
      .filter((id) => !own().includes(id))
      .find((id) => {
        timeline.select(id);
        return marker(id) !== null;
      })!;
    expect(own()).toContain(plain);
    const after = Array.from(layer.querySelectorAll("path.chronoline-dots"), (p) =>
      Number(p.getAttribute("data-count")),
    ).reduce((a, b) => a + b, 0);
    expect(after).toBe(circles - 1);
    expect(card().hidden).toBe(false);
    key(card(), "Escape");
    // The arrows reach every point, in time order, each focused on a node of its own.
    let focused = container.querySelector<SVGGElement>('.chronoline-event[tabindex="0"]') ?? svg();
    key(focused, "Home");
    focused = document.activeElement as SVGGElement;
    const seen = [focused.getAttribute("data-id")];
    for (let i = 1; i < points.length; i++) {
      key(focused, "ArrowRight");
      focused = document.activeElement as SVGGElement;
      expect(focused.classList.contains("chronoline-event")).toBe(true);
      seen.push(focused.getAttribute("data-id"));
    }
    expect(seen).toEqual(points.map((e) => e.id));
  }, 20_000); // walks every event with the keys: slow in jsdom on a loaded machine

  it("a vertical timeline draws its unlabelled markers as plain dots down the spine, in time order", () => {
    // 400 points at 360 px, crowded at first and ever sparser: the column labels some, pills
    // stand for the crowd, and the rest are plain markers on the spine.
    const points: EventInput[] = Array.from({ length: 400 }, (_, i) => ({
      id: `v${i}`,
      date: new Date(Date.UTC(2001, 0, 1) + Math.floor(i ** 3 / 400) * 86_400_000).toISOString().slice(0, 10),
      title: `Point number ${i}`,
    }));
    const { container } = mount({ events: points, width: 360, orientation: "vertical" });
    const layer = container.querySelector("g.chronoline-plain-markers")!;
    const dots = Array.from(layer.querySelectorAll("path.chronoline-dots"));
    expect(dots).toHaveLength(1); // one colour
    const circles = Number(dots[0]!.getAttribute("data-count"));
    const labelled = container.querySelectorAll(".chronoline-event .chronoline-label").length;
    const clustered = Array.from(container.querySelectorAll(".chronoline-cluster"), (c) =>
      Number(c.getAttribute("data-count")),
    ).reduce((a, b) => a + b, 0);
    expect(circles).toBeGreaterThan(0);
    expect(labelled + circles + clustered).toBe(points.length);
    // Each drawn circle starts "M x,y": all on the spine (one x), going down as time goes on.
    const starts = Array.from(dots[0]!.getAttribute("d")!.matchAll(/M([-\d.]+),([-\d.]+)/g), (m) => [
      Number(m[1]),
      Number(m[2]),
    ]);
    expect(starts.length).toBeGreaterThan(0);
    expect(starts.length).toBeLessThanOrEqual(circles); // circles inside a run may be left out
    expect(new Set(starts.map(([x]) => x)).size).toBe(1);
    const ys = starts.map(([, y]) => y!);
    expect(ys).toEqual([...ys].sort((a, b) => a - b));
    const height = Number(container.querySelector("svg")!.getAttribute("height"));
    for (const y of ys) expect(y > 0 && y < height).toBe(true);
  });

  it("unlabelled spans are drawn as plain bars, one path per colour, with no node until focus or selection", () => {
    const spans: EventInput[] = Array.from({ length: 120 }, (_, i) => ({
      id: `s${i}`,
      start: `2001-${String(1 + (i % 12)).padStart(2, "0")}-01`,
      end: `2001-${String(1 + (i % 12)).padStart(2, "0")}-20`,
      title: `Span number ${i}`,
      category: i % 2 ? "odd" : "even",
    }));
    const { container, key, timeline, card } = mount({ events: spans });
    const paths = container.querySelectorAll("g.chronoline-plain path.chronoline-bars");
    expect(paths).toHaveLength(2); // two categories, two colours
    expect(container.querySelector("g.chronoline-plain")!.getAttribute("aria-hidden")).toBe("true");
    const own = () =>
      Array.from(container.querySelectorAll(".chronoline-event"), (n) => n.getAttribute("data-id"));
    const labelled = container.querySelectorAll(".chronoline-event .chronoline-label").length;
    expect(own()).toHaveLength(labelled);
    const plain = spans.map((e) => e.id!).find((id) => !own().includes(id))!;
    // select() gives an unlabelled span a node of its own for the card, with its bar.
    timeline.select(plain);
    expect(own()).toContain(plain);
    expect(container.querySelector(`.chronoline-event[data-id="${plain}"] .chronoline-span`)).not.toBeNull();
    expect(card().hidden).toBe(false);
    key(card(), "Escape");
    // The arrows reach every span, in time order.
    let focused = container.querySelector<SVGGElement>('.chronoline-event[tabindex="0"]')!;
    key(focused, "Home");
    focused = document.activeElement as SVGGElement;
    const seen = [focused.getAttribute("data-id")];
    for (let i = 1; i < spans.length; i++) {
      key(focused, "ArrowRight");
      focused = document.activeElement as SVGGElement;
      seen.push(focused.getAttribute("data-id"));
    }
    expect(new Set(seen).size).toBe(spans.length);
  });

  it("a long event table fills in chunks after the first paint, busy until complete, in time order", async () => {
    const { container, timeline } = mount({ events: DENSE });
    const table = container.querySelector(".chronoline-table")!;
    const rows = () => Array.from(table.querySelectorAll("tbody tr"), (r) => r.getAttribute("data-id"));
    expect(rows().length).toBeLessThan(DENSE.length);
    expect(table.getAttribute("aria-busy")).toBe("true");
    await vi.waitFor(() => {
      expect(table.hasAttribute("aria-busy")).toBe(false);
    });
    const inOrder = timeline.events
      .slice()
      .sort((a, b) => a.start.time - b.start.time || a.index - b.index)
      .map((e) => e.id);
    expect(rows()).toEqual(inOrder);
    // In row groups of at most ROWS_PER_GROUP (so that adding one lays out only that group), with
    // the table's roles spelled out, as the hidden table is laid out as blocks.
    const groups = Array.from(table.querySelectorAll("tbody"), (g) => g.rows.length);
    expect(groups.length).toBeGreaterThan(1);
    expect(Math.max(...groups)).toBeLessThanOrEqual(ROWS_PER_GROUP);
    expect(table.getAttribute("role")).toBe("table");
    expect(table.querySelectorAll('tbody[role="rowgroup"] > tr[role="row"]')).toHaveLength(DENSE.length);
    expect(table.querySelectorAll('tr[role="row"] > td[role="cell"]').length).toBeGreaterThanOrEqual(
      2 * DENSE.length,
    );
    expect(table.querySelectorAll('th[role="columnheader"]').length).toBeGreaterThanOrEqual(2);
    // An update keeps the rows of events still there, and drops the others.
    const kept = table.querySelector('tbody tr[data-id="e10"]');
    timeline.update({ events: DENSE.slice(0, 300) });
    await vi.waitFor(() => {
      expect(table.hasAttribute("aria-busy")).toBe(false);
    });
    expect(rows()).toEqual(inOrder.filter((id) => Number(id.slice(1)) < 300));
    expect(table.querySelector('tbody tr[data-id="e10"]')).toBe(kept);
  });
});

describe("zoom from code", () => {
  it("zoomTo keeps to the data: a range far beyond it shows the whole range", () => {
    const { timeline } = mount();
    const onZoom = vi.fn();
    timeline.on("zoom", onZoom);
    timeline.zoomTo("1800", "2200");
    const { start, end } = onZoom.mock.calls[0]![0] as { start: Date; end: Date };
    expect(start.getUTCFullYear()).toBe(1990);
    expect(end.getUTCFullYear()).toBe(2018); // the data's range with its margin: 1991–2017
  });

  it("zoomTo and resetZoom (a page's own buttons) tell screen readers the range, as the zoom keys do", () => {
    const { timeline, container, node, key } = mount();
    const live = () => container.querySelector("[aria-live=polite]")!.textContent;
    timeline.zoomTo("1995", "2000");
    const shown = container.querySelector(".chronoline-range")!.textContent;
    expect(shown).toMatch(/^Showing 199\d – 200\d$/);
    expect(live()).toBe(shown);
    timeline.resetZoom();
    expect(live()).toBe("All events, 1991 – 2017");
    // The same words as a key's zoom.
    key(node("capital"), "+");
    expect(live()).toMatch(/^Showing/);
  });

  it.each(["horizontal", "vertical"] as const)(
    "zoomed in between events, the drawing and the live region say there are none; the axis keeps its dates (%s)",
    (orientation) => {
      const { timeline, container } = mount({ orientation });
      timeline.zoomTo("2003", "2010"); // nothing from 1997 to 2017
      const empty = container.querySelector("text.chronoline-empty")!;
      expect(empty.textContent).toBe("No events to show");
      expect(container.querySelectorAll(".chronoline-axis .tick").length).toBeGreaterThan(2);
      const live = container.querySelector("[aria-live=polite]")!.textContent;
      expect(live).toMatch(/^Showing 200\d – 201\d\. No events to show$/);
      // Down the spine, the message stands beside it, not across it.
      const spine = container.querySelector(".chronoline-axis .domain");
      if (orientation === "vertical") expect(empty.getAttribute("text-anchor")).toBe("start");
      else expect(spine).not.toBeNull();
      timeline.resetZoom();
      expect(container.querySelector("text.chronoline-empty")).toBeNull();
    },
  );

  it("update keeps a zoomed view, moved inside the range of the new data", () => {
    const { timeline, container } = mount();
    timeline.zoomTo("2015", "2018");
    timeline.update({ events: EVENTS.slice(0, 3) }); // the data now ends in 1997
    const range = container.querySelector(".chronoline-range")!.textContent;
    const [from, to] = (range.match(/\d{4}/g) ?? []).map(Number);
    expect(range).toMatch(/^Showing/);
    expect(to! - from!).toBeGreaterThanOrEqual(2); // still about three years wide
    expect(to).toBeLessThanOrEqual(1998);
    expect(
      Array.from(container.querySelectorAll(".chronoline-event"), (n) => n.getAttribute("data-id")),
    ).toContain("capital");
  });
});

describe("destroy", () => {
  it("destroy removes the frame and every listener it added to lasting targets", () => {
    // Every add and remove of a listener, with the target it was called on (spies call through).
    const add = vi.spyOn(EventTarget.prototype, "addEventListener");
    const remove = vi.spyOn(EventTarget.prototype, "removeEventListener");
    const net = (target: EventTarget) =>
      add.mock.contexts.filter((t) => t === target).length -
      remove.mock.contexts.filter((t) => t === target).length;
    try {
      const container = document.createElement("div");
      document.body.append(container);
      const timeline = createTimeline(container, { events: EVENTS, width: 800 });
      timeline.select("expo");
      timeline.zoomTo("1995", "2000");
      const svg = container.querySelector("svg")!;
      timeline.destroy();
      expect(container.childNodes).toHaveLength(0);
      // Listeners left on the SVG after destroy would keep it (and the data) alive.
      expect(add.mock.contexts).toContain(svg); // the count can see the SVG's listeners
      expect(net(svg)).toBe(0);
      expect(net(container)).toBe(0);
      expect(net(window)).toBe(0);
      expect(net(document)).toBe(0);
      container.remove();
    } finally {
      add.mockRestore();
      remove.mockRestore();
    }
  });
});
