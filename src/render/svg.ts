import { select, type Selection } from "d3-selection";
import type { EraGeometry, LabelGeometry, TimelineLayout } from "../layout/layout.js";
import type { Measure } from "../layout/measure.js";
import { ERA_TITLE_LINE } from "../layout/typography.js";
import type { TimelineScale } from "../scale/time-scale.js";
import type { Theme, TimelineEvent } from "../types.js";
import { renderAxis, renderVerticalAxis } from "./axis.js";
import { renderBands } from "./bands.js";
import { renderClusters } from "./clusters.js";
import { renderEvents } from "./events.js";
import { renderBars } from "./plain-bars.js";
import { renderDots } from "./plain-markers.js";
import { STYLESHEET } from "./styles.js";

/** Everything the renderer draws: the output of layout plus the words around it. */
export interface RenderModel {
  layout: TimelineLayout;
  /** Time (milliseconds since the epoch) to pixels; calendar or deep time. */
  scale: TimelineScale;
  /** Accessible name of the whole timeline. */
  title: string;
  /** Accessible description of the whole timeline. */
  description: string;
  theme: Theme;
  /** Colour of an event's marker, by category; undefined for the theme's accent. */
  colorOf: (event: TimelineEvent) => string | undefined;
  /** An event's date as the timeline shows it. */
  dateOf: (event: TimelineEvent) => string;
  /** The full accessible label of an event: its date and whole title. */
  ariaLabelOf: (event: TimelineEvent) => string;
  /** Axis tick labels (ticks in milliseconds), in the timeline's locale. @defaultValue English (formatTick) */
  formatTick?: (time: number) => string;
  /** The accessible name of an era band, in the timeline's locale. @defaultValue "Era: {title}" */
  eraLabelOf?: (title: string) => string;
  /** Shown instead of events when there are none, or none in the view. */
  emptyMessage: string | undefined;
  /** Whether only the view is empty (zoomed in between events): the axis keeps its dates. */
  emptyView?: boolean;
  selectedId: string | null;
  /**
   * Unlabelled point markers drawn together, one path per colour in `g.chronoline-plain-markers`,
   * instead of a group each (a live timeline: its keyboard pins the event it lands on).
   * @defaultValue false
   */
  plainMarkers?: boolean;
  /**
   * Events to draw even when a cluster pill stands for them (the keyboard's focus target, the
   * selected event); other clustered events get no node of their own. @defaultValue none
   */
  pinnedIds?: readonly (string | null)[];
  /** Text widths, to keep tick labels clear of leader lines. */
  measure: Measure;
}

/**
 * Draws a timeline into `svg`. Rendering is synchronous and idempotent: the same model gives the
 * same DOM, and events are joined by id, so an event present before and after keeps its nodes.
 * All user text goes in through `.text()`, never as markup.
 */
export function renderTimeline(svgNode: SVGSVGElement, model: RenderModel): void {
  const { layout } = model;
  const svg = select(svgNode)
    .attr("class", `chronoline chronoline--${model.theme}`)
    .attr("width", layout.width)
    .attr("height", layout.height)
    .attr("viewBox", `0 0 ${layout.width} ${layout.height}`)
    .attr("role", "group")
    .attr("aria-roledescription", "timeline")
    .attr("aria-label", model.title);

  // Written only when they change: setting a stylesheet's text parses it again and restyles the
  // whole drawing, at every frame of a zoom.
  // Left empty in a page, where browsers show an SVG's <title> as a tooltip over all of the
  // drawing (aria-label names it); serializeSVG writes it into a picture.
  child(svg, "title");
  setText(child(svg, "desc").node()!, model.description);
  setText(child(svg, "style").node()!, STYLESHEET);

  renderEras(child(svg, "g", "chronoline-eras"), layout, model.eraLabelOf);
  renderBands(child(svg, "g", "chronoline-bands"), layout);
  // Where the labels' leaders cross the axis, which tick labels give way to. (Loops, not flatMap,
  // which made an array for every event, labelled or not: 10,000 at a first paint.)
  const leaders: number[] = [];
  const { events } = layout;
  if (layout.spine) {
    const left: { y: number; connector: LabelGeometry["connector"] }[] = [];
    for (let i = 0; i < events.length; i++) {
      const label = events[i]!.label;
      if (label?.anchor === "end") left.push({ y: events[i]!.y, connector: label.connector });
    }
    renderVerticalAxis(
      child(svg, "g", "chronoline-axis"),
      model.scale,
      layout.spine.x,
      left,
      model.measure,
      model.formatTick,
      // Pills on the spine reach into the tick gutter: their tick labels give way.
      layout.clusters.map((c) => [c.x1, c.x2] as const),
    );
  } else {
    for (let i = 0; i < events.length; i++) {
      const label = events[i]!.label;
      if (label && label.top > layout.axisY) leaders.push(label.connector.x);
    }
    renderAxis(
      child(svg, "g", "chronoline-axis"),
      model.scale,
      layout.axisY,
      leaders,
      model.measure,
      model.formatTick,
    );
  }
  renderEmpty(svg, model);
  const clusters = child(svg, "g", "chronoline-clusters");
  // The plain bars go under the pills and the events; made only when some span is unlabelled.
  let bars = svg.selectChild<SVGGElement>("g.chronoline-plain");
  if (bars.empty() && layout.events.some((d) => d.bar && d.label === undefined))
    bars = svg.insert<SVGGElement>("g", "g.chronoline-clusters").attr("class", "chronoline-plain");
  if (!bars.empty()) renderBars(bars.node()!, model);
  renderClusters(clusters, layout, model.dateOf);
  // The plain markers go over the pills and under the events; made only when some are drawn.
  let dots = svg.selectChild<SVGGElement>("g.chronoline-plain-markers");
  if (
    dots.empty() &&
    model.plainMarkers &&
    layout.events.some((d) => !d.bar && d.label === undefined && !d.clustered)
  )
    dots = svg.insert<SVGGElement>("g", "g.chronoline-events").attr("class", "chronoline-plain-markers");
  if (!dots.empty()) renderDots(dots.node()!, model);
  renderEvents(child(svg, "g", "chronoline-events").node()!, model);
}

