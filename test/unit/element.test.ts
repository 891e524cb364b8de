import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { defineTimelineElement } from "../../src/element/define-timeline-element.js";
import type { TimelineElement } from "../../src/element/timeline-element.js";
import type { TimelineEvent } from "../../src/types.js";

const EVENTS = [
  { id: "relations", date: "1993-03-30", title: "Diplomatic relations" },
  { id: "embassy", date: "2008", title: "Embassy opens" },
  { id: "visit", start: "2024-05-23", end: "2024-05-24", title: "State visit" },
];
const CSV = "Start Date,End Date,Headline\n1993-03-30,,Diplomatic relations\n2020,2023,Investment\n";

/** A <chrono-line> built from markup, attached to the page. */
function mount(html: string): TimelineElement {
  const holder = document.createElement("div");
  holder.innerHTML = html; // test markup, written here
  document.body.append(holder);
  return holder.querySelector("chrono-line") as TimelineElement;
}
const inline = (events: unknown) => `<script type="application/json">${JSON.stringify(events)}</script>`;

/** Resolves after the element's next render or error. */
function settled(element: Element): Promise<string> {
  return new Promise((resolve) => {
    element.addEventListener(
      "chronoline-render",
      () => {
        resolve("render");
      },
      { once: true },
    );
    element.addEventListener(
      "chronoline-error",
      () => {
        resolve("error");
      },
      { once: true },
    );
  });
}
const shadow = (element: Element) => element.shadowRoot!;
const labels = (element: Element, selector = ".chronoline-label-title") =>
  [...shadow(element).querySelectorAll(selector)].map((n) => n.textContent);
const errorText = (element: Element) => {
  const error = shadow(element).querySelector<HTMLElement>('[part="error"]')!;
  return error.hidden ? "" : error.textContent;
};

