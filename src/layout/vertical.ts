import type { TimelineEra, TimelineEvent } from "../types.js";
import { CLUSTER_FONT, CLUSTER_HEIGHT, clusterMarkers, type ClusterGeometry } from "./cluster.js";
import { assignLanes } from "./lanes.js";
import type { Measure } from "./measure.js";
import { OverlapCounter } from "./overlap-counter.js";
import { SHORTEST_BAR } from "./layout.js";
import { isLegible } from "./truncate.js";
import { LABEL_GAP, placeEraTitles, spreadColumn } from "./vertical-column.js";
import { DATE_FONT, DATE_LINE_STEP, ERA_TITLE_LINE, LABEL, TEXT_FONT, TITLE_FONT } from "./typography.js";
import { wrapText } from "./wrap.js";
import { dateLines } from "./date-lines.js";

/**
 * A vertical timeline: time runs down a spine, labels sit on both sides of it, for narrow
 * screens. Each side is a column; labels keep their order in time and are moved up or down
 * as little as possible so that none overlap (least squares, see spread.ts), joined to their
 * events by elbow leaders. Tick labels sit in a gutter left of the spine.
 */
export interface VerticalInput {
  events: readonly TimelineEvent[];
  eras: readonly TimelineEra[];
  /** Maps a time to a position from 0 (top) to 1 (bottom) along the spine. */
  position: (time: number) => number;
  dateLabel: (event: TimelineEvent) => string;
  width: number;
  maxLabelWidth: number;
  measure: Measure;
  /** Longest the spine may grow, in pixels, however many labels there are. @defaultValue 4000 */
  maxLength?: number;
  /** Show the first lines of each event's text under its title. @defaultValue false */
  fullAnnotations?: boolean;
}

export interface VerticalLabel {
  index: number;
  side: "left" | "right";
  top: number;
  left: number;
  width: number;
  height: number;
  date: string;
  /** The date as drawn: one line, or two where it is too wide for its side (see date-lines.ts). */
  dateLines: string[];
  titleLines: string[];
  textLines: string[];
}

export interface VerticalLayout {
  /** x of the spine. */
  axisX: number;
  /** y of the top and bottom of the spine: the range of the time scale. */
  timeRange: [number, number];
  height: number;
  /** Per event: marker or bar position (bars: x is the lane's left edge). */
  marks: { index: number; x: number; y: number; y2: number; lane: number | undefined }[];
  labels: VerticalLabel[];
  /**
   * Per era: top and bottom of its band, and its title as it fits the left label column (at most
   * three lines, `titleY` the first baseline; drawn from x = ERA_TITLE_X). Titles sit at the top of
   * their band in that column, where no label goes; a title that finds no such room there is ""
   * (the band keeps its name for assistive technology).
   */
  eras: { era: TimelineEra; y1: number; y2: number; title: string; titleLines: string[]; titleY?: number }[];
  /**
   * Pills where unlabelled point markers crowd on the spine. `x1`/`x2` of the geometry are
   * positions along the spine (top and bottom, in y); `left`/`right` are the pill's edges across it.
   */
  clusters: (ClusterGeometry & { left: number; right: number })[];
}

// Horizontal rhythm, in pixels.
const SIDE_PAD = 8;
/** Room left of the spine for tick labels. */
export const TICK_GUTTER = 50;
/** Room right of the spine before right-hand labels begin (the span lanes live here). */
const RIGHT_GUTTER = 30;
const LANE = 7;
/** Offset of the first span lane right of the spine. */
const FIRST_LANE = 4;
const MAX_LANES = 3;
// Vertical rhythm of a label block.
const DATE_LINE = 14;
const TITLE_LINE = 16;
const MAX_TITLE_LINES = 3;
const PAD_TOP = 16;
const PAD_BOTTOM = 24;
const MIN_LENGTH = 360;
/** Left edge of era titles (render draws them 5 px right of the band's left edge, 0). */
export const ERA_TITLE_X = 5;
/** Most lines of an era title. */
const ERA_TITLE_LINES = 3;

const round = (v: number): number => Math.round(v * 100) / 100;

