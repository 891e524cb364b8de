import type { Selection } from "d3-selection";
import type { EventGeometry } from "../layout/layout.js";

/**
 * Radius of the round target around a marker: 20 px across, four times the marker's area, yet
 * small enough that a neighbour's target rarely covers a marker (targets of later events lie on
 * top). Crowded markers become a cluster, and every event is reachable by keyboard.
 */
const HIT_RADIUS = 10;
/** Room between a span bar or a label and the ring drawn around it, in pixels. */
const RING_PAD = 3;

/**
 * Draws, under each event's marker and label, the shapes that take its clicks and taps and show
 * its keyboard focus: a round target around the marker (a padded box around a span bar) and a box
 * around the label. They are transparent until the event has focus, when the stylesheet outlines
 * them. An event that a cluster pill stands for gets its ring, but no target to steal the pill's
 * clicks.
 */
export function renderEventTargets(
  events: Selection<SVGGElement, EventGeometry, SVGGElement, unknown>,
): void {
  // One pass over the events with plain DOM calls: three nested d3 joins (a query, a data bind
  // and an enter/exit per event and shape) cost a third of a 10,000-event render.
  events.each(function (d) {
    // `clustered` is read loosely, so that this works with layouts from before clusters existed.
    const hitClass = (d as { clustered?: boolean }).clustered === true ? HIT_PASSIVE : HIT;
    const circle = ownChild(this, "circle", "chronoline-hit", d.event.kind === "point");
    if (circle) {
      set(circle, "class", hitClass);
      set(circle, "cx", d.x);
      set(circle, "cy", d.y);
      set(circle, "r", HIT_RADIUS);
    }
    const rect = ownChild(this, "rect", "chronoline-hit", d.event.kind === "span");
    if (rect) {
      set(rect, "class", hitClass);
      set(rect, "x", d.x - RING_PAD);
      // As tall as a lane, so that the target never covers a bar in the next lane.
      set(rect, "y", d.y - 2);
      set(rect, "width", d.x2 - d.x + 2 * RING_PAD);
      set(rect, "height", d.barHeight + 4);
      set(rect, "rx", 4);
    }
    const label = d.label;
    const box = ownChild(this, "rect", "chronoline-label-box", label !== undefined);
    if (box && label) {
      set(box, "x", label.left - RING_PAD);
      set(box, "y", label.top - RING_PAD);
      set(box, "width", label.width + 2 * RING_PAD);
      set(box, "height", label.height + 2 * RING_PAD);
      set(box, "rx", 4);
    }
  });
}

const HIT = "chronoline-hit";
const HIT_PASSIVE = "chronoline-hit chronoline-hit--passive";

/**
 * The child of `parent` with this tag and class: created as its first child when wanted and
 * missing (so targets lie under the marker and label), removed when not wanted.
 */
function ownChild(parent: SVGGElement, tag: string, className: string, wanted: boolean): Element | undefined {
  let found: Element | undefined;
  for (const child of parent.children) {
    if (child.localName === tag && child.classList.contains(className)) {
      found = child;
      break;
    }
  }
  if (!wanted) {
    found?.remove();
    return undefined;
  }
  if (!found) {
    found = parent.ownerDocument.createElementNS(SVG, tag);
    found.setAttribute("class", className);
    parent.insertBefore(found, parent.firstChild);
  }
  return found;
}

/** Sets an attribute only when it changes: an unchanged write still costs style work. */
function set(element: Element, name: string, value: string | number): void {
  const text = String(value);
  if (element.getAttribute(name) !== text) element.setAttribute(name, text);
}

const SVG = "http://www.w3.org/2000/svg";
