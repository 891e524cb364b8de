/**
 * Calls `onChange` with the element's new width when it changes, at most once per animation
 * frame. `width` is the width the caller has already drawn for. Returns the function that stops
 * observing. Does nothing where ResizeObserver is missing (jsdom).
 */
export function observeWidth(element: Element, width: number, onChange: (width: number) => void): () => void {
  const view = element.ownerDocument.defaultView;
  if (!view || typeof view.ResizeObserver !== "function") return () => {};
  let lastWidth = width;
  let frame = 0;
  // Layout is up to date when the observer is called: reading the width here costs nothing.
  const observer = new view.ResizeObserver(() => {
    if (element.clientWidth === lastWidth || frame) return;
    frame = view.requestAnimationFrame(() => {
      frame = 0;
      lastWidth = element.clientWidth;
      onChange(lastWidth);
    });
  });
  observer.observe(element);
  return () => {
    observer.disconnect();
    if (frame) view.cancelAnimationFrame(frame);
  };
}
