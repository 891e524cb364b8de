import { pointer, select } from "d3-selection";
import { interrupt } from "d3-transition";
import { zoom as d3Zoom, zoomIdentity, zoomTransform, type D3ZoomEvent, type ZoomTransform } from "d3-zoom";
import type { TimelineScale } from "../scale/time-scale.js";
import { panByTouch } from "./touch-pan.js";
import { isWholeView, type View, type ViewLimits, zoomView } from "./view.js";

/** How long an animated zoom (button, key, double-click) takes, in milliseconds. */
const ZOOM_DURATION = 250;

/**
 * The named transition of animated zooms. They glide the view itself, both ends in straight lines
 * (so that the view never leaves the span of the two views, unlike d3's smooth zoom), rather than
 * d3-zoom's transform: down a vertical timeline every layout of the glide changes the spine's
 * length, and with it the transform that shows a view. Named, it is not stopped when a new
 * drawing sets d3-zoom's state (which interrupts the unnamed transition).
 */
const GLIDE = "chronoline-glide";

/** Where the time axis runs: along x (horizontal timeline) or y (vertical). */
export type TimeAxis = "x" | "y";

/** Where time runs in a laid-out timeline: down a vertical timeline's spine, else across. */
export function timeAxisOf(layout: object): TimeAxis {
  // Read loosely, so that this works with layouts from before vertical timelines existed.
  return (layout as { spine?: unknown }).spine ? "y" : "x";
}

/** What the zoom behaviour needs to know after each drawing. */
export interface ZoomGeometry {
  /** The scale of the whole, unzoomed range onto the current pixels. */
  whole: TimelineScale;
  limits: ViewLimits;
  axis: TimeAxis;
  /** Width and height of the SVG, in pixels. */
  size: readonly [number, number];
}

export interface ZoomBehaviour {
  /** Keeps the gesture state in step with a view set from code; emits nothing. */
  sync(geometry: ZoomGeometry, view: View | undefined): void;
  /** Moves to a view, animated unless motion is reduced; each step reaches `onView`. */
  animateTo(view: View | undefined): void;
  /** Stops gestures and transitions and removes every listener. */
  destroy(): void;
}

/**
 * Zoom and pan along the time axis with d3-zoom: wheel, mouse drag, pinch (two fingers), double
 * click (shift for out); one finger pans and leaves vertical swipes to the page.
 * The behaviour never draws: it reports each new visible range to `onView` (undefined for the
 * whole range), and the caller recomputes ticks and labels at that zoom, so text never scales.
 */
