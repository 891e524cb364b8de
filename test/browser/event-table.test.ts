// The shown event table (eventList: "table") of a large timeline in real Chromium: laid out as
// rows of a grid rather than a CSS table (which laid out every row again at each batch: 60–80 ms
// frames, 3.7 s to fill 10,000 rows), it still ends complete and in time order, every row in the
// accessibility tree, its columns lined up. Times are measured by scripts/bench-event-table.mjs,
// never asserted here.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Harness, startHarness } from "./harness.js";

declare const chronoline: typeof import("../../src/index.js");

let harness: Harness | undefined;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

const COUNT = 10_000;

async function mount(width = 1280, count = COUNT): Promise<Page> {
  const page = await harness!.browser.newPage({ viewport: { width, height: 800 } });
  await page.setContent('<!doctype html><html lang="en"><body><div id="host"></div></body></html>');
  await page.addScriptTag({ path: "dist/chronoline.umd.min.js" });
  await page.evaluate((count) => {
    const day = 86_400_000;
    const events = Array.from({ length: count }, (_, i) => ({
      id: `e${i}`,
      // Not in time order, and many on the same day.
      date: new Date(Date.UTC(1950, 0, 1) + ((i * 7919) % 20_000) * day).toISOString().slice(0, 10),
      title: `Event ${i}`,
      text: i % 4 ? undefined : "Some words about it.",
      group: `Group ${i % 3}`,
      category: i % 2 ? "Sovereignty" : "Migration",
    }));
    (window as any).timeline = chronoline.createTimeline("#host", {
      events,
      eventList: "table",
      title: "Ten thousand",
    });
  }, count);
  return page;
}

/** The table's row ids once it is complete, and the events' ids in time order. */
async function rowsAndOrder(page: Page): Promise<{ rows: string[]; order: string[] }> {
  await page.waitForFunction(() => !document.querySelector(".chronoline-table[aria-busy]"), undefined, {
    timeout: 60_000,
  });
  return page.evaluate(() => ({
    rows: Array.from(document.querySelectorAll(".chronoline-table tbody tr"), (tr) =>
      tr.getAttribute("data-id")!,
    ),
    order: ((window as any).timeline.events as { id: string; index: number; start: { time: number } }[])
      .slice()
      .sort((a, b) => a.start.time - b.start.time || a.index - b.index)
      .map((e) => e.id),
  }));
}

describe("the shown table of 10,000 events", () => {
  it("ends complete, in time order, also after update(), with every row in the accessibility tree", async () => {
    const page = await mount();
    const first = await rowsAndOrder(page);
    expect(first.rows).toHaveLength(COUNT);
    expect(first.rows).toEqual(first.order);
    const cdp = await page.context().newCDPSession(page);
    const { nodes } = await cdp.send("Accessibility.getFullAXTree");
    const rows = nodes.filter((n) => n.role?.value === "row" && !n.ignored);
    expect(rows.length).toBe(COUNT + 1); // and the header's
    // An update moves every other event by a year and drops a tenth of them.
    await page.evaluate(() => {
      const tl = (window as any).timeline;
      const events = tl.events
        .filter((_: unknown, i: number) => i % 10 !== 0)
        .map((e: { id: string; title: string; start: { time: number } }, i: number) => ({
          id: e.id,
          title: e.title,
          date: new Date(e.start.time + (i % 2) * 365 * 86_400_000).toISOString().slice(0, 10),
        }));
      tl.update({ events });
    });
    const second = await rowsAndOrder(page);
    expect(second.rows).toHaveLength(COUNT - COUNT / 10);
    expect(second.rows).toEqual(second.order);
    await page.close();
  });

  it("lines its columns up with the header, from the first row to the last", async () => {
    const page = await mount();
    await rowsAndOrder(page);
    const seen = await page.evaluate(() => {
      const left = (cells: Iterable<Element>) =>
        Array.from(cells, (c) => Math.round(c.getBoundingClientRect().left));
      const rows = document.querySelectorAll<HTMLTableRowElement>(".chronoline-table tbody tr");
      const last = rows[rows.length - 1]!;
      last.scrollIntoView();
      return {
        head: left(document.querySelectorAll(".chronoline-table thead th")),
        first: left(rows[0]!.cells),
        last: left(last.cells),
        height: last.getBoundingClientRect().height,
      };
    });
    expect(seen.head).toHaveLength(4); // date, event, group, category
    expect(seen.first).toEqual(seen.head);
    expect(seen.last).toEqual(seen.head);
    expect(seen.height).toBeGreaterThan(10);
    await page.close();
  });

  it("on a phone stacks each row's cells, group and category named, headers still read", async () => {
    const page = await mount(360, 200);
    await rowsAndOrder(page);
    const seen = await page.evaluate(() => {
      const row = document.querySelector<HTMLTableRowElement>(".chronoline-table tbody tr")!;
      const cells = Array.from(row.cells);
      const category = cells[3]!;
      return {
        lefts: cells.map((c) => Math.round(c.getBoundingClientRect().left)),
        widths: cells.map((c) => Math.round(c.getBoundingClientRect().width)),
        rowWidth: Math.round(row.getBoundingClientRect().width),
        label: getComputedStyle(category, "::before").content,
        categoryLines: Math.round(
          category.getBoundingClientRect().height / parseFloat(getComputedStyle(category).lineHeight),
        ),
      };
    });
    // Stacked: every cell starts at the row's left and takes its whole width.
    expect(new Set(seen.lefts).size).toBe(1);
    for (const w of seen.widths) expect(w).toBe(seen.rowWidth);
    // "Category: Sovereignty" on one line, not "Catego / ry" in a column a few letters wide.
    expect(seen.label).toContain("Category");
    expect(seen.categoryLines).toBe(1);
    // The column headers are out of sight but still name the cells for screen readers.
    const headers = await page.getByRole("columnheader").allTextContents();
    expect(headers).toEqual(["Date", "Event", "Group", "Category"]);
    await page.close();
  });
});
