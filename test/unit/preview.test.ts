// The frames of a zoom or pan gesture on a large timeline move what is drawn without a layout
// (render/preview.ts): era bands must stretch with the view in both orientations.
import { describe, expect, it } from "vitest";
import { buildModel, parseData } from "../../src/api/prepare.js";
import { measureWithTable } from "../../src/layout/measure.js";
import { previewView } from "../../src/render/preview.js";
import { renderTimeline } from "../../src/render/svg.js";
import type { TimelineOptions } from "../../src/types.js";

const options = (orientation: "horizontal" | "vertical"): TimelineOptions => ({
  title: "Eras",
  orientation,
  events: Array.from({ length: 12 }, (_, i) => ({ date: `${2000 + 2 * i}`, title: `Event ${i}` })),
  eras: [
    { start: "2002", end: "2009", title: "First era" },
    { start: "2012", end: "2019", title: "Second era" },
  ],
});

function drawn(orientation: "horizontal" | "vertical", width: number) {
  const opts = options(orientation);
  const model = buildModel(parseData(opts), opts, width, measureWithTable, undefined, null);
  const svg = document.createElementNS("http://www.w3.org/2000/svg", "svg");
  document.body.append(svg);
  renderTimeline(svg, model);
  const bands = () =>
    Array.from(svg.querySelectorAll("g.chronoline-era"), (g) => {
      const rect = g.querySelector("rect")!;
      const text = g.querySelector("text")!;
      const n = (el: Element, name: string) => Number(el.getAttribute(name));
      return {
        x: n(rect, "x"),
        y: n(rect, "y"),
        width: n(rect, "width"),
        height: n(rect, "height"),
        titleX: n(text, "x"),
        titleY: n(text, "y"),
      };
    });
  return { svg, bands };
}

// Twice as large around 100 px: what a zoom in by 2 does to positions along the time axis.
const map = (p: number) => 2 * p - 100;

describe("a preview frame", () => {
  it("stretches a horizontal timeline's era bands along x, titles keeping their place in them", () => {
    const { svg, bands } = drawn("horizontal", 900);
    const before = bands();
    expect(before).toHaveLength(2);
    previewView(svg, "x", map, (t) => t);
    bands().forEach((after, k) => {
      const b = before[k]!;
      expect(after.x).toBeCloseTo(map(b.x), 5);
      expect(after.width).toBeCloseTo(2 * b.width, 5);
      expect(after.titleX - after.x).toBeCloseTo(b.titleX - b.x, 5);
      expect([after.y, after.height, after.titleY]).toEqual([b.y, b.height, b.titleY]);
    });
  });

  it("stretches a vertical timeline's era bands down the spine, titles moving with their bands' tops", () => {
    const { svg, bands } = drawn("vertical", 360);
    const before = bands();
    expect(before).toHaveLength(2);
    previewView(svg, "y", map, (t) => t);
    bands().forEach((after, k) => {
      const b = before[k]!;
      expect(after.y).toBeCloseTo(map(b.y), 5);
      expect(after.height).toBeCloseTo(2 * b.height, 5);
      expect(after.titleY - after.y).toBeCloseTo(b.titleY - b.y, 5);
      expect([after.x, after.width, after.titleX]).toEqual([b.x, b.width, b.titleX]);
    });
  });
});
