import { describe, expect, it } from "vitest";
import { parseEvents } from "../../src/data/normalize.js";
import { inTimeOrder } from "../../src/data/time-order.js";
import type { TimelineEvent } from "../../src/types.js";

/** The order the arrow keys and the event table promise: by start, then by input index. */
const bySort = (events: readonly TimelineEvent[]) =>
  [...events].sort((a, b) => a.start.time - b.start.time || a.index - b.index).map((e) => e.id);

/** A seeded generator, so that a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

describe("inTimeOrder", () => {
  it("orders by start, ties in input order, like a sort by (start, index)", () => {
    for (let seed = 1; seed <= 40; seed++) {
      const next = random(seed);
      // Few distinct years, so many ties; some spans; some already in order.
      const events = parseEvents(
        Array.from({ length: 1 + Math.floor(next() * 300) }, (_, i) => ({
          date: String(1990 + Math.floor(next() * (seed % 5 === 0 ? 3 : 40))),
          title: `Event ${i}`,
        })),
      );
      const ordered = inTimeOrder(events);
      expect(ordered.map((e) => e.id)).toEqual(bySort(events));
      expect(ordered).not.toBe(events);
    }
  });

  it("keeps (start, index) order when the array is not in index order, and leaves it alone", () => {
    const events = parseEvents([
      { date: "2001", title: "a" },
      { date: "2000", title: "b" },
      { date: "2001", title: "c" },
      { date: "2000", title: "d" },
    ]);
    const shuffled = [events[2]!, events[3]!, events[0]!, events[1]!];
    expect(inTimeOrder(shuffled).map((e) => e.title)).toEqual(["b", "d", "a", "c"]);
    expect(shuffled.map((e) => e.title)).toEqual(["c", "d", "a", "b"]);
    expect(inTimeOrder([])).toEqual([]);
  });
});
