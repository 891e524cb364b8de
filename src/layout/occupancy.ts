/**
 * The occupied stretches of one row, as sorted, disjoint [start, end) intervals, each carrying a
 * value. Checking and inserting both use binary search, so placing n labels costs O(n log n)
 * comparisons.
 */
export class RowOccupancy<T = undefined> {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  private readonly values: T[] = [];

  /** True when nothing in the row overlaps [start, end). */
  isFree(start: number, end: number): boolean {
    const i = this.firstEndingAfter(start);
    return i === this.ends.length || this.starts[i]! >= end;
  }

  /** True when `test` holds for the value of an interval that overlaps [start, end). */
  someOverlapping(start: number, end: number, test: (value: T) => boolean): boolean {
    for (let i = this.firstEndingAfter(start); i < this.starts.length && this.starts[i]! < end; i++) {
      if (test(this.values[i]!)) return true;
    }
    return false;
  }

  /** The free stretch that contains x, or undefined when x is taken. */
  gapAround(x: number): [number, number] | undefined {
    const i = this.firstEndingAfter(x);
    if (i < this.starts.length && this.starts[i]! <= x) return undefined;
    return [i > 0 ? this.ends[i - 1]! : -Infinity, i < this.starts.length ? this.starts[i]! : Infinity];
  }

  /** Marks [start, end) as taken; the caller has checked that it is free. */
  occupy(start: number, end: number, value?: T): void {
    // Insert by start, so that intervals that touch (or overlap by a rounding error) stay in order.
    let i = this.firstEndingAfter(start);
    while (i < this.starts.length && this.starts[i]! < start) i++;
    this.starts.splice(i, 0, start);
    this.ends.splice(i, 0, end);
    this.values.splice(i, 0, value as T);
  }

  // Intervals are disjoint and sorted, so their ends are sorted too.
  private firstEndingAfter(x: number): number {
    let lo = 0;
    let hi = this.ends.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.ends[mid]! <= x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
