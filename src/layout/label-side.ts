import {
  freeHi as leaderFreeHi,
  freeLo as leaderFreeLo,
  type LabelBox,
  labelSpan,
  leaderFreeSpan,
  POLE,
  spanHi,
  spanLo,
} from "./label-box.js";
import { assignRows, type Packing, type RowedLabel } from "./label-rows.js";
import { LABEL } from "./typography.js";

// One side of the axis while a band's labels are shown in priority order: which labels it
// holds, the rows they need, and whether a new one still fits (placeBandLabels in labels.ts
// decides which label to try where).

/**
 * Up to this many candidates in a band, each label is tried by packing the rows afresh (with
 * sliding, which saves rows), and shown labels may turn to make room; beyond, by the stacking
 * of flags, which takes a few neighbours. A fixed bound, so the packing's cost stays constant.
 */
export const EXACT_UP_TO = 300;

const HALF_GAP = LABEL.gap / 2;
// Every box at x spans at least this far either side of x (a hair less than half a gap, since
// x - width + width need not be x exactly).
const NEAR = HALF_GAP - 0.01;

/** A shown label on one side, with the row it needs in the stacking so far. */
interface Shown {
  box: LabelBox;
  /** The stretch its title claims, [x, x + title width), for choosing sides. */
  claim: number;
  /** Priority rank: labels are shown in rank order. */
  rank: number;
  row: number;
  /** Row while an insertion is being tried; `trial` says which insertion. */
  tentative: number;
  trial: number;
  /** Equal to the insertion being tried when this label must stay under the new one. */
  under: number;
  /** The label's span and the stretch no other leader may cross. */
  lo: number;
  hi: number;
  freeLo: number;
  freeHi: number;
  /** The shown labels over this one (see `isOver`), found once as each label is shown. */
  over: Shown[];
}

/**
 * The labels shown on one side of the axis, sorted by leader x, stacked as low as they can be
 * while each sits above every label whose leader it covers (its longest chain of such labels).
 */
export class Side {
  private readonly shown: Shown[] = [];
  private widest = 0;
  private widestClaim = 0;
  private trials = 0;
  /** Scratch of `insert`, reused: thousands of labels are tried. */
  private readonly over: Shown[] = [];
  private readonly touched: Shown[] = [];
  private touchedCount = 0;
  private readonly stack: Shown[] = [];
  private readonly wants: number[] = [];

  /** Exact mode: the shown labels in priority order, and their rows as last packed. */
  private readonly byRank: LabelBox[] = [];
  /** Exact mode: the other whole hanging of a shown label, by event index, where it has one. */
  private readonly otherHanging = new Map<number, LabelBox>();
  private packed: Packing = { rows: [], order: new Int32Array(0), byX: new Int32Array(0) };

  constructor(
    private readonly maxRows: number,
    private readonly exact: boolean,
    private readonly bounds: [number, number],
  ) {}

  /** How many shown labels claim a stretch overlapping [lo, hi). */
  load(lo: number, hi: number): number {
    let count = 0;
    const list = this.shown;
    for (let k = this.firstFrom(lo - this.widestClaim); k < list.length && list[k]!.box.x < hi; k++) {
      const s = list[k]!;
      if (s.box.x + s.claim > lo) count++;
    }
    return count;
  }

  /**
   * The nearest leader of a shown label on the side a label at x would hang to (not one on the
   * same spot, which it shares).
   */
  nearestLeader(x: number, hanging: "right" | "left"): number | undefined {
    const list = this.shown;
    const reach = this.widest + LABEL.gap;
    let best: number | undefined;
    for (let k = this.firstFrom(x - reach); k < list.length && list[k]!.box.x <= x + reach; k++) {
      const s = list[k]!;
      if (Math.abs(s.box.x - x) <= POLE) continue;
      if (hanging === "right" && s.box.x > x && (best === undefined || s.box.x < best)) best = s.box.x;
      if (hanging === "left" && s.box.x < x && (best === undefined || s.box.x > best)) best = s.box.x;
    }
    return best;
  }

  /**
   * Shows the first of the boxes that can be stacked with those shown (see `insert`). The others
   * with the same title are kept as the label's other hanging, for `insertTurning`.
   */
  insertAny(boxes: readonly LabelBox[], rank: number, claim: number, turning: boolean): boolean {
    // Indexed loops, no closures: this runs for each candidate label tried.
    for (let k = 0; k < boxes.length; k++) {
      const box = boxes[k]!;
      if (!this.insert(box, rank, claim) && !(turning && this.insertTurning(box, rank, claim))) continue;
      for (let o = 0; o < boxes.length; o++) {
        const other = boxes[o]!;
        if (other !== box && other.title === box.title) {
          this.otherHanging.set(box.index, other);
          break;
        }
      }
      return true;
    }
    return false;
  }

