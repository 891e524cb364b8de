// Stretches of x where a packing may differ from the previous packing of the same labels (see
// `assignRows` in label-rows.ts): where a label now lands elsewhere, or was placed earlier or
// later than before, or where the one new label's leader rises. A label whose surroundings lie
// clear of them all lands where it landed before. Plain module state, reused: a small band packs
// its labels hundreds of times, and the stretches are few (a new label disturbs its neighbours).

let starts: Float64Array = new Float64Array(16);
let ends: Float64Array = new Float64Array(16);
let count = 0;

/** Forgets every stretch, for the next packing. */
export function clearDirty(): void {
  count = 0;
}

/** Marks [lo, hi] as changed. A stretch it meets grows to cover it, so the list stays short. */
export function markDirty(lo: number, hi: number): void {
  for (let i = 0; i < count; i++) {
    if (starts[i]! <= hi && lo <= ends[i]!) {
      starts[i] = Math.min(starts[i]!, lo);
      ends[i] = Math.max(ends[i]!, hi);
      return;
    }
  }
  if (count === starts.length) {
    starts = doubled(starts);
    ends = doubled(ends);
  }
  starts[count] = lo;
  ends[count++] = hi;
}

/** True when [lo, hi] meets a changed stretch (ends included). */
export function isDirty(lo: number, hi: number): boolean {
  for (let i = 0; i < count; i++) if (starts[i]! <= hi && lo <= ends[i]!) return true;
  return false;
}

function doubled(values: Float64Array): Float64Array {
  const bigger = new Float64Array(2 * values.length);
  bigger.set(values);
  return bigger;
}
