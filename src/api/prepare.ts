import { yearOf } from "../data/calendar.js";
import { parseDate } from "../data/dates.js";
import { describeValue } from "../data/describe.js";
import { optionThrew, TimelineDataError, type DataIssue } from "../data/errors.js";
import { parseTimelineData } from "../data/normalize.js";
import { layoutTimeline, SIDE_PAD, type TimelineLayout } from "../layout/layout.js";
import { layoutVerticalTimeline } from "../layout/vertical-geometry.js";
import { cachedMeasure, measureWithTable, type Measure } from "../layout/measure.js";
import type { RenderModel } from "../render/svg.js";
import type { DateFormatter } from "../scale/date-formatter.js";
import { dateFormatterFor, resolveLocale } from "../scale/resolve-locale.js";
import { createTimelineScale, dataExtent, paddedExtent } from "../scale/time-scale.js";
import type { DateInput, TimelineEra, TimelineEvent, TimelineOptions } from "../types.js";
import { categoryColorIssues, categoryColorOf } from "./category-colors.js";
import { interactionOptionIssues } from "./interaction-options.js";
import { layoutOptionIssues } from "./option-issues.js";
import { readOptions } from "./read-options.js";
import { warnOfUnknownOptions } from "./unknown-options.js";

/** Defaults of the layout options, documented on `TimelineOptions`. */
export const DEFAULTS = { maxLabelRows: 12, maxLabelWidth: 300, staticWidth: 960, minWidth: 320 } as const;

/** The parsed data of a timeline, kept between renders. */
export interface TimelineData {
  events: TimelineEvent[];
  eras: TimelineEra[];
}

const ORIENTATIONS = ["horizontal", "vertical", "auto"];

/**
 * Reads the options once into a plain copy (see readOptions: a getter or Proxy of the user's that
 * throws becomes an issue naming the option), over `base` (the options already in use, for
 * `update`), checks the options that are not data, and returns the copy, which is all chronoline
 * reads afterwards. Throws one TimelineDataError listing every problem.
 */
export function checkOptions(input: unknown, base: Partial<TimelineOptions> = {}): Partial<TimelineOptions> {
  const issues: DataIssue[] = [];
  const read = readOptions(input, issues);
  warnOfUnknownOptions(read);
  const options: Partial<TimelineOptions> = { ...base, ...read };
  const unread = issues.map((issue) => issue.path);
  // Plain JavaScript callers are not held to the types, so every option is checked as unknown.
  const { orientation, theme, width, title, annotations } = options as Partial<
    Record<keyof TimelineOptions, unknown>
  >;
  if (annotations !== undefined && annotations !== "title" && annotations !== "full") {
    issues.push({
      path: "annotations",
      message: `${describeValue(annotations)} is not a kind of annotation; use "title" or "full"`,
    });
  }
  if (orientation !== undefined && !(typeof orientation === "string" && ORIENTATIONS.includes(orientation))) {
    issues.push({
      path: "orientation",
      message: `${describeValue(orientation)} is not an orientation; use "horizontal", "vertical" or "auto"`,
    });
  }
  if (theme !== undefined && !(typeof theme === "string" && ["light", "dark", "auto"].includes(theme))) {
    issues.push({
      path: "theme",
      message: `${describeValue(theme)} is not a theme; use "light", "dark" or "auto"`,
    });
  }
  if (width !== undefined && (typeof width !== "number" || !Number.isFinite(width) || width <= 0)) {
    issues.push({ path: "width", message: "must be a positive number of pixels" });
  }
  if (title !== undefined && typeof title !== "string") {
    issues.push({ path: "title", message: "must be text" });
  }
  // A locale whose fields could not be read is not also said to lack them.
  const locale = resolveLocale(options.locale);
  if (!locale.ok && !unread.some((path) => /^locale\b/.test(path)))
    issues.push({ path: "locale", message: locale.message });
  issues.push(...categoryColorIssues(options.categoryColors).filter((issue) => !unread.includes(issue.path)));
  issues.push(...interactionOptionIssues(options));
  issues.push(...layoutOptionIssues(options));
  if (issues.length) throw new TimelineDataError(issues);
  return options;
}

