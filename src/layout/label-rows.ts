import { freeHi, freeLo, type LabelBox, POLE, spanHi, spanLo } from "./label-box.js";
import { placementOrder } from "./label-order.js";
import { lowerBound } from "../data/sorted.js";
import { LABEL } from "./typography.js";

/** A label with its row above the axis: 0 is the lowest. */
export interface RowedLabel extends LabelBox {
  row: number;
}

/**
 * A packing of labels: each label's row (indexed like the labels), the order they took, and
 * their positions sorted by x.
 */
export interface Packing {
  rows: RowedLabel[];
  order: Int32Array;
  byX: Int32Array;
}

/**
 * Gives each label the lowest row where neither the label nor its leader meets anything placed.
 *
 * A leader rises from the axis to its label, crossing every row below. So when label P covers
 * the leader of label Q, P must sit above Q. Labels are taken in an order that respects this
 * (a topological order), so a leader is never blocked by a label placed before it. Where labels
 * cover each other's leaders in a cycle, they go in priority order.
 * `boxes` come in priority order; the result is indexed like `boxes`, or undefined as soon as
 * one label finds no row (callers want all of them seated or none).
 *
 * `previous`, the packing of the first boxes alone, saves sorting and searching: a small band
 * packs its shown labels afresh with each candidate label. While the labels come in the same
 * order as before, each lands where it was (the rows below hold the same labels, and the one
 * more leader still to come cannot change where a label hangs whole), so it is put back without
 * a search. A slid label is searched for again, since that leader may bound its slide; the
 * putting back ends where the order parts from the previous one or a label moved.
 *
 * A small band calls this hundreds of times, mostly for a candidate that does not fit, so the
 * work is done in reused numeric scratch (spans and rows here, the order in label-order.ts) and
 * the labels' records are made only for a packing that succeeds.
 */
export function assignRows(
  boxes: readonly LabelBox[],
  bounds: [number, number],
  maxRows: number,
  previous?: Packing,
): Packing | undefined {
  const n = boxes.length;
  ensureScratch(n);
  for (let k = 0; k < n; k++) {
    const box = boxes[k]!;
    scX[k] = box.x;
    scLo[k] = spanLo(box);
    scHi[k] = spanHi(box);
    scFreeLo[k] = freeLo(box);
    scFreeHi[k] = freeHi(box);
  }
  sortByX(n, previous?.byX);
  const order = placementOrder(n, scByX, scSortedX, scFreeLo, scFreeHi);
  // Leaders of labels not placed yet: a slid label must leave room for them to rise past it.
  for (let i = 0; i < n; i++) scPending[i] = scSortedX[i]!;
  scPendingCount = n;
  scRowCount = 0;

  let replaying = previous !== undefined;
  for (let i = 0; i < n; i++) {
    const k = order[i]!;
    removePending(scX[k]!);
    const before = replaying && previous!.order[i] === k ? previous!.rows[k] : undefined;
    scKept[k] = undefined;
    if (before && !before.slid) {
      // Put back where it was: its box is the same one, unslid, so its spans are those in scratch.
      if (before.row >= scRowCount) openRows(before.row);
      scRows[before.row]!.addLabel(scLo[k]!, scHi[k]!, scFreeLo[k]!, scFreeHi[k]!);
      for (let r = 0; r < before.row; r++) scRows[r]!.addLeader(scX[k]!);
      scRowOf[k] = before.row;
      scLeftOf[k] = before.left;
      scSlidOf[k] = 0;
      scKept[k] = before;
    } else {
      const row = placeInRows(k, boxes[k]!, maxRows, bounds);
      if (row < 0) return undefined;
      replaying = before !== undefined && before.row === row && before.left === scLeftOf[k];
      // The same place as before, in whatever order: the record made then still says it.
      const was = previous?.rows[k];
      if (was && was.row === row && was.left === scLeftOf[k] && !was.slid === !scSlidOf[k]) scKept[k] = was;
    }
  }

  const rows = new Array<RowedLabel>(n);
  for (let k = 0; k < n; k++) {
    const box = boxes[k]!;
    rows[k] =
      scKept[k] ??
      (scSlidOf[k] === 1
        ? { ...box, left: scLeftOf[k]!, slid: true, row: scRowOf[k]! }
        : { ...box, row: scRowOf[k]! });
    scKept[k] = undefined;
  }
  return { rows, order: order.slice(0, n), byX: scByX.slice(0, n) };
}

/**
 * One row of labels: the stretches its labels keep, and the x of the leaders that pass through
 * it on their way up. Leaders may run close beside each other; they must not cross a label.
 * Spans are disjoint and kept sorted (so their ends are sorted too), each with the stretch that
 * leaders must not cross; plain growing typed arrays, reused from packing to packing.
 */
class Row {
  private count = 0;
  private starts: Float64Array = new Float64Array(8);
  private ends: Float64Array = new Float64Array(8);
  private freeLo: Float64Array = new Float64Array(8);
  private freeHi: Float64Array = new Float64Array(8);
  private leaderCount = 0;
  private leaders: Float64Array = new Float64Array(8); // sorted

