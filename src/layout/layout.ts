import type { TimelineEra, TimelineEvent } from "../types.js";
import { layoutBand, type BandLayout, type BandOutput, type EventColumns } from "./band.js";
import { assignLanes } from "./lanes.js";
import type { ClusterGeometry } from "./cluster.js";
import type { Measure } from "./measure.js";
import { truncateText } from "./truncate.js";
import { DATE_FONT, LABEL, TITLE_FONT } from "./typography.js";

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
  /** Most lanes of span bars per band before spans share lanes. @defaultValue 6 */
  maxLanes?: number;
  /** Show the first lines of each event's text under its title. @defaultValue false */
  fullAnnotations?: boolean;
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
  /** True when a cluster pill stands for this event instead of its own marker. */
  clustered: boolean;
  /** Index of the band (swimlane) the event is drawn in. */
  band: number;
  /**
   * A span's bar as a rectangle, in either orientation; undefined for a point, and for a span
   * shorter than a marker (SHORTEST_BAR), which is drawn as a point's marker.
   */
  bar: { x: number; y: number; width: number; height: number } | undefined;
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
  /** The title as drawn, one entry per line (one line on a horizontal timeline). */
  titleLines: string[];
  /** Lines of the event's text under the title (`annotations: "full"`), else empty. */
  textLines: string[];
  date: string;
  /**
   * The date as drawn where it takes two lines, `DATE_LINE_STEP` apart, the title below them
   * (vertical timelines, where a date too wide for its side breaks after its dash); absent for one.
   */
  dateLines?: string[];
  /** Horizontal timelines: the leader line, vertical at x from y1 down to y2. */
  connector: { x: number; y1: number; y2: number };
  /** The leader as SVG path data, in either orientation. */
  connectorPath: string;
}

export interface EraGeometry {
  era: TimelineEra;
  x1: number;
  x2: number;
  /** Top and bottom of the band. */
  y1: number;
  y2: number;
  /** The title as it fits the band; "" when the band is too narrow for any of it. */
  title: string;
  /**
   * Baseline of the title's first line: horizontal timelines give titles of overlapping eras
   * rows of their own above the bands; vertical ones set titles in the left label column at the
   * top of their bands, where no label goes. Drawn 5 px right of `x1`.
   */
  titleY?: number;
  /** The title as drawn, one entry per line (lines ERA_TITLE_LINE apart); absent for one line. */
  titleLines?: string[];
}

/** A swimlane: its name, and the y of its top, baseline and bottom. */
export interface BandGeometry {
  /** The group's name; undefined for the one band of a timeline without groups. */
  group: string | undefined;
  /** The name as shown, cut to fit. */
  title: string;
  top: number;
  baseline: number;
  bottom: number;
}

export interface TimelineLayout {
  orientation: "horizontal" | "vertical";
  width: number;
  height: number;
  /** Vertical timelines: the x of the spine, and the y range that time maps onto. */
  spine?: { x: number; y1: number; y2: number };
  /** The y of the time axis line (its tick labels hang below it). */
  axisY: number;
  /** Top of the plot area that era bands fill (down to `axisY`). */
  plotTop: number;
  events: EventGeometry[];
  eras: EraGeometry[];
  bands: BandGeometry[];
  /**
   * Pills standing for crowded unlabelled events, each centred on its band's baseline at `y`.
   * Vertical timelines (`spine` set): `x1`/`x2` are the pill's ends along the spine (in y),
   * `across` its left and right edges, and `y` the middle of those. `clusterBox` gives the
   * rectangle in either orientation.
   */
  clusters: (ClusterGeometry & { y: number; across?: { x1: number; x2: number } })[];
}

// Vertical spacing, in pixels.
const PAD_TOP = 8;
const ERA_HEADER = 22;
const ERA_ROW = 16;
const BAND_HEADER = 22;
const LABELS_TO_BARS = 10;
const LANE = 10;
const BAR = 6;
const MARKER_RADIUS = 5;
/** Shortest span drawn as a bar, in pixels: a shorter one is drawn as a point marker. */
export const SHORTEST_BAR = 2 * MARKER_RADIUS;
const AXIS_LABELS = 28;
const BELOW_GAP = 12;
const BAND_GAP = 10;
const PAD_BOTTOM = 4;
/** Horizontal room kept clear at each side of the SVG. */
export const SIDE_PAD = 8;

/** Round to 1/100 px so that output is identical from run to run and easy to compare. */
const round = (v: number): number => Math.round(v * 100) / 100;

