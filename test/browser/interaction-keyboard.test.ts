// The keyboard alone, in real Chromium: one tab stop, arrows through every event in time order
// (also those drawn without a label), Home/End, Enter and Escape, + − 0, and a visible focus ring.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHarness, type Harness } from "./harness.js";
import {
  allIdsInTimeOrder,
  cardTitle,
  contrast,
  focusedId,
  openFixture,
  rangeText,
} from "./interaction-helpers.js";

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness.close();
});

/** Is the focus ring shown, and inside the SVG's box? */
const focusedInView = (page: Page): Promise<boolean> =>
  page.evaluate(() => {
    const mark = document.querySelector(".chronoline-focus-ring rect");
    if (!mark) return false;
    const r = mark.getBoundingClientRect();
    const svg = document.querySelector("svg.chronoline")!.getBoundingClientRect();
    const x = r.left + r.width / 2;
    return x >= svg.left && x <= svg.right;
  });

describe("the keyboard alone", () => {
  it("Tab enters the timeline in one step and leaves it in one more", async () => {
    const { page, close } = await openFixture(harness, "", 1280);
    const ids = await allIdsInTimeOrder(page);
    await page.keyboard.press("Tab");
    expect(await focusedId(page)).toBe(ids[0]);
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("aria-label"))).toBe("Zoom in");
    await page.keyboard.press("Shift+Tab");
    expect(await focusedId(page)).toBe(ids[0]);
    // After moving with the arrows, Tab out and back returns to the event last visited.
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Shift+Tab");
    expect(await focusedId(page)).toBe(ids[2]);
    await close();
  });

  it("→ walks all 200 events of a crowded timeline in time order, labelled or not, and ← walks back", async () => {
    const { page, problems, close } = await openFixture(harness, "synthetic=200", 1280);
    const ids = await allIdsInTimeOrder(page);
    expect(ids).toHaveLength(200);
    // The crowd is real: most labels give way, and pills stand for most unlabelled markers, the
    // rest being plain markers (one path per colour, with their count): neither has an event node
    // of its own (until focus arrives).
    const plain = await page.$$eval("path.chronoline-dots", (paths) =>
      paths.reduce((sum, p) => sum + Number(p.getAttribute("data-count")), 0),
    );
    const clustered = await page.$$eval(".chronoline-cluster", (pills) =>
      pills.reduce((sum, p) => sum + Number(p.getAttribute("data-count")), 0),
    );
    expect(plain + clustered).toBeGreaterThan(50);
    expect(clustered).toBeGreaterThan(0);
    expect(await page.locator(".chronoline-event").count()).toBe(200 - clustered - plain);
    expect(await page.locator(".chronoline-event:not(:has(.chronoline-label))").count()).toBe(0);

    await page.focus(".chronoline-event");
    const visited = [await focusedId(page)];
    for (let i = 1; i < ids.length; i++) {
      await page.keyboard.press("ArrowRight");
      visited.push(await focusedId(page));
    }
    expect(visited).toEqual(ids);
    await page.keyboard.press("ArrowRight"); // past the last: stays
    expect(await focusedId(page)).toBe(ids[199]);
    await page.keyboard.press("ArrowLeft");
    expect(await focusedId(page)).toBe(ids[198]);
    await page.keyboard.press("Home");
    expect(await focusedId(page)).toBe(ids[0]);
    await page.keyboard.press("End");
    expect(await focusedId(page)).toBe(ids[199]);
    // Each focus says which event it is.
    const focusEvents = await page.evaluate(
      () => (window as any).log.filter((e: any) => e.type === "focus").length,
    );
    expect(focusEvents).toBeGreaterThanOrEqual(200);
    expect(problems).toEqual([]);
    await close();
  });

  for (const [orientation, width] of [
    ["horizontal", 1280],
    ["vertical", 400],
  ] as const) {
    it(`End goes to the latest of 5,000 events and Home to the earliest, ${orientation}`, async () => {
      // The table of all events fills at idle time: End must not depend on it (it may still fill).
      const { page, problems, close } = await openFixture(
        harness,
        `synthetic=5000&orientation=${orientation}`,
        width,
      );
      expect(await page.$$eval("svg.chronoline", (s) => s.length)).toBe(1);
      expect(await page.evaluate(() => Boolean(document.querySelector(".chronoline-axis .domain")))).toBe(
        true,
      );
      await page.focus('.chronoline-event[tabindex="0"]');
      await page.keyboard.press("End");
      // e4999 is dated 2019, the last year; of the events that year it comes last in the data.
      expect(await focusedId(page)).toBe("e4999");
      await page.keyboard.press("Home");
      expect(await focusedId(page)).toBe("e0");
      await page.keyboard.press("End");
      await page.keyboard.press("ArrowLeft");
      expect(await focusedId(page)).toBe("e4998");
      // The same order as the table of all events, once it is complete.
      const ids = await allIdsInTimeOrder(page);
      expect([ids[0], ids.at(-2), ids.at(-1)]).toEqual(["e0", "e4998", "e4999"]);
      expect(problems).toEqual([]);
      await close();
    });
  }

  it("when zoomed in, walking pans the view so that the focused event stays in sight", async () => {
    const { page, close } = await openFixture(harness, "", 1280, { reducedMotion: "reduce" });
    await page.evaluate(() => (window as any).timeline.zoomTo("1993", "1996"));
    await page.focus(".chronoline-event");
    const ids = await allIdsInTimeOrder(page);
    expect(await focusedId(page)).toBe(ids[0]);
    for (let i = 1; i < ids.length; i++) {
      await page.keyboard.press("ArrowRight");
      expect(await focusedId(page), `step ${i}`).toBe(ids[i]);
      expect(await focusedInView(page), `${ids[i]} in view`).toBe(true);
    }
    expect(await rangeText(page)).toMatch(/^Showing 20(2\d|19)/);
    await close();
  });

  it("Enter opens the details, Tab reaches the card's close button, Escape closes and returns focus", async () => {
    const { page, close } = await openFixture(harness, "", 1280);
    await page.focus(".chronoline-event");
    await page.keyboard.press("End");
    await page.keyboard.press("Enter");
    expect(await cardTitle(page)).toBe("Tokayev's state visit to Singapore");
    // Screen readers hear the details through the live region.
    await expect
      .poll(() => page.$eval("[aria-live=polite]", (n) => n.textContent))
      .toContain("Tokayev's state visit to Singapore");
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("aria-label"))).toBe(
      "Close details",
    );
    await page.keyboard.press("Escape");
    expect(await cardTitle(page)).toBeNull();
    expect(await focusedId(page)).toBe("state-visit-2024");
    // Enter again, then Enter on the same event closes it.
    await page.keyboard.press("Enter");
    expect(await cardTitle(page)).not.toBeNull();
    await page.keyboard.press("Enter");
    expect(await cardTitle(page)).toBeNull();
    await close();
  });

  it("Escape hides the tooltip that focus shows, and the focus stays where it was (WCAG 1.4.13)", async () => {
    const { page, close } = await openFixture(harness, "", 1280);
    await page.keyboard.press("Tab");
    await page.keyboard.press("ArrowRight");
    const tip = page.locator(".chronoline-tooltip");
    await expect.poll(() => tip.isVisible()).toBe(true);
    const id = await focusedId(page);
    // It covers the labels around the focused one: a reader must be able to put it away.
    await page.keyboard.press("Escape");
    await expect.poll(() => tip.isVisible()).toBe(false);
    expect(await focusedId(page)).toBe(id);
    // The next event shows its own.
    await page.keyboard.press("ArrowRight");
    await expect.poll(() => tip.isVisible()).toBe(true);
    await close();
  });

  it("Escape hides the tooltip a mouse hover shows while the keyboard focus is elsewhere on the page", async () => {
    const { page, close } = await openFixture(harness, "", 1280);
    await page.focus("#after");
    await page.hover('.chronoline-event[data-id="embassy-2008"] .chronoline-label');
    const tip = page.locator(".chronoline-tooltip");
    await expect.poll(() => tip.isVisible()).toBe(true);
    // WCAG 1.4.13: dismissible without moving the pointer or the focus.
    await page.keyboard.press("Escape");
    await expect.poll(() => tip.isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("after");
    // Another event hovered shows its own.
    await page.hover('.chronoline-event[data-id="trade-2023"] .chronoline-label');
    await expect.poll(() => tip.isVisible()).toBe(true);
    await close();
  });

  it("+ and − zoom around the focused event, and 0 shows everything again", async () => {
    const { page, close } = await openFixture(harness, "", 1280, { reducedMotion: "reduce" });
    await page.focus('.chronoline-event[data-id="civil-service-2016"]');
    for (let i = 0; i < 3; i++) await page.keyboard.press("+");
    await expect.poll(() => rangeText(page)).toMatch(/^Showing/);
    expect(await focusedId(page)).toBe("civil-service-2016");
    expect(await focusedInView(page)).toBe(true);
    const zoomedIn = await rangeText(page);
    await page.keyboard.press("-");
    await expect.poll(() => rangeText(page)).not.toBe(zoomedIn);
    await page.keyboard.press("0");
    await expect.poll(() => rangeText(page)).toBe("All events, 1993 – 2024");
    await close();
  });

  for (const theme of ["light", "dark"] as const) {
    it(`the focus ring is drawn in the focus colour, with at least 3:1 contrast, in the ${theme} theme`, async () => {
      const { page, close } = await openFixture(harness, `theme=${theme}`, 1280);
      await page.keyboard.press("Tab");
      const ring = await page.evaluate(() => {
        const style = getComputedStyle(document.querySelector(".chronoline-focus-ring rect")!);
        const background = getComputedStyle(document.querySelector(".chronoline-frame")!).backgroundColor;
        const page = getComputedStyle(document.body).backgroundColor;
        return { stroke: style.stroke, width: parseFloat(style.strokeWidth), background, page };
      });
      expect(ring.width).toBeGreaterThanOrEqual(2);
      const behind = ring.background === "rgba(0, 0, 0, 0)" ? ring.page : ring.background;
      expect(contrast(ring.stroke, behind), `${ring.stroke} on ${behind}`).toBeGreaterThanOrEqual(3);
      // It surrounds the focused event's marker, and goes when the focus leaves.
      const around = await page.evaluate(() => {
        const r = document.querySelector(".chronoline-focus-ring rect")!.getBoundingClientRect();
        const m = document
          .activeElement!.querySelector(".chronoline-marker, .chronoline-span")!
          .getBoundingClientRect();
        return r.left < m.left && r.right > m.right && r.top < m.top && r.bottom > m.bottom;
      });
      expect(around).toBe(true);
      await page.keyboard.press("Tab");
      expect(await page.$$eval(".chronoline-focus-ring", (n) => n.length)).toBe(0);
      // A mouse click focuses an event too, but draws no ring.
      await page.click('.chronoline-event[data-id="embassy-2008"] .chronoline-label');
      expect(await page.$$eval(".chronoline-focus-ring", (n) => n.length)).toBe(0);
      await close();
    });
  }
});