  /**
   * Exact mode: shows the label after turning the shown labels it faces (each covers the other's
   * leader, so neither can sit above the other) to hang the other way, when each can turn with
   * its title whole and all labels still stack in `maxRows` rows. The shown labels stay shown.
   */
  insertTurning(box: LabelBox, rank: number, claim: number): boolean {
    if (!this.exact) return false;
    // Those it faces turn; then those that a turned label faces turn too, and so on.
    const turned = new Map<number, LabelBox>();
    const facing = [box];
    while (facing.length) {
      const f = facing.pop()!;
      const fLo = leaderFreeLo(f);
      const fHi = leaderFreeHi(f);
      // Indexed, with no tuples: this runs for each label that does not fit as it is.
      for (let k = 0; k < this.byRank.length; k++) {
        const b = this.byRank[k]!;
        if (!covers(fLo, fHi, b.x) || turned.has(b.index)) continue;
        if (!covers(leaderFreeLo(b), leaderFreeHi(b), f.x)) continue;
        const other = this.otherHanging.get(b.index);
        if (!other) return false;
        turned.set(b.index, other);
        facing.push(other);
      }
    }
    if (turned.size === 0) return false;
    const byRank = this.byRank.map((b) => turned.get(b.index) ?? b);
    const packed = assignRows([...byRank, box], this.bounds, this.maxRows);
    if (!packed) return false;
    for (const [index, other] of turned) {
      const k = this.byRank.findIndex((b) => b.index === index);
      this.otherHanging.set(index, this.byRank[k]!);
      this.byRank[k] = other;
      const shown = this.shown.find((s) => s.box.index === index)!;
      [shown.lo, shown.hi] = labelSpan(other);
      [shown.freeLo, shown.freeHi] = leaderFreeSpan(other);
      shown.box = other;
    }
    this.packed = packed;
    this.byRank.push(box);
    this.add(box, rank, claim, 0);
    return true;
  }

  /**
   * Shows the label when it can be stacked with those shown: it goes above every label whose
   * leader it covers (and every label it overlaps that does not cover its own leader), and the
   * labels over its leader rise above it, and so on up. Fails, changing nothing, when that
   * needs more than `maxRows` rows or a label would have to be both above and below another.
   */
  insert(box: LabelBox, rank: number, claim: number): boolean {
    if (this.exact) {
      // Packed with the shown labels in place, not a copy: most tries fail, and it is taken back.
      this.byRank.push(box);
      const packed = assignRows(this.byRank, this.bounds, this.maxRows, this.packed);
      if (!packed) {
        this.byRank.pop();
        return false;
      }
      this.packed = packed;
      this.add(box, rank, claim, 0);
      return true;
    }
    // The two stretches end by end, with no tuple per try.
    const lo = spanLo(box);
    const hi = spanHi(box);
    const freeLo = leaderFreeLo(box);
    const freeHi = leaderFreeHi(box);
    const trial = ++this.trials;
    const list = this.shown;
    const reach = this.widest + LABEL.gap + POLE;
    // Its row: above every label under it.
    let row = 0;
    const over = this.over;
    let overCount = 0;
    for (let k = this.firstFrom(lo - reach); k < list.length && list[k]!.box.x < hi + reach; k++) {
      const s = list[k]!;
      const coversIt = covers(s.freeLo, s.freeHi, box.x);
      const coversThem = covers(freeLo, freeHi, s.box.x);
      if (coversIt && coversThem) return false;
      if (coversIt) over[overCount++] = s;
      else if (coversThem || (s.lo < hi && lo < s.hi)) {
        row = Math.max(row, s.row + 1);
        s.under = trial;
      }
    }
    if (row >= this.maxRows) return false;
    // Labels over its leader rise above it, and whatever is over them rises in turn.
    if (!this.rise(overCount, row + 1, trial, true)) return false;
    const touched = this.touched;
    for (let k = 0; k < this.touchedCount; k++) touched[k]!.row = touched[k]!.tentative;
    this.add(box, rank, claim, row);
    return true;
  }

