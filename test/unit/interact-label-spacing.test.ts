import { describe, expect, it } from "vitest";
import { spaceLabelLines } from "../../src/render/label-spacing.js";

const NS = "http://www.w3.org/2000/svg";
function label(lines: string[]): SVGTextElement {
  const text = document.createElementNS(NS, "text");
  lines.forEach((line, i) => {
    const tspan = document.createElementNS(NS, "tspan");
    tspan.setAttribute("x", "10");
    tspan.setAttribute("y", String(10 + i * 16));
    tspan.textContent = line;
    text.append(tspan);
  });
  return text;
}

describe("spaceLabelLines", () => {
  it("spaceLabelLines separates a label's lines by a blank placed where each next line starts", () => {
    const text = label(["2008", "Mission becomes", "an embassy"]);
    spaceLabelLines([text]);
    expect(text.textContent).toBe("2008 Mission becomes an embassy");
    const gaps = Array.from(text.querySelectorAll("tspan.chronoline-label-gap"));
    expect(gaps.map((g) => g.getAttribute("y"))).toEqual(["26", "42"]);
  });

  it("spaceLabelLines run again after the lines changed keeps one gap between each pair, no more", () => {
    const text = label(["2008", "Mission"]);
    spaceLabelLines([text]);
    spaceLabelLines([text]);
    expect(text.textContent).toBe("2008 Mission");
    // A line goes away (as a d3 join would remove it), another moves: gaps follow.
    text.lastElementChild!.remove();
    const extra = document.createElementNS(NS, "tspan");
    extra.setAttribute("x", "12");
    extra.setAttribute("y", "30");
    extra.textContent = "Embassy";
    text.append(extra);
    spaceLabelLines([text]);
    expect(text.textContent).toBe("2008 Embassy");
    expect(text.querySelector(".chronoline-label-gap")!.getAttribute("x")).toBe("12");
  });

  it("spaceLabelLines leaves a one-line label as it is", () => {
    const text = label(["2008"]);
    spaceLabelLines([text]);
    expect(text.innerHTML).toBe('<tspan x="10" y="10">2008</tspan>');
  });
});

describe("renderLabelBoxes", () => {
  it("renderLabelBoxes keeps one box first in each labelled event, moves it, and drops it with the label", async () => {
    const { select } = await import("d3-selection");
    const { renderLabelBoxes } = await import("../../src/render/label-boxes.js");
    const svg = document.createElementNS(NS, "svg");
    const g = document.createElementNS(NS, "g");
    svg.append(g);
    const geometry = { label: { left: 10, top: 20, width: 100, height: 31 } } as never;
    const events = () => select(svg).selectAll<SVGGElement, never>("g").data([geometry]);
    renderLabelBoxes(events() as never);
    expect(Array.from(g.children, (c) => c.getAttribute("class"))).toEqual(["chronoline-label-box"]);
    expect(g.firstElementChild!.getAttribute("x")).toBe("7");
    // A leader line inserted first later, as the renderer does: still one box, first again.
    g.insertBefore(document.createElementNS(NS, "path"), g.firstChild);
    renderLabelBoxes(events() as never);
    expect(g.querySelectorAll(".chronoline-label-box")).toHaveLength(1);
    expect(g.firstElementChild!.getAttribute("class")).toBe("chronoline-label-box");
    renderLabelBoxes(
      select(svg)
        .selectAll<SVGGElement, never>("g")
        .data([{ label: undefined } as never]) as never,
    );
    expect(g.querySelectorAll(".chronoline-label-box")).toHaveLength(0);
  });
});
