/**
 * The promises of ../shared/DESIGN.md ("The promises that layout keeps"), checked on the geometry
 * that layout returns. Each check returns the broken promises as sentences, so that a property
 * test can report every one of them with the ids of the events involved.
 */
import type { EventGeometry, LabelGeometry, TimelineLayout } from "../../src/layout/layout.js";
import { CLUSTER_HEIGHT } from "../../src/layout/cluster.js";
import { measureWithTable } from "../../src/layout/measure.js";
import { DATE_FONT, TITLE_FONT } from "../../src/layout/typography.js";
import { formatRange } from "../../src/scale/format.js";

/** Radius of a point event's marker circle, in pixels. */
export const MARKER_RADIUS = 5;
/**
 * Coordinates are rounded to 1/100 px, each to within 0.005; an edge found as a sum (left +
 * width) carries two such errors. Far below what anyone can see.
 */
export const EPS = 0.011;

interface Labelled {
  g: EventGeometry;
  label: LabelGeometry;
}

const labelledOf = (layout: TimelineLayout): Labelled[] =>
  layout.events.flatMap((g) => (g.label ? [{ g, label: g.label }] : []));

const right = (b: Box): number => b.left + b.width;
const bottom = (b: Box): number => b.top + b.height;

type Box = Pick<LabelGeometry, "left" | "top" | "width" | "height">;

/** True when two boxes share more than an edge. */
function boxesOverlap(a: Box, b: Box): boolean {
  return (
    a.left + EPS < right(b) && b.left + EPS < right(a) && a.top + EPS < bottom(b) && b.top + EPS < bottom(a)
  );
}

/** True when the label box covers any part of the event's marker: its circle or its span bar. */
function coversMarker(box: LabelGeometry, g: EventGeometry): boolean {
  if (g.event.kind === "span" || g.barHeight > 0) {
    return (
      box.left + EPS < g.x2 &&
      g.x + EPS < right(box) &&
      box.top + EPS < g.y + g.barHeight &&
      g.y + EPS < bottom(box)
    );
  }
  // Distance from the circle's centre to the nearest point of the box.
  const dx = Math.max(box.left - g.x, 0, g.x - right(box));
  const dy = Math.max(box.top - g.y, 0, g.y - bottom(box));
  return Math.hypot(dx, dy) + EPS < MARKER_RADIUS;
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
      const pill = { left: c.x1, width: c.x2 - c.x1, top: c.y - CLUSTER_HEIGHT / 2, height: CLUSTER_HEIGHT };
      if (boxesOverlap(a.label, pill)) {
        problems.push(`the label of ${a.g.event.id} covers the cluster "${c.text}" at x ${c.x1}..${c.x2}`);
      }
    }
  }
  return problems;
}

/**
 * Promise 2: every visible label lies inside the SVG, and a leader line joins it to its event:
 * the line stands at the event's x, within the label's width; it reaches the label (it may run
 * along it, like a flagpole) and ends at the marker or span bar; it crosses no other label.
 */
