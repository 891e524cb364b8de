// @vitest-environment node
// createTimeline in Node, where there is no global document: a page-less caller meets a clear
// error, and a container from a jsdom window of the caller's own still works.
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { createTimeline } from "../../src/api/create-timeline.js";

const events = [
  { date: "1993-03-30", title: "Relations established" },
  { date: "2024-05", title: "State visit" },
];

describe("createTimeline without a DOM", () => {
  it("says that it needs a DOM and points to renderSVG, where the old error was 'document is not defined'", () => {
    expect(typeof document).toBe("undefined");
    for (const target of ["#timeline", undefined])
      expect(() => createTimeline(target as string, { events })).toThrow(
        "chronoline: createTimeline needs a DOM; in Node, pass an element of a jsdom window, or make a static SVG with renderSVG",
      );
  });

  it("draws into a container of a jsdom window", () => {
    const { window } = new JSDOM("<!doctype html><div id=t></div>", { pretendToBeVisual: true });
    const container = window.document.getElementById("t")!;
    // Without a global navigator, as in Node 20 (Node has one from version 21 on): d3-zoom's own
    // touch test reads it, so chronoline asks the container's window instead.
    const saved = Object.getOwnPropertyDescriptor(globalThis, "navigator");
    Reflect.deleteProperty(globalThis, "navigator");
    const timeline = createTimeline(container, { events, width: 800 });
    expect(container.querySelectorAll(".chronoline-event")).toHaveLength(2);
    expect(timeline.toSVG()).toContain("State visit");
    timeline.destroy();
    expect(container.childElementCount).toBe(0);
    if (saved) Object.defineProperty(globalThis, "navigator", saved);
  });
});