export function layoutVertical(input: VerticalInput): VerticalLayout {
  const { events, measure, width } = input;
  const axisX = round(Math.max(SIDE_PAD + TICK_GUTTER + 60, width / 2 + (TICK_GUTTER - RIGHT_GUTTER) / 2));
  const room = {
    left: Math.min(input.maxLabelWidth, axisX - TICK_GUTTER - SIDE_PAD),
    right: Math.min(input.maxLabelWidth, width - SIDE_PAD - axisX - RIGHT_GUTTER),
  };

  // Sides alternate in time order; each label is wrapped to its side's width.
  const order = events
    .map((_, i) => i)
    .sort((a, b) => events[a]!.start.time - events[b]!.start.time || a - b);
  const sideOf = new Map(order.map((i, k) => [i, k % 2 === 0 ? ("right" as const) : ("left" as const)]));
  const blocks = new Map<
    number,
    {
      date: string;
      dateLines: string[];
      titleLines: string[];
      textLines: string[];
      width: number;
      height: number;
      fits: boolean;
    }
  >();
  // A block fits its side when its date is whole (on two lines where one is too narrow) and its
  // title reads (whole, or cut after enough words): a date cut short ("January 10, 2023…") reads
  // as another date, and speech-input users must find the visible words in the accessible name.
  // A block that does not fit is never shown: the event keeps its marker (or pill), the keyboard
  // and the details card.
  const makeBlock = (i: number): boolean => {
    const e = events[i]!;
    const w = room[sideOf.get(i)!];
    const date = input.dateLabel(e);
    const titleLines = wrapText(e.title, TITLE_FONT, w, MAX_TITLE_LINES, measure);
    const textLines =
      input.fullAnnotations && e.text ? wrapText(e.text, TEXT_FONT, w, LABEL.textLines + 1, measure) : [];
    const dates = dateLines(date, w, measure);
    const shownDates = dates ?? [date];
    const blockWidth = Math.max(
      ...shownDates.map((l) => Math.min(measure(l, DATE_FONT), w)),
      ...titleLines.map((l) => measure(l, TITLE_FONT)),
      ...textLines.map((l) => measure(l, TEXT_FONT)),
    );
    const height =
      DATE_LINE +
      (shownDates.length - 1) * DATE_LINE_STEP +
      (titleLines.length + textLines.length) * TITLE_LINE;
    const fits = dates !== undefined && readsAs(titleLines, e.title);
    blocks.set(i, { date, dateLines: shownDates, titleLines, textLines, width: blockWidth, height, fits });
    return fits;
  };
  order.forEach(makeBlock);

  // The spine is as long as the taller column needs, within bounds; when even the longest spine
  // cannot hold every label, the most important ones are kept (then the earlier).
  const maxLength = input.maxLength ?? 4000;
  const fitting = order.filter((i) => blocks.get(i)!.fits);
  // Era titles take room in the left column too (a line or two each).
  const eraRoom = axisX - TICK_GUTTER - ERA_TITLE_X - 4;
  const eraLines = input.eras.map((era) => {
    const lines = wrapText(era.title, DATE_FONT, eraRoom, ERA_TITLE_LINES, measure);
    return readsAs(lines, era.title) ? lines : [];
  });
  const eraHeight = (lines: readonly string[]): number => 14 + (lines.length - 1) * ERA_TITLE_LINE;
  const titlesHeight = eraLines.reduce((sum, l) => (l.length ? sum + eraHeight(l) + LABEL_GAP : sum), 0);
  const columnHeight = (side: "left" | "right"): number =>
    fitting.reduce(
      (sum, i) => (sideOf.get(i) === side ? sum + blocks.get(i)!.height + LABEL_GAP : sum),
      side === "left" ? titlesHeight : 0,
    );
  const length = Math.round(
    Math.min(maxLength, Math.max(MIN_LENGTH, 1.1 * Math.max(columnHeight("left"), columnHeight("right")))),
  );
  // When the spine could grow to hold both columns, every label is kept; spreadApart then
  // moves them apart. Only when the spine hit its limit do the least important give way.
  const tallest = Math.max(columnHeight("left"), columnHeight("right"));
  const kept =
    1.1 * tallest <= maxLength
      ? new Set(fitting)
      : keepWhatFits(events, fitting, sideOf, blocks, input.position, length);
  yieldAcrossSides(events, kept, sideOf, makeBlock);

  const top = PAD_TOP;
  const yOf = (time: number): number => round(top + input.position(time) * length);
  const isBar = (e: TimelineEvent): boolean =>
    e.kind === "span" && yOf(e.end.until) - yOf(e.start.time) >= SHORTEST_BAR;
  // Where an event's marker sits: a span too short for a bar is drawn as a point at its middle.
  const markY = (e: TimelineEvent): number =>
    e.kind === "point" || isBar(e) ? yOf(e.start.time) : round((yOf(e.start.time) + yOf(e.end.until)) / 2);
  const titles = placeEraTitles(input.eras, eraLines, yOf, top - PAD_TOP / 2, top + length, eraHeight);
  const labels: VerticalLabel[] = [];
  for (const side of ["left", "right"] as const) {
    const column = order.filter((i) => sideOf.get(i) === side && kept.has(i));
    const eventY = column.map((i) => markY(events[i]!));
    const tops = spreadColumn(
      column.map((i, k) => ({ y: eventY[k]!, height: blocks.get(i)!.height })),
      side === "left" ? titles : [],
      top - PAD_TOP / 2,
    );
    column.forEach((i, k) => {
      const block = blocks.get(i)!;
      const left = side === "right" ? axisX + RIGHT_GUTTER : axisX - TICK_GUTTER - block.width;
      labels.push({
        index: i,
        side,
        top: round(tops[k]!),
        left: round(left),
        width: round(block.width),
        height: block.height,
        date: block.date,
        dateLines: block.dateLines,
        titleLines: block.titleLines,
        textLines: block.textLines,
      });
    });
  }

  const spans = order.filter((i) => isBar(events[i]!));
  const laneList = assignLanes(
    spans.map((i) => ({ start: yOf(events[i]!.start.time), end: yOf(events[i]!.end.until) })),
    2,
    MAX_LANES,
  );
  const laneOf = new Map(spans.map((i, k) => [i, laneList[k]!]));
  const marks = events.map((e, index) => {
    const lane = laneOf.get(index);
    const y = markY(e);
    return lane === undefined
      ? { index, x: axisX, y, y2: y, lane }
      : { index, x: axisX + FIRST_LANE + lane * LANE, y, y2: yOf(e.end.until), lane };
  });

  const clusters = clusterSpine(order, labels, marks, spans, axisX, measure, [top, top + length]);

  const titleBottom = titles.reduce((most, t) => (t.shown ? Math.max(most, t.top + t.height) : most), 0);
  const bottom = labels.reduce(
    (most, l) => Math.max(most, l.top + l.height),
    Math.max(top + length, titleBottom),
  );
  const eras = input.eras.map((era, k) => {
    const t = titles[k]!;
    return {
      era,
      y1: yOf(era.start.time),
      y2: yOf(era.end.until),
      title: t.shown ? t.lines.join(" ") : "",
      titleLines: t.shown ? t.lines : [],
      ...(t.shown ? { titleY: round(t.top + 11) } : {}),
    };
  });
  return {
    axisX,
    timeRange: [top, top + length],
    height: round(bottom + PAD_BOTTOM),
    marks,
    labels,
    eras,
    clusters,
  };
}

