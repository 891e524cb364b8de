/**
 * Where the time axis's tick labels go, along the axis: each at its tick, or slid off a leader
 * line that runs through the tick labels' row (leaders join events to their labels, so they keep
 * their place), but never so far that its tick is not at or next to it: at most half its length
 * and `clear`. A label that finds no such place, or that would come within GAP of the label
 * before it, is hidden (null); the neighbouring ticks still tell the time.
 *
 * `ticks` are positions along the axis, in order, with the labels' lengths and the stretches of
 * the axis where that label may not go (`blocked`; a leader is a stretch of no length); `clear`
 * is the room kept between a label and what blocks it. Returns each label's offset from its tick.
 */
export function placeTickLabels(
  ticks: readonly { at: number; length: number; blocked: readonly Stretch[] }[],
  clear: number,
): (number | null)[] {
  let end = -Infinity; // where the last label shown ends
  return ticks.map(({ at, length, blocked }) => {
    const half = length / 2;
    const reach = half + clear;
    // Only stretches within reach of where the label may go can block it.
    const near = blocked.filter(([a, b]) => a < at + 2 * reach && b > at - 2 * reach);
    // A centre c is free when no blocked stretch comes within `clear` of [c - half, c + half].
    const free = (c: number): boolean =>
      c - half >= end + GAP - EPS && near.every(([a, b]) => c + reach <= a + EPS || c - reach >= b - EPS);
    // Nearest free centre to the tick: the tick itself, or just clear of a stretch's either end.
    const best = [at, end + GAP + half, ...near.flatMap(([a, b]) => [a - reach, b + reach])]
      .filter((c) => Math.abs(c - at) <= reach && free(c))
      .sort((p, q) => Math.abs(p - at) - Math.abs(q - at))[0];
    if (best === undefined) return null;
    end = best + half;
    return Math.round((best - at) * 100) / 100;
  });
}

/** From, to: positions along the axis. */
export type Stretch = readonly [number, number];

/** Least room between two tick labels, in pixels. */
const GAP = 6;
/** Sums of rounded positions are off by far less than this. */
const EPS = 1e-6;
