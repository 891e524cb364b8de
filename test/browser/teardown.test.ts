// destroy() leaves nothing behind: after 200 cycles of create, use (hover, wheel, keys, details,
// update, zoom) and destroy, Chromium's own counts of DOM nodes and event listeners
// (DevTools protocol, Memory.getDOMCounters, after a garbage collection) are back where they were.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHarness, type Harness } from "./harness.js";
import { openFixture } from "./interaction-helpers.js";

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness.close();
});

describe("destroy", () => {
  it("200 create/update/destroy cycles leave the DOM node and listener counts at their baseline", async () => {
    const { page, problems, close } = await openFixture(harness, "", 1024);
    const cdp = await page.context().newCDPSession(page);
    const counters = async () => {
      await page.waitForTimeout(400); // d3-zoom's wheel timer (150 ms) and any animation end
      await cdp.send("HeapProfiler.collectGarbage");
      return cdp.send("Memory.getDOMCounters");
    };

    // One cycle: a timeline in a fresh container, used the way readers and pages use it.
    const cycle = async (i: number, withInput: boolean) => {
      await page.evaluate((i) => {
        const w = window as any;
        // One container for every cycle, as a page re-mounting a view uses: anything left on it
        // (a listener, an observer holding the old drawing) would show in the counts.
        let container = document.querySelector("#cycle");
        if (!container) {
          container = document.createElement("div");
          container.id = "cycle";
          document.body.append(container);
        }
        const events = w.timeline.events.map((e: any) => ({
          id: e.id,
          date: new Date(e.start.time),
          title: e.title,
        }));
        w.cycle = w.chronoline.createTimeline(container, { events, title: `Cycle ${i}` });
        w.cycle.on("select", () => undefined);
        w.cycle.update({ events: events.slice(i % 3) });
      }, i);
      if (withInput) {
        const box = (await page.locator("#cycle svg.chronoline").boundingBox())!;
        await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
        await page.mouse.wheel(0, -100);
        await page.locator("#cycle .chronoline-event").first().focus();
        await page.keyboard.press("ArrowRight");
        await page.keyboard.press("Enter");
      }
      await page.evaluate(() => {
        const w = window as any;
        w.cycle.zoomTo("2000", "2010");
        w.cycle.select(w.cycle.events[3].id);
        w.cycle.destroy();
        w.cycle = undefined;
      });
    };

    for (let i = 0; i < 5; i++) await cycle(i, true); // warm caches (fonts, measure, d3) first
    const before = await counters();
    for (let i = 0; i < 200; i++) await cycle(i, i % 10 === 0);
    const after = await counters();

    expect(after.nodes, "DOM nodes").toBe(before.nodes);
    expect(after.jsEventListeners, "event listeners").toBe(before.jsEventListeners);
    expect(after.documents).toBe(before.documents);
    expect(await page.$$eval(".chronoline-frame", (f) => f.length)).toBe(1); // the fixture's own
    expect(await page.$eval("#cycle", (c) => c.childNodes.length)).toBe(0);
    expect(problems).toEqual([]);
    await close();
  });

  it("the document's Escape listener lives only while a hover tooltip is shown, and goes on destroy", async () => {
    const { page, problems, close } = await openFixture(harness, "", 1024);
    const cdp = await page.context().newCDPSession(page);
    /** The keydown listeners on the document, as DevTools lists them. */
    const documentKeydowns = async (): Promise<number> => {
      const { result } = await cdp.send("Runtime.evaluate", { expression: "document" });
      const { listeners } = await cdp.send("DOMDebugger.getEventListeners", { objectId: result.objectId! });
      return listeners.filter((l) => l.type === "keydown").length;
    };
    const before = await documentKeydowns();
    const tip = page.locator(".chronoline-tooltip");
    await page.hover('.chronoline-event[data-id="embassy-2008"] .chronoline-label');
    await expect.poll(() => tip.isVisible()).toBe(true);
    expect(await documentKeydowns()).toBe(before + 1);
    await page.mouse.move(1, 1); // off the timeline: the tooltip goes, and its listener
    await expect.poll(() => tip.isVisible()).toBe(false);
    expect(await documentKeydowns()).toBe(before);
    // Destroyed while a tooltip is up: nothing is left listening.
    await page.hover('.chronoline-event[data-id="embassy-2008"] .chronoline-label');
    await expect.poll(() => tip.isVisible()).toBe(true);
    await page.evaluate(() => (window as any).timeline.destroy());
    expect(await documentKeydowns()).toBe(before);
    expect(problems).toEqual([]);
    await close();
  });

  it("destroy during a zoom animation and a hover stops them, and later input does nothing", async () => {
    const { page, problems, close } = await openFixture(harness, "", 1024, {
      reducedMotion: "no-preference",
    });
    const box = (await page.locator("svg.chronoline").boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + 40);
    await page.getByRole("button", { name: "Zoom in" }).click();
    const zoomsBefore = await page.evaluate(() => {
      (window as any).timeline.destroy();
      return (window as any).log.length;
    });
    await page.mouse.wheel(0, -200);
    await page.keyboard.press("ArrowRight");
    await page.waitForTimeout(400);
    expect(await page.evaluate(() => (window as any).log.length)).toBe(zoomsBefore);
    expect(
      await page.$$eval(".chronoline-frame, .chronoline-card, .chronoline-tooltip", (n) => n.length),
    ).toBe(0);
    expect(await page.$eval("#timeline", (t) => t.childNodes.length)).toBe(0);
    expect(problems).toEqual([]);
    await close();
  });
});
