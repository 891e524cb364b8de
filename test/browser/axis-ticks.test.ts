// The time axis's tick labels on gallery pages in real Chromium: where leader lines run through
// the tick labels' row, enough of them stay readable for a reader to place the events in time,
// and none that is shown has a leader running through it.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Harness, openPage, startHarness } from "./harness.js";

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness.close();
});

interface Ticks {
  /** Every tick's label text, shown or not. */
  all: string[];
  /** The tick labels shown. */
  shown: string[];
  /** The longest stretch of the axis without a shown tick label, as a share of its length. */
  widestGap: number;
  /** Shown tick labels that a leader line runs through, with the leader's event. */
  crossed: string[];
}

/** The first timeline's ticks: which are shown, and which of those a leader crosses. */
function ticksOf(page: Page): Promise<Ticks> {
  return page
    .locator("svg.chronoline")
    .first()
    .evaluate((svg: SVGSVGElement) => {
      const texts = Array.from(svg.querySelectorAll<SVGTextElement>(".chronoline-axis .tick text"));
      const shown = texts.filter((t) => getComputedStyle(t).visibility !== "hidden" && t.textContent);
      // Leaders as screen segments, from their path data (absolute M, L, H and V).
      const segments = Array.from(svg.querySelectorAll<SVGPathElement>(".chronoline-connector")).flatMap(
        (path) => {
          const matrix = path.getScreenCTM()!;
          const points: DOMPoint[] = [];
          let [x, y] = [0, 0];
          for (const [, command, args] of path.getAttribute("d")!.matchAll(/([MLHV])([^MLHV]*)/g)) {
            const n = args!
              .split(/[\s,]+/)
              .filter(Boolean)
              .map(Number);
            if (command === "H") x = n[0]!;
            else if (command === "V") y = n[0]!;
            else [x, y] = [n[0]!, n[1]!];
            points.push(new DOMPoint(x, y).matrixTransform(matrix));
          }
          const id = path.closest("[data-id]")?.getAttribute("data-id");
          return points.slice(1).map((b, k) => ({ a: points[k]!, b, id }));
        },
      );
      const crossed = shown.flatMap((text) => {
        const r = text.getBoundingClientRect();
        // Segments are axis-parallel here, or nearly so: test their box against the text's.
        const through = segments.filter(
          ({ a, b }) =>
            Math.min(a.x, b.x) < r.right - 1 &&
            Math.max(a.x, b.x) > r.left + 1 &&
            Math.min(a.y, b.y) < r.bottom - 1 &&
            Math.max(a.y, b.y) > r.top + 1,
        );
        return through.map((s) => `"${text.textContent}" by the leader of ${s.id}`);
      });
      // Along the axis: across a horizontal one, down a vertical one (its text is anchored at the end).
      const axis = svg.querySelector(".chronoline-axis .domain")!.getBoundingClientRect();
      const down = axis.height > axis.width;
      const [from, to] = down ? [axis.top, axis.bottom] : [axis.left, axis.right];
      const places = shown.map((t) => {
        const r = t.getBoundingClientRect();
        return down ? (r.top + r.bottom) / 2 : (r.left + r.right) / 2;
      });
      const stops = [from, ...places.sort((a, b) => a - b), to];
      const widestGap = Math.max(...stops.slice(1).map((p, k) => p - stops[k]!)) / (to - from);
      return {
        all: texts.map((t) => t.textContent),
        shown: shown.map((t) => t.textContent),
        widestGap,
        crossed,
      };
    });
}

describe("tick labels under leader lines", () => {
  it.each([
    ["dense.html", 768],
    ["dense.html", 1280],
    ["dense.html", 360], // down the page
    ["deep-time.html", 360],
    ["element.html", 360],
    ["react.html", 360],
    ["kazakhstan-singapore.html", 1280],
  ])("%s at %i px keeps enough tick labels to place the events in time", async (name, width) => {
    const { page, problems } = await openPage(harness, `/examples/${name}`, width);
    await page.locator("svg.chronoline .chronoline-event").first().waitFor();
    const ticks = await ticksOf(page);
    // Readable ticks all along the axis: at least two, and no stretch of more than 40% of it
    // without one (two ticks left one of more than half; one tick, most of it).
    const said = `shown ${ticks.shown.join(", ")} of ${ticks.all.join(", ")}`;
    expect(ticks.shown.length, said).toBeGreaterThanOrEqual(2);
    expect(ticks.widestGap, said).toBeLessThanOrEqual(0.4);
    expect(ticks.crossed).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });
});
