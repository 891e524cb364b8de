import type { Selection } from "d3-selection";
import type { BandGeometry, TimelineLayout } from "../layout/layout.js";

/**
 * Swimlanes: each group's name above its band and a baseline through its markers. A timeline
 * without groups has one unnamed band whose baseline is the time axis, so nothing is drawn here.
 */
export function renderBands(
  g: Selection<SVGGElement, unknown, null, undefined>,
  layout: TimelineLayout,
): void {
  const named = layout.bands.filter((band) => band.group !== undefined);
  const bands = g
    .selectAll<SVGGElement, BandGeometry>("g.chronoline-band")
    .data(named, (d) => d.group ?? "")
    .join((enter) => {
      const band = enter.append("g").attr("class", "chronoline-band");
      band.append("line").attr("class", "chronoline-baseline");
      band.append("text").attr("class", "chronoline-band-title");
      return band;
    })
    .attr("data-group", (d) => d.group ?? "");
  bands
    .select("line")
    .attr("x1", 0)
    .attr("x2", layout.width)
    .attr("y1", (d) => d.baseline)
    .attr("y2", (d) => d.baseline);
  bands
    .select("text")
    .attr("x", 8)
    .attr("y", (d) => d.top + 14)
    .text((d) => d.title);
}
