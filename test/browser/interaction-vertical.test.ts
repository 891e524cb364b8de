// Zoom on a vertical timeline in real Chromium, animated as a reader sees it (motion not reduced).
// Down a spine the drawing's length changes with every layout of a zoom, which the zoom
// behaviour must not mistake for a new view.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHarness, type Harness } from "./harness.js";
import { openFixture, rangeYears } from "./interaction-helpers.js";

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness.close();
});

/** The span in years of the last "zoom" event, or of everything when none came yet. */
const lastSpan = (page: import("playwright-core").Page) =>
  page.evaluate(() => {
    const zooms = (window as any).log.filter((e: any) => e.type === "zoom");
    const z = zooms[zooms.length - 1]?.value;
    return z ? (z.end - z.start) / (365.2425 * 86_400_000) : undefined;
  });

describe("zooming a vertical timeline", () => {
  it("the + key and the + button each show half as much, animated, after a card was opened and closed", async () => {
    const { page, close } = await openFixture(harness, "orientation=vertical", 400);
    const whole = 2025.4 - 1991.8; // the range shown unzoomed, in years
    // Opening and closing a card lays the timeline out again, as does each frame of a glide.
    await page.locator(".chronoline-event").nth(3).click();
    await page.waitForTimeout(300);
    await page.keyboard.press("Escape");
    await page.waitForTimeout(300);
    await page.keyboard.press("+");
    await page.waitForTimeout(700); // the 250 ms glide and the layout after it
    const once = (await lastSpan(page))!;
    expect(once).toBeCloseTo(whole / 2, 0);
    // The words beside the buttons name the view that was drawn.
    const [from, to] = await rangeYears(page);
    expect(to! - from!).toBeGreaterThanOrEqual(Math.floor(once) - 1);
    expect(to! - from!).toBeLessThanOrEqual(Math.ceil(once) + 1);

    await page.getByRole("button", { name: "Zoom in" }).click();
    await page.waitForTimeout(700);
    expect(await lastSpan(page)).toBeCloseTo(whole / 4, 0);
    await close();
  });

  it("a double click glides in around the time under the pointer; shift and a double click glides out", async () => {
    const { page, close } = await openFixture(harness, "orientation=vertical", 400);
    const whole = 2025.4 - 1991.8;
    const spine = (await page.locator(".chronoline-axis").boundingBox())!;
    const y = spine.y + spine.height * 0.75; // three quarters down: about 2017
    await page.mouse.dblclick(spine.x + spine.width / 2, y);
    await page.waitForTimeout(700);
    const zoom = await page.evaluate(() => {
      const z = (window as any).log.filter((e: any) => e.type === "zoom").at(-1).value;
      const year = (d: Date) => d.getUTCFullYear() + d.getUTCMonth() / 12;
      return { start: year(z.start), end: year(z.end) };
    });
    expect(zoom.end - zoom.start).toBeCloseTo(whole / 2, 0);
    expect(zoom.start).toBeGreaterThan(2000); // the lower part of the range stays in view
    await page.keyboard.down("Shift");
    await page.mouse.dblclick(spine.x + spine.width / 2, spine.y + spine.height / 2);
    await page.keyboard.up("Shift");
    await page.waitForTimeout(700);
    expect(await page.$eval(".chronoline-range", (n) => n.textContent)).toBe("All events, 1993 – 2024");
    await close();
  });
});
