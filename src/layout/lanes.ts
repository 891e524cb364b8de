/**
 * Packs spans into the fewest lanes: take spans by start and put each in the first lane that
 * is free by then. For intervals this greedy is optimal (interval partitioning).
 * With `maxLanes`, a span that finds no free lane shares the lane that frees up first, so dense
 * data keeps a bounded height and every span stays drawn.
 * Returns the lane of each input interval, by input position.
 */
export function assignLanes(
  intervals: readonly { start: number; end: number }[],
  gap = 0,
  maxLanes = Infinity,
): number[] {
  const order = intervals.map((_, i) => i).sort((a, b) => intervals[a]!.start - intervals[b]!.start || a - b);
  const laneEnds: number[] = [];
  const lanes = new Array<number>(intervals.length);
  for (const i of order) {
    const { start, end } = intervals[i]!;
    let lane = laneEnds.findIndex((laneEnd) => laneEnd + gap <= start);
    if (lane === -1 && laneEnds.length < maxLanes) lane = laneEnds.push(end) - 1;
    else if (lane === -1) lane = laneEnds.indexOf(Math.min(...laneEnds));
    laneEnds[lane] = Math.max(laneEnds[lane] ?? end, end);
    lanes[i] = lane;
  }
  return lanes;
}
