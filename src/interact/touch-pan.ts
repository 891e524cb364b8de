/**
 * One-finger panning on a touch screen, through pointer events. With `touch-action: pan-y` on the
 * element (set by the caller), a vertical swipe still scrolls the page (the browser then cancels
 * the pointer) while a sideways swipe reaches `onPan` as pixel steps. A second finger stops it: two
 * fingers pinch, which d3-zoom handles. Returns the function that removes every listener.
 */
export function panByTouch(element: SVGSVGElement, onPan: (dx: number, dy: number) => void): () => void {
  const touches = new Map<number, { x: number; y: number }>();

  const onDown = (event: PointerEvent): void => {
    if (event.pointerType !== "touch") return;
    // The first finger down starts a new gesture: forget any finger whose lifting went unseen.
    if (event.isPrimary) touches.clear();
    touches.set(event.pointerId, { x: event.clientX, y: event.clientY });
  };
  const onMove = (event: PointerEvent): void => {
    const last = touches.get(event.pointerId);
    if (!last) return;
    touches.set(event.pointerId, { x: event.clientX, y: event.clientY });
    if (touches.size === 1) onPan(event.clientX - last.x, event.clientY - last.y);
  };
  const onEnd = (event: PointerEvent): void => {
    touches.delete(event.pointerId);
  };

  element.addEventListener("pointerdown", onDown);
  element.addEventListener("pointermove", onMove);
  element.addEventListener("pointerup", onEnd);
  element.addEventListener("pointercancel", onEnd);
  return () => {
    element.removeEventListener("pointerdown", onDown);
    element.removeEventListener("pointermove", onMove);
    element.removeEventListener("pointerup", onEnd);
    element.removeEventListener("pointercancel", onEnd);
    touches.clear();
  };
}