/**
 * Places every event, span, label, cluster and era: pure geometry from data and a scale.
 * Events with a `group` go into one swimlane per group, in order of first appearance; then the
 * time axis runs along the bottom. Without groups, the one band's baseline is the axis.
 */
export function layoutTimeline(input: LayoutInput): TimelineLayout {
  const { events, eras, x, width, measure } = input;
  const bounds: [number, number] = [SIDE_PAD, width - SIDE_PAD];

  // Clamped, so that when zoomed in, what began before the view starts at its left edge.
  const at = (time: number): number => round(Math.min(bounds[1], Math.max(bounds[0], x(time))));
  // Everything layout reads of an event, read once into flat arrays that the hot loops share.
  const n = events.length;
  const columns: EventColumns = {
    xs: new Float64Array(n),
    x2s: new Float64Array(n),
    importance: new Float64Array(n),
    time: new Float64Array(n),
    span: new Uint8Array(n),
  };
  for (let i = 0; i < n; i++) {
    const e = events[i]!;
    const time = e.start.time;
    const x1 = at(time);
    const x2 = e.kind === "span" ? at(e.end.until) : x1;
    // A span shorter than a marker is drawn as one, at its middle: a sliver is hard to see and to hit.
    const isBar = x2 - x1 >= SHORTEST_BAR;
    columns.xs[i] = isBar ? x1 : round((x1 + x2) / 2);
    columns.x2s[i] = isBar ? x2 : columns.xs[i]!;
    columns.importance[i] = e.importance;
    columns.time[i] = time;
    columns.span[i] = isBar ? 1 : 0;
  }
  const out: BandOutput = {
    lane: new Int32Array(n).fill(-1),
    below: new Uint8Array(n),
    clustered: new Uint8Array(n),
  };

  const groups = groupMembers(events);
  const swimlanes = groups.length > 1 || groups[0]?.name !== undefined;
  const bandLayouts = groups.map(({ members }) =>
    layoutBand({
      events,
      members,
      columns,
      out,
      bounds,
      dateLabel: input.dateLabel,
      maxRows: input.maxRows,
      maxLanes: input.maxLanes ?? 6,
      maxLabelWidth: input.maxLabelWidth,
      measure,
      fullAnnotations: input.fullAnnotations ?? false,
    }),
  );
  // With text under titles every row is taller by the text's lines.
  const extra = input.fullAnnotations ? LABEL.textLines * LABEL.lineHeight : 0;
  const rowHeight = LABEL.rowHeight + extra;
  const labelHeight = LABEL.height + extra;

  // Stack from the top down: era titles, then per band its header, labels above, span lanes,
  // baseline and labels below; the time axis is the baseline of a lone band, else at the bottom.
  const plotTop = PAD_TOP;
  // Era titles sit in rows above everything, so that overlapping eras never overlap titles.
  const eraTitles = eras.map((era) => {
    const x1 = round(Math.max(bounds[0], x(era.start.time)));
    const x2 = round(Math.min(bounds[1], x(era.end.until)));
    const title = x2 - x1 > 24 ? truncateText(era.title, DATE_FONT, x2 - x1 - 10, measure) : "";
    return { era, x1, x2, title };
  });
  const eraRows = assignLanes(
    eraTitles.map((t) => ({ start: t.x1, end: t.x1 + 10 + measure(t.title, DATE_FONT) })),
    4,
  );
  const eraRowCount = eraRows.reduce((most, row) => Math.max(most, row + 1), 0);
  let cursor = plotTop + eraRowCount * ERA_ROW + (eras.length ? ERA_HEADER - ERA_ROW : 0);
  const geometry = new Array<EventGeometry>(events.length);
  const bands: BandGeometry[] = [];
  const clusters: TimelineLayout["clusters"] = [];
  bandLayouts.forEach((band, b) => {
    const top = cursor;
    const aboveBottom = top + (swimlanes ? BAND_HEADER : 0) + Math.max(1, band.rows.above) * rowHeight;
    const baseline = aboveBottom + LABELS_TO_BARS + band.lanes * LANE + MARKER_RADIUS + 2;
    const belowTop = baseline + (swimlanes ? BELOW_GAP : AXIS_LABELS);
    const bottom = belowTop + band.rows.below * rowHeight;
    const group = groups[b]!.name;
    const title = group === undefined ? "" : truncateText(group, TITLE_FONT, width - 2 * SIDE_PAD, measure);
    bands.push({ group, title, top, baseline, bottom });
    for (const cluster of band.clusters) clusters.push({ ...cluster, y: baseline });
    placeBand(
      band,
      b,
      groups[b]!.members,
      { events, columns, out, aboveBottom, baseline, belowTop, rowHeight, labelHeight },
      geometry,
    );
    cursor = bottom + (swimlanes ? BAND_GAP : 0);
  });
  const lastBottom = cursor - (swimlanes ? BAND_GAP : 0);
  const axisY = swimlanes ? lastBottom + BAND_GAP : (bands[0]?.baseline ?? plotTop);
  const height = (swimlanes ? axisY + AXIS_LABELS : lastBottom) + PAD_BOTTOM;

  const eraGeometry: EraGeometry[] = eraTitles.map((t, k) => ({
    ...t,
    y1: plotTop,
    y2: height,
    titleY: plotTop + 14 + eraRows[k]! * ERA_ROW,
  }));

  return {
    orientation: "horizontal",
    width,
    height,
    axisY,
    plotTop,
    events: geometry,
    eras: eraGeometry,
    bands,
    clusters,
  };
}