export function createZoom(
  svg: SVGSVGElement,
  onView: (view: View | undefined) => void,
  reducedMotion: () => boolean,
): ZoomBehaviour {
  let geometry: ZoomGeometry | undefined;
  let syncing = false;
  /** The view last shown: where a glide starts. */
  let shown: View | undefined;
  const selection = select<SVGSVGElement, unknown>(svg);

  const range = (): [number, number] => geometry!.whole.range();
  const along = (t: ZoomTransform, v: number): number =>
    geometry!.axis === "x" ? t.invertX(v) : t.invertY(v);

  function viewOf(t: ZoomTransform): View | undefined {
    const [r0, r1] = range();
    const whole = geometry!.whole;
    const view: View = [whole.invert(along(t, r0)), whole.invert(along(t, r1))];
    return isWholeView(view, geometry!.limits) ? undefined : view;
  }

  function transformOf(view: View | undefined): ZoomTransform {
    if (!view || !geometry) return zoomIdentity;
    const [r0, r1] = range();
    const whole = geometry.whole;
    const k = (r1 - r0) / (whole(view[1]) - whole(view[0]));
    const shift = r0 - k * whole(view[0]);
    return geometry.axis === "x"
      ? zoomIdentity.translate(shift, 0).scale(k)
      : zoomIdentity.translate(0, shift).scale(k);
  }

  // Panning stops at the ends of the data; the cross axis never moves.
  function constrain(t: ZoomTransform): ZoomTransform {
    if (!geometry) return zoomIdentity;
    const [r0, r1] = range();
    const k = Math.max(1, t.k);
    const shift = Math.min(r0 * (1 - k), Math.max(r1 * (1 - k), geometry.axis === "x" ? t.x : t.y));
    return geometry.axis === "x"
      ? zoomIdentity.translate(shift, 0).scale(k)
      : zoomIdentity.translate(0, shift).scale(k);
  }

  const behaviour = d3Zoom<SVGSVGElement, unknown>()
    // d3's own test reads the global navigator, which Node 20 lacks (a jsdom window's SVG there).
    .touchable(() => !!svg.ownerDocument.defaultView?.navigator.maxTouchPoints || "ontouchstart" in svg)
    .constrain(constrain)
    .filter((event: Event) => {
      if (!geometry) return false;
      // One finger pans through pointer events (touch-pan.ts), so that the page still scrolls.
      if (event.type === "touchstart") return (event as TouchEvent).touches.length >= 2;
      if (event.type === "wheel") {
        const wheel = event as WheelEvent;
        if (Math.abs(wheel.deltaX) > Math.abs(wheel.deltaY)) return false;
      }
      const mouse = event as MouseEvent;
      return (!mouse.ctrlKey || event.type === "wheel") && !mouse.button;
    })
    .on("start", (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
      if (event.sourceEvent) selection.interrupt(GLIDE); // the reader's gesture takes over
    })
    .on("zoom", (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
      if (!syncing) onView((shown = viewOf(event.transform)));
    });
  selection.call(behaviour);
  // A double click (shift: out) glides like the buttons, around the time under the pointer.
  selection.on("dblclick.zoom", (event: MouseEvent) => {
    if (!geometry) return;
    event.preventDefault();
    const t = zoomTransform(svg);
    const at = geometry.whole.invert(along(t, pointer(event)[geometry.axis === "x" ? 0 : 1]));
    glideTo(zoomView(shown ?? geometry.limits.bounds, event.shiftKey ? 0.5 : 2, at, geometry.limits));
  });
  const touchActionBefore = svg.style.touchAction;
  const stopTouchPan = panByTouch(svg, (dx, dy) => {
    if (geometry) pan(geometry.axis === "x" ? dx : dy);
  });

  function pan(pixels: number): void {
    selection.interrupt(GLIDE);
    const t = constrain(zoomTransform(svg));
    const [dx, dy] = geometry!.axis === "x" ? [pixels / t.k, 0] : [0, pixels / t.k];
    behaviour.translateBy(selection, dx, dy);
  }

  // A sideways wheel or trackpad swipe pans; d3-zoom reads only the vertical wheel.
  const onSidewaysWheel = (event: WheelEvent): void => {
    if (!geometry || Math.abs(event.deltaX) <= Math.abs(event.deltaY)) return;
    const before = viewOf(zoomTransform(svg));
    if (!before) return; // nothing to pan; let the page scroll
    event.preventDefault();
    pan(-event.deltaX * (event.deltaMode === 1 ? 20 : 1));
  };
  svg.addEventListener("wheel", onSidewaysWheel, { passive: false });

  /** Moves to a view (undefined: the whole range), gliding unless motion is reduced. */
  function glideTo(view: View | undefined): void {
    if (!geometry) return;
    const { limits } = geometry;
    const target = view && isWholeView(view, limits) ? undefined : view;
    if (reducedMotion()) {
      selection.interrupt(GLIDE);
      onView((shown = target));
      return;
    }
    const [a0, a1] = shown ?? limits.bounds;
    const [b0, b1] = target ?? limits.bounds;
    selection
      .transition(GLIDE)
      .duration(ZOOM_DURATION)
      .tween("view", () => (t: number) => {
        const step: View = t === 1 ? [b0, b1] : [a0 + (b0 - a0) * t, a1 + (b1 - a1) * t];
        onView((shown = t === 1 ? target : isWholeView(step, limits) ? undefined : step));
      });
  }

  return {
    sync(next, view) {
      geometry = next;
      shown = view;
      // The page keeps the swipe across the time axis, to scroll.
      svg.style.touchAction = next.axis === "x" ? "pan-y" : "pan-x";
      const [w, h] = next.size;
      const [r0, r1] = range();
      behaviour
        .extent(
          next.axis === "x"
            ? [
                [r0, 0],
                [r1, h],
              ]
            : [
                [0, r0],
                [w, r1],
              ],
        )
        .scaleExtent([1, (next.limits.bounds[1] - next.limits.bounds[0]) / next.limits.minSpan]);
      const target = transformOf(view);
      const now = zoomTransform(svg);
      // During a gesture or an animation the view came from d3-zoom: leave its state alone, since
      // setting it would interrupt the animation. (Animations move the cross axis too; it is unused.)
      const shift = next.axis === "x" ? now.x - target.x : now.y - target.y;
      if (Math.abs(now.k - target.k) <= 1e-6 * target.k && Math.abs(shift) < 0.01) return;
      syncing = true;
      try {
        behaviour.transform(selection, target);
      } finally {
        syncing = false;
      }
    },
    animateTo: glideTo,
    destroy() {
      interrupt(svg);
      interrupt(svg, GLIDE);
      selection.on(".zoom", null);
      svg.removeEventListener("wheel", onSidewaysWheel);
      stopTouchPan();
      svg.style.touchAction = touchActionBefore;
      geometry = undefined;
    },
  };
}
