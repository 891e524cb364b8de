import {
  freeHi as leaderFreeHi,
  freeLo as leaderFreeLo,
  type LabelBox,
  labelSpan,
  leaderFreeSpan,
} from "./label-box.js";
import { assignRows, type Packing, type RowedLabel } from "./label-rows.js";
import { covers, Side } from "./label-side.js";

/**
 * A side of a band with few candidates (up to EXACT_UP_TO): each label is tried by packing the
 * rows afresh with it (label-rows.ts, sliding where that saves a row), and shown labels may turn
 * to hang the other way to make room.
 */
export class ExactSide extends Side {
  /** The shown labels in priority order, and their rows as last packed. */
  private readonly byRank: LabelBox[] = [];
  /** The other whole hanging of a shown label, by event index, where it has one. */
  private readonly otherHanging = new Map<number, LabelBox>();
  private packed: Packing = { rows: [], order: new Int32Array(0), byX: new Int32Array(0) };

  /**
   * Shows the first of the boxes that packs with those shown, or, when `turning`, that packs once
   * the shown labels it faces turn. The others with the same title are kept as the label's other
   * hanging, for `insertTurning`.
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

  /** Never: only packing the rows tells. */
  blockedAt(): boolean {
    return false;
  }

  /** The rows as last packed. */
  rows(): RowedLabel[] {
    return this.packed.rows;
  }

  /** Shows the label when the rows pack with it in `maxRows`; fails, changing nothing, otherwise. */
  private insert(box: LabelBox, rank: number, claim: number): boolean {
    // Packed with the shown labels in place, not a copy: most tries fail, and it is taken back.
    this.byRank.push(box);
    const packed = assignRows(this.byRank, this.bounds, this.maxRows, this.packed);
    if (!packed) {
      this.byRank.pop();
      return false;
    }
    this.packed = packed;
    this.add(box, rank, claim, 0); // rows are packed afresh, never stacked
    return true;
  }

  /**
   * Shows the label after turning the shown labels it faces (each covers the other's leader, so
   * neither can sit above the other) to hang the other way, when each can turn with its title
   * whole and all labels still pack in `maxRows` rows. The shown labels stay shown.
   */
  private insertTurning(box: LabelBox, rank: number, claim: number): boolean {
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
}