  clear(): void {
    this.count = 0;
    this.leaderCount = 0;
  }

  /** True when the label may go here: no label in its span and no leader through its text. */
  fitsLabel(lo: number, hi: number, textLo: number, textHi: number): boolean {
    const i = this.firstEndingAfter(lo);
    if (i < this.count && this.starts[i]! < hi) return false;
    const j = lowerBound(this.leaders, this.leaderCount, textLo - POLE);
    return j === this.leaderCount || this.leaders[j]! >= textHi + POLE;
  }

  /** True when a leader at x may pass through this row without crossing a label's text. */
  fitsLeader(x: number): boolean {
    for (let i = this.firstEndingAfter(x - POLE); i < this.count && this.starts[i]! < x + POLE; i++) {
      if (x + POLE > this.freeLo[i]! && x - POLE < this.freeHi[i]!) return false;
    }
    return true;
  }

  /**
   * The left edge of the block slid sideways, as little as it can, into the free stretch around
   * its leader in this row: it must still span the leader (which then meets its edge), stay clear
   * of the other labels and leaders here, and stay within `bounds`. NaN when the stretch is too
   * short.
   */
  slide(box: LabelBox, bounds: [number, number]): number {
    const minX = bounds[0];
    const maxX = bounds[1];
    const x = box.x;
    const i = this.firstEndingAfter(x);
    if (i < this.count && this.starts[i]! <= x) return NaN;
    const gapLo = i > 0 ? this.ends[i - 1]! : -Infinity;
    const gapHi = i < this.count ? this.starts[i]! : Infinity;
    const half = LABEL.gap / 2 + 0.01; // a hair more than half a gap, against rounding
    const w = box.width;
    // The leader meets the block at least a leader's width in from either end. Most rows tried
    // are full around x: when the gap between their labels is too short, the leaders (which can
    // only shorten it) are not looked up.
    let minLeft = Math.max(minX, gapLo + half, x + 2 * POLE - w);
    let maxLeft = Math.min(Math.min(maxX, gapHi - half) - w, x - 2 * POLE);
    if (minLeft > maxLeft) return NaN;
    // Leaders through this row, and leaders of labels still to come, bound the slide. A leader
    // on its way up past this same spot would run through the slid text.
    const l = lowerBound(this.leaders, this.leaderCount, x - POLE);
    if (l < this.leaderCount && this.leaders[l]! <= x + POLE) return NaN;
    const p = lowerBound(scPending, scPendingCount, x - POLE);
    if (p < scPendingCount && scPending[p]! <= x + POLE) return NaN;
    const leftLeader = l > 0 ? this.leaders[l - 1]! : -Infinity;
    const rightLeader = l < this.leaderCount ? this.leaders[l]! : Infinity;
    const leftPending = p > 0 ? scPending[p - 1]! : -Infinity;
    const rightPending = p < scPendingCount ? scPending[p]! : Infinity;
    minLeft = Math.max(minLeft, leftLeader + POLE + half, leftPending + POLE + half);
    maxLeft = Math.min(maxLeft, rightLeader - POLE - half - w, rightPending - POLE - half - w);
    if (minLeft > maxLeft) return NaN;
    const preferred = box.side === "right" ? x : x - w;
    return Math.min(maxLeft, Math.max(minLeft, preferred));
  }

  /** Takes the span [start, end), which the caller has found free; [freeLo, freeHi) for leaders. */
  addLabel(start: number, end: number, freeLo: number, freeHi: number): void {
    // Insert by start, so that spans that touch (or overlap by a rounding error) stay in order.
    let i = this.firstEndingAfter(start);
    while (i < this.count && this.starts[i]! < start) i++;
    if (this.count === this.starts.length) {
      this.starts = grown(this.starts);
      this.ends = grown(this.ends);
      this.freeLo = grown(this.freeLo);
      this.freeHi = grown(this.freeHi);
    }
    insertAt(this.starts, this.count, i, start);
    insertAt(this.ends, this.count, i, end);
    insertAt(this.freeLo, this.count, i, freeLo);
    insertAt(this.freeHi, this.count, i, freeHi);
    this.count++;
  }

  addLeader(x: number): void {
    if (this.leaderCount === this.leaders.length) this.leaders = grown(this.leaders);
    insertAt(this.leaders, this.leaderCount, lowerBound(this.leaders, this.leaderCount, x), x);
    this.leaderCount++;
  }

