import type { TimelineEvent } from "../types.js";
import { labelCandidates, orderByX } from "./candidates.js";
import { inPlaceOf } from "./label-box.js";
import { clusterMarkers, type ClusterGeometry } from "./cluster.js";
import { placeLabels, type LabelRequest, type PlacedLabel } from "./labels.js";
import { assignLanesInOrder } from "./lanes.js";
import type { Measure } from "./measure.js";
import { OverlapCounter } from "./overlap-counter.js";
import { isLegible, truncateText } from "./truncate.js";
import { DATE_FONT, LABEL, TITLE_FONT } from "./typography.js";

/**
 * One band of a horizontal timeline: a baseline with the markers and span bars of its events,
 * labels in rows above and below it, and clusters where unlabelled markers crowd. A timeline
 * without groups is one band; with groups, each group is one (a swimlane).
 * Geometry here is relative: x in pixels, rows and lanes as counts; layout.ts turns it into y.
 * Per-event results (lane, side, clustered) are written into the arrays of `BandInput.out`.
 */
export interface BandLayout {
  /** Rows of labels used above and below the baseline. */
  rows: { above: number; below: number };
  /** Lanes of span bars used above the baseline. */
  lanes: number;
  /** The labels placed, by event index. */
  labels: Map<number, PlacedLabel>;
  clusters: ClusterGeometry[];
}

/** What layout knows of every event, by event index, read once from the events. */
export interface EventColumns {
  xs: Float64Array;
  x2s: Float64Array;
  importance: Float64Array;
  time: Float64Array;
  /** 1 for a span, 0 for a point. */
  span: Uint8Array;
}

/** Per-event results of every band, by event index. */
export interface BandOutput {
  /** Lane of a span's bar; -1 for a point. */
  lane: Int32Array;
  /** 1 when the event's label (if any) is below the baseline. */
  below: Uint8Array;
  /** 1 when a cluster pill stands for this event instead of its own marker. */
  clustered: Uint8Array;
}

export interface BandInput {
  events: readonly TimelineEvent[];
  /** Indexes (into `events`) of the events in this band, ascending. */
  members: ArrayLike<number>;
  columns: EventColumns;
  out: BandOutput;
  bounds: [number, number];
  dateLabel: (event: TimelineEvent) => string;
  maxRows: number;
  maxLanes: number;
  maxLabelWidth: number;
  measure: Measure;
  /** Show the first lines of each event's text under its title. */
  fullAnnotations: boolean;
}

export function layoutBand(input: BandInput): BandLayout {
  const { events, members, columns, out, maxRows, measure } = input;
  const { xs, x2s, span } = columns;

  // One sort by x: span lanes, label candidates and clusters all walk this order.
  const byX = orderByX(xs, members);
  const spansByX = byX.filter((i) => span[i] === 1);
  const lanes = assignLanesInOrder(spansByX, xs, x2s, out.lane, 2, input.maxLanes);

  // Only events that could win a label are weighed, and only they need a date text.
  const candidates = Array.from(
    labelCandidates({
      xs,
      importance: columns.importance,
      time: columns.time,
      byX,
      perStrip: 2 * maxRows,
    }),
  );
  const dates = new Map<number, string>();
  const dateOf = (i: number): string => {
    let date = dates.get(i);
    if (date === undefined) dates.set(i, (date = input.dateLabel(events[i]!)));
    return date;
  };

  const titleWidths = Float64Array.from(candidates, (i) => measure(events[i]!.title, TITLE_FONT));
  const titleWidthOf = new Map(candidates.map((i, k) => [i, titleWidths[k]!]));
  chooseSides(candidates, columns, titleWidths, out.below);
  const sideOf = (i: number): "above" | "below" => (out.below[i] === 1 ? "below" : "above");
  const placed = new Map<number, PlacedLabel>();
  const rows = { above: 0, below: 0 };
  for (const side of ["above", "below"] as const) {
    const onSide = candidates.filter((i) => sideOf(i) === side);
    const requests: LabelRequest[] = onSide.map((i) => {
      const e = events[i]!;
      return {
        anchor: xs[i]!,
        title: e.title,
        titleWidth: titleWidthOf.get(i)!,
        date: dateOf(i),
        importance: columns.importance[i]!,
        time: columns.time[i]!,
        text: input.fullAnnotations ? e.text : undefined,
      };
    });
    const result = placeLabels(requests, {
      bounds: input.bounds,
      maxRows,
      maxLabelWidth: input.maxLabelWidth,
      measure,
    });
    onSide.forEach((i, k) => {
      const p = result[k];
      if (p) placed.set(i, p);
    });
    rows[side] = result.reduce((most, p) => (p ? Math.max(most, p.row + 1) : most), 0);
  }

  yieldAcrossSides(candidates, events, columns, placed, out.below, dateOf, measure);
  // A label that moved to the other side may have left a row empty: close it up.
  for (const side of ["above", "below"] as const) {
    const onSide = [...placed].filter(([i]) => sideOf(i) === side);
    const used = [...new Set(onSide.map(([, p]) => p.row))].sort((a, b) => a - b);
    const newRow = new Map(used.map((row, k) => [row, k]));
    for (const [i, p] of onSide) placed.set(i, { ...p, row: newRow.get(p.row)! });
    rows[side] = used.length;
  }

  const unlabelledPoints = byX.filter((i) => span[i] === 0 && !placed.has(i));
  const clusters = clusterMarkers(unlabelledPoints, xs, measure);
  for (const c of clusters) for (const i of c.members) out.clustered[i] = 1;

  return { rows, lanes, labels: placed, clusters };
}

