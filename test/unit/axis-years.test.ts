import { describe, expect, it } from "vitest";
import { renderSVG } from "../../src/api/render-svg.js";
import type { EventInput } from "../../src/types.js";

/** The tick labels of a rendered timeline, as a reader sees them (each tick's text, lines joined). */
function tickLabels(svg: string): string[] {
  const doc = new DOMParser().parseFromString(svg, "image/svg+xml");
  return Array.from(doc.querySelectorAll(".chronoline-axis .tick text"), (t) =>
    Array.from(t.childNodes.length > 1 ? t.children : [t], (line) => line.textContent).join(" "),
  );
}

/** Events `step` days apart from `from` on, `n` of them. */
const events = (from: string, n: number, step = 7): EventInput[] =>
  Array.from({ length: n }, (_, i) => ({
    date: new Date(Date.parse(from) + i * step * 86_400_000).toISOString().slice(0, 10),
    title: `Event ${i + 1}`,
  }));

describe("tick labels say the year", () => {
  it.each(["horizontal", "vertical"] as const)(
    "on the first tick and the first tick of each new year, where month and day ticks alone leave it out (%s)",
    (orientation) => {
      // Dense.html down a phone ran "Dec 18" to "Jan 14" with no year anywhere.
      // Down a phone the spine grows with its labels: daily events make it long enough for weekly ticks.
      const options =
        orientation === "vertical"
          ? { events: events("2022-12-20", 60, 1), width: 360 }
          : { events: events("2022-12-20", 10), width: 960 };
      const labels = tickLabels(renderSVG({ ...options, orientation }));
      expect(labels.length).toBeGreaterThan(3);
      expect(labels[0]).toMatch(/2022/);
      // The year's turn is told once, by the first tick in 2023 (d3 writes "2023" on January 1).
      const turn = labels.findIndex((l) => /2023/.test(l));
      expect(turn).toBeGreaterThan(0);
      expect(labels.slice(1).filter((l) => /20\d\d/.test(l))).toEqual([labels[turn]]);
    },
  );

  it("writes a day tick with its year as the locale writes dates: 'Jan 8, 2023'", () => {
    const labels = tickLabels(renderSVG({ events: events("2023-01-05", 8), width: 960 }));
    expect(labels[0]).toMatch(/^[A-Z][a-z]{2} \d{1,2}, 2023$/);
  });
});
