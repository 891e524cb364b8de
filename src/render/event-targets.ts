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
  // `clustered` is read loosely, so that this works with layouts from before clusters existed.
  const clustered = (d: EventGeometry): boolean => (d as { clustered?: boolean }).clustered === true;
  const targetClass = (d: EventGeometry): string =>
    clustered(d) ? "chronoline-hit chronoline-hit--passive" : "chronoline-hit";

  events
    .selectAll<SVGCircleElement, EventGeometry>("circle.chronoline-hit")
    .data((d) => (d.event.kind === "point" ? [d] : []))
    .join((enter) => enter.insert("circle", ":first-child"))
    .attr("class", targetClass)
    .attr("cx", (d) => d.x)
    .attr("cy", (d) => d.y)
    .attr("r", HIT_RADIUS);

  events
    .selectAll<SVGRectElement, EventGeometry>("rect.chronoline-hit")
    .data((d) => (d.event.kind === "span" ? [d] : []))
    .join((enter) => enter.insert("rect", ":first-child"))
    .attr("class", targetClass)
    .attr("x", (d) => d.x - RING_PAD)
    // As tall as a lane, so that the target never covers a bar in the next lane.
    .attr("y", (d) => d.y - 2)
    .attr("width", (d) => d.x2 - d.x + 2 * RING_PAD)
    .attr("height", (d) => d.barHeight + 4)
    .attr("rx", 4);

  events
    .selectAll<SVGRectElement, EventGeometry>("rect.chronoline-label-box")
    .data((d) => (d.label ? [d] : []))
    .join((enter) => enter.insert("rect", ":first-child").attr("class", "chronoline-label-box"))
    .attr("x", (d) => d.label!.left - RING_PAD)
    .attr("y", (d) => d.label!.top - RING_PAD)
    .attr("width", (d) => d.label!.width + 2 * RING_PAD)
    .attr("height", (d) => d.label!.height + 2 * RING_PAD)
    .attr("rx", 4);
}
