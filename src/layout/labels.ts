import { inPlaceOf, type LabelBox, labelSpan, leaderFreeSpan, POLE } from "./label-box.js";
import { assignRows, type RowedLabel } from "./label-rows.js";
import type { Measure } from "./measure.js";
import { OverlapCounter } from "./overlap-counter.js";
import { isLegible, truncateText } from "./truncate.js";
import { DATE_FONT, LABEL, TEXT_FONT, TITLE_FONT } from "./typography.js";
import { wrapText } from "./wrap.js";

/** What placement needs to know of one event's label. */
export interface LabelRequest {
  /** x of the leader line: the marker, or the start of a span bar. */
  anchor: number;
  title: string;
  /** The title's width, when the caller has measured it already. */
  titleWidth?: number;
  date: string;
  importance: number;
  time: number;
  /** The event's text, when labels show it (`annotations: "full"`). */
  text?: string | undefined;
}

/** Where a label went: a row above the axis (0 is the lowest) and a side of its leader. */
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

export interface PlacementOptions {
  /** Horizontal room in which labels must stay, [left, right]. */
  bounds: [number, number];
  maxRows: number;
  maxLabelWidth: number;
  measure: Measure;
}

/**
 * Places labels as flags in rows above the axis: the leader rises from the event and the text
 * hangs to its right (to its left near the right edge). Two passes:
 *
 * 1. Choose which labels to show, by priority (higher importance, then earlier date, then input
 *    order): a label is kept while fewer than `maxRows` kept labels overlap it. O(n log n).
 * 2. Give the kept labels rows so that no label covers another label or a leader (label-rows.ts).
 *
 * A label left out is undefined in the result; its event keeps its marker. Deterministic.
 */
export function placeLabels(
  requests: readonly LabelRequest[],
  { bounds, maxRows, maxLabelWidth, measure }: PlacementOptions,
): (PlacedLabel | undefined)[] {
  // Each label hangs on its preferred side; the other hanging is made only when asked for.
  const measuredOf = requests.map((request) => ({
    title: request.titleWidth ?? measure(request.title, TITLE_FONT),
    date: measure(request.date, DATE_FONT),
  }));
  const box = (index: number, side: "right" | "left"): LabelBox =>
    labelBox(requests[index]!, index, side, bounds, maxLabelWidth, measure, measuredOf[index]);
  const mirrors = new Map<number, LabelBox>();
  const mirror = (b: LabelBox): LabelBox => {
    let other = mirrors.get(b.index);
    if (!other || other.side === b.side)
      mirrors.set(b.index, (other = box(b.index, b.side === "right" ? "left" : "right")));
    return other;
  };
  const preferred = requests.map((request, index) =>
    box(index, preferredSide(request, measuredOf[index]!, bounds, maxLabelWidth)),
  );
  const facing = avoidFacingLabels(preferred, mirror, bounds);
  const boxes = stopShortOfFacingLeaders(facing, (box, limit) =>
    labelBox(requests[box.index]!, box.index, "left", [limit, bounds[1]], maxLabelWidth, measure),
  );
  const n = requests.length;
  const importance = Float64Array.from(requests, (r) => r.importance);
  const time = Float64Array.from(requests, (r) => r.time);
  const byPriority = Int32Array.from({ length: n }, (_, k) => k).sort(
    (a, b) => importance[b]! - importance[a]! || time[a]! - time[b]! || a - b,
  );

  // Each label's span, [lo, hi): see labelSpan.
  const spans = new Float64Array(2 * n);
  for (let k = 0; k < n; k++) {
    const box = boxes[k]!;
    spans[2 * k] = box.left - LABEL.gap / 2;
    spans[2 * k + 1] = box.left + box.width + LABEL.gap / 2;
  }
  const counter = new OverlapCounter(spans);
  const kept: LabelBox[] = [];
  for (let r = 0; r < n; r++) {
    const index = byPriority[r]!;
    const box = boxes[index]!;
    if (box.title === "") continue;
    const lo = spans[2 * index]!;
    const hi = spans[2 * index + 1]!;
    if (counter.count(lo, hi) >= maxRows) continue;
    counter.add(lo, hi);
    kept.push(box);
  }

  const placed: (PlacedLabel | undefined)[] = requests.map(() => undefined);
  const rowed = yieldToPriority(kept, assignRows(kept, mirror, bounds, maxRows), mirror);
  for (const label of compactRows(rowed)) {
    if (label) placed[label.index] = label;
  }
  return placed;
}