/**
 * Which side of the baseline each label goes to, so that the two sides share the crowding and
 * the more important events get the emptier side. In priority order (higher importance, then
 * earlier date), each label takes the side where fewer labels already claim its stretch; on a
 * tie the sides alternate in time order, which spreads sparse timelines evenly. O(n log n).
 */
function chooseSides(
  indexes: readonly number[],
  { xs, importance, time }: EventColumns,
  titleWidths: Float64Array,
  below: Uint8Array,
): void {
  const m = indexes.length;
  // The stretch each title claims, [x, x + width), by position in `indexes`.
  const coords = new Float64Array(2 * m);
  for (let k = 0; k < m; k++) {
    const x = xs[indexes[k]!]!;
    coords[2 * k] = x;
    coords[2 * k + 1] = x + titleWidths[k]!;
  }
  const loadAbove = new OverlapCounter(coords);
  const loadBelow = loadAbove.emptyCopy();
  // `indexes` ascend, so comparing positions breaks ties by index.
  const positions = new Int32Array(m);
  for (let k = 0; k < m; k++) positions[k] = k;
  const inTime = positions.slice().sort((a, b) => time[indexes[a]!]! - time[indexes[b]!]! || a - b);
  const turnBelow = new Uint8Array(m);
  for (let r = 0; r < m; r++) turnBelow[inTime[r]!] = r % 2;
  const byPriority = positions.sort((a, b) => {
    const i = indexes[a]!;
    const j = indexes[b]!;
    return importance[j]! - importance[i]! || time[i]! - time[j]! || a - b;
  });
  for (let r = 0; r < m; r++) {
    const k = byPriority[r]!;
    const lo = coords[2 * k]!;
    const hi = coords[2 * k + 1]!;
    const above = loadAbove.count(lo, hi);
    const underneath = loadBelow.count(lo, hi);
    const isBelow = above === underneath ? turnBelow[k] === 1 : above > underneath;
    (isBelow ? loadBelow : loadAbove).add(lo, hi);
    below[indexes[k]!] = isBelow ? 1 : 0;
  }
}

/**
 * The two sides are placed apart, so an event can lose its label on a crowded side while a less
 * important event on the same leader keeps one on the other side. Such a label takes the place
 * of the least important label on its leader, cut to that label's block, which then gives way (promise 4: higher importance, then earlier date, wins space).
 */
function yieldAcrossSides(
  candidates: readonly number[],
  events: readonly TimelineEvent[],
  { xs, importance, time }: EventColumns,
  placed: Map<number, PlacedLabel>,
  below: Uint8Array,
  dateOf: (index: number) => string,
  measure: Measure,
): void {
  const rank = (a: number, b: number): number =>
    importance[b]! - importance[a]! || time[a]! - time[b]! || a - b;
  const byPriority = [...candidates].sort(rank);
  const onLeader = new Map<number, number[]>();
  for (const i of byPriority) if (placed.has(i)) onLeader.set(xs[i]!, [...(onLeader.get(xs[i]!) ?? []), i]);
  for (const i of byPriority) {
    if (placed.has(i)) continue;
    const rivals = onLeader.get(xs[i]!);
    if (!rivals) continue;
    const e = events[i]!;
    for (let r = rivals.length - 1; r >= 0; r--) {
      const j = rivals[r]!;
      const rival = placed.get(j)!;
      if (rank(i, j) > 0) continue;
      // Cut to the rival's block, as the rival itself was cut to the room on its side.
      const room = rival.width - LABEL.indent;
      const title = truncateText(e.title, TITLE_FONT, room, measure);
      const date = truncateText(dateOf(i), DATE_FONT, room, measure);
      if (!isLegible(title, e.title) || date !== dateOf(i)) continue;
      const width = LABEL.indent + Math.max(measure(title, TITLE_FONT), measure(date, DATE_FONT));
      const { left, slid } = inPlaceOf(rival, xs[i]!, width);
      placed.set(i, { row: rival.row, side: rival.side, left, width, title, date, textLines: [], slid });
      below[i] = below[j]!;
      placed.delete(j);
      rivals[r] = i;
      break;
    }
  }
}
