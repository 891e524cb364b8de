// User text reaches the page only as text (issue 8): the tooltip, like the card and the SVG
// (interact-timeline.test.ts, render.test.ts), never parses a title as markup.
import { describe, expect, it } from "vitest";
import { createTooltip } from "../../src/interact/tooltip.js";

describe("the tooltip", () => {
  it("shows markup in a date and a title as text, never as elements", () => {
    const root = document.body.appendChild(document.createElement("div"));
    const tooltip = createTooltip({
      root,
      add: (element) => {
        root.append(element);
      },
    });
    const evil = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
    tooltip.show(evil, evil, { left: 10, top: 10, width: 10, height: 10 });
    const tip = root.querySelector<HTMLElement>(".chronoline-tooltip")!;
    expect(tip.hidden).toBe(false);
    expect(tip.querySelectorAll("img, script")).toHaveLength(0);
    expect(tip.querySelector(".chronoline-tooltip-title")!.textContent).toBe(evil);
    expect(tip.querySelector(".chronoline-tooltip-date")!.textContent).toBe(evil);
    root.remove();
  });
});