/**
 * A right-hanging label that covers the leader of a left-hanging one to its right would need to
 * sit both above and below it. Such labels turn to hang left too, when they fit there: then all
 * the labels of a crowded stretch hang the same way and stack as a staircase. Taken right to
 * left, so a turn that causes another is seen in the same pass. O(n log n).
 */
function avoidFacingLabels(
  boxes: LabelBox[],
  mirror: (box: LabelBox) => LabelBox,
  [minX]: [number, number],
): LabelBox[] {
  const result = [...boxes];
  const byXDescending = boxes.map((b) => b.index).sort((a, b) => boxes[b]!.x - boxes[a]!.x || b - a);
  let nearestLeftHanging = Infinity; // smallest x of a left-hanging label further right
  let sameX = Infinity; // labels at one x share a leader and never block each other
  let leftHangingAtSameX = Infinity;
  for (const index of byXDescending) {
    let box = result[index]!;
    if (box.x !== sameX) {
      nearestLeftHanging = Math.min(nearestLeftHanging, leftHangingAtSameX);
      sameX = box.x;
      leftHangingAtSameX = Infinity;
    }
    if (box.side === "right") {
      const [, hi] = leaderFreeSpan(box);
      if (nearestLeftHanging - POLE < hi) {
        const turned = mirror(box);
        // Turn only when the label keeps most of its title on the other side.
        const keepsTitle = turned.title.length >= Math.min(box.title.length, 16);
        if (turned.left >= minX && keepsTitle) box = turned;
      }
    }
    result[index] = box;
    if (box.side === "left") leftHangingAtSameX = box.x;
  }
  return result;
}

/**
 * A left-hanging label and a right-hanging one to its left that cover each other's leaders
 * cannot both be shown (each would have to sit above the other). This happens where the
 * right-hanging one could not turn, at the left edge of a narrow timeline; the left-hanging
 * label is then cut to end before the other's leader. Taken left to right. O(n log n).
 */
function stopShortOfFacingLeaders(
  boxes: LabelBox[],
  refit: (box: LabelBox, leftLimit: number) => LabelBox,
): LabelBox[] {
  const result = [...boxes];
  const byX = boxes.map((b) => b.index).sort((a, b) => boxes[a]!.x - boxes[b]!.x || a - b);
  let lastRight: LabelBox | undefined; // the right-hanging label with the largest x so far
  for (const index of byX) {
    const box = result[index]!;
    if (box.side === "right") {
      lastRight = box;
      continue;
    }
    if (!lastRight || lastRight.x >= box.x) continue;
    const coversMine = labelSpan(lastRight)[1] > box.x - POLE;
    const coversTheirs = leaderFreeSpan(box)[0] < lastRight.x + POLE;
    if (coversMine && coversTheirs) result[index] = refit(box, lastRight.x + POLE + LABEL.gap / 2);
  }
  return result;
}

/**
 * Rows are given in leader order, not priority order, so a label can lose its row while a less
 * important label on the same leader keeps one. Here such a label takes the place of the least
 * important label on its leader whose block is at least as wide (on that block's side), which
 * then gives way. `kept` is in priority order and `rowed` is indexed like it.
 */