/**
 * Clusters on the spine, as on a horizontal axis (cluster.ts, over y instead of x): runs of
 * unlabelled point markers that touch become one pill with a count, kept clear of labelled
 * markers. A pill is as wide as its count needs, centred on the spine; where a span bar runs
 * beside it, the pill moves left to end before the first span lane, so no bar hides under it.
 * Labels stay clear either way: they begin RIGHT_GUTTER right of the spine and end TICK_GUTTER
 * left of it, wider than any half pill.
 */
function clusterSpine(
  order: readonly number[],
  labels: readonly VerticalLabel[],
  marks: readonly { y: number; y2: number; lane: number | undefined }[],
  spans: readonly number[],
  axisX: number,
  measure: Measure,
  spine: readonly [number, number],
): VerticalLayout["clusters"] {
  const labelled = new Set(labels.map((l) => l.index));
  const ys = marks.map((m) => m.y);
  const isPoint = (i: number): boolean => marks[i]!.lane === undefined;
  const unlabelled = order.filter((i) => isPoint(i) && !labelled.has(i));
  const shown = order.filter((i) => isPoint(i) && labelled.has(i)).map((i) => ys[i]!);
  // Down the spine a count needs the pill's height, not its text's width: pills as short as
  // that stay clear of more labelled markers (the width across comes from the real measure).
  const along: Measure = (text, font) => (font === CLUSTER_FONT ? CLUSTER_HEIGHT - 8 : measure(text, font));
  const geometry = clusterMarkers(unlabelled, ys, along, shown, spine);
  // Span bars by top (order is by time), with the lowest bottom so far: does one reach [y1, y2]?
  const tops = spans.map((i) => marks[i]!.y);
  const reach: number[] = [];
  spans.forEach((i, k) => reach.push(Math.max(k ? reach[k - 1]! : -Infinity, marks[i]!.y2)));
  const besideSpan = (y1: number, y2: number): boolean => {
    let lo = 0;
    let hi = tops.length; // first span whose top is below y2
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tops[mid]! <= y2) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && reach[lo - 1]! >= y1;
  };
  return geometry.map((c) => {
    const width = Math.max(CLUSTER_HEIGHT, measure(c.text, CLUSTER_FONT) + 10);
    const right = besideSpan(c.x1, c.x2) ? axisX + FIRST_LANE - 1 : axisX + width / 2;
    return { ...c, left: round(right - width), right: round(right) };
  });
}

