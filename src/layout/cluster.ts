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
 * on the axis with a count, instead of a smear of markers. Pills that would touch are merged, so
 * their counts never collide. `points` are the event indexes of the unlabelled point events in
 * order of x (then index), and `xs` their x by event index: one linear walk. O(n).
 * `shown` are the x of the markers of labelled events, ascending: a pill never runs across one
 * (its count would be hidden under the marker), and keeps clear of it where its count still fits.
 */
export function clusterMarkers(
  points: ArrayLike<number>,
  xs: ArrayLike<number>,
  measure: Measure,
  shown: ArrayLike<number> = [],
): ClusterGeometry[] {
  let nextShown = 0; // the first shown marker right of the run being built
  const clusters: (ClusterGeometry & { first: number; last: number; before: number; after: number })[] = [];
  const n = points.length;
  for (let start = 0; start < n;) {
    const first = xs[points[start]!]!;
    while (nextShown < shown.length && shown[nextShown]! <= first) nextShown++;
    const before = nextShown > 0 ? shown[nextShown - 1]! : -Infinity;
    const after = nextShown < shown.length ? shown[nextShown]! : Infinity;
    let end = start + 1;
    // A run ends where markers stop touching, or where its pill would grow too long to say
    // where its events are: a long crowded stretch becomes a row of pills.
    while (end < n) {
      const x = xs[points[end]!]!;
      if (x - xs[points[end - 1]!]! < TOUCHING && x - first <= MAX_PILL - 14 && x < after) end++;
      else break;
    }
    const length = end - start;
    const last = xs[points[end - 1]!]!;
    const members = length < MIN_MEMBERS ? [] : Array.from({ length }, (_, k) => points[start + k]!);
    start = end;
    if (length < MIN_MEMBERS) continue;
    clusters.push({
      members,
      first,
      last,
      before,
      after,
      ...clearOf(pillAround(first, last, members.length, measure), before, after, measure),
    });
    // A pill may now touch the one before: share the space between them when both still fit
    // their counts, else merge them (and look again at the one before).
    while (
      clusters.length >= 2 &&
      clusters[clusters.length - 2]!.x2 + 2 > clusters[clusters.length - 1]!.x1
    ) {
      const b = clusters.pop()!;
      const a = clusters.pop()!;
      // Between them, a shown marker if there is one (kept clear), else the middle of the gap.
      const marker = a.after < b.first;
      const border = marker ? a.after : (a.last + b.first) / 2;
      const air = marker ? CLEAR_OF_MARKER : 1;
      const fitsA = border - air - a.x1 >= measure(a.text, CLUSTER_FONT) + 8;
      const fitsB = b.x2 - (border + air) >= measure(b.text, CLUSTER_FONT) + 8;
      if (fitsA && fitsB) {
        clusters.push({ ...a, x2: round(border - air) }, { ...b, x1: round(border + air) });
        break;
      }
      if (marker) {
        // A pill across the marker would hide its count under it: the smaller run gives up its
        // pill, and its few events keep their own markers.
        clusters.push(a.members.length >= b.members.length ? a : b);
        continue;
      }
      // Too tight to share: one pill, though it may cover a marker, so that counts never collide.
      const merged = a.members.concat(b.members);
      clusters.push({
        members: merged,
        first: a.first,
        last: b.last,
        before: a.before,
        after: b.after,
        ...clearOf(pillAround(a.first, b.last, merged.length, measure), a.before, b.after, measure),
      });
    }
  }
  return clusters.map(({ x1, x2, members, text }) => ({ x1, x2, members, text }));
}

/**
 * The pill shortened to stay clear of the shown markers either side, as far as its count still
 * fits; a pill squeezed between two close markers keeps the width its count needs, centred.
 */
function clearOf(
  pill: Omit<ClusterGeometry, "members">,
  before: number,
  after: number,
  measure: Measure,
): Omit<ClusterGeometry, "members"> {
  const needed = measure(pill.text, CLUSTER_FONT) + 10;
  const x1 = Math.max(pill.x1, before + CLEAR_OF_MARKER);
  const x2 = Math.min(pill.x2, after - CLEAR_OF_MARKER);
  if (x2 - x1 >= needed) return { ...pill, x1: round(x1), x2: round(x2) };
  // Too tight: as wide as the count needs, centred in the room, so the count stays clear and
  // only the pill's rounded ends may tuck under the markers.
  // Never beyond the pill's own ends, which stay inside the picture.
  const middle = (x1 + x2) / 2;
  const left = Math.min(Math.max(middle - needed / 2, pill.x1), pill.x2 - needed);
  return { ...pill, x1: round(left), x2: round(left + needed) };
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
