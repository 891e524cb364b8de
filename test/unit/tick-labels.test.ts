import { describe, expect, it } from "vitest";
import { placeTickLabels, type Stretch } from "../../src/layout/tick-labels.js";

/** One tick label, 20 px long unless said, at `at`, kept off `blocked`. */
const place = (at: number, blocked: Stretch[], length = 20) =>
  placeTickLabels([{ at, length, blocked }], 3)[0];

describe("placeTickLabels", () => {
  it("leaves a label at its tick when nothing crosses it", () => {
    const blocked: Stretch[] = [[100, 100]];
    const ticks = [50, 150].map((at) => ({ at, length: 20, blocked }));
    expect(placeTickLabels(ticks, 3)).toEqual([0, 0]);
  });

  it("slides a label off a leader that runs through it, to the nearer side, keeping it next to its tick", () => {
    // A leader 4 px right of the tick: the label (20 px) ends 3 px short of it.
    expect(place(100, [[104, 104]])).toBe(-9);
    // A leader on the tick itself: the label goes beside it, its edge 3 px from the tick.
    expect(place(100, [[100, 100]])).toBe(-13);
  });

  it("hides a label with no room beside its tick, and one that would crowd the label before it", () => {
    expect(
      place(100, [
        [95, 95],
        [105, 105],
      ]),
    ).toBeNull();
    const ticks = [100, 112].map((at) => ({ at, length: 20, blocked: [] }));
    expect(placeTickLabels(ticks, 3)).toEqual([0, null]);
  });

  it("keeps labels clear of stretches such as cluster pills", () => {
    expect(place(100, [[90, 104]], 12)).toBeNull();
    expect(place(100, [[102, 140]], 12)).toBe(-7);
  });
});
