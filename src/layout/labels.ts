import { STRIP } from "./candidates.js";
import { cutHangings, hangingsOf } from "./label-hangings.js";
import type { Measure } from "./measure.js";
import { LABEL, TITLE_FONT } from "./typography.js";
import { EXACT_UP_TO, type Side } from "./label-side.js";
import { ExactSide } from "./label-side-exact.js";
import { StackedSide } from "./label-side-stacked.js";

/** Where a label went: a row on its side of the axis (0 is nearest) and a side of its leader. */
export interface PlacedLabel {
  row: number;
  side: "right" | "left";
  /** Left edge of the label block. */
  left: number;
  width: number;
  /** The title as shown: cut with an ellipsis when it did not fit. */
  title: string;
  /** The date line as shown. */
  date: string;
  /** Lines of the event's text under the title; empty unless `annotations: "full"`. */
  textLines: string[];
  /** True when the block slid sideways off its leader, which then meets its edge. */
  slid?: boolean;
}

/** What placement needs to know of the candidates of one band. */
export interface BandLabelInput {
  /** Event indexes of the candidates, in priority order (see `byPriority`). */
  order: ArrayLike<number>;
  /** x of each event's leader, by event index. */
  xs: ArrayLike<number>;
  /** Per candidate, by event index: 1 when a tie between the two sides sends it below. */
  turnBelow: (index: number) => boolean;
  title: (index: number) => string;
  date: (index: number) => string;
  /** The event's text, when labels show it (`annotations: "full"`). */
  text: (index: number) => string | undefined;
  bounds: [number, number];
  maxRows: number;
  maxLabelWidth: number;
  measure: Measure;
}

/** The labels of one band, by event index, and the rows used on each side of the axis. */
export interface BandLabels {
  placed: Map<number, PlacedLabel>;
  /** 1 where the event's label is below the axis, by position in `order`. */
  below: Map<number, boolean>;
  rows: { above: number; below: number };
}

/**
 * Places the labels of one band as flags in rows above and below the axis: the leader rises
 * from the event and the text hangs to its right (to its left near the right edge).
 *
 * Candidates are taken once each, in priority order (higher importance, then earlier date, then
 * input order), and each one's fate is decided against the labels already shown, which all have
 * higher priority. It is shown when the shown labels and it can still be stacked in `maxRows`
 * rows, each label above every label whose leader it covers, trying in turn:
 * 1. whole, on the side of the axis that fewer shown labels crowd, then on the other: hung on its
 *    preferred side, else turned to the other; in a band of few candidates (`EXACT_UP_TO`), where
 *    it faces shown labels (each covering the other's leader), those may turn to hang the same
 *    way as it, keeping their titles whole, so that the stretch stacks as a staircase;
 * 2. only then cut short of the nearest shown leader it would cover, on either side.
 * A label that is not shown changes nothing, so candidates that cannot win can be left out
 * without changing the result. Once a label fails in a strip of `STRIP` px on one side, no later
 * (less important) label there that is as wide is tried on that side: what is more important
 * wins the space.
 *
 * Then the shown labels of each side get their rows, sliding sideways to save rows where they
 * can (label-rows.ts). O(n log n) for n candidates; each label is checked against its
 * neighbours only.
 */
