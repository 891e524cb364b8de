// The event table fills a long list in batches bounded by time, not by a count of rows: a batch
// is made in idle time and laid out in the next frame, so slow rows must make small batches.
import { afterEach, describe, expect, it, vi } from "vitest";
import {
  BUILD_MS,
  createEventList,
  FEWEST,
  FRAME_MS,
  MOST,
  nextBatchSize,
  ROWS_PER_GROUP,
  type EventRow,
} from "../../src/render/event-list.js";

const WORDS = { date: "Date", event: "Event", group: "Group", category: "Category", link: "Read more" };
const events = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `e${i}` }));
const rowOf = (e: { id: string }): EventRow => ({
  id: e.id,
  date: `Day ${e.id}`,
  title: `Title ${e.id}`,
  text: undefined,
  group: undefined,
  category: undefined,
  link: undefined,
});

afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
});

/**
 * Fills a shown table of `n` rows whose making costs `msPerRow` each (on a clock the test
 * moves), and returns how many rows each batch put in the table.
 */
function batchesOf(n: number, msPerRow: number): { batches: number[]; table: HTMLTableElement } {
  vi.useFakeTimers({
    toFake: ["setTimeout", "clearTimeout", "requestAnimationFrame", "cancelAnimationFrame"],
  });
  let clock = 0;
  vi.spyOn(performance, "now").mockImplementation(() => clock);
  const host = document.createElement("div");
  const list = createEventList(host);
  const all = events(n);
  list.render(
    all,
    (from, to) => {
      clock += (to - from) * msPerRow;
      return all.slice(from, to).map(rowOf);
    },
    { shown: true, caption: "All events", words: WORDS },
  );
  const table = host.querySelector("table")!;
  const batches: number[] = [];
  let before = table.querySelectorAll("tbody tr").length;
  for (let tick = 0; tick < 10_000 && !list.complete; tick++) {
    vi.advanceTimersToNextTimer();
    const now = table.querySelectorAll("tbody tr").length;
    if (now !== before) batches.push(now - before);
    before = now;
  }
  expect(list.complete).toBe(true);
  return { batches, table };
}

describe("filling a long event table", () => {
  it("slow rows make small batches: a batch's making stays within its time budget", () => {
    // 1 ms a row: a batch of 250 rows would hold a frame for 250 ms.
    const { batches, table } = batchesOf(600, 1);
    expect(batches.reduce((a, b) => a + b, 0)).toBe(600);
    expect(Math.max(...batches)).toBeLessThanOrEqual(BUILD_MS + 10);
    expect(Array.from(table.querySelectorAll("tbody tr"), (tr) => tr.getAttribute("data-id"))).toEqual(
      events(600).map((e) => e.id),
    );
  });

  it("fast rows in quick frames make growing batches, still in row groups of at most ROWS_PER_GROUP", () => {
    const { batches, table } = batchesOf(3_000, 0.001);
    expect(batches.length).toBeLessThan(3_000 / 100);
    expect(batches[batches.length - 2]!).toBeGreaterThan(batches[0]!);
    const groups = Array.from(table.tBodies, (g) => g.rows.length);
    expect(groups.reduce((a, b) => a + b, 0)).toBe(3_000);
    expect(Math.max(...groups)).toBeLessThanOrEqual(ROWS_PER_GROUP);
    expect(table.hasAttribute("aria-busy")).toBe(false);
  });

  it("a batch is sized by how long the frame that laid out the last one took", () => {
    // A long frame: fewer rows next time, never fewer than FEWEST.
    expect(nextBatchSize(100, 100, 3 * FRAME_MS)).toBeLessThan(100);
    expect(nextBatchSize(FEWEST, FEWEST, 200)).toBe(FEWEST);
    expect(nextBatchSize(100, 30, 3 * FRAME_MS)).toBeLessThan(100);
    // A quick frame after a full batch: more rows, never more than MOST.
    expect(nextBatchSize(100, 100, FRAME_MS / 2)).toBeGreaterThan(100);
    expect(nextBatchSize(MOST, MOST, 1)).toBe(MOST);
    // A quick frame after a batch cut short says nothing about a larger one; nor does no batch.
    expect(nextBatchSize(100, 30, 1)).toBe(100);
    expect(nextBatchSize(100, 0, 500)).toBe(100);
    // Frames a little long keep the size.
    expect(nextBatchSize(100, 100, 1.5 * FRAME_MS)).toBe(100);
  });

  it("each row has its roles and cells, the event's title and text, and its link when shown", () => {
    const host = document.createElement("div");
    const list = createEventList(host);
    const row: EventRow = {
      id: "a",
      date: "May 1, 2024",
      title: "A <b>title</b>",
      text: "Some text",
      group: "G",
      category: undefined,
      link: "https://example.org/",
    };
    const render = (shown: boolean) => {
      list.render([{ id: "a", group: "G" }], () => [row], { shown, caption: "All", words: WORDS });
    };
    render(true);
    const tr = host.querySelector('tbody tr[data-id="a"]')!;
    expect(tr.getAttribute("role")).toBe("row");
    expect(Array.from(tr.children, (td) => [td.getAttribute("role"), td.textContent])).toEqual([
      ["cell", "May 1, 2024"],
      ["cell", "A <b>title</b>Some textRead more"],
      ["cell", "G"],
    ]);
    expect(tr.querySelector("b")).toBeNull();
    expect(tr.querySelector("a")!.getAttribute("href")).toBe("https://example.org/");
    // Hidden, the same row keeps its node and loses its link (no invisible tab stops).
    render(false);
    expect(host.querySelector('tbody tr[data-id="a"]')).toBe(tr);
    expect(tr.querySelector("a")).toBeNull();
    expect(tr.children[1]!.textContent).toBe("A <b>title</b>Some text");
  });
});

describe("a short event table", () => {
  it("is in the DOM at once, but a hidden one stays out of the timeline's first paint (two frames)", () => {
    vi.useFakeTimers({ toFake: ["requestAnimationFrame", "cancelAnimationFrame"] });
    const host = document.createElement("div");
    const list = createEventList(host);
    const all = events(30);
    const render = () => {
      list.render(all, (from, to) => all.slice(from, to).map(rowOf), {
        shown: false,
        caption: "All events",
        words: WORDS,
      });
    };
    render();
    // Every row is there for code to read, and the table is complete...
    expect(host.querySelectorAll("tbody tr")).toHaveLength(30);
    expect(list.complete).toBe(true);
    // ...but not styled or laid out until the first paint has gone by.
    expect(host.style.display).toBe("none");
    vi.advanceTimersToNextFrame();
    expect(host.style.display).toBe("none");
    vi.advanceTimersToNextFrame();
    expect(host.style.display).toBe("");
    // Later renders (updates) are never held back.
    render();
    expect(host.style.display).toBe("");
  });

  it("a shown table is drawn with the timeline's first paint", () => {
    vi.useFakeTimers({ toFake: ["requestAnimationFrame", "cancelAnimationFrame"] });
    const host = document.createElement("div");
    const all = events(30);
    createEventList(host).render(all, (from, to) => all.slice(from, to).map(rowOf), {
      shown: true,
      caption: "All events",
      words: WORDS,
    });
    expect(host.style.display).toBe("");
    expect(host.querySelectorAll("tbody tr")).toHaveLength(30);
  });
});
