import { describe, expect, it } from "vitest";
import { renderEvents } from "../../src/render/events.js";
import { renderBars } from "../../src/render/plain-bars.js";
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

describe("renderEvents", () => {
  const point = (id: string, time: number, over: Record<string, unknown> = {}) =>
    ({
      event: { id, kind: "point", index: time, start: { time }, title: id },
      x: 10 + time,
      x2: 10 + time,
      y: 50,
      barHeight: 0,
      label: undefined,
      clustered: false,
      band: 0,
      bar: undefined,
      ...over,
    }) as never;
  const labelAt = (left: number) => ({
    textX: left,
    anchor: "start",
    top: 20,
    left,
    width: 100,
    height: 31,
    title: "T",
    titleLines: ["T"],
    textLines: [],
    date: "1993",
    connector: { x: left, y1: 51, y2: 45 },
    connectorPath: `M${left},51V45`,
  });
  const model = (events: unknown[], pinnedIds: string[] = []) => ({
    layout: { events: events as never[] },
    selectedId: null,
    pinnedIds,
    colorOf: () => undefined,
    ariaLabelOf: (e: { title: string }) => e.title,
  });

  it("renderEvents keeps one label box first in each labelled event, moves it, and drops it with the label", () => {
    const g = document.createElementNS(NS, "g");
    renderEvents(g, model([point("a", 1, { label: labelAt(10) })]));
    const node = g.firstElementChild!;
    expect(Array.from(node.children, (c) => c.getAttribute("class"))).toEqual([
      "chronoline-label-box",
      "chronoline-connector",
      "chronoline-marker",
      "chronoline-label",
    ]);
    expect(node.firstElementChild!.getAttribute("x")).toBe("7");
    // A stray part inserted first: still one box, first again, and the same node.
    node.insertBefore(document.createElementNS(NS, "path"), node.firstChild);
    renderEvents(g, model([point("a", 1, { label: labelAt(20) })]));
    expect(g.firstElementChild).toBe(node);
    expect(node.querySelectorAll(".chronoline-label-box")).toHaveLength(1);
    expect(node.firstElementChild!.getAttribute("class")).toBe("chronoline-label-box");
    expect(node.firstElementChild!.getAttribute("x")).toBe("17");
    renderEvents(g, model([point("a", 1)]));
    expect(Array.from(node.children, (c) => c.getAttribute("class"))).toEqual(["chronoline-marker"]);
  });

  it("renderEvents gives clustered events no node unless pinned, and keeps time order and node identity", () => {
    const g = document.createElementNS(NS, "g");
    const events = [point("c", 3), point("a", 1), point("b", 2, { clustered: true })];
    renderEvents(g, model(events));
    const ids = () => Array.from(g.children, (c) => c.getAttribute("data-id"));
    expect(ids()).toEqual(["a", "c"]);
    const [a, c] = Array.from(g.children);
    renderEvents(g, model(events, ["b"]));
    expect(ids()).toEqual(["a", "b", "c"]);
    expect(g.children[0]).toBe(a);
    expect(g.children[2]).toBe(c);
    // A pinned clustered event is focusable and named, but has no marker: the pill draws it.
    expect(g.children[1]!.getAttribute("role")).toBe("button");
    expect(g.children[1]!.getAttribute("aria-label")).toBe("b");
    expect(g.children[1]!.children).toHaveLength(0);
    renderEvents(g, model(events));
    expect(ids()).toEqual(["a", "c"]);
  });

  it("renderBars draws unlabelled spans as one path per colour, overlapping bars of a lane as one", () => {
    const span = (id: string, x: number, width: number, y: number, over: Record<string, unknown> = {}) =>
      point(id, x, {
        event: { id, kind: "span", index: x, start: { time: x }, title: id },
        x,
        x2: x + width,
        y,
        barHeight: 6,
        bar: { x, y, width, height: 6 },
        ...over,
      });
    const layer = document.createElementNS(NS, "g");
    const events = [
      span("a", 10, 50, 40), // a and b overlap in one lane: one rectangle
      span("b", 40, 50, 40),
      span("c", 200, 20, 40), // apart
      span("d", 10, 50, 50), // another lane
      span("e", 300, 40, 40, { label: labelAt(300) }), // labelled: drawn alone, not here
    ];
    renderBars(layer, model(events));
    const paths = Array.from(layer.children);
    expect(paths).toHaveLength(1);
    const d = paths[0]!.getAttribute("d")!;
    expect(d.match(/M/g)).toHaveLength(3);
    expect(d.startsWith("M12,40h76")).toBe(true); // 10 + rx 2, 80 wide less both corners
    // Pinned (focused): drawn alone, so not among the plain bars.
    renderBars(layer, model(events, ["c"]));
    expect(layer.firstElementChild!.getAttribute("d")!.match(/M/g)).toHaveLength(2);
  });
});
