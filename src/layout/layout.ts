import type { TimelineEra, TimelineEvent } from "../types.js";
import { placeLabels, type LabelRequest, type PlacedLabel } from "./labels.js";
import { labelCandidates } from "./candidates.js";
import { assignLanes } from "./lanes.js";
import type { Measure } from "./measure.js";
import { truncateText } from "./truncate.js";
import { DATE_FONT, LABEL } from "./typography.js";

/** Everything layout needs; no DOM, so it runs the same in a browser, in Node and in tests. */
export interface LayoutInput {
  events: readonly TimelineEvent[];
  eras: readonly TimelineEra[];
  /** Maps a time in milliseconds to x in pixels. */
  x: (time: number) => number;
  /** The text shown as each event's date. */
  dateLabel: (event: TimelineEvent) => string;
  width: number;
  maxRows: number;
  maxLabelWidth: number;
  measure: Measure;
}

export interface EventGeometry {
  event: TimelineEvent;
  /** x of the marker, or of the start of the span bar. */
  x: number;
  /** x of the end of the span bar; equals `x` for a point. */
  x2: number;
  /** y of the marker's centre, or of the top of the span bar. */
  y: number;
  /** Height of the span bar; 0 for a point. */
  barHeight: number;
  /** The label, when there was room for it. */
  label: LabelGeometry | undefined;
}

export interface LabelGeometry {
  /** Where the text starts (`anchor: "start"`) or ends (`"end"`). */
  textX: number;
  anchor: "start" | "end";
  top: number;
  left: number;
  width: number;
  height: number;
  title: string;
  date: string;
  /** The leader line from the label to the event. */
  connector: { x: number; y1: number; y2: number };
}

export interface EraGeometry {
  era: TimelineEra;
  x1: number;
  x2: number;
  /** The title as it fits the band; "" when the band is too narrow for any of it. */
  title: string;
}

export interface TimelineLayout {
  width: number;
  height: number;
  /** The y of the axis line. */
  axisY: number;
  /** Top and bottom of the plot area that era bands fill. */
  plotTop: number;
  events: EventGeometry[];
  eras: EraGeometry[];
}

// Vertical spacing, in pixels.
const PAD_TOP = 8;
const ERA_HEADER = 22;
const LABELS_TO_BARS = 10;
const LANE = 10;
const BAR = 6;
const MARKER_RADIUS = 5;
const AXIS_LABELS = 28;
const PAD_BOTTOM = 4;
/** Horizontal room kept clear at each side of the SVG. */
export const SIDE_PAD = 8;

/** Round to 1/100 px so that output is identical from run to run and easy to compare. */
const round = (v: number): number => Math.round(v * 100) / 100;

/** "above" and "below" by turns, in time order, for the given events. */
function alternateSides(
  indexes: readonly number[],
  events: readonly TimelineEvent[],
): Map<number, "above" | "below"> {
  const order = [...indexes].sort((a, b) => events[a]!.start.time - events[b]!.start.time || a - b);
  return new Map(order.map((eventIndex, k) => [eventIndex, k % 2 === 0 ? "above" : "below"]));
}