/** Events by `group`, groups in order of first appearance; one unnamed group when none has one. */
function groupMembers(events: readonly TimelineEvent[]): { name: string | undefined; members: Int32Array }[] {
  const n = events.length;
  if (n === 0) return [{ name: undefined, members: new Int32Array(0) }];
  // Most timelines have no groups: then every event is in the one band, with no map to fill.
  const first = events[0]!.group;
  let oneGroup = true;
  for (let i = 1; i < n && oneGroup; i++) oneGroup = events[i]!.group === first;
  if (oneGroup) {
    const members = new Int32Array(n);
    for (let i = 0; i < n; i++) members[i] = i;
    return [{ name: first, members }];
  }
  const byName = new Map<string | undefined, number[]>();
  events.forEach((e, i) => {
    const members = byName.get(e.group);
    if (members) members.push(i);
    else byName.set(e.group, [i]);
  });
  return [...byName].map(([name, members]) => ({ name, members: Int32Array.from(members) }));
}

/** Turns a band's rows and lanes into absolute geometry for its events. */
function placeBand(
  band: BandLayout,
  bandIndex: number,
  members: ArrayLike<number>,
  at: {
    events: readonly TimelineEvent[];
    columns: EventColumns;
    out: BandOutput;
    aboveBottom: number;
    baseline: number;
    belowTop: number;
    rowHeight: number;
    labelHeight: number;
  },
  geometry: EventGeometry[],
): void {
  const { events, columns, out, aboveBottom, baseline, belowTop, rowHeight, labelHeight } = at;
  const { xs, x2s } = columns;
  for (let k = 0; k < members.length; k++) {
    const i = members[k]!;
    const x = xs[i]!;
    const laneOf = out.lane[i]!;
    const lane = laneOf < 0 ? undefined : laneOf;
    const y = lane === undefined ? baseline : baseline - MARKER_RADIUS - 2 - (lane + 1) * LANE + (LANE - BAR);
    const p = band.labels.get(i);
    let label: LabelGeometry | undefined;
    if (p) {
      const above = out.below[i] === 0;
      const top = above
        ? aboveBottom - (p.row + 1) * rowHeight + (rowHeight - labelHeight)
        : belowTop + p.row * rowHeight;
      // The leader runs from the event to the far end of its label, like a flagpole.
      const markerEdge =
        lane === undefined
          ? above
            ? baseline - MARKER_RADIUS
            : baseline + MARKER_RADIUS
          : above
            ? y
            : y + BAR;
      // A slid block's leader stops at the block's near edge instead of running beside the text.
      const near = p.slid ? (above ? top + labelHeight : top) : above ? top : top + labelHeight;
      label = {
        textX: p.side === "right" ? p.left + LABEL.indent : p.left + p.width - LABEL.indent,
        anchor: p.side === "right" ? "start" : "end",
        top,
        left: round(p.left),
        width: round(p.width),
        height: labelHeight,
        title: p.title,
        titleLines: [p.title],
        textLines: p.textLines,
        date: p.date,
        connector: above ? { x, y1: near, y2: markerEdge } : { x, y1: markerEdge, y2: near },
        connectorPath: above ? `M${x},${near}V${markerEdge}` : `M${x},${markerEdge}V${near}`,
      };
    }
    geometry[i] = {
      event: events[i]!,
      x,
      x2: x2s[i]!,
      y,
      barHeight: lane === undefined ? 0 : BAR,
      label,
      clustered: out.clustered[i] === 1,
      band: bandIndex,
      bar: lane === undefined ? undefined : { x, y, width: round(x2s[i]! - x), height: BAR },
    };
  }
}