  private firstEndingAfter(x: number): number {
    let lo = 0;
    let hi = this.count;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.ends[mid]! <= x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

/**
 * The lowest row where the leader is clear and the label fits, hanging from its leader or, to
 * save a row, slid sideways along it; marks both as taken there. Returns the row (the left edge
 * and whether it slid go to `s`), or -1.
 */
function placeInRows(k: number, box: LabelBox, maxRows: number, bounds: [number, number]): number {
  const x = scX[k]!;
  const lo = scLo[k]!;
  const hi = scHi[k]!;
  const textLo = scFreeLo[k]!;
  const textHi = scFreeHi[k]!;
  for (let row = 0; row < maxRows; row++) {
    // The leader must pass every row below; those under the last one were checked on the way
    // up, and a leader blocked here is blocked for every row above too.
    if (row > 0 && !scRows[row - 1]!.fitsLeader(x)) break;
    if (row >= scRowCount) openRows(row);
    const here = scRows[row]!;
    if (here.fitsLabel(lo, hi, textLo, textHi)) {
      here.addLabel(lo, hi, textLo, textHi);
      scLeftOf[k] = box.left;
      scSlidOf[k] = 0;
    } else {
      const left = here.slide(box, bounds);
      if (Number.isNaN(left)) continue;
      // A slid block's leader stops at its edge, so no other leader may cross any of its text.
      const slidLo = spanLo(box, left);
      const slidHi = spanHi(box, left);
      here.addLabel(slidLo, slidHi, slidLo, slidHi);
      scLeftOf[k] = left;
      scSlidOf[k] = 1;
    }
    for (let r = 0; r < row; r++) scRows[r]!.addLeader(x);
    scRowOf[k] = row;
    return row;
  }
  return -1;
}

/** Makes rows up to `row` usable: rows are opened as labels climb into them. */
function openRows(row: number): void {
  for (; scRowCount <= row; scRowCount++) {
    if (scRowCount === scRows.length) scRows.push(new Row());
    scRows[scRowCount]!.clear();
  }
}

/**
 * Positions 0..n-1 sorted by x, then by position, with the sorted xs: a stable merge sort in the
 * scratch (a typed array's sort needs a view and a comparator closure per packing). When
 * `before` holds the first n - 1 positions so sorted, the last one joins them instead: after
 * every x at or below its own, as the sort would put it.
 */
function sortByX(n: number, before: Int32Array | undefined): void {
  let from = scByX;
  let to = scMergeInto;
  const x = scX;
  if (before?.length === n - 1) {
    let at = 0;
    while (at < n - 1 && x[before[at]!]! <= x[n - 1]!) at++;
    for (let k = 0; k < n; k++) from[k] = k < at ? before[k]! : k > at ? before[k - 1]! : n - 1;
  } else {
    for (let k = 0; k < n; k++) from[k] = k;
    for (let width = 1; width < n; width *= 2) {
      for (let start = 0; start < n; start += 2 * width) {
        const middle = Math.min(start + width, n);
        const end = Math.min(start + 2 * width, n);
        let i = start;
        let j = middle;
        for (let k = start; k < end; k++) {
          // Ties keep the earlier run first, so equal xs stay in order of position.
          if (i < middle && (j >= end || x[from[i]!]! <= x[from[j]!]!)) to[k] = from[i++]!;
          else to[k] = from[j++]!;
        }
      }
      const merged = to;
      to = from;
      from = merged;
    }
  }
  for (let i = 0; i < n; i++) {
    scByX[i] = from[i]!;
    scSortedX[i] = x[from[i]!]!;
  }
}

/** Drops one leader at x from the sorted pending leaders. */
function removePending(x: number): void {
  const i = lowerBound(scPending, scPendingCount, x);
  scPending.copyWithin(i, i + 1, scPendingCount);
  scPendingCount--;
}

// Reused working space of `assignRows`, per label and per row (layout runs one at a time):
// module variables rather than an object's fields, which the minifier cannot shorten.
let scX: Float64Array = new Float64Array(0);
let scLo = scX;
let scHi = scX;
let scFreeLo = scX;
let scFreeHi = scX;
let scSortedX = scX;
let scPending = scX;
let scLeftOf = scX;
let scByX: Int32Array = new Int32Array(0);
let scMergeInto = scByX;
let scRowOf = scByX;
let scSlidOf: Uint8Array = new Uint8Array(0);
/** A record of the previous packing that still holds, by label. */
let scKept: (RowedLabel | undefined)[] = [];
let scPendingCount = 0;
const scRows: Row[] = [];
let scRowCount = 0;

function ensureScratch(n: number): void {
  if (scX.length >= n) return;
  const size = Math.max(64, n, 2 * scX.length);
  const floats = (): Float64Array => new Float64Array(size);
  const ints = (): Int32Array => new Int32Array(size);
  scX = floats();
  scLo = floats();
  scHi = floats();
  scFreeLo = floats();
  scFreeHi = floats();
  scSortedX = floats();
  scPending = floats();
  scLeftOf = floats();
  scByX = ints();
  scMergeInto = ints();
  scRowOf = ints();
  scSlidOf = new Uint8Array(size);
  scKept = new Array<RowedLabel | undefined>(size).fill(undefined);
}

function grown(values: Float64Array): Float64Array {
  const bigger = new Float64Array(2 * values.length);
  bigger.set(values);
  return bigger;
}

/** Inserts value at i into the first `count` values (room for one more is there). */
function insertAt(values: Float64Array, count: number, i: number, value: number): void {
  // A loop, not copyWithin: rows hold a few labels, and the builtin's call costs more.
  for (let j = count; j > i; j--) values[j] = values[j - 1]!;
  values[i] = value;
}
