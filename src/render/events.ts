import type { EventGeometry, LabelGeometry } from "../layout/layout.js";
import { DATE_LINE_STEP, LABEL } from "../layout/typography.js";
import type { TimelineEvent } from "../types.js";
import { spaceLabelLines } from "./label-spacing.js";

const SVG_NS = "http://www.w3.org/2000/svg";
export const MARKER_RADIUS = 5;
/** A marker's ring, centred on its edge (CSS: stroke-width 1.5). */
export const RING = 1.5;
/** Room around a label that still counts as on it, in pixels (its transparent box). */
const BOX_PAD = 3;
const EVENT = "chronoline-event";
const BOX = "chronoline-label-box";
const COLOR = "--chronoline-event-color";

/** What the event layer needs of the render model. */
export interface EventLayerModel {
  /** The laid-out events; `spine` is there when time runs down (a vertical timeline). */
  layout: { events: readonly EventGeometry[]; spine?: unknown };
  selectedId: string | null;
  /**
   * Whether unlabelled point markers are drawn together, one path per colour (`renderDots`),
   * instead of one group each: what a live timeline does, whose keyboard gives such an event a
   * node when it lands on it (pinned) and whose event table lists them all. @defaultValue false
   */
  plainMarkers?: boolean;
  /**
   * Events drawn even when a cluster pill stands for them: the keyboard's roving focus target
   * and the selected event, so that focus and the details card have a node to sit on.
   */
  pinnedIds?: readonly (string | null)[];
  colorOf: (event: TimelineEvent) => string | undefined;
  ariaLabelOf: (event: TimelineEvent) => string;
}

/** The last colour written to each event group, so that it is not parsed back from CSS. */
const colors = new WeakMap<Element, string | null>();
/** The geometry each event group was last drawn with. */
const drawnWith = new WeakMap<Element, EventGeometry>();

/** The geometry an event's group was last drawn with (what a preview frame moves). */
export function geometryOfNode(node: Element): EventGeometry | undefined {
  return drawnWith.get(node);
}

/** Sets an attribute only when its value changes: this runs at every frame of a zoom. */
export function set(node: Element, name: string, value: string | number): void {
  const text = String(value);
  if (node.getAttribute(name) !== text) node.setAttribute(name, text);
}

const setIfChanged = set;

/** Sets an attribute of a node just made, which has none to compare with. */
function put(node: Element, name: string, value: string | number): void {
  node.setAttribute(name, String(value));
}

/** A new SVG element of `tag` with `className`. */
export function make(doc: Document, tag: string, className: string): SVGElement {
  const node = doc.createElementNS(SVG_NS, tag);
  node.setAttribute("class", className);
  return node;
}

/** Sets the node's event colour (null: the theme's accent) when it changes. */
export function paintColor(node: Element, color: string | null): void {
  if (colors.get(node) === color) return;
  colors.set(node, color);
  if (color === null) (node as SVGElement).style.removeProperty(COLOR);
  else (node as SVGElement).style.setProperty(COLOR, color);
}

/**
 * Whether an event is drawn as a group of its own: labelled, or a point with its own marker. An
 * unlabelled span is one bar among the plain bars (`renderBars`), an unlabelled point is one dot
 * among the plain markers when `plainMarkers` (`renderDots`), and a point that a cluster pill
 * stands for is counted by the pill; each gets a group only when pinned.
 */
export const drawnAlone = (d: EventGeometry, plainMarkers = false): boolean =>
  d.label !== undefined || (d.bar === undefined && !d.clustered && !plainMarkers);

const byTime = (a: EventGeometry, b: EventGeometry): number =>
  a.event.start.time - b.event.start.time || a.event.index - b.event.index;

/**
 * Draws the events into the layer `g`: one `g.chronoline-event` per event drawn alone, that is,
 * labelled or with its own marker, in time order (the order of Tab and of screen readers). An
 * event that a cluster pill stands for (the pill carries its count) or an unlabelled span (one of
 * the plain bars) gets no node of its own, unless it is pinned. Groups are keyed by id, so an event drawn before and after keeps
 * its node; attributes are written only when they change, and no layout is read.
 */
export function renderEvents(g: SVGGElement, model: EventLayerModel): void {
  // Stretched by a preview frame of a zoom (render/preview.ts): back in place.
  if (g.hasAttribute("transform")) g.removeAttribute("transform");
  const pinned = new Set(model.pinnedIds ?? []);
  const drawn = model.layout.events
    .filter((d) => drawnAlone(d, model.plainMarkers) || pinned.has(d.event.id))
    .sort(byTime);
  const wanted = new Set(drawn.map((d) => d.event.id));
  const kept = new Map<string, SVGGElement>();
  for (const node of Array.from(g.children)) {
    const id = node.getAttribute("data-id");
    if (id !== null && wanted.has(id) && !kept.has(id)) kept.set(id, node as SVGGElement);
    else node.remove();
  }
  const doc = g.ownerDocument;
  let cursor = g.firstElementChild;
  for (const d of drawn) {
    let node = kept.get(d.event.id);
    const fresh = !node;
    if (!node) node = make(doc, "g", EVENT) as SVGGElement;
    if (node === cursor) cursor = cursor.nextElementSibling;
    else g.insertBefore(node, cursor);
    updateEvent(node, d, model, fresh);
  }
}

