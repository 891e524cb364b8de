/**
 * The promises of ../shared/DESIGN.md ("The promises that layout keeps"), checked on the geometry
 * that layout returns, in either orientation. Each check returns the broken promises as
 * sentences naming the events involved, so that a property test can report them.
 */
import type { EraGeometry, EventGeometry, LabelGeometry, TimelineLayout } from "../../src/layout/layout.js";
import { clusterBox } from "../../src/layout/cluster.js";
import { measureWithTable } from "../../src/layout/measure.js";
import { DATE_FONT, ERA_TITLE_LINE, TEXT_FONT, TITLE_FONT } from "../../src/layout/typography.js";
import { dateFormatterFor } from "../../src/scale/resolve-locale.js";

/** Radius of a point event's marker circle, in pixels. */
export const MARKER_RADIUS = 5;
/**
 * Coordinates are rounded to 1/100 px, each to within 0.005; an edge found as a sum (left +
 * width) carries two such errors. Far below what anyone can see.
 */
export const EPS = 0.011;
/** Most room between a leader's end and its label that still reads as joined, in pixels. */
export const LEADER_GAP = 6;

interface Labelled {
  g: EventGeometry;
  label: LabelGeometry;
}
type Box = Pick<LabelGeometry, "left" | "top" | "width" | "height">;
interface Point {
  x: number;
  y: number;
}

const labelledOf = (layout: TimelineLayout): Labelled[] =>
  layout.events.flatMap((g) => (g.label ? [{ g, label: g.label }] : []));
const right = (b: Box): number => b.left + b.width;
const bottom = (b: Box): number => b.top + b.height;

/** True when two boxes share more than an edge. */
function boxesOverlap(a: Box, b: Box): boolean {
  return (
    a.left + EPS < right(b) && b.left + EPS < right(a) && a.top + EPS < bottom(b) && b.top + EPS < bottom(a)
  );
}

/** Distance from a point to a box; 0 inside it. */
function distanceToBox(p: Point, b: Box): number {
  const dx = Math.max(b.left - p.x, 0, p.x - right(b));
  const dy = Math.max(b.top - p.y, 0, p.y - bottom(b));
  return Math.hypot(dx, dy);
}

/** The span bar as a box: layout's rectangle when it gives one, else from x to x2 at y. */
function barOf(g: EventGeometry): Box {
  return g.bar
    ? { left: g.bar.x, top: g.bar.y, width: g.bar.width, height: g.bar.height }
    : { left: g.x, top: g.y, width: g.x2 - g.x, height: g.barHeight };
}

/** Drawn as a bar: a span shorter than a marker has none and is drawn as a point's marker. */
const isSpan = (g: EventGeometry): boolean => g.bar !== undefined || g.barHeight > 0;

/** True when the label box covers any part of the event's marker: its circle or its span bar. */
function coversMarker(box: Box, g: EventGeometry): boolean {
  if (isSpan(g)) return boxesOverlap(box, barOf(g));
  return distanceToBox(g, box) + EPS < MARKER_RADIUS;
}

/** Promise 1: no two visible labels overlap, and no label covers a marker other than its own. */
export function overlapProblems(layout: TimelineLayout): string[] {
  const problems: string[] = [];
  const labelled = labelledOf(layout).sort((a, b) => a.label.left - b.label.left);
  // Sweep by left edge: a box can only overlap boxes that start before it ends.
  for (const [i, a] of labelled.entries()) {
    for (let j = i + 1; j < labelled.length && labelled[j]!.label.left < right(a.label); j++) {
      const b = labelled[j]!;
      if (boxesOverlap(a.label, b.label)) {
        problems.push(`the labels of ${a.g.event.id} and ${b.g.event.id} overlap`);
      }
    }
  }
  for (const a of labelled) {
    for (const g of layout.events) {
      if (g !== a.g && !g.clustered && coversMarker(a.label, g)) {
        problems.push(`the label of ${a.g.event.id} covers the marker of ${g.event.id}`);
      }
    }
    for (const c of layout.clusters) {
      // Horizontal: along the axis at the baseline; vertical: down the spine, `across` wide.
      const pill = clusterBox(c);
      if (boxesOverlap(a.label, pill)) {
        problems.push(`the label of ${a.g.event.id} covers the cluster "${c.text}" at ${c.x1}..${c.x2}`);
      }
    }
  }
  return problems;
}

