/**
 * Calls `onChange` when the element's width changes, at most once per animation frame.
 * Returns the function that stops observing. Does nothing where ResizeObserver is missing (jsdom).
 */
export function observeWidth(element: Element, onChange: () => void): () => void {
  const view = element.ownerDocument.defaultView;
  if (!view || typeof view.ResizeObserver !== "function") return () => {};
  let lastWidth = element.clientWidth;
  let frame = 0;
  const observer = new view.ResizeObserver(() => {
    if (element.clientWidth === lastWidth || frame) return;
    frame = view.requestAnimationFrame(() => {
      frame = 0;
      lastWidth = element.clientWidth;
      onChange();
    });
  });
  observer.observe(element);
  return () => {
    observer.disconnect();
    if (frame) view.cancelAnimationFrame(frame);
  };
}
