// Long life in real Chromium: a timeline fed new data a thousand times stays the same size (DOM
// nodes, event listeners and heap, as the DevTools protocol counts them after a garbage
// collection), and one whose container leaves the page without destroy() never throws.
import type { CDPSession, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Harness, startHarness } from "./harness.js";

let harness: Harness | undefined;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

const PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Long life</title></head>
<body><div id="host"><div id="timeline"></div></div>
<script src="/dist/chronoline.umd.min.js"></script>
<script>
  // 40 events from a window that slides along 400 ids, so every update adds some, removes
  // some, moves some and retitles some; eras and groups change too.
  window.dataAt = (i) => ({
    events: Array.from({ length: 40 }, (_, k) => {
      const n = (i + k) % 400;
      return {
        id: "e" + n,
        date: String(1800 + n) + "-0" + (1 + (n % 9)),
        title: "Event " + n + (i % 7 === k % 7 ? " (revised " + i + ")" : ""),
        text: "Text of event " + n,
        group: "Lane " + (n % 3),
        category: "C" + (n % 5),
      };
    }),
    eras: [{ start: String(1800 + (i % 400)), end: String(1810 + (i % 400)), title: "Era " + i }],
  });
</script></body></html>`;

async function openPage(): Promise<{ page: Page; cdp: CDPSession; errors: string[] }> {
  const context = await harness!.browser.newContext({
    viewport: { width: 1100, height: 900 },
    reducedMotion: "no-preference", // the keyed update transitions run: the harder case
  });
  const page = await context.newPage();
  await context.route("**/__long/page.html", (route) =>
    route.fulfill({ body: PAGE, contentType: "text/html" }),
  );
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  await page.goto(`${harness!.baseURL}/__long/page.html`);
  return { page, cdp: await context.newCDPSession(page), errors };
}

interface Counts {
  nodes: number;
  listeners: number;
  heap: number;
  inDocument: number;
}

async function counts(page: Page, cdp: CDPSession): Promise<Counts> {
  await page.waitForTimeout(800); // let the last update's transition end
  await cdp.send("HeapProfiler.collectGarbage");
  const dom = await cdp.send("Memory.getDOMCounters");
  const heap = await cdp.send("Runtime.getHeapUsage");
  const inDocument = await page.evaluate(() => document.querySelectorAll("*").length);
  return { nodes: dom.nodes, listeners: dom.jsEventListeners, heap: heap.usedSize, inDocument };
}

describe("a timeline over a long life", () => {
  it("1,060 update() calls with changing data keep DOM nodes, listeners and heap flat", async () => {
    const { page, cdp, errors } = await openPage();
    const run = (from: number, to: number) =>
      page.evaluate(
        async ([from, to]) => {
          const w = window as unknown as {
            handle?: {
              update(o: unknown): void;
              select(id: string | null): void;
              zoomTo(a: string, b: string): void;
            };
            chronoline: { createTimeline(target: string, options: unknown): unknown };
            dataAt(i: number): { events: { id: string }[] };
          };
          w.handle ??= w.chronoline.createTimeline("#timeline", w.dataAt(0)) as typeof w.handle;
          const timeline = w.handle!;
          for (let i = from; i < to; i++) {
            const data = w.dataAt(i);
            timeline.update(data);
            // Now and then a reader opens an event or zooms, as they would between updates.
            if (i % 25 === 0) timeline.select(data.events[10]!.id);
            if (i % 40 === 0) timeline.zoomTo("1850", "1900");
            if (i % 40 === 20) timeline.select(null);
            // Some updates land mid-transition, some after a frame.
            if (i % 10 === 0) await new Promise(requestAnimationFrame);
          }
        },
        [from, to] as const,
      );
    // Warm caches (fonts, measure, d3) first, with and without the update transition.
    await run(0, 20);
    await page.emulateMedia({ reducedMotion: "reduce" });
    await run(20, 40);
    const before = await counts(page, cdp);
    // Animated updates leave fading copies of removed events behind for a moment: 60 of them,
    // then 1,000 more without animation (each animated one takes about ten times as long).
    await page.emulateMedia({ reducedMotion: "no-preference" });
    await run(40, 100);
    await page.emulateMedia({ reducedMotion: "reduce" });
    await run(100, 1100);
    const after = await counts(page, cdp);
    // Same amount of data before and after: the drawing is the same size, give or take an
    // open card or a zoom; nothing accumulates.
    expect(after.inDocument, "elements in the page").toBeLessThanOrEqual(before.inDocument * 1.1 + 20);
    expect(after.nodes, "DOM nodes, detached ones included").toBeLessThanOrEqual(before.nodes * 1.1 + 50);
    expect(after.listeners, "event listeners").toBeLessThanOrEqual(before.listeners + 5);
    expect(after.heap - before.heap, "heap growth, bytes").toBeLessThan(4_000_000);
    expect(errors).toEqual([]);
    await page.context().close();
  }, 300_000);

  it("a timeline whose container left the page without destroy() never throws, and comes back", async () => {
    const { page, errors } = await openPage();
    type Handle = {
      update(o: unknown): void;
      zoomTo(a: string, b: string): void;
      resetZoom(): void;
      select(id: string | null): void;
      toSVG(): string;
      destroy(): void;
    };
    type Page = {
      handle: Handle;
      container: HTMLElement;
      chronoline: { createTimeline(t: Element, o: unknown): Handle };
      dataAt(i: number): { events: { id: string }[] };
    };
    await page.evaluate(() => {
      const w = window as unknown as Page;
      w.container = document.querySelector<HTMLElement>("#timeline")!;
      w.handle = w.chronoline.createTimeline(w.container, w.dataAt(0));
      document.querySelector("#host")!.remove(); // an app swaps its view out without destroy()
    });
    // Resizes after the removal: the observer may still fire, a frame may still be pending.
    for (const width of [700, 1300, 400, 1000]) {
      await page.setViewportSize({ width, height: 800 });
      await page.waitForTimeout(100);
    }
    const svgLength = await page.evaluate(() => {
      const w = window as unknown as Page;
      const data = w.dataAt(5);
      w.handle.update(data);
      w.handle.zoomTo("1820", "1830");
      w.handle.select(data.events[3]!.id);
      w.handle.resetZoom();
      return w.handle.toSVG().length;
    });
    expect(svgLength).toBeGreaterThan(1000);
    // Put back into the page, it follows its new container's width again.
    await page.evaluate(() => {
      const w = window as unknown as Page;
      w.container.style.width = "900px";
      document.body.append(w.container);
    });
    await expect
      .poll(() => page.$eval("#timeline svg.chronoline", (svg) => svg.getAttribute("width")))
      .toBe("900");
    await page.evaluate(() => {
      (window as unknown as Page).handle.destroy();
    });
    expect(await page.locator("#timeline *").count()).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