/** Places every event, span, label and era: pure geometry from data and a scale. */
export function layoutTimeline(input: LayoutInput): TimelineLayout {
  const { events, eras, x, width, measure } = input;
  const bounds: [number, number] = [SIDE_PAD, width - SIDE_PAD];

  // Clamped, so that when zoomed in, what began before the view starts at its left edge.
  const at = (time: number): number => round(Math.min(bounds[1], Math.max(bounds[0], x(time))));
  const xs = events.map((e) => at(e.start.time));
  const x2s = events.map((e, i) =>
    e.kind === "span" ? Math.max(at(e.end.until), xs[i]! + BAR / 2) : xs[i]!,
  );

  const spanIndexes = events.flatMap((e, i) => (e.kind === "span" ? [i] : []));
  const lanes = assignLanes(
    spanIndexes.map((i) => ({ start: xs[i]!, end: x2s[i]! })),
    2,
  );
  const laneCount = lanes.reduce((most, lane) => Math.max(most, lane + 1), 0);

  // Only events that could win a label are weighed, and only they need a date text.
  const candidates = labelCandidates({
    xs,
    importance: (i) => events[i]!.importance,
    time: (i) => events[i]!.start.time,
    perStrip: 2 * input.maxRows,
  });
  const requests = new Map<number, LabelRequest>();
  for (const i of candidates) {
    const e = events[i]!;
    requests.set(i, {
      anchor: xs[i]!,
      title: e.title,
      date: input.dateLabel(e),
      importance: e.importance,
      time: e.start.time,
    });
  }
  // Labels alternate above and below the axis in time order, which halves how deep they stack.
  const sideOf = alternateSides(candidates, events);
  const placed = new Map<number, PlacedLabel>();
  const rowCount = { above: 0, below: 0 };
  for (const side of ["above", "below"] as const) {
    const members = candidates.filter((i) => sideOf.get(i) === side);
    const result = placeLabels(
      members.map((i) => requests.get(i)!),
      { bounds, maxRows: input.maxRows, maxLabelWidth: input.maxLabelWidth, measure },
    );
    members.forEach((i, k) => {
      const p = result[k];
      if (p) placed.set(i, p);
    });
    rowCount[side] = result.reduce((most, p) => (p ? Math.max(most, p.row + 1) : most), 0);
  }

  // Stack from the top down: era titles, labels above, span lanes, axis, tick labels, labels below.
  const plotTop = PAD_TOP;
  const labelsTop = plotTop + (eras.length ? ERA_HEADER : 0);
  const aboveBottom = labelsTop + Math.max(1, rowCount.above) * LABEL.rowHeight;
  const axisY = aboveBottom + LABELS_TO_BARS + laneCount * LANE + MARKER_RADIUS + 2;
  const belowTop = axisY + AXIS_LABELS;
  const height = belowTop + rowCount.below * LABEL.rowHeight + PAD_BOTTOM;

  const laneOf = new Map(spanIndexes.map((eventIndex, k) => [eventIndex, lanes[k]!]));
  const geometry: EventGeometry[] = events.map((event, i) => {
    const lane = laneOf.get(i);
    const y = lane === undefined ? axisY : axisY - MARKER_RADIUS - 2 - (lane + 1) * LANE + (LANE - BAR);
    const p = placed.get(i);
    let label: LabelGeometry | undefined;
    if (p) {
      const above = sideOf.get(i) === "above";
      const top = above
        ? aboveBottom - (p.row + 1) * LABEL.rowHeight + (LABEL.rowHeight - LABEL.height)
        : belowTop + p.row * LABEL.rowHeight;
      // The leader runs from the event to the far end of its label, like a flagpole.
      const markerEdge =
        lane === undefined ? (above ? axisY - MARKER_RADIUS : axisY + MARKER_RADIUS) : above ? y : y + BAR;
      label = {
        textX: p.side === "right" ? xs[i]! + LABEL.indent : xs[i]! - LABEL.indent,
        anchor: p.side === "right" ? "start" : "end",
        top,
        left: round(p.left),
        width: round(p.width),
        height: LABEL.height,
        title: p.title,
        date: p.date,
        connector: above
          ? { x: xs[i]!, y1: top, y2: markerEdge }
          : { x: xs[i]!, y1: markerEdge, y2: top + LABEL.height },
      };
    }
    return { event, x: xs[i]!, x2: x2s[i]!, y, barHeight: lane === undefined ? 0 : BAR, label };
  });

  const eraGeometry: EraGeometry[] = eras.map((era) => {
    const x1 = round(Math.max(bounds[0], x(era.start.time)));
    const x2 = round(Math.min(bounds[1], x(era.end.until)));
    const title = x2 - x1 > 24 ? truncateText(era.title, DATE_FONT, x2 - x1 - 10, measure) : "";
    return { era, x1, x2, title };
  });

  return { width, height, axisY, plotTop, events: geometry, eras: eraGeometry };
}