export function leaderProblems(layout: TimelineLayout): string[] {
  const problems: string[] = [];
  const labelled = labelledOf(layout);
  for (const { g, label } of labelled) {
    const id = g.event.id;
    const { x, y1, y2 } = label.connector;
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
    if (x !== g.x) problems.push(`the leader of ${id} stands at x = ${x}, not at its event's x = ${g.x}`);
    const [top, low] = [Math.min(y1, y2), Math.max(y1, y2)];
    if (top > bottom(label) + EPS || low < label.top - EPS) {
      problems.push(
        `the leader of ${id} (y ${top}..${low}) does not reach its label (y ${label.top}..${bottom(label)})`,
      );
    }
    if (x < label.left - EPS || x > right(label) + EPS) {
      problems.push(`the leader of ${id} at x = ${x} misses its label (${label.left}..${right(label)})`);
    }
    // The leader's far end from the label is at the marker: on the circle, or on the span bar.
    const labelMiddle = label.top + label.height / 2;
    const end = Math.abs(top - labelMiddle) > Math.abs(low - labelMiddle) ? top : low;
    const markerTop = g.barHeight > 0 ? g.y : g.y - MARKER_RADIUS;
    const markerBottom = g.barHeight > 0 ? g.y + g.barHeight : g.y + MARKER_RADIUS;
    if (end < markerTop - EPS || end > markerBottom + EPS) {
      problems.push(
        `the leader of ${id} ends at y = ${end}, away from its marker (y ${markerTop}..${markerBottom})`,
      );
    }
    for (const other of labelled) {
      const o = other.label;
      if (other.g === g) continue;
      const crosses = o.left + EPS < x && x < right(o) - EPS && top + EPS < bottom(o) && o.top + EPS < low;
      if (crosses) problems.push(`the leader of ${id} crosses the label of ${other.g.event.id}`);
    }
  }
  return problems;
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
  const clusterOf = new Map<number, string>();
  for (const c of layout.clusters) {
    if (c.text !== `+${c.members.length}`)
      problems.push(`the cluster "${c.text}" stands for ${c.members.length} events`);
    if (
      c.x1 < -EPS ||
      c.x2 > layout.width + EPS ||
      c.y - CLUSTER_HEIGHT / 2 < -EPS ||
      c.y + CLUSTER_HEIGHT / 2 > layout.height + EPS
    ) {
      problems.push(`the cluster "${c.text}" at x ${c.x1}..${c.x2}, y ${c.y} is outside the picture`);
    }
    for (const i of c.members) {
      if (clusterOf.has(i)) problems.push(`event ${i} is in two clusters`);
      clusterOf.set(i, c.text);
    }
  }
  layout.events.forEach((g, i) => {
    if (g.event.id !== ids[i]) problems.push(`event ${i} is ${g.event.id}, expected ${ids[i]}`);
    if (g.clustered !== clusterOf.has(i)) {
      problems.push(
        `${g.event.id} is ${g.clustered ? "" : "not "}marked clustered, and is ${clusterOf.has(i) ? "" : "not "}in a cluster`,
      );
    }
    if (g.clustered && g.label) problems.push(`${g.event.id} has a label and is in a cluster`);
    const inside =
      Number.isFinite(g.x) &&
      Number.isFinite(g.y) &&
      g.x >= -EPS &&
      g.x2 <= layout.width + EPS &&
      g.x <= g.x2 &&
      g.y >= -EPS &&
      g.y + g.barHeight <= layout.height + EPS;
    if (!inside)
      problems.push(`the marker of ${g.event.id} (${g.x}..${g.x2}, ${g.y}) is outside the picture`);
  });
  return problems;
}

/** Higher importance, then the earlier date, wins; > 0 when `a` comes before `b`. */
export function priority(a: EventGeometry, b: EventGeometry): number {
  return a.event.importance - b.event.importance || b.event.start.time - a.event.start.time;
}

/**
 * Promise 4, in a form that any placement can keep: two point events at the same x whose
 * labels have the same size would get the very same label box, so either could take the
 * other's place. Then the one that comes first by priority (higher importance, then the
 * earlier date) must not be hidden while the other is shown.
 */
export function priorityProblems(layout: TimelineLayout): string[] {
  const problems: string[] = [];
  const byX = new Map<number, EventGeometry[]>();
  for (const g of layout.events) {
    if (g.event.kind !== "point") continue;
    const same = byX.get(g.x);
    if (same) same.push(g);
    else byX.set(g.x, [g]);
  }
  // What decides a label's box besides its x: the widths of its title and date. Titles that
  // differ only in their digits (equal widths in the table) are also cut to equal widths.
  const sizeOf = (g: EventGeometry): string =>
    `${measureWithTable(g.event.title, TITLE_FONT)}|${measureWithTable(formatRange(g.event.start, g.event.end), DATE_FONT)}`;
  const sameBox = (h: EventGeometry, s: EventGeometry): boolean => {
    if (sizeOf(h) !== sizeOf(s)) return false;
    const whole =
      s.label!.title === s.event.title && s.label!.date === formatRange(s.event.start, s.event.end);
    return whole || h.event.title.replace(/[0-9]/g, "0") === s.event.title.replace(/[0-9]/g, "0");
  };
  for (const same of byX.values()) {
    if (same.length < 2) continue;
    const shown = same.filter((g) => g.label);
    const hidden = same.filter((g) => !g.label);
    if (shown.length === 0 || hidden.length === 0) continue;
    for (const h of hidden) {
      const loser = shown.find((s) => priority(h, s) > 0 && sameBox(h, s));
      if (loser) {
        problems.push(
          `${h.event.id} (importance ${h.event.importance}) is hidden while ${loser.event.id} (importance ${loser.event.importance}) at the same x, with a label of the same size, is shown`,
        );
      }
    }
  }
  return problems;
}
