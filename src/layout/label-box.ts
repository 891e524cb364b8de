import { LABEL } from "./typography.js";

/** A label block hung on one side of its leader line at `x`. */
export interface LabelBox {
  /** Position of the event in the input. */
  index: number;
  /** x of the leader line. */
  x: number;
  side: "right" | "left";
  /** Left edge of the drawn block. */
  left: number;
  width: number;
  /** The title as shown, maybe cut with an ellipsis. */
  title: string;
  /** The date line as shown, cut only on very narrow timelines. */
  date: string;
  /** Lines of the event's text under the title (`annotations: "full"`); empty otherwise. */
  textLines: string[];
  /**
   * True when the block slid sideways off its leader to fit a row: the leader then meets the
   * block's edge (like a callout) instead of running beside its text.
   */
  slid?: boolean;
}

/** Half-width of the strip a leader line keeps free in the rows it crosses. */
export const POLE = 3;

/** Half the gap kept between two labels in a row. */
const HALF_GAP = LABEL.gap / 2;

// The two stretches below, end by end: plain numbers, for the packing's hot loops.

/** Left end of `labelSpan`: the block's left edge less half a gap (at `left`, when given). */
export const spanLo = (box: LabelBox, left = box.left): number => left - HALF_GAP;
/** Right end of `labelSpan` (the block at `left`, when given). */
export const spanHi = (box: LabelBox, left = box.left): number => left + box.width + HALF_GAP;
/** Left end of `leaderFreeSpan`. */
export const freeLo = (box: LabelBox): number =>
  box.slid || box.side === "left" ? spanLo(box) : box.x + POLE;
/** Right end of `leaderFreeSpan`. */
export const freeHi = (box: LabelBox): number =>
  box.slid || box.side === "right" ? spanHi(box) : box.x - POLE;

/** The stretch of its row that a label keeps from other labels: the block and half a gap. */
export function labelSpan(box: LabelBox): [number, number] {
  return [spanLo(box), spanHi(box)];
}

/**
 * The stretch that other leaders must not cross: the label's span, short of its own leader. So
 * labels of events at the same x stack on one shared leader, while any other leader passes clear
 * of the text. A slid block's leader stops at its edge, so no other leader may cross any of its
 * text.
 */
export function leaderFreeSpan(box: LabelBox): [number, number] {
  return [freeLo(box), freeHi(box)];
}
