/**
 * Counts how many of the intervals added so far overlap a query interval, in O(log n) per call:
 * overlapping [a, b) = (intervals starting before b) − (intervals ending at or before a).
 * Built on two Fenwick trees over coordinates known in advance.
 */
export class OverlapCounter {
  private readonly coords: Float64Array;
  private readonly startTree: Int32Array;
  private readonly endTree: Int32Array;

  /**
   * `coords`: every start and end that will be added or queried. `unique`: they are already
   * sorted and distinct (as another counter's are), and are used as they are.
   */
  constructor(coords: Iterable<number> | Float64Array, unique = false) {
    const values = coords instanceof Float64Array ? coords : Float64Array.from(coords);
    this.coords = unique ? values : uniqueSorted(values);
    this.startTree = new Int32Array(this.coords.length + 1);
    this.endTree = new Int32Array(this.coords.length + 1);
  }

  /** A counter with nothing added, over the same coordinates (which are not sorted again). */
  emptyCopy(): OverlapCounter {
    return new OverlapCounter(this.coords, true);
  }

  add(start: number, end: number): void {
    bump(this.startTree, this.rank(start));
    bump(this.endTree, this.rank(end));
  }

  /** Intervals [s, e) with s < end and e > start. */
  count(start: number, end: number): number {
    return prefix(this.startTree, this.rank(end) - 1) - prefix(this.endTree, this.rank(start));
  }

  // 1-based position of a known coordinate.
  private rank(value: number): number {
    let lo = 0;
    let hi = this.coords.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.coords[mid]! < value) lo = mid + 1;
      else hi = mid;
    }
    return lo + 1;
  }
}

/** The distinct values of `values`, sorted, in a new array. */
function uniqueSorted(values: Float64Array): Float64Array {
  const sorted = values.slice().sort();
  let n = 0;
  for (let i = 0; i < sorted.length; i++) {
    if (n === 0 || sorted[i] !== sorted[n - 1]) sorted[n++] = sorted[i]!;
  }
  return sorted.subarray(0, n);
}

function bump(tree: Int32Array, i: number): void {
  for (; i < tree.length; i += i & -i) tree[i]!++;
}

// Sum of counts at positions 1..i.
function prefix(tree: Int32Array, i: number): number {
  let sum = 0;
  for (; i > 0; i -= i & -i) sum += tree[i]!;
  return sum;
}