function setText(node: Element, text: string): void {
  if (node.textContent !== text) node.textContent = text;
}

/** The one child of `parent` with this tag (and class), created on first use. */
function child<P extends Element, K extends keyof SVGElementTagNameMap>(
  parent: Selection<P, unknown, null, undefined>,
  tag: K,
  className?: string,
): Selection<SVGElementTagNameMap[K], unknown, null, undefined> {
  const found = parent.selectChild<SVGElementTagNameMap[K]>(className ? `${tag}.${className}` : tag);
  if (!found.empty()) return found;
  return parent.append(tag).attr("class", className ?? null) as unknown as Selection<
    SVGElementTagNameMap[K],
    unknown,
    null,
    undefined
  >;
}

function renderEras(
  g: Selection<SVGGElement, unknown, null, undefined>,
  layout: TimelineLayout,
  eraLabelOf: RenderModel["eraLabelOf"],
): void {
  g.selectAll<SVGGElement, EraGeometry>("g.chronoline-era")
    .data(layout.eras, (d) => String(d.era.index))
    .join((enter) => {
      const era = enter.append("g").attr("class", "chronoline-era");
      era.append("rect").attr("class", "chronoline-era-band");
      era.append("text").attr("class", "chronoline-era-title");
      return era;
    })
    .attr("role", "img") // an aria-label needs a role that may carry one (axe: aria-prohibited-attr)
    .attr("aria-label", (d) => (eraLabelOf ? eraLabelOf(d.era.title) : `Era: ${d.era.title}`))
    .call((era) => {
      era
        .select("rect")
        .attr("x", (d) => d.x1)
        .attr("y", (d) => d.y1)
        .attr("width", (d) => Math.max(0, d.x2 - d.x1))
        .attr("height", (d) => Math.max(0, d.y2 - d.y1))
        .style("fill", (d) => d.era.color ?? null);
      era
        .select<SVGTextElement>("text")
        .attr("x", (d) => d.x1 + 5)
        .attr("y", (d) => d.titleY ?? d.y1 + 14)
        .each(function (d) {
          setEraTitle(this, d);
        });
    });
}

/** An era's title: its text, or one <tspan> per line where layout wrapped it (vertical). */
function setEraTitle(node: SVGTextElement, d: EraGeometry): void {
  const lines = d.titleLines ?? [d.title];
  if (lines.length <= 1) {
    const text = lines[0] ?? "";
    if (node.firstElementChild || node.textContent !== text) node.textContent = text;
    return;
  }
  if (!node.querySelector("tspan")) node.textContent = "";
  select(node)
    .selectAll("tspan")
    .data(lines)
    .join("tspan")
    .attr("x", d.x1 + 5)
    .attr("dy", (_, k) => (k ? ERA_TITLE_LINE : null))
    .text((line) => line);
}

function renderEmpty(svg: Selection<SVGSVGElement, unknown, null, undefined>, model: RenderModel): void {
  const { spine } = model.layout;
  svg
    .selectAll("text.chronoline-empty")
    .data(model.emptyMessage === undefined ? [] : [model.emptyMessage])
    .join("text")
    .attr("class", "chronoline-empty")
    // Down a vertical timeline, beside the spine where labels go, clear of it and of the ticks.
    .attr("x", spine ? spine.x + 12 : model.layout.width / 2)
    .attr("y", spine ? (spine.y1 + spine.y2) / 2 + 4 : model.layout.axisY / 2 + 6)
    .attr("text-anchor", spine ? "start" : "middle")
    .text((d) => d);
  // With nothing on it, the axis has no time to tell: dates there would be made up.
  if (model.emptyMessage !== undefined && !model.emptyView) svg.selectAll("g.chronoline-axis .tick").remove();
}

/**
 * Draws the events again without a new layout: after the pinned events changed (the keyboard
 * walked onto an event that a cluster stands for, or off it).
 */
export function redrawEvents(svgNode: SVGSVGElement, model: RenderModel): void {
  const bars = svgNode.querySelector<SVGGElement>("g.chronoline-plain");
  if (bars) renderBars(bars, model);
  const dots = svgNode.querySelector<SVGGElement>("g.chronoline-plain-markers");
  if (dots) renderDots(dots, model);
  const layer = svgNode.querySelector<SVGGElement>("g.chronoline-events");
  if (layer) renderEvents(layer, model);
}
