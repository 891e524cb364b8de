/**
 * `sortByPriority` orders events as the comparator sort it replaces did (higher importance, then
 * earlier time, then smaller index), for items in x order (the usual case, sorted by insertion)
 * and for items in any order, with many importances or many times at one x (where it hands
 * over to the comparator sort part way).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sortByPriority } from "../../src/layout/candidates.js";

function byComparator(items: number[], eventOf: number[], importance: number[], time: number[]): number[] {
  return [...items].sort((i, j) => {
    const a = eventOf[i]!;
    const b = eventOf[j]!;
    return importance[b]! - importance[a]! || time[a]! - time[b]! || a - b;
  });
}

const eventsArb = fc
  .record({
    n: fc.integer({ min: 0, max: 300 }),
    levels: fc.integer({ min: 1, max: 12 }),
    times: fc.integer({ min: 1, max: 400 }),
    inXOrder: fc.boolean(),
    seed: fc.integer(),
  })
  .map(({ n, levels, times, inXOrder, seed }) => {
    let s = seed >>> 0;
    const random = (): number => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
    const importance = Array.from({ length: n }, () => (random() < 0.3 ? Math.floor(random() * levels) : 0));
    const time = Array.from({ length: n }, () => Math.floor(random() * times) * 1e9);
    // eventOf maps an item (a position) to its event; in x order, positions follow time.
    const eventOf = Array.from({ length: n }, (_, k) => k);
    if (inXOrder) eventOf.sort((a, b) => time[a]! - time[b]! || a - b);
    else eventOf.sort(() => random() - 0.5);
    const items = Array.from({ length: n }, (_, k) => k);
    return { items, eventOf, importance, time };
  });

describe("sortByPriority", () => {
  it("orders items exactly as the comparator sort does", () => {
    fc.assert(
      fc.property(eventsArb, ({ items, eventOf, importance, time }) => {
        const sorted = Int32Array.from(items);
        sortByPriority(sorted, eventOf, importance, time);
        expect(Array.from(sorted)).toEqual(byComparator(items, eventOf, importance, time));
      }),
      { numRuns: 300 },
    );
  });

  it("orders thousands of events at one x (the view's edge, zoomed in) as the comparator does", () => {
    const n = 5000;
    const importance = Array.from({ length: n }, (_, i) => (i % 7 === 0 ? 2 : 0));
    const time = Array.from({ length: n }, (_, i) => ((i * 7919) % n) * 1e6);
    const eventOf = Array.from({ length: n }, (_, k) => k);
    const sorted = Int32Array.from(eventOf);
    sortByPriority(sorted, eventOf, importance, time);
    expect(Array.from(sorted)).toEqual(byComparator(eventOf, eventOf, importance, time));
  });
});
