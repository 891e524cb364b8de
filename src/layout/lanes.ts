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
  const lanes = new Int32Array(intervals.length);
  assignLanesInOrder(
    order,
    intervals.map((t) => t.start),
    intervals.map((t) => t.end),
    lanes,
    gap,
    maxLanes,
  );
  return Array.from(lanes);
}

/**
 * The same packing over intervals given by index: `order` lists them by start (then index),
 * and each one's lane is written to `lanes[index]`. Returns the number of lanes used.
 */
export function assignLanesInOrder(
  order: ArrayLike<number>,
  starts: ArrayLike<number>,
  ends: ArrayLike<number>,
  lanes: Int32Array,
  gap = 0,
  maxLanes = Infinity,
): number {
  const laneEnds: number[] = [];
  for (let k = 0; k < order.length; k++) {
    const i = order[k]!;
    const start = starts[i]!;
    const end = ends[i]!;
    let lane = -1;
    // The first lane that frees up first, for when none is free: found in the same walk (a
    // spread and a search per span cost more, and at 10,000 events thousands of spans share).
    let soonest = 0;
    for (let l = 0; l < laneEnds.length; l++) {
      if (laneEnds[l]! + gap <= start) {
        lane = l;
        break;
      }
      if (laneEnds[l]! < laneEnds[soonest]!) soonest = l;
    }
    if (lane === -1 && laneEnds.length < maxLanes) lane = laneEnds.push(end) - 1;
    else if (lane === -1 && laneEnds.length > 0) lane = soonest;
    laneEnds[lane] = Math.max(laneEnds[lane]!, end);
    lanes[i] = lane;
  }
  return laneEnds.length;
}
