// Responsive and updatable, in real Chromium: update() keeps the nodes of unchanged events and
// animates the change (or not, with reduced motion); a width change lays the timeline out again
// within a frame and keeps the zoom; page colours set on the container reach the card.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHarness, type Harness } from "./harness.js";
import { cardTitle, openFixture, rangeText } from "./interaction-helpers.js";

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness.close();
});

/** Tags every event node, updates the data (first event out, one new in), reports what happened. */
function updateAndWatch(page: Page) {
  return page.evaluate(async () => {
    const w = window as any;
    for (const g of document.querySelectorAll<SVGGElement>(".chronoline-event"))
      (g as any).__tag = g.dataset.id;
    const events = w.timeline.events.map((e: any) => ({
      id: e.id,
      date: new Date(e.start.time),
      title: e.title,
    }));
    w.timeline.update({ events: [...events.slice(1), { id: "new", date: "2000-06", title: "A new event" }] });
    const nodes = Array.from(document.querySelectorAll<SVGGElement>(".chronoline-event"));
    const running = document.getAnimations().length;
    const leaving = document.querySelectorAll(".chronoline-leaving").length;
    await new Promise((done) => setTimeout(done, 600));
    return {
      kept: nodes.filter((g) => (g as any).__tag === g.dataset.id).length,
      entered: nodes.filter((g) => (g as any).__tag === undefined).map((g) => g.dataset.id),
      gone: nodes.some((g) => g.dataset.id === events[0].id),
      running,
      leaving,
      leftAfter: document.querySelectorAll(".chronoline-leaving").length,
      runningAfter: document.getAnimations().length,
    };
  });
}

describe("update in Chromium", () => {
  it("keeps the nodes of unchanged events, adds the new one and removes the old, with a short transition", async () => {
    const { page, close } = await openFixture(harness, "", 1280, { reducedMotion: "no-preference" });
    const result = await updateAndWatch(page);
    expect(result.kept).toBe(14);
    expect(result.entered).toEqual(["new"]);
    expect(result.gone).toBe(false);
    expect(result.running).toBeGreaterThan(0); // the new event fades in, the old one out
    expect(result.leaving).toBe(1);
    expect(result.leftAfter).toBe(0); // the fading copy is gone once faded
    expect(result.runningAfter).toBe(0);
    await close();
  });

  it("with prefers-reduced-motion swaps the events at once, with no animation", async () => {
    const { page, close } = await openFixture(harness, "", 1280, { reducedMotion: "reduce" });
    const result = await updateAndWatch(page);
    expect(result.kept).toBe(14);
    expect(result.running).toBe(0);
    expect(result.leaving).toBe(0);
    await close();
  });

  it("keeps the details card open on an event that survives an update, with its new words", async () => {
    const { page, close } = await openFixture(harness, "", 1280, { reducedMotion: "reduce" });
    await page.evaluate(() => (window as any).timeline.select("trade-2023"));
    await page.evaluate(() => {
      const w = window as any;
      const events = w.timeline.events.map((e: any) => ({
        id: e.id,
        date: new Date(e.start.time),
        title: e.id === "trade-2023" ? "Trade passes $1.6 billion" : e.title,
      }));
      w.timeline.update({ events });
    });
    expect(await cardTitle(page)).toBe("Trade passes $1.6 billion");
    await page.evaluate(() => {
      const w = window as any;
      w.timeline.update({
        events: w.timeline.events
          .filter((e: any) => e.id !== "trade-2023")
          .map((e: any) => ({ id: e.id, date: new Date(e.start.time), title: e.title })),
      });
    });
    expect(await cardTitle(page)).toBeNull(); // its event is gone
    await close();
  });
});

describe("resize in Chromium", () => {
  it("lays the timeline out again at a new width within a frame, keeping the zoom", async () => {
    const { page, close } = await openFixture(harness, "", 1280, { reducedMotion: "reduce" });
    await page.evaluate(() => (window as any).timeline.zoomTo("2010", "2020"));
    const before = await rangeText(page);
    const width = () => page.$eval("svg.chronoline", (s) => Number(s.getAttribute("width")));
    const wide = await width();
    await page.setViewportSize({ width: 600, height: 900 });
    await expect.poll(width).toBeLessThan(wide - 500);
    expect(await rangeText(page)).toBe(before);
    // Ticks were chosen again for the narrower axis: they stay apart.
    const gaps = await page.$$eval(".chronoline-axis .tick", (ticks) =>
      ticks.map((t) => t.getBoundingClientRect().x).map((x, i, xs) => (i ? x - xs[i - 1]! : Infinity)),
    );
    expect(Math.min(...gaps)).toBeGreaterThan(40);
    await close();
  });

  it("a page's --chronoline-* colours on the container reach the details card and buttons", async () => {
    const { page, close } = await openFixture(harness, "", 1280);
    await page.evaluate(() => {
      const c = document.querySelector<HTMLElement>("#timeline")!;
      c.style.setProperty("--chronoline-accent", "rgb(200, 0, 100)");
      c.style.setProperty("--chronoline-surface", "rgb(250, 240, 200)");
    });
    await page.evaluate(() => (window as any).timeline.select("state-visit-2024"));
    const colours = await page.evaluate(() => ({
      card: getComputedStyle(document.querySelector(".chronoline-card")!).backgroundColor,
      button: getComputedStyle(document.querySelector(".chronoline-zoom button")!).backgroundColor,
    }));
    expect(colours).toEqual({ card: "rgb(250, 240, 200)", button: "rgb(250, 240, 200)" });
    await close();
  });
});
