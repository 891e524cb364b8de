import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Harness, openPage, startHarness } from "./harness.js";

let harness: Harness | undefined;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

describe("renderSVG in a browser", () => {
  it("draws the same geometry as the live timeline's first render at the same width", async () => {
    const { page, problems } = await openPage(harness!, "/examples/kazakhstan-singapore.html", 1280);
    await page.waitForSelector("svg.chronoline .chronoline-label");
    const { live, still } = await page.evaluate(async () => {
      const events = (await (await fetch("data/kazakhstan-singapore.json")).json()) as unknown[];
      const host = document.createElement("div");
      host.style.width = "900px";
      document.body.append(host);
      const c = (window as unknown as { chronoline: Record<string, (...args: unknown[]) => unknown> })
        .chronoline;
      c.createTimeline!(host, { events });
      const positions = (root: ParentNode): string[] =>
        [...root.querySelectorAll(".chronoline-event")].map((g) =>
          [
            g.getAttribute("data-id"),
            g.querySelector(".chronoline-connector")?.getAttribute("d"),
            ...[...g.querySelectorAll("tspan")].map((t) => `${t.getAttribute("x")},${t.getAttribute("y")}`),
          ].join(" "),
        );
      const svg = c.renderSVG!({
        events,
        width: Number(host.querySelector("svg")!.getAttribute("width")),
      }) as string;
      const parsed = new DOMParser().parseFromString(svg, "image/svg+xml");
      return { live: positions(host.querySelector("svg")!), still: positions(parsed) };
    });
    expect(live.length).toBe(15);
    expect(still).toEqual(live);
    expect(problems).toEqual([]);
    await page.close();
  });
});