/** The corners of an SVG path made of M, L, H and V commands (absolute), as a polyline. */
export function polyline(path: string): Point[] {
  const points: Point[] = [];
  let at: Point = { x: 0, y: 0 };
  for (const [, command, args] of path.matchAll(/([MLHV])([^MLHV]*)/g)) {
    const n = args!
      .split(/[\s,]+/)
      .filter(Boolean)
      .map(Number);
    if (command === "H") at = { x: n[0]!, y: at.y };
    else if (command === "V") at = { x: at.x, y: n[0]! };
    else at = { x: n[0]!, y: n[1]! };
    points.push(at);
  }
  return points;
}

/** True when the segment from a to b passes through the inside of the box (not along an edge). */
function segmentCrossesBox(a: Point, b: Point, box: Box): boolean {
  // Clip the segment to the box shrunk by EPS (Liang–Barsky); it crosses when anything is left.
  const [x0, x1, y0, y1] = [box.left + EPS, right(box) - EPS, box.top + EPS, bottom(box) - EPS];
  if (x0 >= x1 || y0 >= y1) return false;
  const [dx, dy] = [b.x - a.x, b.y - a.y];
  let [t0, t1] = [0, 1];
  for (const [p, q] of [
    [-dx, a.x - x0],
    [dx, x1 - a.x],
    [-dy, a.y - y0],
    [dy, y1 - a.y],
  ] as const) {
    if (p === 0) {
      if (q <= 0) return false;
      continue;
    }
    const t = q / p;
    if (p < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    if (t0 >= t1) return false;
  }
  return true;
}

/**
 * Promise 2: every visible label lies inside the SVG, and a leader joins it to its event: the
 * leader (its path, straight or bent) starts or ends on the marker or span bar, its other end
 * reaches the label (within LEADER_GAP px), and it crosses no other label. On a horizontal
 * timeline the leader also stands at the event's own x.
 */
export function leaderProblems(layout: TimelineLayout): string[] {
  const problems: string[] = [];
  const labelled = labelledOf(layout);
  for (const { g, label } of labelled) {
    const id = g.event.id;
    if (
      label.left < -EPS ||
      right(label) > layout.width + EPS ||
      label.top < -EPS ||
      bottom(label) > layout.height + EPS
    ) {
      problems.push(
        `the label of ${id} (${label.left}, ${label.top}, ${label.width} × ${label.height}) is outside the ${layout.width} × ${layout.height} picture`,
      );
    }
    if (layout.orientation === "horizontal" && label.connector.x !== g.x) {
      problems.push(`the leader of ${id} stands at x = ${label.connector.x}, not at its event's x = ${g.x}`);
    }
    const points = polyline(label.connectorPath);
    if (points.length < 2) {
      problems.push(`the leader of ${id} has no length: "${label.connectorPath}"`);
      continue;
    }
    // The end nearer the label is the label's; the other must be on the event's marker.
    const [first, last] = [points[0]!, points[points.length - 1]!];
    const [labelEnd, markerEnd] =
      distanceToBox(first, label) <= distanceToBox(last, label) ? [first, last] : [last, first];
    const onMarker = isSpan(g)
      ? distanceToBox(markerEnd, barOf(g)) <= EPS
      : Math.hypot(markerEnd.x - g.x, markerEnd.y - g.y) <= MARKER_RADIUS + EPS;
    if (!onMarker) {
      const marker = isSpan(g) ? `bar at (${barOf(g).left}, ${barOf(g).top})` : `marker at (${g.x}, ${g.y})`;
      problems.push(`the leader of ${id} ("${label.connectorPath}") does not reach its ${marker}`);
    }
    if (distanceToBox(labelEnd, label) > LEADER_GAP + EPS) {
      problems.push(`the leader of ${id} ("${label.connectorPath}") stops short of its label`);
    }
    for (const other of labelled) {
      if (other.g === g) continue;
      for (let k = 1; k < points.length; k++) {
        if (segmentCrossesBox(points[k - 1]!, points[k]!, other.label)) {
          problems.push(`the leader of ${id} crosses the label of ${other.g.event.id}`);
          break;
        }
      }
    }
  }
  return problems;
}

/**
 * Labels never cut their date line: a visible label shows its event's whole date (English, as
 * the property tests draw), or the event has no label. A cut date reads as another date
 * ("January 10, 2023…"), and speech-input users say the words they see (axe:
 * label-content-name-mismatch).
 */
export function dateLineProblems(layout: TimelineLayout): string[] {
  const format = dateFormatterFor(undefined);
  return labelledOf(layout).flatMap(({ g, label }) => {
    const whole = g.event.displayDate ?? format.range(g.event.start, g.event.end);
    // A date on two lines (vertical timelines) reads as the whole date when its lines are joined.
    const shown = label.dateLines?.join(" ") ?? label.date;
    return label.date === whole && shown === whole
      ? []
      : [`the label of ${g.event.id} shows the date "${shown}", not "${whole}"`];
  });
}

/**
 * Promise 3: no event is lost. Every event keeps its geometry, in input order, inside the picture;
 * an event without its own marker is a member of exactly one cluster, whose pill is inside the
 * picture and shows how many events it stands for.
 */
export function lostEventProblems(layout: TimelineLayout, ids: readonly string[]): string[] {
  const problems: string[] = [];
  if (layout.events.length !== ids.length) {
    problems.push(`${ids.length} events went in, ${layout.events.length} came out`);
  }
  const clustersOf = new Map<number, number>();
  for (const c of layout.clusters) {
    if (c.text !== `+${c.members.length}`) {
      problems.push(`the cluster "${c.text}" stands for ${c.members.length} events`);
    }
    const pill = clusterBox(c);
    if (!insidePicture(pill, layout))
      problems.push(`the cluster "${c.text}" at ${c.x1}..${c.x2} is outside the picture`);
    for (const i of c.members) clustersOf.set(i, (clustersOf.get(i) ?? 0) + 1);
  }
  layout.events.forEach((g, i) => {
    const id = g.event.id;
    if (id !== ids[i]) problems.push(`event ${i} is ${id}, expected ${ids[i]}`);
    const clusters = clustersOf.get(i) ?? 0;
    if (g.clustered ? clusters !== 1 : clusters !== 0) {
      problems.push(`${id} is ${g.clustered ? "" : "not "}marked clustered, and is in ${clusters} clusters`);
    }
    if (g.clustered && g.label) problems.push(`${id} has a label and is in a cluster`);
    const marker = isSpan(g)
      ? barOf(g)
      : {
          left: g.x - MARKER_RADIUS,
          top: g.y - MARKER_RADIUS,
          width: 2 * MARKER_RADIUS,
          height: 2 * MARKER_RADIUS,
        };
    const finite = [marker.left, marker.top, marker.width, marker.height].every(Number.isFinite);
    // A marker may touch the edge (an event on the first day of a view), but not leave the picture.
    const centre = { x: marker.left + marker.width / 2, y: marker.top + marker.height / 2 };
    if (!finite || !insidePicture({ left: centre.x, top: centre.y, width: 0, height: 0 }, layout)) {
      problems.push(`the marker of ${id} (${marker.left}, ${marker.top}) is outside the picture`);
    }
  });
  return problems;
}

function insidePicture(b: Box, layout: TimelineLayout): boolean {
  return (
    b.left >= -EPS && b.top >= -EPS && right(b) <= layout.width + EPS && bottom(b) <= layout.height + EPS
  );
}

/** Higher importance, then the earlier date, wins; > 0 when `a` comes before `b`. */
export function priority(a: EventGeometry, b: EventGeometry): number {
  return a.event.importance - b.event.importance || b.event.start.time - a.event.start.time;
}

/**
 * Promise 4, in a form that any placement can keep: two point events at the same place whose
 * labels have the same size would get the very same label box, so either could take the
 * other's place. Then the one that comes first by priority (higher importance, then the
 * earlier date) must not be hidden while the other is shown.
 */
export function priorityProblems(layout: TimelineLayout): string[] {
  const problems: string[] = [];
  const byPlace = new Map<string, EventGeometry[]>();
  for (const g of layout.events) {
    if (g.event.kind !== "point") continue;
    const key = `${g.x},${g.y}`;
    const same = byPlace.get(key);
    if (same) same.push(g);
    else byPlace.set(key, [g]);
  }
  // What decides a label's box besides its place: the sizes of its title, date and text. Titles
  // that differ only in their digits (equal widths in the table) are also cut to equal widths.
  const format = dateFormatterFor(undefined);
  const dateOf = (g: EventGeometry): string =>
    g.event.displayDate ?? format.range(g.event.start, g.event.end);
  const sizeOf = (g: EventGeometry): string =>
    [
      measureWithTable(g.event.title, TITLE_FONT),
      measureWithTable(dateOf(g), DATE_FONT),
      measureWithTable(g.event.text ?? "", TEXT_FONT),
    ].join("|");
  const sameBox = (h: EventGeometry, s: EventGeometry): boolean => {
    if (sizeOf(h) !== sizeOf(s) || h.event.text !== s.event.text) return false;
    const whole = s.label!.title === s.event.title && s.label!.date === dateOf(s);
    return whole || h.event.title.replace(/[0-9]/g, "0") === s.event.title.replace(/[0-9]/g, "0");
  };
  for (const same of byPlace.values()) {
    const shown = same.filter((g) => g.label);
    const hidden = same.filter((g) => !g.label);
    for (const h of hidden) {
      const loser = shown.find((s) => priority(h, s) > 0 && sameBox(h, s));
      if (loser) {
        problems.push(
          `${h.event.id} "${h.event.title}" (importance ${h.event.importance}) is hidden while ${loser.event.id} "${loser.event.title}" (importance ${loser.event.importance}), at the same place with a label of the same size, is shown`,
        );
      }
    }
  }
  return problems;
}

/**
 * The box an era's title fills where the renderer draws it (render/svg.ts): from 5 px right of
 * the band's left edge, on the baseline `titleY` (else 14 px below the band's top, as drawn before
 * layouts placed titles), each further line ERA_TITLE_LINE lower; 11 px font: ascent 11, descent 3.
 * Undefined when the title is empty.
 */
export function eraTitleBox(era: EraGeometry): Box | undefined {
  const lines = (era.titleLines ?? [era.title]).filter((line) => line !== "");
  if (lines.length === 0) return undefined;
  const baseline = era.titleY ?? era.y1 + 14;
  return {
    left: era.x1 + 5,
    top: baseline - 11,
    width: Math.max(...lines.map((line) => measureWithTable(line, DATE_FONT))),
    height: 14 + (lines.length - 1) * ERA_TITLE_LINE,
  };
}

/**
 * Era titles keep the promises of labels: an era's title overlaps no visible label, no marker
 * (circle or span bar) that is drawn, no cluster pill and no other era's title, and lies inside
 * the SVG. Layout measures with the width table (as the property tests do), so the boxes here are
 * the ones it reserved.
 */
export function eraTitleProblems(layout: TimelineLayout): string[] {
  const problems: string[] = [];
  const titled = layout.eras.flatMap((era) => {
    const box = eraTitleBox(era);
    return box ? [{ era, box }] : [];
  });
  const name = (era: EraGeometry): string => `the title of era ${era.era.index} "${era.title}"`;
  for (const [k, { era, box }] of titled.entries()) {
    if (!insidePicture(box, layout)) {
      problems.push(
        `${name(era)} (${box.left}, ${box.top}, ${box.width} × ${box.height}) is outside the ${layout.width} × ${layout.height} picture`,
      );
    }
    for (const other of titled.slice(k + 1)) {
      if (boxesOverlap(box, other.box)) problems.push(`${name(era)} overlaps ${name(other.era)}`);
    }
    for (const g of layout.events) {
      if (g.label && boxesOverlap(box, g.label))
        problems.push(`${name(era)} overlaps the label of ${g.event.id}`);
      if (!g.clustered && coversMarker(box, g))
        problems.push(`${name(era)} covers the marker of ${g.event.id}`);
    }
    for (const c of layout.clusters) {
      if (boxesOverlap(box, clusterBox(c))) problems.push(`${name(era)} covers the cluster "${c.text}"`);
    }
  }
  return problems;
}
