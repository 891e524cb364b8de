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
}

/** Half-width of the strip a leader line keeps free in the rows it crosses. */
export const POLE = 3;

/**
 * The stretch of its row that a label keeps to itself: the block with half a gap either side,
 * except on the leader's side, where it stops short of the leader. So labels of events at the
 * same x stack on one shared leader, while any other leader must pass clear of the text.
 */
export function occupiedSpan(box: LabelBox): [number, number] {
  const right = box.left + box.width;
  return box.side === "right"
    ? [box.x + POLE, right + LABEL.gap / 2]
    : [box.left - LABEL.gap / 2, box.x - POLE];
}