/**
 * Writes an event group's attributes and parts. A group just made (`fresh`) has none to compare
 * with: its attributes are written without reading them first (the first paint makes them all).
 */
function updateEvent(node: SVGGElement, d: EventGeometry, model: EventLayerModel, fresh: boolean): void {
  const { event, label } = d;
  const set = fresh ? put : setIfChanged;
  drawnWith.set(node, d);
  // Moved by a preview frame of a zoom (render/preview.ts): back in place.
  if (node.hasAttribute("transform")) node.removeAttribute("transform");
  const selected = event.id === model.selectedId;
  set(
    node,
    "class",
    selected ? `${EVENT} ${EVENT}--${event.kind} ${EVENT}--selected` : `${EVENT} ${EVENT}--${event.kind}`,
  );
  set(node, "data-id", event.id);
  set(node, "role", "button");
  set(node, "aria-label", model.ariaLabelOf(event));
  set(node, "aria-pressed", String(selected));
  paintColor(node, model.colorOf(event) ?? null);

  // The parts, in the order they are drawn: label box, leader, marker or bar, label text.
  let box: Element | undefined;
  let connector: Element | undefined;
  let marker: Element | undefined;
  let span: Element | undefined;
  let text: Element | undefined;
  for (const part of Array.from(node.children)) {
    const c = part.getAttribute("class");
    if (c === BOX && !box) box = part;
    else if (c === "chronoline-connector" && !connector) connector = part;
    else if (c === "chronoline-marker" && !marker) marker = part;
    else if (c === "chronoline-span" && !span) span = part;
    else if (c === "chronoline-label" && !text) text = part;
    else part.remove();
  }
  const doc = node.ownerDocument;
  const want = (has: boolean, part: Element | undefined, tag: string, className: string) => {
    if (!has) {
      part?.remove();
      return undefined;
    }
    return part ?? make(doc, tag, className);
  };
  box = want(label !== undefined, box, "rect", BOX);
  connector = want(label !== undefined, connector, "path", "chronoline-connector");
  // A span too short for a bar has none (layout): it is drawn with a point's marker.
  marker = want(d.bar === undefined && !d.clustered, marker, "circle", "chronoline-marker");
  span = want(d.bar !== undefined, span, "rect", "chronoline-span");
  text = want(label !== undefined, text, "text", "chronoline-label");

  if (box && label) {
    set(box, "x", label.left - BOX_PAD);
    set(box, "y", label.top - BOX_PAD);
    set(box, "width", label.width + 2 * BOX_PAD);
    set(box, "height", label.height + 2 * BOX_PAD);
  }
  if (connector && label) set(connector, "d", label.connectorPath);
  if (marker) {
    if (marker.hasAttribute("transform")) marker.removeAttribute("transform");
    set(marker, "cx", d.x);
    set(marker, "cy", d.y);
    set(marker, "r", MARKER_RADIUS);
  }
  if (span && d.bar) {
    set(span, "x", d.bar.x);
    set(span, "y", d.bar.y);
    set(span, "width", d.bar.width);
    set(span, "height", d.bar.height);
    set(span, "rx", 2);
  }
  if (text && label) updateLabel(text, label, fresh);

  // Put the parts in order, moving only what is out of place.
  let cursor = node.firstElementChild;
  for (const part of [box, connector, marker, span, text]) {
    if (!part) continue;
    if (part === cursor) cursor = cursor.nextElementSibling;
    else node.insertBefore(part, cursor);
  }
}

/** The lines of a label: its date, title lines and text lines, each a positioned <tspan>. */
function updateLabel(text: Element, label: LabelGeometry, fresh: boolean): void {
  const set = fresh ? put : setIfChanged;
  set(text, "text-anchor", label.anchor);
  set(text, "aria-hidden", "true"); // the event's aria-label already says all of it
  const dates = label.dateLines ?? [label.date];
  const lines: [string, string, number][] = dates.map((line, k) => [
    "chronoline-label-date",
    line,
    label.top + LABEL.dateBaseline + k * DATE_LINE_STEP,
  ]);
  // A date on two lines moves the title and text down by the second line.
  const titleTop = label.top + LABEL.titleBaseline + (dates.length - 1) * DATE_LINE_STEP;
  label.titleLines.forEach((line, k) =>
    lines.push(["chronoline-label-title", line, titleTop + k * LABEL.lineHeight]),
  );
  label.textLines.forEach((line, k) =>
    lines.push(["chronoline-label-text", line, titleTop + (k + label.titleLines.length) * LABEL.lineHeight]),
  );
  const tspans = Array.from(text.children).filter((c) => c.getAttribute("class") !== "chronoline-label-gap");
  const same =
    tspans.length === lines.length && tspans.every((t, k) => t.getAttribute("class") === lines[k]![0]);
  if (!same) {
    for (const t of tspans) t.remove();
    tspans.length = 0;
    for (const [className] of lines)
      tspans.push(text.appendChild(make(text.ownerDocument, "tspan", className)));
  }
  lines.forEach(([, words, y], k) => {
    const tspan = tspans[k]!;
    set(tspan, "x", label.textX);
    set(tspan, "y", y);
    if (tspan.textContent !== words) tspan.textContent = words;
  });
  spaceLabelLines([text as SVGTextElement]);
}

/** Rounded to hundredths of a pixel, as path data is written. */
export const r2 = (v: number): number => Math.round(v * 100) / 100;
