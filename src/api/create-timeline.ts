import { select } from "d3-selection";
import { createZoomControls } from "../interact/controls.js";
import { createDrawSchedule } from "../interact/draw-schedule.js";
import { createDetailsCard } from "../interact/details.js";
import { createFocusRing } from "../interact/focus-ring.js";
import { createFrame } from "../interact/frame.js";
import { eventNear } from "../interact/hit-test.js";
import { runKeyCommand } from "../interact/key-actions.js";
import { listenForKeys } from "../interact/keyboard.js";
import { prefersReducedMotion } from "../interact/motion.js";
import { listenForPointer } from "../interact/pointer.js";
import { observeWidth } from "../interact/resize.js";
import {
  anchorInSvg,
  anchorOf,
  applyRovingTabindex,
  eventIdOf,
  eventNode,
  hasVisibleFocus,
  moveRovingStop,
} from "../interact/roving.js";
import { createSteadyHeight } from "../interact/steady-height.js";
import { createTooltip } from "../interact/tooltip.js";
import { createKeyedTransition } from "../interact/transition.js";
import {
  clampView,
  isWholeView,
  panToInclude,
  viewAround,
  viewLimits,
  zoomView,
  type View,
} from "../interact/view.js";
import { createZoom, timeAxisOf } from "../interact/zoom.js";
import { createCanvasMeasure } from "../render/canvas-measure.js";
import { inTimeOrder } from "../data/time-order.js";
import { createEventList } from "../render/event-list.js";
import { serializeSVG } from "../render/serialize.js";
import { drawnAlone } from "../render/events.js";
import { previewView } from "../render/preview.js";
import { redrawEvents, renderTimeline, type RenderModel } from "../render/svg.js";
import type { EventGeometry } from "../layout/layout.js";
import type { DateInput, Timeline, TimelineEvent, TimelineEventMap, TimelineOptions } from "../types.js";
import { createEmitter } from "./emitter.js";
import {
  buildModel,
  checkOptions,
  DEFAULTS,
  parseData,
  parseViewDate,
  pickMeasure,
  wholeDomain,
  type TimelineData,
} from "./prepare.js";
import { timelineWords } from "./timeline-words.js";
import { containerOf } from "./container.js";
import { createThemedMeasure } from "./theme-fonts.js";

/**
 * Where an event without a node of its own is drawn: its bar, or its plain marker's box (a point,
 * or a span too short for a bar).
 */
const markOf = (g: EventGeometry | undefined) =>
  g?.bar ?? (g ? { x: g.x - 5, y: g.y - 5, width: 10, height: 10 } : undefined);

/**
 * Draws an interactive timeline into `target` (an element or a CSS selector) and returns a
 * handle to update, query and destroy it. The width follows the container. Readers zoom and pan
 * with the wheel, a drag, a pinch, a double click, the buttons or the keys; they open an event's
 * details by click, tap or Enter; the timeline is one tab stop whose arrow keys walk every event.
 * Throws a TimelineDataError naming every bad field when the data cannot be used.
 */
