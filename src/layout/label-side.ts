import {
  freeHi as leaderFreeHi,
  freeLo as leaderFreeLo,
  type LabelBox,
  POLE,
  spanHi,
  spanLo,
} from "./label-box.js";
import type { RowedLabel } from "./label-rows.js";
import { LABEL } from "./typography.js";

// One side of the axis while a band's labels are shown in priority order: which labels it
// holds, the rows they need, and whether a new one still fits (placeBandLabels in labels.ts
// decides which label to try where). Two ways to fit a label, by the number of candidates:
// exact packing (label-side-exact.ts) and the stacking of flags (label-side-stacked.ts).

/**
 * Up to this many candidates in a band, each label is tried by packing the rows afresh (with
 * sliding, which saves rows), and shown labels may turn to make room; beyond, by the stacking
 * of flags, which takes a few neighbours. A fixed bound, so the packing's cost stays constant.
 */
export const EXACT_UP_TO = 300;

/** A shown label on one side, with the row it needs in the stacking so far. */
export interface Shown {
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

/** The labels shown on one side of the axis, sorted by leader x. */
export abstract class Side {
  protected readonly shown: Shown[] = [];
  protected widest = 0;
  private widestClaim = 0;

  constructor(
    protected readonly maxRows: number,
    protected readonly bounds: [number, number],
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
   * Shows the first of the boxes that can be shown with those shown; `turning` lets shown labels
   * turn to make room where the mode can.
   */
  abstract insertAny(boxes: readonly LabelBox[], rank: number, claim: number, turning: boolean): boolean;

  /** True when no label with its leader at x can be shown on this side: a cheap test first. */
  abstract blockedAt(x: number): boolean;

  /** Rows for the shown labels. */
  abstract rows(): RowedLabel[];

  /** Records the label as shown in `row`. */
  protected add(box: LabelBox, rank: number, claim: number, row: number): Shown {
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
    return shown;
  }

  /** Position of the first shown label with leader x at or after x. */
  protected firstFrom(x: number): number {
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

/** True when a label whose leader-free stretch is [freeLo, freeHi) covers the leader at x. */
export function covers(freeLo: number, freeHi: number, x: number): boolean {
  return freeLo < x + POLE && x - POLE < freeHi;
}
