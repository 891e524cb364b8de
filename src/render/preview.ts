import type { ClusterGeometry } from "../layout/cluster.js";
import type { EraGeometry, EventGeometry } from "../layout/layout.js";
import { geometryOfNode } from "./events.js";
import { dotsOfPath, dotsPath } from "./plain-markers.js";

/** Where time runs: along x (horizontal timeline) or y (vertical). */
export type TimeAxis = "x" | "y";

/** Bound data of a node joined by d3 (clusters, eras, axis ticks). */
const datumOf = (node: Element): unknown => (node as Element & { __data__?: unknown }).__data__;

function set(node: Element, name: string, value: number): void {
  const text = String(Math.round(value * 100) / 100);
  if (node.getAttribute(name) !== text) node.setAttribute(name, text);
}

function shift(node: Element, axis: TimeAxis, by: number): void {
  const d = Math.round(by * 100) / 100;
  const value = d === 0 ? null : axis === "x" ? `translate(${d},0)` : `translate(0,${d})`;
  if (node.getAttribute("transform") !== value) {
    if (value === null) node.removeAttribute("transform");
    else node.setAttribute("transform", value);
  }
}

/**
 * Moves what is drawn to where a new view puts it, without a new layout: the frames of a zoom or
 * pan gesture on a timeline too large to lay out at every frame. `map` takes a position along the
 * time axis in the drawn layout to its place in the new view (an affine map: the scales are
 * linear). Markers move (the plain markers' paths are drawn again at the moved centres) and span
 * bars move and stretch; labels, leaders and cluster pills move with their event, never scaled,
 * so text stays crisp; era bands stretch; axis ticks slide to
 * `tickAt(time)` (they are picked anew, with their labels, at the next drawing). Nothing is read
 * from layout, nothing is created. The next full drawing (`renderTimeline`) puts every attribute back.
 */
export function previewView(
  svg: SVGSVGElement,
  axis: TimeAxis,
  map: (position: number) => number,
  tickAt: (time: number) => number,
): void {
  const [pos, size] = axis === "x" ? (["x", "width"] as const) : (["y", "height"] as const);
  const stretch = (a: number, b: number): [number, number] => {
    const [p, q] = [map(a), map(b)];
    return [p, q - p];
  };

  // The plain bars' layer is stretched along the time axis, which puts every bar where the view
  // puts it at the cost of one attribute. The events are not: a scaled ancestor makes Chromium
  // lay out every label's text again at each frame (its font follows the scale). Each event's
  // group slides so that its leader's foot (its marker) is where the view puts it, and its own
  // marker and bar are put in place inside it: text never scales.
  const k = map(1) - map(0);
  svg.querySelector("g.chronoline-plain")?.setAttribute("transform", matrix(axis, k, map(0)));
  const layer = svg.querySelector("g.chronoline-events");
  for (const node of layer ? Array.from(layer.children) : []) {
    const d = geometryOfNode(node);
    if (!d) continue;
    const at = axis === "x" ? d.x : d.y;
    const c = d.label && axis === "x" ? d.label.connector.x : at;
    const by = map(c) - c;
    shift(node, axis, by);
    for (const part of Array.from(node.children)) {
      const cls = part.getAttribute("class");
      if (cls === "chronoline-marker") set(part, axis === "x" ? "cx" : "cy", map(at) - by);
      else if (cls === "chronoline-span") spanPart(part, d, pos, size, map, k, by);
    }
  }
  // The plain markers: each colour's paths drawn again at the moved centres (round, not stretched).
  const same = (p: number): number => p;
  for (const path of Array.from(svg.querySelectorAll("g.chronoline-plain-markers > path"))) {
    const dots = dotsOfPath(path);
    if (dots) path.setAttribute("d", axis === "x" ? dotsPath(dots, map, same) : dotsPath(dots, same, map));
  }
  for (const node of Array.from(svg.querySelectorAll("g.chronoline-clusters > g"))) {
    const d = datumOf(node) as ClusterGeometry | undefined;
    if (!d) continue;
    const centre = (d.x1 + d.x2) / 2;
    shift(node, axis, map(centre) - centre);
  }
  for (const node of Array.from(svg.querySelectorAll("g.chronoline-eras > g"))) {
    const d = datumOf(node) as EraGeometry | undefined;
    const band = node.firstElementChild;
    if (!d || !band) continue;
    // A band stretches along the time axis (x1–x2 across a horizontal one, y1–y2 down a
    // vertical one); its title keeps its place from the band's start (its tspans follow).
    const title = band.nextElementSibling;
    if (axis === "x") {
      const [x, width] = stretch(d.x1, d.x2);
      set(band, "x", x);
      set(band, "width", Math.max(0, width));
      if (title) set(title, "x", x + 5);
    } else {
      const [y, height] = stretch(d.y1, d.y2);
      set(band, "y", y);
      set(band, "height", Math.max(0, height));
      if (title) set(title, "y", (d.titleY ?? d.y1 + 14) + y - d.y1);
    }
  }
  for (const tick of Array.from(svg.querySelectorAll("g.chronoline-axis > g.tick"))) {
    const time = datumOf(tick) as number | undefined;
    if (time === undefined) continue;
    const p = Math.round(tickAt(time) * 100) / 100;
    const value = axis === "x" ? `translate(${p},0)` : `translate(0,${p})`;
    if (tick.getAttribute("transform") !== value) tick.setAttribute("transform", value);
  }
}

/** A span's bar, stretched inside its group, which `by` slid along the time axis. */
function spanPart(
  part: Element,
  d: EventGeometry,
  pos: "x" | "y",
  size: "width" | "height",
  map: (position: number) => number,
  k: number,
  by: number,
): void {
  const bar = d.bar ?? { x: d.x, y: d.y, width: d.x2 - d.x, height: d.barHeight };
  set(part, pos, map(bar[pos]) - by);
  set(part, size, Math.max(0, k * bar[size]));
}

/** The transform that maps p ↦ k·p + b along the time axis and leaves the other axis alone. */
function matrix(axis: TimeAxis, k: number, b: number): string {
  const [kk, bb] = [+k.toPrecision(8), Math.round(b * 1000) / 1000];
  return axis === "x" ? `matrix(${kk},0,0,1,${bb},0)` : `matrix(1,0,0,${kk},0,${bb})`;
}