export function placeBandLabels(input: BandLabelInput): BandLabels {
  const { order, xs, bounds, maxRows, maxLabelWidth, measure } = input;
  const maxX = bounds[1];
  const exact = order.length <= EXACT_UP_TO;
  const newSide = (): Side => (exact ? new ExactSide(maxRows, bounds) : new StackedSide(maxRows, bounds));
  const sides = [newSide(), newSide()]; // above, below
  const stripCount = Math.max(1, Math.ceil((maxX + 1) / STRIP) + 1);
  // Per side and strip: the narrowest label that failed there (see above).
  const closed = [new Float64Array(stripCount).fill(Infinity), new Float64Array(stripCount).fill(Infinity)];
  const below = new Map<number, boolean>();

  for (let r = 0; r < order.length; r++) {
    const index = order[r]!;
    const x = xs[index]!;
    const strip = Math.min(stripCount - 1, Math.max(0, Math.floor(x / STRIP)));
    const title = input.title(index);
    const titleWidth = measure(title, TITLE_FONT);
    const size = Math.min(maxLabelWidth, LABEL.indent + titleWidth);
    const open0 = size < closed[0]![strip]!;
    const open1 = size < closed[1]![strip]!;
    if (!open0 && !open1) continue;

    const blocked0 = open0 && sides[0]!.blockedAt(x);
    const blocked1 = open1 && sides[1]!.blockedAt(x);
    const request = { x, title, titleWidth, date: input.date(index), text: input.text(index) };
    if ((!open0 || blocked0) && (!open1 || blocked1)) {
      // Blocked on every side it may try: it is not shown, and it closes those sides of its strip
      // when it has a legible hanging (as trying would find), so no side is weighed.
      if (hangingsOf(request, index, bounds, maxLabelWidth, measure, true).boxes.length === 0) continue;
      if (open0) closed[0]![strip] = Math.min(closed[0]![strip]!, size);
      if (open1) closed[1]![strip] = Math.min(closed[1]![strip]!, size);
      continue;
    }
    // The side that fewer shown labels crowd over the title's stretch; on a tie, alternate.
    const load0 = sides[0]!.load(x, x + titleWidth);
    const load1 = sides[1]!.load(x, x + titleWidth);
    const first = load0 === load1 ? (input.turnBelow(index) ? 1 : 0) : load0 > load1 ? 1 : 0;
    const hangings = hangingsOf(request, index, bounds, maxLabelWidth, measure);
    // A title that is legible in no hanging closes nothing.
    if (hangings.boxes.length === 0) continue;
    // Whole, the less crowded side first (1 above); cut only as the last resort (2). The open
    // sides are tried in turn, with no array or closure per candidate: thousands are tried.
    let shownOn = -1;
    let failed0 = false;
    let failed1 = false;
    for (let cut = 0; cut < 2 && shownOn < 0; cut++) {
      for (let k = 0; k < 2 && shownOn < 0; k++) {
        const s = k === 0 ? first : 1 - first;
        if (!(s === 0 ? open0 : open1)) continue;
        const side = sides[s]!;
        // A side blocked at x fails every box there, whole or cut: none is built or tried.
        if (!(s === 0 ? blocked0 : blocked1)) {
          const boxes = cut === 0 ? hangings.boxes : cutHangings(side, request, hangings);
          if (side.insertAny(boxes, r, titleWidth, cut === 0)) {
            shownOn = s;
            continue;
          }
        }
        if (s === 0) failed0 = true;
        else failed1 = true;
      }
    }
    if (shownOn >= 0) below.set(index, shownOn === 1);
    // A side where it found no room is closed to later labels of its strip as wide.
    if (failed0 && shownOn !== 0) closed[0]![strip] = Math.min(closed[0]![strip]!, size);
    if (failed1 && shownOn !== 1) closed[1]![strip] = Math.min(closed[1]![strip]!, size);
  }

  const placed = new Map<number, PlacedLabel>();
  const rows = { above: 0, below: 0 };
  sides.forEach((side, s) => {
    const rowed = side.rows();
    const used = [...new Set(rowed.map((p) => p.row))].sort((a, b) => a - b);
    const newRow = new Map(used.map((row, k) => [row, k]));
    for (const p of rowed) {
      const { row, side: hanging, left, width, title, date, textLines, slid } = p;
      placed.set(p.index, {
        row: newRow.get(row)!,
        side: hanging,
        left,
        width,
        title,
        date,
        textLines,
        slid,
      });
    }
    rows[s === 0 ? "above" : "below"] = used.length;
  });
  return { placed, below, rows };
}
