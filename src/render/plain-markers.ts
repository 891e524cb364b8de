// The markers of unlabelled points, drawn together: one path of rings and one of fills per
// colour (a live timeline's plain markers), and the path data that a preview frame moves.
import { type EventLayerModel, MARKER_RADIUS, RING, make, paintColor, r2, set } from "./events.js";

/** The centres each plain-marker path was last drawn with: what a preview frame moves. */
const dotsOf = new WeakMap<Element, PlainDots>();

/** The circles a plain-marker path draws: centres (x0, y0, x1, y1, …) and one radius. */
export interface PlainDots {
  centres: Float64Array;
  radius: number;
}

/** The circles a plain-marker path was last drawn with. */
export function dotsOfPath(path: Element): PlainDots | undefined {
  return dotsOf.get(path);
}

/**
 * The markers of unlabelled points that no pill stands for, drawn together in `layer` (when
 * `plainMarkers`): per colour, one path of the markers' rings (`path.chronoline-marker-rings`,
 * discs of the ring's colour) under one path of their fills (`path.chronoline-marker.chronoline-dots`,
 * discs 1.5 px smaller), so that each looks as a marker does. Both are filled, not stroked: a
 * stroked path of a thousand circles cost Chromium 3.6 ms of layout at each change (its stroke's
 * bounds), a filled one 0.5 ms. On a dense timeline these are most of the events drawn (930 of
 * 1,005 groups at 10,000 events); as groups they were two nodes each, every one moved at each
 * frame of a zoom. Markers of one colour that overlap merge into one shape inside one ring. The
 * layer is hidden from screen readers (the event table lists every event, and the arrow keys
 * reach each one, pinned: it then has its own group and leaves the paths); pointer hits come from
 * geometry (interact/hit-test.ts).
 */
export function renderDots(layer: SVGGElement, model: EventLayerModel): void {
  set(layer, "aria-hidden", "true");
  const pinned = new Set(model.pinnedIds ?? []);
  const byColor = new Map<string | null, number[]>();
  for (const d of model.layout.events) {
    if (d.label !== undefined || d.bar || d.clustered || pinned.has(d.event.id)) continue;
    const color = model.colorOf(d.event) ?? null;
    let centres = byColor.get(color);
    if (!centres) byColor.set(color, (centres = []));
    centres.push(d.x, d.y);
  }
  const existing = Array.from(layer.children);
  let k = 0;
  const same = (p: number): number => p;
  const path = (className: string, centres: Float64Array, radius: number): Element => {
    let node = existing[k++];
    if (!node) node = layer.appendChild(make(layer.ownerDocument, "path", className));
    set(node, "class", className);
    dotsOf.set(node, { centres, radius });
    set(node, "d", dotsPath({ centres, radius }, same, same));
    return node;
  };
  const down = model.layout.spine !== undefined;
  for (const [color, list] of byColor) {
    const centres = inRows(list, down);
    path("chronoline-marker-rings", centres, MARKER_RADIUS + RING / 2);
    const dots = path("chronoline-marker chronoline-dots", centres, MARKER_RADIUS - RING / 2);
    set(dots, "data-count", centres.length / 2);
    set(dots, "cursor", "pointer");
    paintColor(dots, color);
  }
  for (const extra of existing.slice(k)) extra.remove();
}

/**
 * Centres (x0, y0, x1, y1, …) in rows: sorted across the time axis, then along it, so that the
 * markers of one row (on the axis, most of them) come one after the other in time.
 */
function inRows(list: number[], down: boolean): Float64Array {
  const n = list.length / 2;
  const order = Array.from({ length: n }, (_, i) => i);
  const [along, across] = down ? [1, 0] : [0, 1];
  order.sort(
    (a, b) => list[2 * a + across]! - list[2 * b + across]! || list[2 * a + along]! - list[2 * b + along]!,
  );
  const out = new Float64Array(list.length);
  order.forEach((i, k) => {
    out[2 * k] = list[2 * i]!;
    out[2 * k + 1] = list[2 * i + 1]!;
  });
  return out;
}

/**
 * Circles closer than this along a row, in pixels, are drawn as the first and last of their run
 * and enough between to leave no gap wider than this: the union of the circles (what is seen)
 * then differs from all of them by less than 0.3 px at their edges. Thousands of markers a few
 * pixels apart on a wide range are each rastered at every frame of a zoom otherwise (at 100,000
 * events, 2,500 circles: 23 ms a frame in Chromium's software raster).
 */
const DOT_STEP = 3;

/**
 * Path data of circles of `radius` at the centres (x0, y0, …, in rows: `inRows`), moved by `mx`,
 * `my`; circles that lie inside a run of others (`DOT_STEP`) are left out.
 */
export function dotsPath(
  { centres, radius }: PlainDots,
  mx: (x: number) => number,
  my: (y: number) => number,
): string {
  const r = r2(radius);
  const head = `a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0z`;
  const n = centres.length / 2;
  const xs = new Float64Array(n);
  const ys = new Float64Array(n);
  // Plain statements, no destructuring: this loop runs cold at the first paint (an array made
  // and iterated per circle), and at every frame of a zoom.
  for (let i = 0; i < n; i++) {
    xs[i] = mx(centres[2 * i]!);
    ys[i] = my(centres[2 * i + 1]!);
  }
  let d = "";
  let kept = -1;
  for (let i = 0; i < n; i++) {
    const x = xs[i]!;
    const y = ys[i]!;
    // Left out when the next circle is in the same row and within a step of the last drawn.
    if (kept >= 0 && i + 1 < n) {
      const kx = xs[kept]!;
      const ky = ys[kept]!;
      const nx = xs[i + 1]!;
      const ny = ys[i + 1]!;
      if (inRow(kx, ky, x, y) && inRow(x, y, nx, ny) && Math.hypot(nx - kx, ny - ky) <= DOT_STEP) continue;
    }
    kept = i;
    d += `M${r2(x - r)},${r2(y)}${head}`;
  }
  return d;
}

/** Two centres in one row: the same x (a vertical row) or the same y. */
const inRow = (ax: number, ay: number, bx: number, by: number): boolean =>
  Math.abs(ax - bx) < 0.01 || Math.abs(ay - by) < 0.01;
