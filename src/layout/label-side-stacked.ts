import {
  freeHi as leaderFreeHi,
  freeLo as leaderFreeLo,
  type LabelBox,
  POLE,
  spanHi,
  spanLo,
} from "./label-box.js";
import { assignRows, type RowedLabel } from "./label-rows.js";
import { covers, type Shown, Side } from "./label-side.js";
import { LABEL } from "./typography.js";

const HALF_GAP = LABEL.gap / 2;
// Every box at x spans at least this far either side of x (a hair less than half a gap, since
// x - width + width need not be x exactly).
const NEAR = HALF_GAP - 0.01;

/**
 * A side of a band with many candidates (more than EXACT_UP_TO): labels stack like flags, each
 * above every shown label whose leader it covers, as low as they can be (the longest chain of
 * such labels under it). A new label moves only the few neighbours that must rise above it.
 */
export class StackedSide extends Side {
  private trials = 0;
  /** Scratch of `insert`, reused: thousands of labels are tried. */
  private readonly over: Shown[] = [];
  private readonly touched: Shown[] = [];
  private touchedCount = 0;
  private readonly stack: Shown[] = [];
  private readonly wants: number[] = [];

  /** Shows the first of the boxes that can be stacked with those shown (see `insert`). */
  insertAny(boxes: readonly LabelBox[], rank: number, claim: number): boolean {
    for (let k = 0; k < boxes.length; k++) if (this.insert(boxes[k]!, rank, claim)) return true;
    return false;
  }

  /**
   * True when no label with its leader at x can be shown on this side, whatever its width, its
   * hanging or its cut: a cheap test before building and measuring boxes.
   * Safe because every box at x spans [x - NEAR, x + NEAR], so it goes above every shown label
   * that meets that stretch without covering x, and the labels covering x (which depend on x
   * alone) must rise above it: when that rise already needs `maxRows` rows from that lowest row,
   * `insert` fails for every such box.
   */
  blockedAt(x: number): boolean {
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

  /**
   * Rows for the shown labels: packed afresh, lowest first and sliding where that saves a row
   * (label-rows.ts); when that packing cannot seat them all, the stacking that showed them.
   */
  rows(): RowedLabel[] {
    const byRank = [...this.shown].sort((a, b) => a.rank - b.rank);
    const packed = assignRows(
      byRank.map((s) => s.box),
      this.bounds,
      this.maxRows,
    );
    if (packed) return packed.rows;
    return byRank.map((s) => ({ ...s.box, row: s.row }));
  }

  /**
   * Shows the label when it can be stacked with those shown: it goes above every label whose
   * leader it covers (and every label it overlaps that does not cover its own leader), and the
   * labels over its leader rise above it, and so on up. Fails, changing nothing, when that
   * needs more than `maxRows` rows or a label would have to be both above and below another.
   */
  private insert(box: LabelBox, rank: number, claim: number): boolean {
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

  /** Records the label as shown in `row`, with the labels over it and those it is over. */
  protected override add(box: LabelBox, rank: number, claim: number, row: number): Shown {
    const shown = super.add(box, rank, claim, row);
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
    return shown;
  }
}

/** Over s: a label that covers its leader, or a later one that overlaps it otherwise. */
function isOver(t: Shown, s: Shown): boolean {
  return (
    covers(t.freeLo, t.freeHi, s.box.x) ||
    (t.rank > s.rank && t.lo < s.hi && s.lo < t.hi && !covers(s.freeLo, s.freeHi, t.box.x))
  );
}
