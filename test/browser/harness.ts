// Shared set-up for real-browser tests: the gallery server and system Chromium, started once per
// file. With no Chromium on the machine, launching fails with a message saying how to get one.
import type { Browser, Page } from "playwright-core";
import { launchChromium } from "../../scripts/browser.mjs";
import { startServer } from "../../scripts/serve.mjs";

export interface Harness {
  browser: Browser;
  baseURL: string;
  close(): Promise<void>;
}

export async function startHarness(): Promise<Harness> {
  const server = await startServer();
  const browser = await launchChromium();
  return {
    browser,
    baseURL: server.url,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/** A page that records console errors, page errors and failed requests. */
export async function openPage(
  harness: Harness,
  path: string,
  width: number,
): Promise<{ page: Page; problems: string[] }> {
  const page = await harness.browser.newPage({ viewport: { width, height: 900 } });
  const problems: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  page.on("requestfailed", (request) => problems.push(`request failed: ${request.url()}`));
  page.on("response", (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  await page.goto(`${harness.baseURL}${path}`);
  return { page, problems };
}

export interface Box {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Boxes of every visible label in the page, as the browser lays them out. */
export function labelBoxes(page: Page): Promise<Box[]> {
  return page.$$eval(".chronoline-label", (labels) =>
    labels
      .filter((label) => getComputedStyle(label).display !== "none")
      .map((label) => {
        const r = label.getBoundingClientRect();
        const id = label.closest(".chronoline-event")?.getAttribute("data-id") ?? "";
        return { id, x: r.x, y: r.y, width: r.width, height: r.height };
      }),
  );
}

/** Pairs of boxes that overlap by more than a hair (0.5 px, for anti-aliasing). */
export function overlappingPairs(boxes: Box[]): string[] {
  const pairs: string[] = [];
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i]!;
      const b = boxes[j]!;
      const dx = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
      const dy = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
      if (dx > 0.5 && dy > 0.5) pairs.push(`${a.id} × ${b.id}`);
    }
  }
  return pairs;
}
