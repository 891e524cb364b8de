/**
 * The occupied stretches of one row, as sorted, disjoint [start, end) intervals. Checking and
 * inserting both use binary search, so placing n labels costs O(n log n) comparisons.
 */
export class RowOccupancy {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];

  /** True when nothing in the row overlaps [start, end). */
  isFree(start: number, end: number): boolean {
    const i = this.firstEndingAfter(start);
    return i === this.ends.length || this.starts[i]! >= end;
  }

  /** Marks [start, end) as taken; the caller has checked that it is free. */
  occupy(start: number, end: number): void {
    const i = this.firstEndingAfter(start);
    this.starts.splice(i, 0, start);
    this.ends.splice(i, 0, end);
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
