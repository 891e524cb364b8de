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

/**
 * Runs of at least three unlabelled point events whose markers touch become clusters: one pill
 * on the axis with a count, instead of a smear of markers. Pills that would touch are merged, so
 * their counts never collide. `points` are the event indexes of the unlabelled point events in
 * order of x (then index), and `xs` their x by event index: one linear walk. O(n).
 */
export function clusterMarkers(
  points: ArrayLike<number>,
  xs: ArrayLike<number>,
  measure: Measure,
): ClusterGeometry[] {
  const clusters: (ClusterGeometry & { first: number; last: number })[] = [];
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
    const members = length < MIN_MEMBERS ? [] : Array.from({ length }, (_, k) => points[start + k]!);
    start = end;
    if (length < MIN_MEMBERS) continue;
    clusters.push({ members, first, last, ...pillAround(first, last, members.length, measure) });
    // A pill may now touch the one before: share the space between them when both still fit
    // their counts, else merge them (and look again at the one before).
    while (
      clusters.length >= 2 &&
      clusters[clusters.length - 2]!.x2 + 2 > clusters[clusters.length - 1]!.x1
    ) {
      const b = clusters.pop()!;
      const a = clusters.pop()!;
      const border = (a.last + b.first) / 2;
      const fitsA = border - 1 - a.x1 >= measure(a.text, CLUSTER_FONT) + 8;
      const fitsB = b.x2 - (border + 1) >= measure(b.text, CLUSTER_FONT) + 8;
      if (fitsA && fitsB) {
        clusters.push({ ...a, x2: round(border - 1) }, { ...b, x1: round(border + 1) });
        break;
      }
      const merged = a.members.concat(b.members);
      clusters.push({
        members: merged,
        first: a.first,
        last: b.last,
        ...pillAround(a.first, b.last, merged.length, measure),
      });
    }
  }
  return clusters.map(({ x1, x2, members, text }) => ({ x1, x2, members, text }));
}

/** A pill from x1 to x2 (plus half a marker either side), widened to fit its count. */
function pillAround(
  x1: number,
  x2: number,
  count: number,
  measure: Measure,
): Omit<ClusterGeometry, "members"> {
  const text = `+${count}`;
  const needed = measure(text, CLUSTER_FONT) + 10;
  const middle = (x1 + x2) / 2;
  const half = Math.max((x2 - x1) / 2 + 7, needed / 2);
  return { x1: round(middle - half), x2: round(middle + half), text };
}

const round = (v: number): number => Math.round(v * 100) / 100;