/** The time range shown when not zoomed, in milliseconds: the data's extent with a margin. */
export function wholeDomain(data: TimelineData): [number, number] {
  // Parsed data is never changed in place, so its domain is worked out once, not at every draw.
  let domain = domains.get(data);
  if (!domain) domains.set(data, (domain = computeWholeDomain(data)));
  return [domain[0], domain[1]];
}

const domains = new WeakMap<TimelineData, readonly [number, number]>();

function computeWholeDomain(data: TimelineData): [number, number] {
  const extent = dataExtent(data.events, data.eras) ?? [Date.UTC(2000, 0, 1), Date.UTC(2001, 0, 1)];
  // A lone instant gets its own period either side: "2008" alone shows the years around it.
  let period = 1;
  // Indexes and a comparison, not for…of and Math.max: while code is cold each iterator step
  // makes an object, and Math.max a new number, per event.
  const { events } = data;
  for (let i = 0; i < events.length; i++) {
    const start = events[i]!.start;
    const length = start.until - start.time;
    if (length > period) period = length;
  }
  return paddedExtent(extent, 0.04, period);
}

export function parseData(options: Partial<TimelineOptions>): TimelineData {
  return parseTimelineData(options.events, options.eras ?? [], { onInvalid: options.onInvalid });
}

/**
 * Parses a bound of a view range (`zoomTo`), with the argument's name in the error. Like a
 * span's end, the end of a view is inclusive at its precision: zoomTo("2000", "2010") shows 2010.
 */
export function parseViewDate(value: DateInput, name: string, bound: "start" | "end"): number {
  const result = parseDate(value);
  if (!result.ok) throw new TimelineDataError([{ path: name, message: result.message }]);
  return bound === "start" ? result.point.time : result.point.until;
}

/** First start and last end of the events, once per (never changed) events array. */
function timeSpanOf(events: readonly TimelineEvent[]): readonly [number, number] {
  let span = timeSpans.get(events);
  if (span) return span;
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < events.length; i++) {
    const e = events[i]!;
    if (e.start.time < lo) lo = e.start.time;
    if (e.end.time > hi) hi = e.end.time;
  }
  timeSpans.set(events, (span = [lo, hi]));
  return span;
}

const timeSpans = new WeakMap<readonly TimelineEvent[], readonly [number, number]>();

/** The events that a view (milliseconds) shows: those that overlap it. */
export const eventsIn = (events: readonly TimelineEvent[], [lo, hi]: readonly [number, number]) =>
  events.filter((e) => e.end.until > lo && e.start.time <= hi);

/** Default accessible summary, in the timeline's locale: "Timeline, 14 events, 1993 to 2024". */
function summary(events: readonly TimelineEvent[], format: DateFormatter): string {
  if (events.length === 0) return format.word("empty", {});
  const [lo, hi] = timeSpanOf(events);
  const from = format.year(yearOf(lo));
  const to = format.year(yearOf(hi));
  const count = format.count(events.length);
  return from === to
    ? format.word("summaryOneYear", { count, from })
    : format.word("summary", { count, from, to });
}

/**
 * Below this width, `orientation: "auto"` draws a vertical timeline. Two flag labels of a
 * typical 200 px title no longer fit side by side on a row, and decades squeezed into the
 * width make the label rows stack deep; vertical gives every label a column of its own and
 * as much spine as the labels need. In pixels.
 */
export const AUTO_VERTICAL_BELOW = 560;

/** The orientation to draw: "auto" picks by width. */
export function orientationFor(
  orientation: TimelineOptions["orientation"],
  width: number,
): "horizontal" | "vertical" {
  if (orientation === "auto") return width < AUTO_VERTICAL_BELOW ? "vertical" : "horizontal";
  return orientation ?? "horizontal";
}