export function createTimeline(target: Element | string, options: TimelineOptions): Timeline {
  const container = containerOf(target);
  const doc = container.ownerDocument;
  const win = doc.defaultView;
  // Read before the frame goes in, while the page's layout is (usually) up to date: read after,
  // it would lay out the new stylesheet and SVG once more before the first paint. The observer
  // below keeps it current.
  let containerWidth = container.clientWidth;

  // Read once, before anything is made: a throwing getter or Proxy becomes a TimelineDataError.
  let current = checkOptions(options) as TimelineOptions;
  let data = parseData(current);
  // The events in time order (keys, the event table), sorted when first needed: the first
  // paint does not need them.
  let inOrder: TimelineEvent[] | undefined;
  const ordered = (): TimelineEvent[] => (inOrder ??= inTimeOrder(data.events));
  let limits = viewLimits(wholeDomain(data), data.events);
  let view: View | undefined; // undefined: the whole range, unzoomed
  let selectedId: string | null = null;
  let activeId: string | null = null; // the event that holds the timeline's one tab stop
  let model: RenderModel | undefined;
  let emittedView = "whole"; // the view the last "zoom" event told of
  // Measured in the fonts the page themes the labels with (--chronoline-font-family…).
  const measureIn = createThemedMeasure(pickMeasure(current, createCanvasMeasure(doc)));
  const emitter = createEmitter<TimelineEventMap>(["select", "focus", "zoom"]);
  const reducedMotion = (): boolean => prefersReducedMotion(win);
  const now = (): number => (win?.performance ?? performance).now();

  const frame = createFrame(container);
  const { svg } = frame;
  const card = createDetailsCard(frame, () => {
    closeDetails(true);
  });
  const tooltip = createTooltip(frame);
  const controls = createZoomControls(frame, {
    zoomIn: () => {
      zoomStep(2);
    },
    zoomOut: () => {
      zoomStep(0.5);
    },
    reset: () => {
      moveView(undefined);
    },
  });
  // Function declarations below, hoisted: the schedule calls them only once the timeline is made.
  const schedule = createDrawSchedule(win, { draw, preview, canPreview: () => model !== undefined });
  const zoom = createZoom(
    svg,
    (next) => {
      view = next;
      schedule.viewChanged();
    },
    reducedMotion,
  );
  const transition = createKeyedTransition();
  const steadyHeight = createSteadyHeight();
  const ring = createFocusRing(svg);
  const list = createEventList(frame.listHost);

  const widthNow = (): number =>
    Math.max(DEFAULTS.minWidth, current.width ?? (containerWidth || DEFAULTS.staticWidth));
  const eventById = (id: string | null): TimelineEvent | undefined => data.events.find((e) => e.id === id);
  // The words of the current locale, made again only when the locale option changes: they are
  // read at every drawing and hover.
  let wordsFor: { locale: TimelineOptions["locale"]; words: ReturnType<typeof timelineWords> } | undefined;
  const words = () => {
    if (!wordsFor || wordsFor.locale !== current.locale)
      wordsFor = { locale: current.locale, words: timelineWords(current.locale) };
    return wordsFor.words;
  };
  const shown = (): View => view ?? limits.bounds;
  const geometryOf = (id: string | null) => model?.layout.events.find((g) => g.event.id === id);
  /** The event node that has keyboard focus the reader can see, if any. */
  const visiblyFocused = (): string | null => {
    const active = (frame.root.getRootNode() as Document | ShadowRoot).activeElement;
    return active && svg.contains(active) && hasVisibleFocus(active) ? eventIdOf(active) : null;
  };

  /** Draws now: the pure pipeline at the current width and view, then the interactive state. */
  function draw(): void {
    const started = now();
    schedule.drawing();
    list.hold(false);
    const width = widthNow();
    const next = buildModel(
      data,
      current,
      width,
      measureIn(svg),
      view ? [view[0], view[1]] : undefined,
      selectedId,
    );
    next.pinnedIds = [activeId, selectedId];
    next.plainMarkers = true; // the keys pin the event they land on; the table lists them all
    model = next;
    renderTimeline(svg, next);
    // Browse mode would read the ticks one by one; the event table gives every event's date.
    svg.querySelector(".chronoline-axis")?.setAttribute("aria-hidden", "true");
    steadyHeight.apply(svg, view !== undefined);
    frame.setTheme(next.theme);
    frame.root.classList.toggle("chronoline-frame--zoomed", view !== undefined);
    activeId = applyRovingTabindex(svg, activeId) ?? activeId;
    const [x0, x1] = next.scale.range();
    zoom.sync(
      {
        whole: next.scale.copy().domain(limits.bounds),
        limits,
        axis: timeAxisOf(next.layout),
        size: [next.layout.width, Number(svg.getAttribute("height"))],
      },
      view,
    );
    controls.update({
      range: words().range(data.events, view),
      canZoomIn: data.events.length > 0 && shown()[1] - shown()[0] > limits.minSpan * 1.001 && x1 > x0,
      canZoomOut: view !== undefined,
    });
    const selectedNode = eventNode(svg, selectedId);
    card.follow(selectedNode && anchorOf(frame.root, selectedNode));
    tooltip.hide();
    ring.show(geometryOf(visiblyFocused()));
    const key = view ? `${view[0]}:${view[1]}` : "whole";
    if (key !== emittedView) emitZoom();
    schedule.drew(now() - started);
  }

  /** Moves the drawing to the current view without a layout; the layout follows when it settles. */
  function preview(): void {
    const laidOut = model!;
    const to = laidOut.scale.copy().domain(shown());
    const map = (position: number): number => to(laidOut.scale.invert(position));
    const axis = timeAxisOf(laidOut.layout);
    previewView(svg, axis, map, to);
    list.hold(true); // rows going into the event table would lay it out again in these frames
    const ringed = ring.shown;
    if (ringed) {
      const at = axis === "x" ? ringed.x : ringed.y;
      const by = map(at) - at;
      ring.shift(axis === "x" ? by : 0, axis === "y" ? by : 0);
    }
    tooltip.hide();
    schedule.previewed();
    const key = view ? `${view[0]}:${view[1]}` : "whole";
    if (key !== emittedView) emitZoom(to.domain());
  }

  function emitZoom(domain?: readonly [number, number]): void {
    emittedView = view ? `${view[0]}:${view[1]}` : "whole";
    const [start, end] = domain ?? (model ? model.scale.domain() : shown());
    emitter.emit("zoom", { start: new Date(start), end: new Date(end), startTime: start, endTime: end });
  }

  /**
   * Draws, and emits "zoom" once even when the view did not change (a call from code, such as a
   * page's own buttons): screen readers hear the range, as after a zoom key.
   */
  function drawAndTell(): void {
    const before = emittedView;
    draw();
    if (emittedView === before) emitZoom();
    announceView(view);
  }

  /** Tells screen readers what a view shows: "Showing 2001 – 2008". */
  function announceView(shownView: View | undefined): void {
    if (data.events.length) frame.announce(words().spoken(data.events, shownView));
  }

  /** Glides (or, with reduced motion, jumps) to a view, and tells screen readers what it shows. */
  function moveView(next: View | undefined): void {
    const target = next && !isWholeView(next, limits) ? clampView(next, limits) : undefined;
    zoom.animateTo(target);
    announceView(target);
  }

  /** Zooms by `factor` (2 shows half as much) around an event, else around the middle. */
  function zoomStep(factor: number, around?: TimelineEvent): void {
    const v = shown();
    const inside = around && around.start.time >= v[0] && around.start.time <= v[1];
    moveView(zoomView(v, factor, inside ? around.start.time : (v[0] + v[1]) / 2, limits));
  }

  /** Moves the tab stop and keyboard focus to an event, panning the view to show it. */
  function focusEvent(event: TimelineEvent): void {
    activeId = event.id;
    const panned = view && panToInclude(view, event.start.time, limits);
    // Only a pan needs a new layout; otherwise moving the tab stop is enough (fast on big data).
    if (panned !== view) {
      view = panned;
      draw();
    } else {
      pin();
      moveRovingStop(svg, event.id);
    }
    const node = eventNode(svg, event.id);
    if (node) {
      node.focus();
    } else {
      svg.focus(); // not drawn (hidden in a crowd): keep focus here, and say which it is
      frame.announce(`${words().dateOf(event)}: ${event.title}`);
    }
  }

  /**
   * Gives the focus target and the selected event a node when they are not drawn alone (a
   * cluster pill stands for them, or they are unlabelled, among the plain bars or markers), and
   * takes it from an event that no longer needs it: the events are drawn again, not laid out.
   */
  function pin(): void {
    if (!model) return;
    const before = model.pinnedIds ?? [];
    if (before[0] === activeId && before[1] === selectedId) return;
    // Events drawn alone have their node anyway; the others need one only while pinned.
    const pinnable = (id: string | null | undefined): boolean => {
      const g = geometryOf(id ?? null);
      return g !== undefined && !drawnAlone(g, true);
    };
    model.pinnedIds = [activeId, selectedId];
    if (before.some(pinnable) || pinnable(activeId) || pinnable(selectedId)) {
      // In the middle of a moved (not laid out) view, lay out now: the events alone would be
      // put back where the last layout had them, out of step with the rest of the drawing.
      if (schedule.previewing) {
        draw();
        return;
      }
      redrawEvents(svg, model);
      activeId = applyRovingTabindex(svg, activeId) ?? activeId;
    }
  }

  function openDetails(event: TimelineEvent): void {
    const node = eventNode(svg, event.id);
    if (current.details === false || !node) return;
    tooltip.hide();
    card.open(words().details(event, model?.colorOf(event)), anchorOf(frame.root, node));
    frame.announce(words().announcement(event));
  }

  function closeDetails(returnFocus: boolean): void {
    const closed = selectedId;
    // In a shadow root (the <chrono-line> element) the document only knows the host as focused.
    const focusInCard = card.element.contains(
      (frame.root.getRootNode() as Document | ShadowRoot).activeElement,
    );
    selectedId = null;
    card.close();
    draw();
    if (returnFocus || focusInCard) eventNode(svg, closed)?.focus();
  }

  function choose(id: string | null): void {
    const event = eventById(id);
    if (id !== null && !event)
      throw new Error(`chronoline: select(${JSON.stringify(id)}): no event has this id`);
    if (!event) {
      closeDetails(false);
      return;
    }
    selectedId = event.id;
    activeId = event.id;
    if (view) view = panToInclude(view, event.start.time, limits);
    draw();
    openDetails(event);
    emitter.emit("select", event);
  }

  /** Click, tap or Enter on an event: open its details, or close them when they are open. */
  function toggle(id: string): void {
    if (id === selectedId && card.isOpen) closeDetails(false);
    else choose(id);
  }

  const stopKeys = listenForKeys(frame.root, (command, event) =>
    runKeyCommand(command, event, {
      count: () => data.events.length,
      activeIndex: () =>
        Math.max(
          0,
          ordered().findIndex((e) => e.id === activeId),
        ),
      owns: (target) => svg.contains(target as Node | null),
      hasSelection: () => selectedId !== null,
      focusAt: (index) => {
        focusEvent(ordered()[index]!);
      },
      toggle: (target) => {
        const id = eventIdOf(target) ?? activeId;
        if (id !== null) toggle(id);
        return id !== null;
      },
      close: () => {
        closeDetails(false);
      },
      // Around the event that has focus, so that it stays in sight.
      zoom: (factor, target) => {
        zoomStep(factor, eventById(eventIdOf(target)));
      },
      reset: () => {
        moveView(undefined);
      },
    }),
  );
  const stopPointer = listenForPointer(
    svg,
    {
      event: toggle,
      cluster(node) {
        // Open a cluster by zooming in on the events it stands for.
        const members = (select(node).datum() as { members?: number[] } | undefined)?.members ?? [];
        const events = members.flatMap((i) => model?.layout.events[i]?.event ?? []);
        if (events.length) moveView(viewAround(events, limits));
      },
      background() {
        if (selectedId !== null) closeDetails(false);
      },
      hover(id) {
        const event = eventById(id);
        const node = eventNode(svg, id);
        // An unlabelled event has no node of its own: its bar's or marker's place comes from
        // the layout.
        const bar = node ? undefined : markOf(geometryOf(id));
        if (!event || !(node || bar) || (id === selectedId && card.isOpen)) tooltip.hide();
        else
          tooltip.show(
            words().dateOf(event),
            event.title,
            node ? anchorOf(frame.root, node) : anchorInSvg(frame.root, svg, bar!),
          );
      },
    },
    // While the drawing is only moved to the view, the layout's places are stale: markers and
    // labels under the pointer still count, near misses wait for the layout.
    (x, y) => (model && !schedule.previewing ? eventNear(model.layout.events, x, y) : null),
  );
  const onFocusIn = (e: FocusEvent): void => {
    const event = eventById(eventIdOf(e.target));
    if (!event) return;
    activeId = event.id;
    pin();
    moveRovingStop(svg, event.id);
    emitter.emit("focus", event);
    const node = eventNode(svg, event.id);
    if (node && hasVisibleFocus(node)) ring.show(geometryOf(event.id));
    if (node && hasVisibleFocus(node) && !(event.id === selectedId && card.isOpen))
      tooltip.show(words().dateOf(event), event.title, anchorOf(frame.root, node));
  };
  const onFocusOut = (): void => {
    tooltip.hide();
    ring.show(undefined);
  };
  svg.addEventListener("focusin", onFocusIn);
  svg.addEventListener("focusout", onFocusOut);
  const stopObserving = observeWidth(container, containerWidth, (width) => {
    containerWidth = width;
    if (current.width !== undefined) return;
    steadyHeight.reset();
    draw();
  });

  function renderList(): void {
    const w = words();
    // The table needs the events in time order only for its rows: a long one makes them after
    // the first paint. (An update renders again, which stops the last render's batches.)
    list.render(data.events, (from, to) => w.rows(ordered().slice(from, to)), {
      shown: current.eventList === "table",
      caption: w.caption(model?.title ?? current.title ?? ""),
      words: w.table,
    });
  }

  /** The buttons, card and hint in the timeline's language. */
  function applyWords(): void {
    const { ui } = words();
    frame.setWords(ui);
    controls.setWords(ui);
    card.setWords(ui);
  }

  let destroyed = false;
  /**
   * A method of the handle that does nothing once the timeline is destroyed: a late data fetch or
   * a stale effect would otherwise draw into the removed frame and start frames and timers again.
   */
  const whileAlive =
    <A extends unknown[]>(method: (...args: A) => void) =>
    (...args: A): void => {
      if (!destroyed) method(...args);
    };

  /** Takes away everything createTimeline made: listeners, observer, timers and the frame. */
  function teardown(): void {
    destroyed = true;
    schedule.cancel();
    list.cancel();
    transition.cancel();
    zoom.destroy();
    stopKeys();
    stopPointer();
    tooltip.hide(); // a shown tooltip listens on the document
    svg.removeEventListener("focusin", onFocusIn);
    svg.removeEventListener("focusout", onFocusOut);
    stopObserving();
    emitter.clear();
    frame.remove();
  }

  try {
    applyWords();
    draw();
    renderList();
  } catch (error) {
    // A user's measure that throws: no half-made timeline stays in the page, still listening.
    teardown();
    throw error;
  }

  return {
    get events() {
      return data.events;
    },
    update: whileAlive((next: Partial<TimelineOptions>) => {
      const merged = checkOptions(next, current) as TimelineOptions;
      const parsed: TimelineData = parseData(merged); // throws before anything changes when bad
      current = merged;
      data = parsed;
      inOrder = undefined;
      limits = viewLimits(wholeDomain(data), data.events);
      steadyHeight.reset();
      if (view) view = isWholeView(clampView(view, limits), limits) ? undefined : clampView(view, limits);
      if (selectedId !== null && !eventById(selectedId)) {
        selectedId = null;
        card.close();
      }
      applyWords();
      transition.run(svg, !reducedMotion(), draw);
      renderList();
      const selected = eventById(selectedId);
      if (selected && card.isOpen) openDetails(selected);
    }),
    on: (type, listener) => emitter.on(type, listener),
    select: whileAlive(choose),
    zoomTo: whileAlive((start: DateInput, end: DateInput) => {
      const from = parseViewDate(start, "zoomTo(start)", "start");
      const to = parseViewDate(end, "zoomTo(end)", "end");
      if (!(to > from)) throw new Error("chronoline: zoomTo(start, end): end must be after start");
      const next = clampView([from, to], limits);
      view = isWholeView(next, limits) ? undefined : next;
      drawAndTell();
    }),
    resetZoom: whileAlive(() => {
      view = undefined;
      drawAndTell();
    }),
    toSVG: () => serializeSVG(svg),
    destroy: teardown,
  };
}
