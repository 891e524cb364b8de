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
    const id = eventIdOf(e.target);
    if (id !== null) {
      on.event(id);
      return;
    }
    const cluster = (e.target as Element).closest(".chronoline-cluster");
    if (cluster) on.cluster(cluster);
    else on.background();
  };
  const onOver = (e: PointerEvent): void => {
    if (e.pointerType !== "touch") hover(eventIdOf(e.target));
  };
  const onLeave = (): void => {
    hover(null);
  };
  svg.addEventListener("click", onClick);
  svg.addEventListener("pointerover", onOver);
  svg.addEventListener("pointerleave", onLeave);
  return () => {
    svg.removeEventListener("click", onClick);
    svg.removeEventListener("pointerover", onOver);
    svg.removeEventListener("pointerleave", onLeave);
  };
}
