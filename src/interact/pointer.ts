import { eventIdOf } from "./roving.js";

export interface PointerHandlers {
  /** A click or tap on (or within reach of) an event. */
  event(id: string): void;
  /** A click or tap on a cluster pill. */
  cluster(node: Element): void;
  /** A click on the timeline away from any event. */
  background(): void;
  /** The mouse moved onto an event (its id) or off every event (null). Not for touch. */
  hover(id: string | null): void;
}

/** What is drawn of an event: a click on it is a click on that event. */
const VISIBLE = ".chronoline-marker, .chronoline-span, .chronoline-label";

/**
 * Delegated pointer listeners on the SVG: one of each, whatever the number of events. A click
 * that ends a drag never arrives here (d3-zoom swallows it), so panning does not select. What is
 * visibly under the pointer wins; elsewhere `near(x, y)` (SVG coordinates) finds the event within
 * reach, so a near miss of a small marker still counts. Returns the function that removes them.
 */
export function listenForPointer(
  svg: SVGSVGElement,
  on: PointerHandlers,
  near: (x: number, y: number) => string | null,
): () => void {
  let hovered: string | null = null;
  const eventAt = (e: MouseEvent): string | null => {
    const target = e.target as Element;
    if (typeof target.closest === "function" && target.closest(VISIBLE)) {
      // An event's own marker, bar or label; the plain bars of unlabelled spans are one path, so
      // which bar is found from geometry below.
      const id = eventIdOf(target);
      if (id !== null) return id;
    }
    if (typeof target.closest === "function" && target.closest(".chronoline-cluster")) return null;
    const box = svg.getBoundingClientRect();
    return near(e.clientX - box.left, e.clientY - box.top);
  };
  const hover = (id: string | null): void => {
    if (id === hovered) return;
    hovered = id;
    on.hover(id);
  };
  const onClick = (e: MouseEvent): void => {
    const id = eventAt(e);
    if (id !== null) {
      on.event(id);
      return;
    }
    const cluster = (e.target as Element).closest(".chronoline-cluster");
    if (cluster) on.cluster(cluster);
    else on.background();
  };
  const onMove = (e: PointerEvent): void => {
    if (e.pointerType !== "touch") hover(eventAt(e));
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
