// Every live timeline of every gallery page can be explored with the mouse, with a touch screen
// and with the keyboard alone, and axe-core finds nothing wrong in either colour scheme.
// The pages are every page of examples/; pages without a live timeline (the static SVG) are
// checked by axe only.
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHarness, type Harness } from "./harness.js";
import { focusedId, openIn } from "./interaction-helpers.js";

const AXE = createRequire(import.meta.url).resolve("axe-core/axe.min.js");
// The pages the index links to, and any page in examples/ not linked yet.
const examples = new URL("../../examples/", import.meta.url);
const index = readFileSync(new URL("index.html", examples), "utf8");
const PAGES = [
  ...new Set([
    ...Array.from(index.matchAll(/href="([\w-]+\.html)"/g), (m) => m[1]!),
    ...readdirSync(examples).filter((f) => f.endsWith(".html") && f !== "index.html"),
  ]),
];

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness.close();
});

/** Opens a gallery page once its drawings are there (live or static). */
async function open(path: string, options: Parameters<typeof openIn>[3] = {}) {
  const opened = await openIn(
    harness,
    `/examples/${path}`,
    1280,
    { reducedMotion: "reduce", ...options },
    null,
  );
  await opened.page.waitForLoadState("networkidle"); // every timeline on the page has its data
  await opened.page.waitForTimeout(100);
  return opened;
}

// The localized page speaks Russian and Kazakh: the same words in the three ready-made locales.
const SHOWING = /^(Showing|Показано|Көрсетілгені)/;
const ALL_EVENTS = /^(All events|Все события|Барлық оқиғалар)/;
const SHOW_ALL = /^(Show all|Показать всё|Бәрін көрсету)$/;
const CLOSE = /^(Close details|Закрыть подробности|Толығырақты жабу)$/;

const frames = async (page: Page): Promise<Locator[]> => page.locator(".chronoline-frame").all();
/** Every event's id in time order, from the frame's event table once it is complete. */
async function idsOf(frame: Locator): Promise<string[]> {
  // A long table fills at idle time after the first paint, aria-busy until it is done: read
  // before that, the dense page's last row was some 2,000th event, not the latest of 5,000.
  await frame.locator(".chronoline-table[aria-busy]").waitFor({ state: "detached", timeout: 30_000 });
  return frame
    .locator(".chronoline-table tbody tr")
    .evaluateAll((rows) => rows.map((r) => r.getAttribute("data-id")!));
}
const cardOf = (frame: Locator): Locator => frame.locator(".chronoline-card");

describe.each(PAGES)("the gallery page %s", (path) => {
  it("can be explored with the mouse: wheel zoom, drag, Show all, click for details", async () => {
    const { page, problems, close } = await open(path);
    for (const frame of await frames(page)) {
      const range = frame.locator(".chronoline-range");
      await frame.locator("svg.chronoline").scrollIntoViewIfNeeded();
      const svg = (await frame.locator("svg.chronoline").boundingBox())!;
      await page.mouse.move(svg.x + svg.width / 2, svg.y + svg.height / 2);
      for (let i = 0; i < 4; i++) await page.mouse.wheel(0, -150);
      await expect.poll(() => range.textContent(), { message: path }).toMatch(SHOWING);
      const zoomed = await range.textContent();
      await page.mouse.down();
      await page.mouse.move(svg.x + svg.width / 2 + 200, svg.y + svg.height / 2, { steps: 8 });
      await page.mouse.up();
      await expect.poll(() => range.textContent(), { message: `${path}: drag` }).not.toBe(zoomed);
      await frame.getByRole("button", { name: SHOW_ALL }).click();
      await expect.poll(() => range.textContent()).toMatch(ALL_EVENTS);

      // The first event drawn with a mark of its own (a cluster pill may stand for the others).
      const first = frame
        .locator(".chronoline-event .chronoline-marker, .chronoline-event .chronoline-span")
        .first();
      await first.click({ force: true });
      await expect.poll(() => cardOf(frame).isVisible(), { message: `${path}: card` }).toBe(true);
      await frame.getByRole("button", { name: CLOSE }).click();
      expect(await cardOf(frame).isVisible()).toBe(false);
    }
    expect(problems).toEqual([]);
    await close();
  });

  it("can be explored with a touch screen: tap for details", async () => {
    const { page, close } = await open(path, {
      hasTouch: true,
      isMobile: true,
      viewport: { width: 390, height: 844 },
    });
    for (const frame of await frames(page)) {
      const hit = frame
        .locator(".chronoline-event .chronoline-marker, .chronoline-event .chronoline-span")
        .first();
      await hit.scrollIntoViewIfNeeded();
      await hit.tap({ force: true });
      await expect.poll(() => cardOf(frame).isVisible(), { message: `${path}: tap` }).toBe(true);
      await frame.getByRole("button", { name: CLOSE }).tap();
    }
    await close();
  });

  it("can be explored with the keyboard alone: every event in time order, details by Enter", async () => {
    const { page, close } = await open(path);
    for (const frame of await frames(page)) {
      const ids = await idsOf(frame);
      expect(ids.length, path).toBeGreaterThan(0);
      await frame.locator('.chronoline-event[tabindex="0"]').focus();
      await page.keyboard.press("Home");
      // Walk the first hundred events one by one (all of them on most pages), then jump to the end.
      const walk = ids.slice(0, 100);
      const visited = [await focusedId(page)];
      for (let i = 1; i < walk.length; i++) {
        await page.keyboard.press("ArrowRight");
        visited.push(await focusedId(page));
      }
      expect(visited, path).toEqual(walk);
      await page.keyboard.press("End");
      expect(await focusedId(page)).toBe(ids[ids.length - 1]);
      await page.keyboard.press("ArrowLeft");
      expect(await focusedId(page)).toBe(ids[ids.length - 2] ?? ids[0]);
      await page.keyboard.press("Enter");
      expect(await cardOf(frame).isVisible()).toBe(true);
      await page.keyboard.press("Escape");
      expect(await cardOf(frame).isVisible()).toBe(false);
    }
    await close();
  });

  for (const colorScheme of ["light", "dark"] as const) {
    it(`has no axe-core violations in the ${colorScheme} scheme`, async () => {
      const { page, close } = await open(path, { colorScheme });
      await page.addScriptTag({ path: AXE });
      const found = await page.evaluate(async () => {
        const result = await (window as any).axe.run(document, { resultTypes: ["violations"] });
        return result.violations.flatMap((v: any) =>
          v.nodes.map((n: any) => `${v.id}: ${n.target.join(" ")} — ${n.failureSummary}`),
        );
      });
      expect(found).toEqual([]);
      await close();
    });
  }
});
