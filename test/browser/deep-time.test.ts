// Deep time in real Chromium: the Big Bang, the Sun, the Earth, first life, the dinosaurs and our
// species on one axis with Ga ticks; zooming in by wheel and by zoomTo reaches the dinosaurs (Ma
// ticks) without an error; and BCE/CE calendar time next to it still ticks with d3-time.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Harness, labelBoxes, overlappingPairs, startHarness } from "./harness.js";

let harness: Harness | undefined;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

const EVENTS = [
  { id: "big-bang", date: "-13800000000", title: "The Big Bang" },
  { id: "first-stars", date: "-13600000000", title: "The first stars" },
  { id: "milky-way", date: "-13500000000", title: "The Milky Way forms" },
  { id: "sun", date: "-4600000000", title: "The Sun" },
  { id: "earth", date: "-4540000000", title: "The Earth" },
  { id: "life", date: "-3700000000", title: "First life" },
  { id: "dinosaurs", date: "-66000000", title: "The dinosaurs die out" },
  { id: "humans", date: "-299999", title: "Our species" },
];

const PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Deep time</title>
<style>body { margin: 24px; font-family: sans-serif; }</style></head>
<body><div id="timeline"></div><div id="bce"></div>
<script src="/dist/chronoline.umd.min.js"></script>
<script>
  window.zooms = [];
  window.handle = chronoline.createTimeline("#timeline", {
    title: "From the Big Bang to us",
    events: ${JSON.stringify(EVENTS)},
    eras: [{ start: "-4540000000", end: "-4000000000", title: "Hadean" }],
  });
  window.handle.on("zoom", (z) => window.zooms.push([z.startTime, z.endTime]));
  chronoline.createTimeline("#bce", {
    events: [
      { date: "-0752", title: "Rome founded (legend)" },
      { date: "-0043", title: "Caesar dies" },
      { date: "0476", title: "The last western emperor" },
    ],
  });
</script></body></html>`;

async function openDeepTime(): Promise<{ page: Page; errors: string[] }> {
  const page = await harness!.browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.route("**/__deep/page.html", (route) => route.fulfill({ body: PAGE, contentType: "text/html" }));
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  await page.goto(`${harness!.baseURL}/__deep/page.html`);
  await page.waitForSelector("#timeline .chronoline-event");
  return { page, errors };
}

const ticks = (page: Page, root: string) =>
  page.locator(`${root} .chronoline-axis .tick text`).allTextContents();

describe("deep time in Chromium", () => {
  it("draws 13.8 billion years with Ga ticks, every event in order, no labels overlapping", async () => {
    const { page, errors } = await openDeepTime();
    expect(await page.locator("#timeline .chronoline-event").count()).toBe(EVENTS.length);
    const labels = await ticks(page, "#timeline");
    expect(labels.filter((t) => /^\d+ Ga$/.test(t)).length).toBeGreaterThan(5);
    const xs = await page.$$eval("#timeline .chronoline-marker", (markers) =>
      markers.map((m) => m.getBoundingClientRect().x),
    );
    expect([...xs].sort((a, b) => a - b)).toEqual(xs);
    expect(overlappingPairs(await labelBoxes(page))).toEqual([]);
    expect(await page.getAttribute('#timeline [data-id="big-bang"]', "aria-label")).toBe(
      "13.8 billion years ago: The Big Bang",
    );
    expect(errors).toEqual([]);
    await page.close();
  });

  it("zooms from billions of years to the dinosaurs by wheel and by zoomTo, ticks following", async () => {
    const { page, errors } = await openDeepTime();
    const svg = (await page.locator("#timeline svg.chronoline").boundingBox())!;
    await page.mouse.move(svg.x + svg.width - 40, svg.y + svg.height / 2);
    for (let i = 0; i < 12; i++) {
      await page.mouse.wheel(0, -300);
      await page.waitForTimeout(40);
    }
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { zooms: unknown[] }).zooms.length))
      .toBeGreaterThan(0);
    const [start, end] = await page.evaluate(() =>
      (window as unknown as { zooms: number[][] }).zooms.at(-1)!,
    );
    expect(end! - start!).toBeLessThan(13.8e9 * 365 * 86_400_000 * 0.5);
    await page.evaluate(() => {
      (window as unknown as { handle: { zoomTo(a: string, b: string): void } }).handle.zoomTo(
        "-70000000",
        "2024",
      );
    });
    await expect.poll(() => ticks(page, "#timeline")).toContain("60 Ma");
    expect(await page.locator('#timeline .chronoline-event[data-id="dinosaurs"]').count()).toBe(1);
    await page.getByRole("button", { name: "Show all" }).first().click();
    await expect.poll(() => page.locator("#timeline .chronoline-event").count()).toBe(EVENTS.length);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("keeps d3-time ticks for calendar time across the BCE/CE boundary, on round BCE years", async () => {
    const { page } = await openDeepTime();
    const labels = (await ticks(page, "#bce")).filter((t) => t !== "");
    expect(labels).toContain("500 BCE");
    expect(labels.some((t) => /^\d+ BCE$/.test(t) && Number(t.split(" ")[0]) % 100 !== 0)).toBe(false);
    expect(await page.getAttribute("#bce .chronoline-event >> nth=1", "aria-label")).toBe(
      "44 BCE: Caesar dies",
    );
    await page.close();
  });
});
