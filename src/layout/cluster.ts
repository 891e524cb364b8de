import type { Measure } from "./measure.js";

/** Where markers crowd: a pill on the axis that stands for the unlabelled events under it. */
export interface ClusterGeometry {
  /** Left and right ends of the pill. */
  x1: number;
  x2: number;
  /** Indexes of the events it stands for, in time order. */
  members: number[];
  /** The text on the pill: "+37". */
  text: string;
}

/**
 * The rectangle a pill fills in the drawing: along the axis from x1 to x2 centred on y
 * (horizontal), or, when `across` is given (vertical: x1/x2 run down the spine), from
 * across.x1 to across.x2 and from y = x1 to x2.
 */
export function clusterBox(c: {
  x1: number;
  x2: number;
  y: number;
  across?: { x1: number; x2: number } | undefined;
}): { left: number; top: number; width: number; height: number } {
  return c.across
    ? { left: c.across.x1, top: c.x1, width: c.across.x2 - c.across.x1, height: c.x2 - c.x1 }
    : { left: c.x1, top: c.y - CLUSTER_HEIGHT / 2, width: c.x2 - c.x1, height: CLUSTER_HEIGHT };
}

/** Font of the count on a cluster pill. */
export const CLUSTER_FONT = '600 10px "Helvetica Neue", Helvetica, Arial, "Liberation Sans", sans-serif';
/** Height of a cluster pill. */
export const CLUSTER_HEIGHT = 14;
// Markers closer than this touch (two radii and a pixel of air).
const TOUCHING = 11;
// Longest a pill grows before a crowded stretch is split into several, in pixels.
const MAX_PILL = 96;
// Fewer unlabelled markers than this in a run are simply drawn.
const MIN_MEMBERS = 3;
// A pill keeps this far from the centre of a labelled event's marker (its radius and a pixel).
const CLEAR_OF_MARKER = 6;

/**
 * Runs of at least three unlabelled point events whose markers touch become clusters: one pill
 * on the axis with a count, instead of a smear of markers. Pills that would touch share the room
 * between them or merge, so their counts never collide. `points` are the event indexes of the
 * unlabelled point events in order of x (then index), and `xs` their x by event index: one
 * linear walk. `shown` are the x of the markers of labelled events, ascending: a pill's count is
 * never under one (it would read as another number), so a pill goes in the stretch between
 * labelled markers nearest its run, beside them when its run is crowded with them; a run whose
 * count finds no room nearby keeps its own markers. `limits` bound the pills (the picture).
 */
export function clusterMarkers(
  points: ArrayLike<number>,
  xs: ArrayLike<number>,
  measure: Measure,
  shown: ArrayLike<number> = [],
  limits: readonly [number, number] = [-Infinity, Infinity],
): ClusterGeometry[] {
  const clusters: Pill[] = [];
  const place = (first: number, last: number, count: number, after = -Infinity) =>
    placePill(first, last, `+${count}`, measure, shown, [Math.max(limits[0], after), limits[1]]);
  const n = points.length;
  for (let start = 0; start < n;) {
    const first = xs[points[start]!]!;
    let end = start + 1;
    // A run ends where markers stop touching, or where its pill would grow too long to say
    // where its events are: a long crowded stretch becomes a row of pills.
    while (end < n) {
      const x = xs[points[end]!]!;
      if (x - xs[points[end - 1]!]! < TOUCHING && x - first <= MAX_PILL - 14) end++;
      else break;
    }
    const length = end - start;
    const last = xs[points[end - 1]!]!;
    const from = start;
    start = end;
    if (length < MIN_MEMBERS) continue;
    const pill = place(first, last, length);
    if (!pill) continue;
    const members: number[] = [];
    for (let k = 0; k < length; k++) members.push(points[from + k]!);
    clusters.push({ members, first, last, ...pill });
    // A pill may now touch the one before: they share the room between them when both still
    // fit their counts, else merge (and the merged one looks again at the one before).
    while (
      clusters.length >= 2 &&
      clusters[clusters.length - 2]!.x2 + 2 > clusters[clusters.length - 1]!.x1
    ) {
      const b = clusters.pop()!;
      const a = clusters.pop()!;
      const shared = share(a, b);
      if (shared) {
        clusters.push(...shared);
        break;
      }
      const members = a.members.concat(b.members);
      const merged = place(a.first, b.last, members.length);
      if (merged) {
        clusters.push({ members, first: a.first, last: b.last, ...merged });
        continue;
      }
      // No room near for the merged count: the later pill moves past the earlier if it can,
      // else the larger run keeps its pill and the other its markers.
      const moved = place(b.first, b.last, b.members.length, a.x2 + 2);
      if (moved) {
        clusters.push(a, { ...b, ...moved });
        break;
      }
      clusters.push(a.members.length >= b.members.length ? a : b);
    }
  }
  return clusters.map(({ x1, x2, members, text }) => ({ x1, x2, members, text }));
}

