import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Harness, labelBoxes, openPage, overlappingPairs, startHarness } from "./harness.js";

const seedEvents = JSON.parse(
  readFileSync(new URL("../../examples/data/kazakhstan-singapore.json", import.meta.url), "utf8"),
) as { id: string; title: string }[];

let harness: Harness | undefined;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

describe("the Kazakhstan–Singapore example in Chromium, with the built UMD bundle", () => {
  for (const width of [1280, 768, 360]) {
    it(`renders every event of its data, with no overlapping labels, at ${width} px`, async () => {
      const { page, problems } = await openPage(harness!, "/examples/kazakhstan-singapore.html", width);
      await page.waitForSelector("svg.chronoline .chronoline-event");

      const ids = await page.$$eval(".chronoline-event", (nodes) =>
        nodes.map((n) => n.getAttribute("data-id")),
      );
      expect(ids.sort()).toEqual(seedEvents.map((e) => e.id).sort());
      expect(overlappingPairs(await labelBoxes(page))).toEqual([]);

      // Every visible label lies inside the SVG.
      const outside = await page.$$eval(".chronoline-label", (labels) => {
        const svg = document.querySelector("svg.chronoline")!.getBoundingClientRect();
        return labels
          .map((l) => ({ r: l.getBoundingClientRect(), t: l.textContent }))
          .filter(
            ({ r }) =>
              r.left < svg.left - 0.5 ||
              r.right > svg.right + 0.5 ||
              r.top < svg.top - 0.5 ||
              r.bottom > svg.bottom + 0.5,
          )
          .map(({ t }) => t);
      });
      expect(outside).toEqual([]);
      expect(problems).toEqual([]);
      await page.close();
    });
  }

  it("labels every seed event at 1280 and 768 px, titles uncut", async () => {
    for (const width of [1280, 768]) {
      const { page } = await openPage(harness!, "/examples/kazakhstan-singapore.html", width);
      await page.waitForSelector("svg.chronoline .chronoline-label");
      const titles = await page.$$eval(".chronoline-label-title", (nodes) => nodes.map((n) => n.textContent));
      expect(titles.sort(), `at ${width} px`).toEqual(seedEvents.map((e) => e.title).sort());
      await page.close();
    }
  });

  it("joins each visible label to its event by a leader line that crosses no other label", async () => {
    const { page } = await openPage(harness!, "/examples/kazakhstan-singapore.html", 1280);
    await page.waitForSelector("svg.chronoline .chronoline-label");
    const crossings = await page.$$eval(".chronoline-event", (events) => {
      const labels = events.flatMap((e) => {
        const label = e.querySelector(".chronoline-label");
        return label ? [{ id: e.getAttribute("data-id"), r: label.getBoundingClientRect() }] : [];
      });
      const problems: string[] = [];
      for (const e of events) {
        const id = e.getAttribute("data-id");
        if (!e.querySelector(".chronoline-label")) continue;
        const line = e.querySelector(".chronoline-connector");
        if (!line) {
          problems.push(`${id} has no leader`);
          continue;
        }
        const r = line.getBoundingClientRect();
        for (const other of labels) {
          if (other.id === id) continue;
          const o = other.r;
          if (
            r.left > o.left + 0.5 &&
            r.right < o.right - 0.5 &&
            r.bottom > o.top + 0.5 &&
            r.top < o.bottom - 0.5
          ) {
            problems.push(`${id}'s leader crosses ${other.id}`);
          }
        }
      }
      return problems;
    });
    expect(crossings).toEqual([]);
    await page.close();
  });

  it("opens an event's details card by click and by keyboard (Tab, Enter)", async () => {
    const { page, problems } = await openPage(harness!, "/examples/kazakhstan-singapore.html", 1280);
    await page.waitForSelector("svg.chronoline .chronoline-event");
    await page.click('.chronoline-event[data-id="embassy-2008"] .chronoline-label');
    await expect.poll(() => page.textContent(".chronoline-card-title")).toBe("Mission becomes an embassy");
    expect(await page.textContent(".chronoline-card-date")).toContain("2008");

    await page.focus('.chronoline-event[data-id="state-visit-2024"]');
    await page.keyboard.press("Enter");
    await expect
      .poll(() => page.textContent(".chronoline-card-title"))
      .toBe("Tokayev's state visit to Singapore");
    expect(await page.textContent(".chronoline-card-date")).toContain("May 23–24, 2024");
    expect(problems).toEqual([]);
    await page.close();
  });

  it("follows the width of its container", async () => {
    const { page } = await openPage(harness!, "/examples/kazakhstan-singapore.html", 1280);
    await page.waitForSelector("svg.chronoline");
    const wide = await page.$eval("svg.chronoline", (svg) => svg.getBoundingClientRect().width);
    await page.setViewportSize({ width: 700, height: 900 });
    await expect
      .poll(() => page.$eval("svg.chronoline", (svg) => svg.getBoundingClientRect().width))
      .toBeLessThan(wide - 300);
    expect(overlappingPairs(await labelBoxes(page))).toEqual([]);
    await page.close();
  });
});
