/**
 * Which events may get a label at all. In a strip narrower than the gap between two labels, a
 * row holds at most one label per side of the axis, so no more than `perStrip` labels can have
 * their leaders there. Keeping only the `perStrip` most important events of each strip (higher
 * importance, then earlier date) leaves the label placement a few thousand events to weigh even
 * when the data has a hundred thousand. O(n log n).
 */
export const STRIP = 8;

export interface CandidateInput {
  /** x of each event's leader, by event index. */
  xs: readonly number[];
  importance: (index: number) => number;
  time: (index: number) => number;
  perStrip: number;
}

/** Indexes of the events that may be labelled, in input order. */
export function labelCandidates({ xs, importance, time, perStrip }: CandidateInput): number[] {
  const strips = new Map<number, number[]>();
  xs.forEach((x, i) => {
    const key = Math.floor(x / STRIP);
    const strip = strips.get(key);
    if (strip) strip.push(i);
    else strips.set(key, [i]);
  });
  const kept: number[] = [];
  for (const members of strips.values()) {
    if (members.length > perStrip) {
      members.sort((a, b) => importance(b) - importance(a) || time(a) - time(b) || a - b);
      members.length = perStrip;
    }
    kept.push(...members);
  }
  return kept.sort((a, b) => a - b);
}