/**
 * Which labels a column keeps: in priority order, a label is kept while the labels already kept
 * near it (within a few label heights of its place) would still fit that stretch of the spine.
 */
function keepWhatFits(
  events: readonly TimelineEvent[],
  order: readonly number[],
  sideOf: ReadonlyMap<number, "left" | "right">,
  blocks: ReadonlyMap<number, { height: number }>,
  position: (time: number) => number,
  length: number,
): Set<number> {
  const reach = 120; // px of spine either side that a label may borrow from
  const byPriority = [...order].sort(
    (a, b) =>
      events[b]!.importance - events[a]!.importance || events[a]!.start.time - events[b]!.start.time || a - b,
  );
  const kept = new Set<number>();
  for (const side of ["left", "right"] as const) {
    const members = byPriority.filter((i) => sideOf.get(i) === side);
    const at = (i: number): number => position(events[i]!.start.time) * length;
    const counter = new OverlapCounter(members.flatMap((i) => [at(i) - reach, at(i) + reach]));
    const smallest = members.reduce((min, i) => Math.min(min, blocks.get(i)!.height), Infinity);
    const capacity = (2 * reach) / (smallest + LABEL_GAP);
    for (const i of members) {
      if (counter.count(at(i) - reach, at(i) + reach) >= capacity) continue;
      counter.add(at(i) - reach, at(i) + reach);
      kept.add(i);
    }
  }
  return kept;
}

/**
 * Sides alternate in time order and each side keeps what fits, so an event can lose its label
 * while a less important event at the same moment keeps one on the other side. Such a label
 * takes the other's side and place, which then gives way (promise 4).
 */
function yieldAcrossSides(
  events: readonly TimelineEvent[],
  kept: Set<number>,
  sideOf: Map<number, "left" | "right">,
  remake: (index: number) => boolean,
): void {
  const rank = (a: number, b: number): number =>
    events[b]!.importance - events[a]!.importance || events[a]!.start.time - events[b]!.start.time || a - b;
  const atMoment = new Map<number, number[]>(); // time → kept events, in priority order
  const byPriority = events.map((_, i) => i).sort(rank);
  for (const i of byPriority) {
    if (kept.has(i)) atMoment.set(events[i]!.start.time, [...(atMoment.get(events[i]!.start.time) ?? []), i]);
  }
  for (const i of byPriority) {
    if (kept.has(i)) continue;
    const rivals = atMoment.get(events[i]!.start.time);
    const j = rivals?.[rivals.length - 1];
    if (j === undefined || rank(i, j) > 0) continue;
    // Its label must fit the other side too (a date is never cut).
    const side = sideOf.get(i)!;
    sideOf.set(i, sideOf.get(j)!);
    if (!remake(i)) {
      sideOf.set(i, side);
      remake(i);
      continue;
    }
    kept.delete(j);
    kept.add(i);
    rivals!.pop();
    rivals!.unshift(i); // i is placed now; the next loser looks at the next least important
    rivals!.sort(rank);
  }
}

/**
 * True when wrapped lines read as `text`: all of it, or a cut after enough of its words to read
 * (isLegible), never with a line lost to a word too long for it (wrapText leaves that line "").
 */
function readsAs(lines: readonly string[], text: string): boolean {
  if (lines.length === 0 || lines.some((line) => line === "")) return false;
  const whole = text.split(/\s+/).filter(Boolean).join(" ");
  const shown = lines.join(" ");
  return shown === whole || (isLegible(shown, whole) && whole.startsWith(shown.slice(0, -1)));
}
