/**
 * Keeps a zoomed timeline from changing height under the reader's pointer. Zooming in lays the
 * labels out again, usually in fewer rows, so the drawing would shrink, the page below would jump
 * up, and the wheel or drag would end up outside the timeline. While zoomed, the SVG keeps the
 * tallest height it had since the whole range was last shown (the extra room stays empty, and
 * still takes drags); showing the whole range, a new width or new data let it find its own.
 */
export interface SteadyHeight {
  /** After a drawing: grows the SVG to the kept height when zoomed. */
  apply(svg: SVGSVGElement, zoomed: boolean): void;
  /** Forget the kept height (new width or new data). */
  reset(): void;
}

export function createSteadyHeight(): SteadyHeight {
  let kept = 0;
  return {
    apply(svg, zoomed) {
      const height = Number(svg.getAttribute("height"));
      const width = Number(svg.getAttribute("width"));
      if (!zoomed || !Number.isFinite(height)) {
        kept = height;
        return;
      }
      kept = Math.max(kept, height);
      if (kept > height) {
        svg.setAttribute("height", String(kept));
        svg.setAttribute("viewBox", `0 0 ${width} ${kept}`);
      }
    },
    reset() {
      kept = 0;
    },
  };
}
