import type { EventGeometry, LayoutInput, TimelineLayout } from "./layout.js";
import { layoutVertical } from "./vertical.js";

const MARKER_RADIUS = 5;
const BAR = 6;
// Vertical rhythm of a label block (matches vertical.ts).
const DATE_BASELINE = 11;

/**
 * The vertical layout in the shape every renderer reads (TimelineLayout), so that drawing,
 * interaction and tests need to know little of the orientation. `position` maps time to 0–1
 * down the spine; the spine's pixel range comes back in `spine`.
 */
export function layoutVerticalTimeline(
  input: Omit<LayoutInput, "x" | "maxRows" | "maxLanes"> & { position: (time: number) => number },
): TimelineLayout {
  const v = layoutVertical(input);
  const labelOf = new Map(v.labels.map((l) => [l.index, l]));
  const clustered = new Uint8Array(v.marks.length);
  for (const c of v.clusters) for (const i of c.members) clustered[i] = 1;
  const events: EventGeometry[] = v.marks.map((mark) => {
    const event = input.events[mark.index]!;
    const l = labelOf.get(mark.index);
    const isSpan = mark.lane !== undefined;
    const markerEdge = isSpan ? mark.x + BAR : v.axisX + MARKER_RADIUS;
    let label: EventGeometry["label"];
    if (l) {
      const right = l.side === "right";
      // Run flat from the event across the tick gutter, then bend to the label's first line,
      // so the bend never passes through a tick label.
      const edge = right ? l.left - 4 : l.left + l.width + 4;
      const fromX = right ? markerEdge : isSpan ? mark.x : v.axisX - MARKER_RADIUS;
      const bendX = right ? edge - 10 : edge + 9;
      const labelY = l.top + DATE_BASELINE - 4;
      label = {
        textX: right ? l.left : l.left + l.width,
        anchor: right ? "start" : "end",
        top: l.top,
        left: l.left,
        width: l.width,
        height: l.height,
        title: l.titleLines.join(" "),
        titleLines: l.titleLines,
        textLines: l.textLines,
        date: l.date,
        dateLines: l.dateLines.length > 1 ? l.dateLines : undefined,
        connector: { x: bendX, y1: Math.min(mark.y, labelY), y2: Math.max(mark.y, labelY) },
        connectorPath: `M${fromX},${mark.y}H${bendX}L${right ? edge - 2 : edge + 2},${labelY}H${edge}`,
      };
    }
    return {
      event,
      x: mark.x,
      x2: mark.x,
      y: mark.y,
      barHeight: isSpan ? mark.y2 - mark.y : 0,
      label,
      clustered: clustered[mark.index] === 1,
      band: 0,
      bar: isSpan ? { x: mark.x, y: mark.y, width: BAR, height: mark.y2 - mark.y } : undefined,
    };
  });
  return {
    orientation: "vertical",
    width: input.width,
    height: v.height,
    spine: { x: v.axisX, y1: v.timeRange[0], y2: v.timeRange[1] },
    axisY: v.timeRange[1],
    plotTop: v.timeRange[0],
    events,
    eras: v.eras.map((e) => ({ ...e, x1: 0, x2: input.width })),
    bands: [{ group: undefined, title: "", top: 0, baseline: v.axisX, bottom: v.height }],
    clusters: v.clusters.map(({ left, right, ...c }) => ({
      ...c,
      y: Math.round(((left + right) / 2) * 100) / 100,
      across: { x1: left, x2: right },
    })),
  };
}
