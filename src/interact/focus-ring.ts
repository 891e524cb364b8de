import type { EventGeometry } from "../layout/layout.js";

const SVG_NS = "http://www.w3.org/2000/svg";
/** Room between the ring and what it surrounds, in pixels. */
const PAD = 4;
/** Radius of the ring around a marker (5 px) or a cluster member's place on the axis. */
const MARKER_RING = 9;

export interface FocusRing {
  /** Rings the event drawn with this geometry (its marker or bar, and its label); undefined hides. */
  show(event: EventGeometry | undefined): void;
  /** Moves the ring along with its event in a preview frame of a zoom (px along x, y). */
  shift(dx: number, dy: number): void;
  /** The geometry of the event ringed, if the ring is shown. */
  readonly shown: EventGeometry | undefined;
}

/**
 * The keyboard focus ring: one group on top of the drawing, hidden from screen readers, that
 * outlines the focused event's marker (or span bar) and its label in the focus colour. One ring
 * for the whole timeline, rather than one hidden outline per event, keeps every frame of a zoom
 * light. The stylesheet draws it (`.chronoline-focus-ring`), thick enough for either theme.
 */
export function createFocusRing(svg: SVGSVGElement): FocusRing {
  const doc = svg.ownerDocument;
  const ring = doc.createElementNS(SVG_NS, "g");
  ring.setAttribute("class", "chronoline-focus-ring");
  ring.setAttribute("aria-hidden", "true");
  const mark = doc.createElementNS(SVG_NS, "rect");
  const label = doc.createElementNS(SVG_NS, "rect");
  ring.append(mark, label);

  const box = (rect: SVGRectElement, x: number, y: number, width: number, height: number, rx: number) => {
    for (const [name, value] of Object.entries({ x, y, width, height, rx }))
      rect.setAttribute(name, String(value));
  };

  let shown: EventGeometry | undefined;
  return {
    get shown() {
      return shown;
    },
    shift(dx, dy) {
      if (shown) ring.setAttribute("transform", `translate(${dx},${dy})`);
    },
    show(event) {
      shown = event;
      ring.removeAttribute("transform");
      if (!event) {
        ring.remove();
        return;
      }
      if (event.bar) {
        const { x, y, width, height } = event.bar;
        box(mark, x - PAD, y - PAD, width + 2 * PAD, height + 2 * PAD, 4);
      } else {
        box(
          mark,
          event.x - MARKER_RING,
          event.y - MARKER_RING,
          2 * MARKER_RING,
          2 * MARKER_RING,
          MARKER_RING,
        );
      }
      const l = event.label;
      label.style.display = l ? "" : "none";
      if (l) box(label, l.left - PAD + 1, l.top - PAD + 1, l.width + 2 * PAD - 2, l.height + 2 * PAD - 2, 4);
      svg.append(ring); // last, so that it is drawn over everything
    },
  };
}
