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

/** The stretch of its row that a label keeps from other labels: the block and half a gap. */
export function labelSpan(box: LabelBox): [number, number] {
  return [box.left - LABEL.gap / 2, box.left + box.width + LABEL.gap / 2];
}

/**
 * The stretch that other leaders must not cross: the label's span, short of its own leader. So
 * labels of events at the same x stack on one shared leader, while any other leader passes clear
 * of the text.
 */
export function leaderFreeSpan(box: LabelBox): [number, number] {
  // A slid block's leader stops at its edge, so no other leader may cross any of its text.
  if (box.slid) return labelSpan(box);
  const right = box.left + box.width;
  return box.side === "right"
    ? [box.x + POLE, right + LABEL.gap / 2]
    : [box.left - LABEL.gap / 2, box.x - POLE];
}