/** A pill being made: its run's first and last x, and the width its count needs. */
interface Pill extends ClusterGeometry {
  first: number;
  last: number;
  needed: number;
}

/**
 * Two touching pills cut apart a pixel either side of a border between their runs, when each
 * keeps the width its count needs; undefined when they cannot both. Each only ever shortens, so
 * its count stays where it was clear of the markers.
 */
function share(a: Pill, b: Pill): [Pill, Pill] | undefined {
  const lowest = a.x1 + a.needed + 1;
  const highest = b.x2 - b.needed - 1;
  if (lowest > highest) return undefined;
  const border = Math.min(highest, Math.max(lowest, (a.last + b.first) / 2));
  return [
    { ...a, x2: Math.min(a.x2, round(border - 1)) },
    { ...b, x1: Math.max(b.x1, round(border + 1)) },
  ];
}

/**
 * Where a run's pill goes: among the stretches between labelled markers (each kept
 * CLEAR_OF_MARKER from them, within `limits`) near the run, the one whose pill lies nearest the
 * run's own pill (`pillAround`); in it, the run's own pill cut to the stretch, or moved into it
 * at the width its count needs. In a stretch narrower than that, the count is centred and the
 * pill's rounded ends tuck under the markers. Undefined when no stretch near holds the count.
 */
function placePill(
  first: number,
  last: number,
  text: string,
  measure: Measure,
  shown: ArrayLike<number>,
  [min, max]: readonly [number, number],
): (Omit<ClusterGeometry, "members"> & { needed: number }) | undefined {
  const count = measure(text, CLUSTER_FONT);
  const needed = count + 10;
  const own = pillAround(first, last, needed);
  const middle = (first + last) / 2;
  // Stretches from two pills' widths left of the run's own pill to two right of it.
  const from = own.x1 - 2 * needed;
  const to = own.x2 + 2 * needed;
  // The first labelled marker at or past `from` (binary search: a run looks near itself only).
  let k = 0;
  for (let hi = shown.length; k < hi;) {
    const mid = (k + hi) >>> 1;
    if (shown[mid]! < from) k = mid + 1;
    else hi = mid;
  }
  let best: { x1: number; x2: number; off: number } | undefined;
  for (; k <= shown.length; k++) {
    const lo = Math.max(min, k > 0 ? shown[k - 1]! + CLEAR_OF_MARKER : -Infinity);
    const hi = Math.min(max, k < shown.length ? shown[k]! - CLEAR_OF_MARKER : Infinity);
    if (lo > to) break;
    // The count and a pixel either side must keep clear of the markers' edges (CLEAR_OF_MARKER
    // is the radius and that pixel).
    if (hi - lo < count) continue;
    let x1 = Math.max(own.x1, lo);
    let x2 = Math.min(own.x2, hi);
    if (x2 - x1 < needed) {
      x1 =
        hi - lo >= needed
          ? Math.min(hi - needed, Math.max(lo, middle - needed / 2))
          : (lo + hi) / 2 - needed / 2;
      x2 = x1 + needed;
      // A pill tucked under the markers must still end inside the limits, its count centred.
      if (x1 < min || x2 > max) continue;
    }
    const off = Math.abs((x1 + x2) / 2 - middle);
    if (!best || off < best.off) best = { x1, x2, off };
  }
  return best && { x1: round(best.x1), x2: round(best.x2), text, needed };
}

/** A run's own pill: from its first to its last marker (and half a marker beyond), widened to `needed`. */
function pillAround(x1: number, x2: number, needed: number): { x1: number; x2: number } {
  const middle = (x1 + x2) / 2;
  const half = Math.max((x2 - x1) / 2 + 7, needed / 2);
  return { x1: middle - half, x2: middle + half };
}

const round = (v: number): number => Math.round(v * 100) / 100;
