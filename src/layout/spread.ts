/**
 * Moves blocks along one line as little as possible so that none overlap, keeping their order:
 * minimise Σ (top[i] − ideal[i])² subject to top[i] ≥ top[i−1] + height[i−1] + gap, and
 * top[0] ≥ min. Subtracting each block's cumulative offset turns the constraints into
 * "non-decreasing", which the pool-adjacent-violators algorithm solves exactly in O(n).
 * (The same overlap-removal problem that Labella.js approaches with a force simulation.)
 * With `weights`, the sum is Σ weight[i]·(top[i] − ideal[i])²: a block of very large weight
 * stays (all but) where it is and the others move around it.
 */
export function spreadApart(
  ideal: readonly number[],
  heights: readonly number[],
  gap: number,
  min = -Infinity,
  weights?: readonly number[],
): number[] {
  const n = ideal.length;
  const offset = new Array<number>(n);
  let sum = 0;
  for (let i = 0; i < n; i++) {
    offset[i] = sum;
    sum += heights[i]! + gap;
  }
  // Pools of adjacent blocks that move together: their (weighted) mean target, size and weight.
  const means: number[] = [];
  const sizes: number[] = [];
  const masses: number[] = [];
  for (let i = 0; i < n; i++) {
    let mean = ideal[i]! - offset[i]!;
    let size = 1;
    let mass = weights ? weights[i]! : 1;
    while (means.length && means[means.length - 1]! > mean) {
      const previousMass = masses.pop()!;
      mean = (means.pop()! * previousMass + mean * mass) / (previousMass + mass);
      size += sizes.pop()!;
      mass += previousMass;
    }
    means.push(mean);
    sizes.push(size);
    masses.push(mass);
  }
  const tops: number[] = [];
  means.forEach((mean, pool) => {
    for (let k = 0; k < sizes[pool]!; k++) tops.push(Math.max(mean, min) + offset[tops.length]!);
  });
  return tops;
}
