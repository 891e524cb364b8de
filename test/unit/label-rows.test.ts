/**
 * The exact packing of a band's labels (label-rows.ts) takes the packing of the labels shown so
 * far to save searching when one more label is tried. That must change nothing: packing with
 * the previous packing gives exactly what packing afresh gives (rows, left edges, slides, order,
 * failure), on random bands built the way `Side.insert` builds them.
 *
 * Replay a failure with: CHRONOLINE_SEED=<seed> CHRONOLINE_PATH=<path> npx vitest run test/unit/label-rows.test.ts
 * Search deeper with CHRONOLINE_RUNS=10 (ten times the runs).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { LabelBox } from "../../src/layout/label-box.js";
import { assignRows, type Packing } from "../../src/layout/label-rows.js";

const BOUNDS: [number, number] = [0, 300];

/** A label as labels.ts makes it: hung right (left = x) or left (left = x - width), inside BOUNDS. */
interface Spec {
  x: number;
  side: "right" | "left";
  width: number;
}

const specArb: fc.Arbitrary<Spec> = fc.record({
  x: fc.oneof(
    // Few distinct xs, so that leaders share a spot and labels tie in x.
    fc.integer({ min: 0, max: 30 }).map((v) => v * 10),
    fc.double({ min: 0, max: 300, noNaN: true }),
    // At the bounds, where a slide is clamped.
    fc.constantFrom(0, 0.5, 299.5, 300),
  ),
  side: fc.constantFrom<"right" | "left">("right", "left"),
  width: fc.oneof(
    // Near the narrowest a slide allows (four leader half-widths) and a little over.
    fc.double({ min: 8, max: 30, noNaN: true }),
    fc.double({ min: 30, max: 160, noNaN: true }),
  ),
});

function boxOf(spec: Spec, index: number): LabelBox {
  let side = spec.side;
  if ((side === "right" ? BOUNDS[1] - spec.x : spec.x - BOUNDS[0]) < 8)
    side = side === "right" ? "left" : "right";
  const room = side === "right" ? BOUNDS[1] - spec.x : spec.x - BOUNDS[0];
  return labelAt(index, spec.x, side, Math.min(spec.width, room));
}

/** A label `width` wide hung on `side` of its leader at x (packing reads no text). */
function labelAt(index: number, x: number, side: "right" | "left", width: number): LabelBox {
  return {
    index,
    x,
    side,
    left: side === "right" ? x : x - width,
    width,
    title: `t${index}`,
    date: "",
    textLines: [],
  };
}

const bandArb = fc.record({
  specs: fc.array(specArb, { minLength: 1, maxLength: 40 }),
  maxRows: fc.integer({ min: 1, max: 5 }),
});

/** CHRONOLINE_RUNS=10 runs each property ten times as often, for a deeper search. */
const RUNS = Number(process.env.CHRONOLINE_RUNS ?? 1);

function settings(numRuns: number): fc.Parameters<[{ specs: Spec[]; maxRows: number }]> {
  const seed = process.env.CHRONOLINE_SEED;
  return {
    numRuns: numRuns * RUNS,
    ...(seed ? { seed: Number(seed), path: process.env.CHRONOLINE_PATH } : {}),
  };
}

describe("assignRows with the previous packing (fast-check)", () => {
  it(
    "packs each new label exactly as packing afresh does, failures included",
    () => {
      let tried = 0;
      let failed = 0;
      fc.assert(
        fc.property(bandArb, ({ specs, maxRows }) => {
          // As Side.insert: each label is tried with those shown; it is shown when all fit.
          const shown: LabelBox[] = [];
          let previous: Packing | undefined;
          for (let i = 0; i < specs.length; i++) {
            const boxes = [...shown, boxOf(specs[i]!, i)];
            const fresh = assignRows(boxes, BOUNDS, maxRows);
            const reused = assignRows(boxes, BOUNDS, maxRows, previous);
            expect(reused, `label ${i} of ${specs.length}, ${maxRows} rows`).toStrictEqual(fresh);
            tried++;
            if (!reused) {
              failed++;
              continue;
            }
            shown.push(boxes[boxes.length - 1]!);
            previous = reused;
          }
        }),
        settings(1000),
      );
      // The bands must crowd: enough tries fail, or the failing path goes untested.
      expect(failed).toBeGreaterThan(tried / 10);
    },
    60_000 * RUNS,
  );

  it("slides a label into a gap between two labels only just wide enough for it", () => {
    // B cannot hang left of its leader over A; between A (ending at 105) and C (from 155.52, and
    // placed before B, which covers A's leader) a 40 px block with half a gap each side has half
    // a pixel to spare.
    const a = labelAt(0, 100, "left", 60);
    const c = labelAt(1, 160.52, "right", 60);
    const b = labelAt(2, 140, "left", 40);
    const packed = assignRows([a, c, b], BOUNDS, 1);
    expect(Array.from(packed!.order)).toEqual([0, 1, 2]);
    expect(packed!.rows.map((r) => r.row)).toEqual([0, 0, 0]);
    expect(packed!.rows[2]!.slid).toBe(true);
    expect(packed!.rows[2]!.left).toBeCloseTo(110.01, 9); // as near A as half a gap allows
    // A pixel narrower gap, and it does not fit.
    const nearer: LabelBox = { ...c, x: 159.52, left: 159.52 };
    expect(assignRows([a, nearer, b], BOUNDS, 1)).toBeUndefined();
  });

  it("slides a label that does not fit hanging, and keeps it slid when the next label is packed", () => {
    // Two labels over one row: the second cannot hang left of its leader, so it slides right.
    const a = labelAt(0, 100, "left", 60);
    const b = labelAt(1, 150, "left", 60);
    const c = labelAt(2, 260, "right", 30);
    const first = assignRows([a, b], BOUNDS, 1)!;
    expect(first.rows[1]!.slid).toBe(true);
    const second = assignRows([a, b, c], BOUNDS, 1, first);
    expect(second).toStrictEqual(assignRows([a, b, c], BOUNDS, 1));
    expect(second!.rows[1]).toBe(first.rows[1]); // put back: the record made then still holds
  });
});
