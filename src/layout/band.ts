import type { TimelineEvent } from "../types.js";
import { comparePriority, labelCandidates, orderByX } from "./candidates.js";
import { clusterMarkers, type ClusterGeometry } from "./cluster.js";
import { placeBandLabels, type PlacedLabel } from "./labels.js";
import { assignLanesInOrder } from "./lanes.js";
import type { Measure } from "./measure.js";

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
  // Loops by index here and below, with no closure or iterator per event: this runs once per
  // draw over every event, in code not yet optimized at the first paint.
  const spansByX: number[] = [];
  for (let k = 0; k < byX.length; k++) if (span[byX[k]!] === 1) spansByX.push(byX[k]!);
  const lanes = assignLanesInOrder(spansByX, xs, x2s, out.lane, 2, input.maxLanes);

  // Only events that could win a label are weighed, most important first.
  const positions = labelCandidates({
    xs,
    importance: columns.importance,
    time: columns.time,
    byX,
    perStrip: 2 * maxRows,
  });
  const order = positions.slice();
  const { importance, time } = columns;
  order.sort((a, b) => comparePriority(importance, time, byX[a]!, byX[b]!));
  // By event: 1 where its position in x order is odd (a tie between sides sends it below).
  const parity = new Uint8Array(events.length);
  for (let k = 0; k < order.length; k++) {
    parity[byX[order[k]!]!] = order[k]! & 1;
    order[k] = byX[order[k]!]!;
  }
  const { placed, below, rows } = placeBandLabels({
    order,
    xs,
    turnBelow: (i) => parity[i] === 1,
    title: (i) => events[i]!.title,
    date: (i) => input.dateLabel(events[i]!),
    text: (i) => (input.fullAnnotations ? events[i]!.text : undefined),
    bounds: input.bounds,
    maxRows,
    maxLabelWidth: input.maxLabelWidth,
    measure,
  });
  below.forEach((isBelow, i) => (out.below[i] = isBelow ? 1 : 0));

  const unlabelledPoints: number[] = [];
  const shownMarkers: number[] = [];
  for (let k = 0; k < byX.length; k++) {
    const i = byX[k]!;
    if (span[i] !== 0) continue;
    if (placed.has(i)) shownMarkers.push(xs[i]!);
    else unlabelledPoints.push(i);
  }
  const clusters = clusterMarkers(unlabelledPoints, xs, measure, shownMarkers, input.bounds);
  for (let c = 0; c < clusters.length; c++) {
    const clustered = clusters[c]!.members;
    for (let k = 0; k < clustered.length; k++) out.clustered[clustered[k]!] = 1;
  }

  return { rows, lanes, labels: placed, clusters };
}
