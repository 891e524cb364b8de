// Every page of the gallery in real Chromium, as a visitor meets it: it loads with no console
// errors and no failed requests, draws every event its data holds, keeps its labels apart at 360,
// 768 and 1440 px, and axe-core finds nothing wrong. Each page also leaves full-page screenshots
// at 1280 and 360 px in test-results/gallery/, for people to open and look at.
import { mkdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { basename, join } from "node:path";
import { fileURLToPath } from "node:url";
import { csvParse } from "d3-dsv";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { galleryPages } from "../../scripts/gallery-files.mjs";
import { type Harness, labelBoxes, overlappingPairs, startHarness } from "./harness.js";

const root = fileURLToPath(new URL("../..", import.meta.url));
const SHOTS = join(root, "test-results/gallery");
const AXE = createRequire(import.meta.url).resolve("axe-core/axe.min.js");
const WIDTHS = [360, 768, 1440];

const data = (file: string): string => readFileSync(join(root, "examples/data", file), "utf8");
const singapore = (JSON.parse(data("kazakhstan-singapore.json")) as unknown[]).length;
const multiVector = (JSON.parse(data("kazakhstan-multi-vector.json")) as unknown[]).length;
const csvRows = csvParse(data("kazakhstan-singapore.csv")).length;
const partners = (JSON.parse(data("kazakhstan-partners.timelinejs.json")) as { events: unknown[] }).events
  .length;
const deepTime = (JSON.parse(data("deep-time.json")) as unknown[]).length;

/** The events each page draws: what its data holds, counted from the data itself. */
const EVENTS: Record<string, number> = {
  "kazakhstan-singapore.html": singapore,
  "multi-vector.html": multiVector,
  "two-stories.html": singapore + multiVector,
  "vertical.html": singapore,
  "dense.html": 5000, // generated in the page
  "deep-time.html": deepTime,
  "element.html": csvRows,
  "static-svg.html": csvRows, // in the SVG file that its <img> shows
  "timelinejs.html": partners,
  "localized.html": 2 * 8, // eight events written in the page, in Russian and in Kazakh
  "themes.html": 2 * csvRows,
  "react.html": singapore,
  "vue.html": singapore,
};

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
  mkdirSync(SHOTS, { recursive: true });
});
afterAll(async () => {
  await harness.close();
});

interface Visit {
  page: Page;
  context: BrowserContext;
  /** Console errors, page errors, failed requests and HTTP errors seen so far. */
  problems: string[];
}

/** Opens a gallery page at 1280 px, with reduced motion so that a resize redraws at once. */
async function visit(name: string): Promise<Visit> {
  const context = await harness.browser.newContext({
    viewport: { width: 1280, height: 900 },
    reducedMotion: "reduce",
  });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") problems.push(`console: ${m.text()}`);
  });
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  page.on("requestfailed", (r) => problems.push(`request failed: ${r.url()}`));
  page.on("response", (r) => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  await page.goto(`${harness.baseURL}/examples/${name}`, { waitUntil: "networkidle" });
  return { page, context, problems };
}

/**
 * How many events a page shows: the rows of its event tables (every event, also those a pill
 * counts or drawn among the plain bars, which have no node of their own), once it is complete;
 * a static picture has no table, so there its event groups and what its pills count.
 */
const eventCount = async (page: Page): Promise<number> => {
  // Locators look inside shadow roots (<chrono-line>), as the reader's browser shows them.
  if (await page.locator(".chronoline-table").count()) {
    if (await page.locator(".chronoline-table[aria-busy]").count()) return -1;
    return page.locator(".chronoline-table tbody tr").count();
  }
  const pills = await page
    .locator(".chronoline-cluster")
    .evaluateAll((nodes) => nodes.map((p) => Number(p.getAttribute("data-count"))));
  return (await page.locator(".chronoline-event").count()) + pills.reduce((a, b) => a + b, 0);
};

/** Resizes the window and waits until every timeline has been drawn again at its new width. */
async function resize(page: Page, width: number): Promise<void> {
  await page.setViewportSize({ width, height: 900 });
  await expect
    .poll(() =>
      page
        .locator("svg.chronoline")
        .evaluateAll((svgs) =>
          svgs.every(
            (svg) => Math.abs(svg.getBoundingClientRect().width - svg.parentElement!.clientWidth) < 1,
          ),
        ),
    )
    .toBe(true);
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}

