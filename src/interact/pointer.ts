import { eventIdOf } from "./roving.js";

export interface PointerHandlers {
  /** A click or tap on an event. */
  event(id: string): void;
  /** A click or tap on a cluster pill. */
  cluster(node: Element): void;
  /** A click on the timeline away from any event. */
  background(): void;
  /** The mouse moved onto an event (its id) or off every event (null). Not for touch. */
  hover(id: string | null): void;
}

/**
 * Delegated pointer listeners on the SVG: one of each, whatever the number of events. A click
 * that ends a drag never arrives here (d3-zoom swallows it), so panning does not select.
 * Returns the function that removes them.
 */
export function listenForPointer(svg: SVGSVGElement, on: PointerHandlers): () => void {
  let hovered: string | null = null;
  const hover = (id: string | null): void => {
    if (id === hovered) return;
    hovered = id;
    on.hover(id);
  };
  const onClick = (e: MouseEvent): void => {
    const id = eventAt(svg, e);
    if (id !== null) {
      on.event(id);
      return;
    }
    const cluster = (e.target as Element).closest(".chronoline-cluster");
    if (cluster) on.cluster(cluster);
    else on.background();
  };
  const onMove = (e: PointerEvent): void => {
    if (e.pointerType !== "touch") hover(eventAt(svg, e));
  };
  const onLeave = (): void => {
    hover(null);
  };
  svg.addEventListener("click", onClick);
  svg.addEventListener("pointermove", onMove);
  svg.addEventListener("pointerleave", onLeave);
  return () => {
    svg.removeEventListener("click", onClick);
    svg.removeEventListener("pointermove", onMove);
    svg.removeEventListener("pointerleave", onLeave);
  };
}

const VISIBLE = ".chronoline-marker, .chronoline-span, .chronoline-label";

/**
 * The event under the pointer. The invisible targets around markers are wider than the markers
 * and those of later events lie on top, so a target may cover a neighbour's marker: what is
 * visibly under the pointer wins, then the target whose centre is nearest.
 */
export function eventAt(svg: SVGSVGElement, e: MouseEvent): string | null {
  const direct = eventIdOf(e.target);
  const doc = svg.ownerDocument;
  if (
    !(e.target as Element).classList.contains("chronoline-hit") ||
    typeof doc.elementsFromPoint !== "function"
  )
    return direct;
  const under = doc.elementsFromPoint(e.clientX, e.clientY).filter((el) => svg.contains(el));
  const visible = under.find((el) => el.matches(VISIBLE));
  if (visible) return eventIdOf(visible);
  let [best, bestDistance] = [direct, Infinity];
  for (const el of under) {
    if (!el.classList.contains("chronoline-hit")) continue;
    const r = el.getBoundingClientRect();
    const distance = Math.hypot(r.left + r.width / 2 - e.clientX, r.top + r.height / 2 - e.clientY);
    if (distance < bestDistance) [best, bestDistance] = [eventIdOf(el), distance];
  }
  return best;
}