/** The measurer to use: the user's, else the given default (cached), else the width table. */
export function pickMeasure(options: Partial<TimelineOptions>, fallback: Measure | undefined): Measure {
  const own = options.measure;
  const given: Measure | undefined = own
    ? (text, font) => {
        try {
          return own(text, font);
        } catch (error) {
          throw optionThrew("measure", error);
        }
      }
    : fallback;
  if (!given) return measureWithTable;
  // A width that is not a width (NaN from a detached canvas, a buggy measurer) would poison
  // every position in the layout: such a text is measured with the table instead.
  const measure: Measure = (text, font) => {
    const width = given(text, font);
    return Number.isFinite(width) && width >= 0 ? width : measureWithTable(text, font);
  };
  // A measurer of the page's own is worth caching. The canvas measurer keeps its own widths (of
  // letters, and of whole texts in other scripts): a cache of every text in front of it would
  // cost as much as measuring (each new title and each cut of it hashed and stored), and the
  // table is as fast as a cache lookup.
  return options.measure ? cachedMeasure(measure) : measure;
}

/** Dates already formatted, by formatter (one per locale) and event. */
const formatted = new WeakMap<DateFormatter, WeakMap<TimelineEvent, string>>();

/**
 * An event's date as the timeline shows it, formatted once per event and locale: layout, the
 * accessible names and the table ask for it again at every zoom step.
 */
function datesIn(format: DateFormatter): (e: TimelineEvent) => string {
  let dates = formatted.get(format);
  if (!dates) formatted.set(format, (dates = new WeakMap()));
  const cache = dates;
  return (e) => {
    let date = cache.get(e);
    if (date === undefined) cache.set(e, (date = e.displayDate ?? format.range(e.start, e.end)));
    return date;
  };
}

/**
 * From parsed data to what the renderer draws: scale, layout and words. Pure: no DOM.
 * `view` is the visible time range when zoomed, else the whole data is shown.
 */
export function buildModel(
  data: TimelineData,
  options: Partial<TimelineOptions>,
  width: number,
  measure: Measure,
  view: [number, number] | undefined,
  selectedId: string | null,
): RenderModel {
  const { events, eras } = data;
  const format = dateFormatterFor(options.locale);
  const dateOf = datesIn(format);
  // Milliseconds, not Dates: deep time (the Big Bang, the dinosaurs) lies beyond what a Date holds.
  const domain: [number, number] = view ? [view[0], view[1]] : wholeDomain(data);
  const scale = createTimelineScale(domain, [SIDE_PAD + 4, width - SIDE_PAD - 4]);
  // When zoomed in, only what overlaps the view is drawn; the rest is a zoom-out away.
  const inView = view ? eventsIn(events, domain) : events;
  const maxLabelWidth = options.maxLabelWidth ?? DEFAULTS.maxLabelWidth;
  let layout: TimelineLayout;
  if (orientationFor(options.orientation, width) === "vertical") {
    // Time runs down; the spine's length comes from the labels, so the scale's range follows.
    scale.range([0, 1]);
    layout = layoutVerticalTimeline({
      events: inView,
      eras,
      position: (t) => scale(t),
      dateLabel: dateOf,
      width,
      maxLabelWidth,
      measure,
      fullAnnotations: options.annotations === "full",
    });
    scale.range([layout.spine!.y1, layout.spine!.y2]);
  } else {
    layout = layoutTimeline({
      events: inView,
      eras,
      x: (t) => scale(t),
      dateLabel: dateOf,
      width,
      maxRows: options.maxLabelRows ?? DEFAULTS.maxLabelRows,
      maxLabelWidth,
      measure,
      fullAnnotations: options.annotations === "full",
    });
  }
  const generated = summary(events, format);
  return {
    layout,
    scale,
    title: options.title ?? generated,
    // Without a title the summary is the name: read again as the description, it is heard twice.
    description: options.description ?? (options.title === undefined ? "" : generated),
    theme: options.theme ?? "light",
    colorOf: categoryColorOf(events, options.categoryColors),
    dateOf,
    // The lane too: in browse mode or walking with the keys, a swimlane's title is far away.
    ariaLabelOf: (e) => `${dateOf(e)}: ${e.title}${e.group === undefined ? "" : ` (${e.group})`}`,
    formatTick: (time) => format.tick(time, domain),
    eraLabelOf: (title) => format.word("era", { title }),
    // Also a view zoomed in between events says so, rather than showing an empty drawing.
    emptyMessage: inView.length === 0 ? format.word("noEvents", {}) : undefined,
    emptyView: events.length > 0,
    selectedId,
    measure,
  };
}