  /**
   * Raises the first `overCount` labels of `this.over` to at least row `wanted` for trial `trial`,
   * and what is over them in turn, as tentative rows (listed in `this.touched` when `collect`,
   * `touchedCount` of them). False when a label would need
   * `maxRows` or more, or would have to be over and under the new label at once.
   */
  private rise(overCount: number, wanted: number, trial: number, collect: boolean): boolean {
    // The scratch arrays are written by index and never emptied by `length = 0` (which gives
    // back their storage, to be grown again on the next try), and walked by index, not for…of
    // (in code not yet optimized each for…of makes an iterator and a result per step): this
    // runs for each label tried, and made 2.5 MB of the 12 MB that layout made at 10,000 events.
    const over = this.over;
    const stack = this.stack;
    const wants = this.wants;
    const touched = this.touched;
    this.touchedCount = 0;
    let top = 0;
    for (let k = 0; k < overCount; k++) {
      stack[top] = over[k]!;
      wants[top++] = wanted;
    }
    while (top > 0) {
      const s = stack[--top]!;
      const want = wants[top]!;
      if (want <= (s.trial === trial ? s.tentative : s.row)) continue;
      // Over the new label and under it: no stacking can do both.
      if (want >= this.maxRows || s.under === trial) return false;
      if (collect && s.trial !== trial) touched[this.touchedCount++] = s;
      s.trial = trial;
      s.tentative = want;
      const above = s.over;
      for (let k = 0; k < above.length; k++) {
        stack[top] = above[k]!;
        wants[top++] = want + 1;
      }
    }
    return true;
  }

  /**
   * True when no label with its leader at x can be shown on this side, whatever its width, its
   * hanging or its cut: a cheap test before building and measuring boxes (stacking mode only).
   * Safe because every box at x spans [x - NEAR, x + NEAR], so it goes above every shown label
   * that meets that stretch without covering x, and the labels covering x (which depend on x
   * alone) must rise above it: when that rise already needs `maxRows` rows from that lowest row,
   * `insert` fails for every such box.
   */
  blockedAt(x: number): boolean {
    if (this.exact) return false;
    const list = this.shown;
    // A label covering x or meeting the stretch around it has its leader within this reach.
    const reach = this.widest + LABEL.gap + POLE;
    let row = 0;
    const over = this.over;
    let overCount = 0;
    for (let k = this.firstFrom(x - reach); k < list.length && list[k]!.box.x < x + reach; k++) {
      const s = list[k]!;
      if (covers(s.freeLo, s.freeHi, x)) over[overCount++] = s;
      else if (s.lo < x + NEAR && x - NEAR < s.hi) row = Math.max(row, s.row + 1);
    }
    return row >= this.maxRows || !this.rise(overCount, row + 1, ++this.trials, false);
  }

  /** Records the label as shown in `row` (exact mode packs rows afresh and passes 0). */
  private add(box: LabelBox, rank: number, claim: number, row: number): void {
    const shown: Shown = {
      box,
      claim,
      rank,
      row,
      tentative: row,
      trial: 0,
      under: 0,
      lo: spanLo(box),
      hi: spanHi(box),
      freeLo: leaderFreeLo(box),
      freeHi: leaderFreeHi(box),
      over: [],
    };
    this.shown.splice(this.firstFrom(shown.box.x), 0, shown);
    this.widest = Math.max(this.widest, shown.hi - shown.lo);
    this.widestClaim = Math.max(this.widestClaim, shown.claim);
    if (this.exact) return; // packed afresh, never stacked
    // Which labels are over which depends on the two labels alone: found here once per pair,
    // not again each time a label tried later makes them rise. A label over another lies
    // within the widest label (and a leader and gap) of it.
    const list = this.shown;
    const reach = this.widest + LABEL.gap + POLE;
    for (
      let k = this.firstFrom(shown.lo - reach);
      k < list.length && list[k]!.box.x < shown.hi + reach;
      k++
    ) {
      const t = list[k]!;
      if (t === shown) continue;
      if (isOver(t, shown)) shown.over.push(t);
      if (isOver(shown, t)) t.over.push(shown);
    }
  }

  /**
   * Rows for the shown labels: packed afresh, lowest first and sliding where that saves a row
   * (label-rows.ts); when that packing cannot seat them all, the stacking that showed them.
   */
  rows(): RowedLabel[] {
    if (this.exact) return this.packed.rows;
    const byRank = [...this.shown].sort((a, b) => a.rank - b.rank);
    const packed = assignRows(
      byRank.map((s) => s.box),
      this.bounds,
      this.maxRows,
    );
    if (packed) return packed.rows;
    return byRank.map((s) => ({ ...s.box, row: s.row }));
  }

  /** Position of the first shown label with leader x at or after x. */
  private firstFrom(x: number): number {
    const list = this.shown;
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (list[mid]!.box.x < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

/** Over s: a label that covers its leader, or a later one that overlaps it otherwise. */
function isOver(t: Shown, s: Shown): boolean {
  return (
    covers(t.freeLo, t.freeHi, s.box.x) ||
    (t.rank > s.rank && t.lo < s.hi && s.lo < t.hi && !covers(s.freeLo, s.freeHi, t.box.x))
  );
}

/** True when a label whose leader-free stretch is [freeLo, freeHi) covers the leader at x. */
function covers(freeLo: number, freeHi: number, x: number): boolean {
  return freeLo < x + POLE && x - POLE < freeHi;
}