beforeAll(() => {
  defineTimelineElement();
});
afterEach(() => {
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

describe("<chrono-line>", () => {
  it("defineTimelineElement registers chrono-line once and returns the same class when called again", () => {
    const first = customElements.get("chrono-line");
    expect(first).toBeDefined();
    expect(defineTimelineElement()).toBe(first);
  });

  it("draws the events of an inline JSON script inside its shadow root, titled by its title attribute", async () => {
    const element = mount(`<chrono-line title="Kazakhstan and Singapore">${inline(EVENTS)}</chrono-line>`);
    await settled(element);
    expect(labels(element).sort()).toEqual(["Diplomatic relations", "Embassy opens", "State visit"]);
    expect(shadow(element).querySelector("svg.chronoline")!.getAttribute("aria-label")).toBe(
      "Kazakhstan and Singapore",
    );
    expect(document.querySelectorAll(".chronoline-event")).toHaveLength(0); // nothing leaks into the page
    expect(element.timeline!.events).toHaveLength(3);
  });

  it("reads inline CSV too, and a TimelineJS document as inline JSON", async () => {
    const csv = mount(`<chrono-line><script type="text/csv">${CSV}</script></chrono-line>`);
    await settled(csv);
    expect(labels(csv).sort()).toEqual(["Diplomatic relations", "Investment"]);
    const tl = mount(
      `<chrono-line>${inline({ title: { text: { headline: "From TimelineJS" } }, events: [{ start_date: { year: 2003 }, text: { headline: "Mission <b>opens</b>" } }] })}</chrono-line>`,
    );
    await settled(tl);
    expect(labels(tl)).toEqual(["Mission opens"]);
    expect(shadow(tl).querySelector("svg.chronoline")!.getAttribute("aria-label")).toBe("From TimelineJS");
  });

  it("re-renders when theme, locale or title change, keeping its timeline", async () => {
    const element = mount(`<chrono-line>${inline(EVENTS)}</chrono-line>`);
    await settled(element);
    const timeline = element.timeline;
    let next = settled(element);
    element.setAttribute("theme", "dark");
    await next;
    expect(shadow(element).querySelector("svg.chronoline")!.classList.contains("chronoline--dark")).toBe(
      true,
    );
    next = settled(element);
    element.setAttribute("locale", "ru-RU");
    await next;
    expect(labels(element, ".chronoline-label-date")).toContain("23–24 мая 2024");
    next = settled(element);
    element.setAttribute("title", "Renamed");
    await next;
    expect(shadow(element).querySelector("svg.chronoline")!.getAttribute("aria-label")).toBe("Renamed");
    expect(element.timeline).toBe(timeline);
  });

  it("passes orientation through to the options: horizontal draws, an unknown value is refused in place", async () => {
    const element = mount(`<chrono-line orientation="horizontal">${inline(EVENTS)}</chrono-line>`);
    await settled(element);
    expect(labels(element)).toHaveLength(3);
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    const next = settled(element);
    element.setAttribute("orientation", "diagonal");
    expect(await next).toBe("error");
    expect(errorText(element)).toContain('orientation: "diagonal" is not');
    expect(logged).toHaveBeenCalled();
  });

  it("dispatches chronoline-select as a DOM event that bubbles out of the shadow root, with the event as detail", async () => {
    const element = mount(`<chrono-line>${inline(EVENTS)}</chrono-line>`);
    await settled(element);
    const chosen: TimelineEvent[] = [];
    document.body.addEventListener("chronoline-select", (e) =>
      chosen.push((e as CustomEvent<TimelineEvent>).detail),
    );
    element.timeline!.select("embassy");
    expect(chosen.map((e) => e.title)).toEqual(["Embassy opens"]);
  });

  it("loads a CSV file from src, and loads again when src changes", async () => {
    const fetch = vi.fn((url: URL) =>
      Promise.resolve(
        url.pathname.endsWith(".csv")
          ? new Response(CSV, { headers: { "content-type": "text/csv" } })
          : new Response(JSON.stringify(EVENTS), { headers: { "content-type": "application/json" } }),
      ),
    );
    vi.stubGlobal("fetch", fetch);
    const element = mount(`<chrono-line src="data/events.csv"></chrono-line>`);
    await settled(element);
    expect(labels(element).sort()).toEqual(["Diplomatic relations", "Investment"]);
    const next = settled(element);
    element.setAttribute("src", "data/events.json");
    await next;
    expect(labels(element)).toHaveLength(3);
    expect(fetch.mock.calls.map(([url]) => url.pathname)).toEqual(["/data/events.csv", "/data/events.json"]);
  });

  it("shows a readable error in place, and logs it, when the file cannot be loaded", async () => {
    vi.stubGlobal("fetch", () =>
      Promise.resolve(new Response("nope", { status: 404, statusText: "Not Found" })),
    );
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    const element = mount(`<chrono-line src="missing.csv"></chrono-line>`);
    expect(await settled(element)).toBe("error");
    expect(errorText(element)).toBe("chronoline: could not load missing.csv: HTTP 404 Not Found");
    expect(shadow(element).querySelector("svg")).toBeNull();
    expect(logged).toHaveBeenCalledWith("chronoline: could not load missing.csv:", expect.any(Error));
  });

  it("shows which row and column are wrong when the file cannot be parsed, as text", async () => {
    vi.stubGlobal("fetch", () =>
      Promise.resolve(
        new Response("date,title\n<img src=x onerror=alert(1)>,Bad\n", {
          headers: { "content-type": "text/csv" },
        }),
      ),
    );
    vi.spyOn(console, "error").mockImplementation(() => {});
    const element = mount(`<chrono-line src="bad.csv"></chrono-line>`);
    expect(await settled(element)).toBe("error");
    expect(errorText(element)).toContain(
      'row 2, column "date": "<img src=x onerror=alert(1)>" is not a date',
    );
    expect(shadow(element).querySelector("img")).toBeNull(); // the bad value stayed text
  });

  it("says in place and in the console how to give it data when it has none", async () => {
    const warned = vi.spyOn(console, "warn").mockImplementation(() => {});
    const element = mount(`<chrono-line title="Empty"></chrono-line>`);
    await new Promise((resolve) => setTimeout(resolve, 0));
    // It showed and logged nothing: a blank box.
    const message =
      'chronoline: <chrono-line> has no data: set its src, or put a <script type="application/json"> or "text/csv" inside it';
    expect(errorText(element)).toBe(message);
    expect(warned).toHaveBeenCalledWith(message);
    const drawn = settled(element);
    element.innerHTML = inline(EVENTS); // test markup, written here
    await drawn;
    expect(errorText(element)).toBe("");
    expect(labels(element)).toHaveLength(3);
    expect(warned).toHaveBeenCalledTimes(1);
  });

  it("dispatches chronoline-error for bad inline data to a listener added just after it is made", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const element = mount(`<chrono-line><script type="application/json">{</script></chrono-line>`);
    // The error came at once, while the element was put in the page, before any listener.
    expect(await settled(element)).toBe("error");
  });

  it("names its inline JSON, or its src, as where a JSON error is", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const element = mount(
      `<chrono-line><script type="application/json">[{"date": 2001,}]</script></chrono-line>`,
    );
    expect(await settled(element)).toBe("error");
    // It said "(file)", where there is no file.
    expect(errorText(element)).toMatch(
      /^chronoline: could not read the inline data: the data has 1 problem:\n {2}inline JSON of <chrono-line>: is not valid JSON: /,
    );

    vi.stubGlobal("fetch", () => Promise.resolve(new Response("{")));
    const fetched = mount(`<chrono-line src="data/bad.json"></chrono-line>`);
    expect(await settled(fetched)).toBe("error");
    expect(errorText(fetched)).toMatch(
      /^chronoline: could not load data\/bad.json: the data has 1 problem:\n {2}data\/bad.json: is not valid JSON: /,
    );
  });

  it("removes its timeline when taken out of the page, and draws again when put back", async () => {
    const element = mount(`<chrono-line>${inline(EVENTS)}</chrono-line>`);
    await settled(element);
    const parent = element.parentElement!;
    element.remove();
    expect(element.timeline).toBeUndefined();
    expect(shadow(element).querySelector("svg")).toBeNull();
    const next = settled(element);
    parent.append(element);
    await next;
    expect(labels(element)).toHaveLength(3);
  });

  it("redraws when its inline data is edited", async () => {
    const element = mount(`<chrono-line>${inline(EVENTS)}</chrono-line>`);
    await settled(element);
    const next = settled(element);
    element.querySelector("script")!.textContent = JSON.stringify(EVENTS.slice(0, 1));
    await next;
    expect(labels(element)).toEqual(["Diplomatic relations"]);
  });
});
