import { createCanvasMeasure } from "../render/canvas-measure.js";
import { serializeSVG } from "../render/serialize.js";
import { renderTimeline } from "../render/svg.js";
import type { DateInput, Timeline, TimelineEventMap, TimelineOptions } from "../types.js";
import { createEmitter } from "./emitter.js";
import { buildModel, checkOptions, DEFAULTS, parseData, parseViewDate, pickMeasure } from "./prepare.js";
import { observeWidth } from "./observe-width.js";

const SVG_NS = "http://www.w3.org/2000/svg";

/**
 * Draws an interactive timeline into `target` (an element or a CSS selector) and returns a
 * handle to update, query and destroy it. The width follows the container.
 * Throws a TimelineDataError naming every bad field when the data cannot be used.
 */
export function createTimeline(target: Element | string, options: TimelineOptions): Timeline {
  const container = typeof target === "string" ? document.querySelector(target) : target;
  if (!container) throw new Error(`chronoline: no element matches ${JSON.stringify(target)}`);
  const doc = container.ownerDocument;

  let current: TimelineOptions = { ...options };
  checkOptions(current);
  let data = parseData(current);
  let view: [number, number] | undefined;
  let selectedId: string | null = null;
  const measure = pickMeasure(current, createCanvasMeasure(doc));
  const emitter = createEmitter<TimelineEventMap>();

  const svg = doc.createElementNS(SVG_NS, "svg");
  container.appendChild(svg);

  const widthNow = (): number =>
    Math.max(DEFAULTS.minWidth, current.width ?? (container.clientWidth || DEFAULTS.staticWidth));

  function draw(): void {
    renderTimeline(svg, buildModel(data, current, widthNow(), measure, view, selectedId));
  }

  const eventById = (id: string | null) => data.events.find((e) => e.id === id);

  function choose(id: string | null): void {
    const event = eventById(id);
    if (id !== null && !event)
      throw new Error(`chronoline: select(${JSON.stringify(id)}): no event has this id`);
    selectedId = id;
    draw();
    if (event) emitter.emit("select", event);
  }

  // Delegated listeners on the root: one of each, whatever the number of events.
  const eventIdOf = (target: EventTarget | null): string | null =>
    (target as Element | null)?.closest(".chronoline-event")?.getAttribute("data-id") ?? null;
  const onClick = (e: Event): void => {
    const id = eventIdOf(e.target);
    if (id !== null) choose(id);
  };
  const onKeyDown = (e: KeyboardEvent): void => {
    const id = eventIdOf(e.target);
    if (id !== null && (e.key === "Enter" || e.key === " ")) {
      e.preventDefault();
      choose(id);
    }
  };
  const onFocusIn = (e: FocusEvent): void => {
    const event = eventById(eventIdOf(e.target));
    if (event) emitter.emit("focus", event);
  };
  svg.addEventListener("click", onClick);
  svg.addEventListener("keydown", onKeyDown);
  svg.addEventListener("focusin", onFocusIn);
  const stopObserving = observeWidth(container, () => {
    if (current.width === undefined) draw();
  });

  draw();

  function emitZoom(): void {
    const [start, end] =
      view ?? buildModel(data, current, widthNow(), measure, undefined, null).scale.domain();
    emitter.emit("zoom", { start: new Date(start), end: new Date(end) });
  }

  return {
    get events() {
      return data.events;
    },
    update(next) {
      const merged = { ...current, ...next };
      checkOptions(merged);
      data = parseData(merged); // throws before anything changes when the new data is bad
      current = merged;
      if (selectedId !== null && !eventById(selectedId)) selectedId = null;
      draw();
    },
    on: (type, listener) => emitter.on(type, listener),
    select: choose,
    zoomTo(start: DateInput, end: DateInput) {
      const from = parseViewDate(start, "zoomTo(start)", "start");
      const to = parseViewDate(end, "zoomTo(end)", "end");
      if (!(to > from)) throw new Error("chronoline: zoomTo(start, end): end must be after start");
      view = [from, to];
      draw();
      emitZoom();
    },
    resetZoom() {
      view = undefined;
      draw();
      emitZoom();
    },
    toSVG: () => serializeSVG(svg),
    destroy() {
      svg.removeEventListener("click", onClick);
      svg.removeEventListener("keydown", onKeyDown);
      svg.removeEventListener("focusin", onFocusIn);
      stopObserving();
      emitter.clear();
      svg.remove();
    },
  };
}