/** axe-core's violations in the page, one line each ("rule (impact): selector — summary"). */
async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run(context: Document, options: object): Promise<AxeResult> } }
    ).axe;
    // Violations only: listing every passing node costs minutes on the 5,000-event page.
    const { violations } = await axe.run(document, { resultTypes: ["violations"] });
    return violations.flatMap((v) =>
      v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(" ")} — ${n.failureSummary}`),
    );
  });
}
interface AxeResult {
  violations: { id: string; impact: string; nodes: { target: string[]; failureSummary: string }[] }[];
}

const shoot = (page: Page, name: string, width: number): Promise<Buffer> =>
  page.screenshot({ path: join(SHOTS, `${basename(name, ".html")}-${width}.png`), fullPage: true });

describe("the gallery, page by page", () => {
  it("has a test for every page, and the index has a card for every page", async () => {
    const pages = galleryPages(root)
      .map((path) => basename(path))
      .filter((name) => name !== "index.html");
    expect(pages.sort()).toEqual(Object.keys(EVENTS).sort());
    const { page, context } = await visit("index.html");
    const cards = await page.$$eval("a.card", (links) => links.map((a) => a.getAttribute("href")));
    expect(cards.sort()).toEqual(pages.sort());
    expect(pages.length).toBeGreaterThanOrEqual(11);
    await context.close();
  });

  it("the index loads cleanly, every card's picture is shown, and axe-core finds no violations", async () => {
    const { page, context, problems } = await visit("index.html");
    const pictures = await page.$$eval(".card img", (images) =>
      images.map((img) => ({ src: img.getAttribute("src"), width: (img as HTMLImageElement).naturalWidth })),
    );
    expect(pictures.filter((p) => p.width === 0)).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    await shoot(page, "index", 1280);
    await resize(page, 360);
    await shoot(page, "index", 360);
    expect(problems).toEqual([]);
    await context.close();
  });

  for (const [name, events] of Object.entries(EVENTS)) {
    it(`${name} loads cleanly, draws its ${events} events, keeps labels apart at ${WIDTHS.join(", ")} px and passes axe-core at 1280 and 360 px`, async () => {
      const { page, context, problems } = await visit(name);
      const picture = await page.$(".panel img[src$='.svg']");
      if (!picture) {
        await expect.poll(() => eventCount(page), { timeout: 20_000 }).toBe(events);
        expect(problems).toEqual([]);
      }
      // Pictures first, so that a failing page can still be looked at; then every check runs
      // (soft assertions), so one run lists all that is wrong with a page.
      await shoot(page, name, 1280);
      expect.soft(await axeViolations(page), "axe-core at 1280 px").toEqual([]);
      for (const width of WIDTHS) {
        await resize(page, width);
        if (width === 360) {
          await shoot(page, name, 360);
          expect.soft(await axeViolations(page), "axe-core at 360 px").toEqual([]);
        }
        if (!picture) expect(await eventCount(page), `events at ${width} px`).toBe(events);
        expect
          .soft(overlappingPairs(await labelBoxes(page)), `overlapping labels at ${width} px`)
          .toEqual([]);
      }
      expect(problems).toEqual([]);
      if (picture) {
        // A static picture: its events and labels are checked in the SVG file itself.
        expect(await picture.evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
        await page.goto(await picture.evaluate((img) => (img as HTMLImageElement).src));
        expect(await eventCount(page)).toBe(events);
        expect(overlappingPairs(await labelBoxes(page))).toEqual([]);
      }
      await context.close();
    });
  }
});

describe("the dense page", () => {
  it("gathers the unlabelled quakes into counted pills, and zooming to February opens them into more pills and labels", async () => {
    const { page, context, problems } = await visit("dense.html");
    await expect.poll(() => eventCount(page), { timeout: 20_000 }).toBe(5000);
    const counts = (): Promise<number[]> =>
      page.$$eval(".chronoline-cluster", (pills) => pills.map((p) => Number(p.getAttribute("data-count"))));
    const labels = (): Promise<number> => labelBoxes(page).then((boxes) => boxes.length);

    // The whole year: most quakes are in pills, and pills and labels together never count more
    // than there are events.
    const year = await counts();
    expect(year.length).toBeGreaterThanOrEqual(1);
    expect(year.reduce((a, b) => a + b, 0)).toBeGreaterThan(4000);
    expect(year.reduce((a, b) => a + b, 0) + (await labels())).toBeLessThanOrEqual(5000);
    // Every quake (a point) has a node of its own (labelled), a circle among the plain markers
    // (one path per colour, whose data-count counts them) or is counted by a pill: one of the three.
    const alone = await page.locator(".chronoline-event").count();
    const dots = await page.$$eval("path.chronoline-dots", (paths) =>
      paths.reduce((sum, p) => sum + Number(p.getAttribute("data-count")), 0),
    );
    expect(alone).toBe(await page.locator(".chronoline-event .chronoline-label").count());
    expect(alone + dots + year.reduce((a, b) => a + b, 0)).toBe(5000);
    // Pills go between the labelled markers: no count is drawn under one (it read "+1●5●9").
    const hidden = await page.evaluate(() => {
      const boxes = (selector: string) =>
        Array.from(document.querySelectorAll(selector), (el) => el.getBoundingClientRect());
      const markers = boxes(".chronoline-event circle.chronoline-marker");
      return Array.from(document.querySelectorAll(".chronoline-cluster text")).flatMap((text) => {
        const t = text.getBoundingClientRect();
        const under = markers.filter(
          (m) => m.left < t.right && t.left < m.right && m.top < t.bottom && t.top < m.bottom,
        );
        return under.length ? [`${text.textContent} at ${Math.round(t.left)} px`] : [];
      });
    });
    expect(hidden).toEqual([]);
    expect(await page.$eval(".chronoline-cluster text", (t) => t.textContent)).toMatch(/^\+\d+$/);

    await page.getByRole("button", { name: "February", exact: true }).click();
    await expect.poll(() => page.textContent(".chronoline-range")).toMatch(/February/);
    const february = await counts();
    expect(february.length, "pills in February").toBeGreaterThanOrEqual(3);
    expect(february.reduce((a, b) => a + b, 0)).toBeLessThan(year.reduce((a, b) => a + b, 0));
    expect(overlappingPairs(await labelBoxes(page))).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe("the gallery's page furniture on a phone (360 px)", () => {
  it("lines the back link up with the heading, keeps each option in a lede on one line, and keeps the event table's text off the panel's edge", async () => {
    const found: string[] = [];
    for (const path of galleryPages(root)) {
      const name = basename(path);
      const { page, context } = await visit(name);
      await resize(page, 360);
      found.push(
        ...(await page.evaluate((name) => {
          const left = (selector: string) => document.querySelector(selector)?.getBoundingClientRect().left;
          const link = left("header.site a");
          const heading = left("h1");
          const out: string[] = [];
          if (link === undefined || heading === undefined || Math.abs(link - heading) > 1)
            out.push(`${name}: back link at ${link} px, heading at ${heading} px`);
          // An option such as locale: "ru-RU" broken at its hyphen reads as two words.
          for (const code of document.querySelectorAll("p.lede code"))
            if (code.getClientRects().length > 1)
              out.push(`${name}: "${code.textContent}" broken across lines`);
          return out;
        }, name)),
      );
      if (name === "multi-vector.html") {
        await page.waitForSelector(".chronoline-table td");
        const inset = await page.evaluate(() => {
          const panel = document.querySelector(".panel")!.getBoundingClientRect();
          const cell = document.querySelector(".chronoline-table td")!.getBoundingClientRect();
          return Math.min(cell.left - panel.left, panel.right - cell.right);
        });
        if (inset < 10) found.push(`${name}: event table text ${inset} px from the panel's edge`);
      }
      await context.close();
    }
    expect(found).toEqual([]);
  });
});

describe("the flagship pages in the reader's dark setting", () => {
  for (const name of ["kazakhstan-singapore.html", "multi-vector.html"]) {
    it(`${name} follows it, page and timeline, and axe-core finds nothing wrong`, async () => {
      const { page, context, problems } = await visit(name);
      await page.emulateMedia({ colorScheme: "dark" });
      await page.waitForSelector("svg.chronoline .chronoline-event");
      const colours = await page.evaluate(() => ({
        page: getComputedStyle(document.documentElement).backgroundColor,
        frame: getComputedStyle(document.querySelector(".chronoline-frame")!).backgroundColor,
      }));
      // Both dark: every channel under a quarter of full.
      for (const colour of Object.values(colours))
        for (const channel of colour.match(/\d+/g)!.slice(0, 3))
          expect(Number(channel), colour).toBeLessThan(64);
      expect(await axeViolations(page)).toEqual([]);
      expect(problems).toEqual([]);
      await context.close();
    });
  }
});
