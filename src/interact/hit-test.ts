import type { EventGeometry } from "../layout/layout.js";

/** How far from a marker a click or tap still counts as on it, in pixels. */
const REACH = 10;
/** How far around a span bar or a label, in pixels. */
const MARGIN = 3;

/**
 * The event a click, tap or hover at (x, y) in the SVG's coordinates is meant for, or null:
 * the nearest marker within 10 px, or a span bar or a label within 3 px. Markers are 10 px
 * across and labels have gaps between their glyphs; this lets a reader miss by a little
 * without giving every event an invisible target in the DOM (thousands of nodes, rewritten at
 * every frame of a zoom). Events that a cluster pill stands for are left to the pill. O(n).
 */
export function eventNear(events: readonly EventGeometry[], x: number, y: number): string | null {
  let best: string | null = null;
  let bestDistance = Infinity;
  const consider = (id: string, distance: number): void => {
    if (distance < bestDistance) [best, bestDistance] = [id, distance];
  };
  for (const g of events) {
    if (g.clustered) continue;
    if (g.bar) {
      const dx = Math.max(g.bar.x - x, 0, x - g.bar.x - g.bar.width);
      const dy = Math.max(g.bar.y - y, 0, y - g.bar.y - g.bar.height);
      if (dx <= MARGIN && dy <= MARGIN) consider(g.event.id, Math.hypot(dx, dy));
    } else {
      const distance = Math.hypot(g.x - x, g.y - y);
      if (distance <= REACH) consider(g.event.id, distance);
    }
    const l = g.label;
    if (l) {
      const dx = Math.max(l.left - x, 0, x - l.left - l.width);
      const dy = Math.max(l.top - y, 0, y - l.top - l.height);
      if (dx <= MARGIN && dy <= MARGIN) consider(g.event.id, Math.hypot(dx, dy));
    }
  }
  return best;
}
