/**
 * Packs spans into the fewest lanes: take spans by start and put each in the first lane that
 * is free by then. For intervals this greedy is optimal (interval partitioning).
 * Returns the lane of each input interval, by input position.
 */
export function assignLanes(intervals: readonly { start: number; end: number }[], gap = 0): number[] {
  const order = intervals.map((_, i) => i).sort((a, b) => intervals[a]!.start - intervals[b]!.start || a - b);
  const laneEnds: number[] = [];
  const lanes = new Array<number>(intervals.length);
  for (const i of order) {
    const { start, end } = intervals[i]!;
    let lane = laneEnds.findIndex((laneEnd) => laneEnd + gap <= start);
    if (lane === -1) lane = laneEnds.push(end) - 1;
    else laneEnds[lane] = end;
    lanes[i] = lane;
  }
  return lanes;
}
