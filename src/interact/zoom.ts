import { select } from "d3-selection";
import { interrupt } from "d3-transition";
import { zoom as d3Zoom, zoomIdentity, zoomTransform, type D3ZoomEvent, type ZoomTransform } from "d3-zoom";
import type { TimelineScale } from "../scale/time-scale.js";
import { panByTouch } from "./touch-pan.js";
import { isWholeView, type View, type ViewLimits } from "./view.js";

/** How long an animated zoom (button, key, double-click) takes, in milliseconds. */
const ZOOM_DURATION = 250;

/**
 * Animated zooms move both ends of the view in straight lines, so that each end glides one way
 * only and the view never leaves the span of the two views. d3's default (van Wijk's smooth zoom)
 * first widens the view when its centre moves, which would show empty time beyond the data.
 */
function glide(a: [number, number, number], b: [number, number, number]) {
  return (t: number): [number, number, number] => [
    a[0] + (b[0] - a[0]) * t,
    a[1] + (b[1] - a[1]) * t,
    a[2] + (b[2] - a[2]) * t,
  ];
}

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
    .constrain(constrain)
    .interpolate(glide)
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
    .on("zoom", (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
      if (!syncing) onView(viewOf(event.transform));
    });
  selection.call(behaviour);
  const touchActionBefore = svg.style.touchAction;
  const stopTouchPan = panByTouch(svg, (dx, dy) => {
    if (geometry) pan(geometry.axis === "x" ? dx : dy);
  });

  function pan(pixels: number): void {
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

  return {
    sync(next, view) {
      geometry = next;
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
        .scaleExtent([1, (next.limits.bounds[1] - next.limits.bounds[0]) / next.limits.minSpan])
        .duration(reducedMotion() ? 0 : ZOOM_DURATION);
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
    animateTo(view) {
      const target = transformOf(view);
      if (reducedMotion()) behaviour.transform(selection, target);
      else
        selection
          .transition()
          .duration(ZOOM_DURATION)
          .call((t) => {
            behaviour.transform(t, target);
          });
    },
    destroy() {
      interrupt(svg);
      selection.on(".zoom", null);
      svg.removeEventListener("wheel", onSidewaysWheel);
      stopTouchPan();
      svg.style.touchAction = touchActionBefore;
      geometry = undefined;
    },
  };
}