function yieldToPriority(
  kept: readonly LabelBox[],
  rowed: (RowedLabel | undefined)[],
  mirror: (box: LabelBox) => LabelBox,
): (RowedLabel | undefined)[] {
  const result = [...rowed];
  const onLeader = new Map<number, number[]>(); // x → positions in `kept` of placed labels
  result.forEach((label, k) => {
    if (label) onLeader.set(label.x, [...(onLeader.get(label.x) ?? []), k]);
  });
  kept.forEach((box, k) => {
    if (result[k]) return;
    const rivals = onLeader.get(box.x) ?? [];
    for (let r = rivals.length - 1; r >= 0; r--) {
      const j = rivals[r]!;
      const rival = result[j];
      if (j < k || !rival) continue; // only a less important label gives way
      const mine = rival.side === box.side ? box : mirror(box);
      if (mine.title === "" || mine.width > rival.width) continue;
      result[k] = { ...mine, ...inPlaceOf(rival, box.x, mine.width), row: rival.row };
      result[j] = undefined;
      rivals[r] = k;
      return;
    }
  });
  return result;
}

/** Drops rows that ended up holding no label, so the timeline is no taller than it must be. */
function compactRows(labels: (RowedLabel | undefined)[]): (RowedLabel | undefined)[] {
  const used = [...new Set(labels.flatMap((p) => (p ? [p.row] : [])))].sort((a, b) => a - b);
  const newRow = new Map(used.map((row, i) => [row, i]));
  return labels.map((p) => (p ? { ...p, row: newRow.get(p.row)! } : undefined));
}

/** Hang right, as text reads; left only near the right edge, where the right has less room. */
function preferredSide(
  request: LabelRequest,
  measured: Measured,
  [minX, maxX]: [number, number],
  maxLabelWidth: number,
): "right" | "left" {
  const x = request.anchor;
  const fitsWhole =
    Math.min(maxLabelWidth, LABEL.indent + Math.max(measured.title, measured.date)) <= maxX - x;
  return fitsWhole || maxX - x >= x - minX ? "right" : "left";
}

/** Widths of a label's full title and date, measured once for both hangings. */
interface Measured {
  title: number;
  date: number;
}

/** The label block of one event hung on one side, its title cut to the room there. */
function labelBox(
  request: LabelRequest,
  index: number,
  side: "right" | "left",
  [minX, maxX]: [number, number],
  maxLabelWidth: number,
  measure: Measure,
  measured: Measured = { title: measure(request.title, TITLE_FONT), date: measure(request.date, DATE_FONT) },
): LabelBox {
  const x = request.anchor;
  const room = Math.max(0, Math.min(maxLabelWidth, side === "right" ? maxX - x : x - minX) - LABEL.indent);
  // Cut only what does not fit; most labels fit whole, and then nothing is measured again.
  const title =
    measured.title <= room ? request.title : truncateText(request.title, TITLE_FONT, room, measure);
  const date = measured.date <= room ? request.date : truncateText(request.date, DATE_FONT, room, measure);
  const titleWidth = title === request.title ? measured.title : measure(title, TITLE_FONT);
  const dateWidth = date === request.date ? measured.date : measure(date, DATE_FONT);
  // Text wraps under the title, as wide as the title but never narrower than a short column.
  const wrapWidth = Math.min(room, Math.max(titleWidth, LABEL.textWidth));
  const textLines = request.text
    ? wrapText(request.text, TEXT_FONT, wrapWidth, LABEL.textLines, measure)
    : [];
  const textWidth = textLines.reduce((most, line) => Math.max(most, measure(line, TEXT_FONT)), 0);
  const width = LABEL.indent + Math.max(titleWidth, dateWidth, textWidth);
  // A label cut to noise is no label: an empty title makes placement leave it out. The date is
  // never cut: the visible words must read on, in order, into the title (the accessible name
  // is "date: title", and speech-input users say what they see).
  const legible = isLegible(title, request.title) && date === request.date;
  return {
    index,
    x,
    side,
    left: side === "right" ? x : x - width,
    width,
    title: legible ? title : "",
    date,
    textLines,
  };
}
