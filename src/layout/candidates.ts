/**
 * Which events may get a label at all. In a strip narrower than the gap between two labels, a
 * row holds at most one label per side of the axis, so no more than `perStrip` labels can have
 * their leaders there. Keeping only the `perStrip` most important events of each strip (higher
 * importance, then earlier date) leaves the label placement a few thousand events to weigh even
 * when the data has a hundred thousand. O(n log n).
 */
export const STRIP = 8;

/**
 * Higher importance, then earlier date, then input order: the order in which events win space
 * (negative when event `i` comes before event `j`).
 */
export function comparePriority(
  importance: ArrayLike<number>,
  time: ArrayLike<number>,
  i: number,
  j: number,
): number {
  return importance[j]! - importance[i]! || time[i]! - time[j]! || i - j;
}

export interface CandidateInput {
  /** x of each event's leader, by event index. */
  xs: ArrayLike<number>;
  /** Importance and start time of each event, by event index. */
  importance: ArrayLike<number>;
  time: ArrayLike<number>;
  /** The events to choose from, in order of x (then index): see `orderByX`. */
  byX: ArrayLike<number>;
  perStrip: number;
}

/**
 * Positions in `byX` of the events that may be labelled, ascending (so in order of x). One walk
 * along the events in order of x: each strip is a run of that order, and only a strip with more
 * than `perStrip` events is sorted by priority.
 */
export function labelCandidates({ xs, importance, time, byX, perStrip }: CandidateInput): Int32Array {
  const n = byX.length;
  const kept = new Int32Array(n);
  let count = 0;
  let strip = new Int32Array(0);
  for (let start = 0; start < n;) {
    const key = Math.floor(xs[byX[start]!]! / STRIP);
    let end = start + 1;
    while (end < n && Math.floor(xs[byX[end]!]! / STRIP) === key) end++;
    if (end - start <= perStrip) {
      for (let k = start; k < end; k++) kept[count++] = k;
    } else {
      if (strip.length < end - start) strip = new Int32Array(end - start);
      const members = strip.subarray(0, end - start);
      for (let k = start; k < end; k++) members[k - start] = k;
      members.sort((a, b) => comparePriority(importance, time, byX[a]!, byX[b]!));
      const first = count;
      for (let k = 0; k < perStrip; k++) kept[count++] = members[k]!;
      kept.subarray(first, count).sort();
    }
    start = end;
  }
  return kept.subarray(0, count);
}

/**
 * `members` (event indexes) in order of x, then of index: the one sort that strips, span lanes
 * and clusters all walk. x values that are whole hundredths of a pixel (as layout rounds them)
 * are sorted as packed numbers without a comparator; others with one.
 */
export function orderByX(xs: ArrayLike<number>, members: ArrayLike<number>): Int32Array {
  const n = members.length;
  const order = new Int32Array(n);
  // Each x in whole hundredths, by position: the sorts below then add and compare small
  // integers, which code not yet optimized does without making a number object each time.
  const whole = new Int32Array(n);
  let maxIndex = 0;
  let minX = Infinity;
  let maxX = -Infinity;
  let minWhole = 0;
  let maxWhole = 0;
  let hundredths = true;
  for (let k = 0; k < n; k++) {
    const i = members[k]!;
    order[k] = i;
    const x = xs[i]!;
    if (i > maxIndex) maxIndex = i;
    if (x < minX) minX = x;
    if (x > maxX) maxX = x;
    if (!hundredths) continue;
    const h = Math.round(x * 100);
    if (h / 100 !== x || h > 2 ** 30 || h < -(2 ** 30)) hundredths = false;
    whole[k] = h;
    if (k === 0 || h < minWhole) minWhole = h;
    if (k === 0 || h > maxWhole) maxWhole = h;
  }
  if (n === 0) return order;
  const indexRange = maxIndex + 1;
  const xRange = hundredths ? maxWhole - minWhole + 1 : Infinity;
  // Only for a range of a few per event: the running sum walks the whole range, slowly in cold code.
  if (xRange <= 4 * n + 1024) {
    // Counting sort by x in hundredths: stable, so equal x keep ascending index. O(n + range).
    const starts = new Int32Array(xRange + 1);
    for (let k = 0; k < n; k++) starts[whole[k]! - minWhole + 1]!++;
    for (let b = 1; b <= xRange; b++) starts[b]! += starts[b - 1]!;
    const sorted = new Int32Array(n);
    const ascending = isAscending(order);
    if (!ascending) {
      // Equal x must keep ascending index: place members in index order.
      const byIndex = order.slice().sort();
      for (let k = 0; k < n; k++) {
        const i = byIndex[k]!;
        sorted[starts[Math.round(xs[i]! * 100) - minWhole]!++] = i;
      }
      return sorted;
    }
    for (let k = 0; k < n; k++) sorted[starts[whole[k]! - minWhole]!++] = order[k]!;
    return sorted;
  }
  if (hundredths && indexRange * xRange < 2 ** 52) {
    // key = position in hundredths × (largest index + 1) + index: ordered by x, then by index.
    const keys = new Float64Array(n);
    for (let k = 0; k < n; k++) keys[k] = (whole[k]! - minWhole) * indexRange + order[k]!;
    keys.sort();
    for (let k = 0; k < n; k++) order[k] = keys[k]! % indexRange;
    return order;
  }
  return order.sort((a, b) => xs[a]! - xs[b]! || a - b);
}

function isAscending(values: Int32Array): boolean {
  for (let k = 1; k < values.length; k++) if (values[k]! < values[k - 1]!) return false;
  return true;
}
