import type { Selection } from "d3-selection";
import { CLUSTER_HEIGHT, clusterBox } from "../layout/cluster.js";
import type { TimelineLayout } from "../layout/layout.js";
import type { TimelineEvent } from "../types.js";

type Cluster = TimelineLayout["clusters"][number];

/**
 * Pills where unlabelled markers crowd, each with the count of events it stands for ("+37") and
 * an accessible name that says how many and when. The events a pill stands for get no nodes of
 * their own (thousands, in a dense timeline): the arrow keys still reach each of them (its node is
 * made when focus arrives), and the event table lists them all, so nothing a pill covers is lost
 * to keyboard or screen-reader users.
 */
export function renderClusters(
  g: Selection<SVGGElement, unknown, null, undefined>,
  layout: TimelineLayout,
  dateOf: (event: TimelineEvent) => string,
): void {
  const eventAt = (index: number): TimelineEvent => layout.events[index]!.event;
  const describe = (d: Cluster): string => {
    const first = dateOf(eventAt(d.members[0]!));
    const last = dateOf(eventAt(d.members[d.members.length - 1]!));
    const range = first === last ? first : `${first} to ${last}`;
    return `${d.members.length} more events, ${range}`;
  };
  const clusters = g
    .selectAll<SVGGElement, Cluster>("g.chronoline-cluster")
    .data(layout.clusters, (d) => `${d.y}:${d.members[0]}`)
    .join((enter) => {
      const cluster = enter.append("g").attr("class", "chronoline-cluster");
      cluster.append("rect");
      cluster.append("text").attr("text-anchor", "middle");
      return cluster;
    })
    .attr("transform", null) // moved by a preview frame of a zoom (preview.ts): back in place
    .attr("data-count", (d) => d.members.length)
    .attr("role", "img")
    .attr("aria-label", describe);
  // Horizontal: along the axis, centred on the band's baseline. Vertical: x1/x2 run down the
  // spine and `across` gives the pill's width (clusterBox).
  clusters
    .select("rect")
    .attr("x", (d) => clusterBox(d).left)
    .attr("y", (d) => clusterBox(d).top)
    .attr("width", (d) => clusterBox(d).width)
    .attr("height", (d) => clusterBox(d).height)
    .attr("rx", CLUSTER_HEIGHT / 2);
  clusters
    .select("text")
    .attr("x", (d) => (d.across ? d.y : (d.x1 + d.x2) / 2))
    .attr("y", (d) => (d.across ? (d.x1 + d.x2) / 2 : d.y) + 3.5)
    .text((d) => d.text);
}
