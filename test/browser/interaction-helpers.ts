// Shared steps of the interaction, accessibility and teardown tests: open a page in a context
// with touch or reduced motion, and read what a reader would see (range, focus, ticks, card).
import type { BrowserContextOptions, Page } from "playwright-core";
import type { Harness } from "./harness.js";

export interface Opened {
  page: Page;
  /** Console errors, page errors and failed requests seen so far. */
  problems: string[];
  close: () => Promise<void>;
}

/**
 * Opens `path` in a fresh context (touch, reduced motion, colour scheme as asked), and waits
 * for `waitFor` (a timeline's events, unless told otherwise).
 */
export async function openIn(
  harness: Harness,
  path: string,
  width: number,
  options: BrowserContextOptions = {},
  waitFor: string | null = "svg.chronoline .chronoline-event",
): Promise<Opened> {
  const context = await harness.browser.newContext({ viewport: { width, height: 900 }, ...options });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") problems.push(`console: ${m.text()}`);
  });
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  page.on("requestfailed", (r) => problems.push(`request failed: ${r.url()}`));
  await page.goto(`${harness.baseURL}${path}`);
  if (waitFor) await page.waitForSelector(waitFor, { state: "attached" });
  return { page, problems, close: () => context.close() };
}

/** The test page with a live timeline as `window.timeline`; see fixtures/timeline.html. */
export async function openFixture(
  harness: Harness,
  query: string,
  width: number,
  options: BrowserContextOptions = {},
): Promise<Opened> {
  const opened = await openIn(harness, `/test/browser/fixtures/timeline.html?${query}`, width, options);
  await opened.page.evaluate(() => (window as any).ready);
  return opened;
}

/** The words beside the zoom buttons: "All events, 1993 – 2024" or "Showing 2001 – 2008". */
export const rangeText = (page: Page): Promise<string> =>
  page.$eval(".chronoline-range", (n) => n.textContent);

/** The years in the range text, as numbers. */
export async function rangeYears(page: Page): Promise<number[]> {
  return (await rangeText(page)).match(/\d{4}/g)?.map(Number) ?? [];
}

/** The tick labels of the time axis, as shown. */
export const tickTexts = (page: Page): Promise<string[]> =>
  page.$$eval(".chronoline-axis .tick text", (ticks) => ticks.map((t) => t.textContent));

/** The id of the event that has keyboard focus, or null; looks inside shadow roots. */
export const focusedId = (page: Page): Promise<string | null> =>
  page.evaluate(() => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return active?.closest(".chronoline-event")?.getAttribute("data-id") ?? null;
  });

/** Every event's id in time order, from the table of all events (once it is complete). */
export const allIdsInTimeOrder = async (page: Page): Promise<string[]> => {
  // A long table fills at idle time after the first paint, aria-busy until it is done.
  await page.waitForFunction(() => !document.querySelector(".chronoline-table[aria-busy]"));
  return page.$$eval(".chronoline-table tbody tr", (rows) =>
    rows.map((r) => r.getAttribute("data-id") ?? ""),
  );
};

/** The open details card's title, or null when no card is shown. */
export const cardTitle = (page: Page): Promise<string | null> =>
  page.evaluate(() => {
    const card = document.querySelector<HTMLElement>(".chronoline-card");
    return card && !card.hidden ? (card.querySelector(".chronoline-card-title")?.textContent ?? "") : null;
  });

/** The centre of an event's mark (marker or span), in page pixels. */
export async function markCenter(page: Page, id: string): Promise<{ x: number; y: number }> {
  const box = await page
    .locator(`.chronoline-event[data-id="${id}"]`)
    .locator(".chronoline-marker, .chronoline-span")
    .first()
    .boundingBox();
  if (!box) throw new Error(`event ${id} is not drawn`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** The centre of the SVG's axis line, in page pixels. */
export async function axisPoint(page: Page, fraction = 0.5): Promise<{ x: number; y: number }> {
  const box = await page.locator(".chronoline-axis .domain").boundingBox();
  if (!box) throw new Error("no axis drawn");
  return { x: box.x + box.width * fraction, y: box.y - 20 };
}

/** WCAG contrast ratio of two CSS rgb() colours. */
export function contrast(a: string, b: string): number {
  const luminance = (css: string): number => {
    const [r, g, bl] = (css.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => {
      const c = Number(v) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}
