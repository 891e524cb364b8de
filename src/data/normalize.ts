import type {
  DateInput,
  EraInput,
  EventInput,
  SkippedInput,
  TimelineEra,
  TimelineEvent,
  TimePoint,
} from "../types.js";
import { isPlainColor } from "./colors.js";
import { commonPoint, parseDate } from "./dates.js";
import { describeValue } from "./describe.js";
import { type DataIssue, optionThrew, TimelineDataError } from "./errors.js";
import { EventIds } from "./ids.js";
import { safeLink } from "./links.js";
import { dropFollowUps, isArraySafely, readable, readFields, unreadable } from "./read-safely.js";

const EVENT_FIELDS = [
  "id",
  "date",
  "start",
  "end",
  "title",
  "text",
  "group",
  "category",
  "importance",
  "link",
  "displayDate",
  "data",
] as const satisfies readonly (keyof EventInput)[];
const ERA_FIELDS = ["start", "end", "title", "color"] as const satisfies readonly (keyof EraInput)[];

type RawEvent = Record<(typeof EVENT_FIELDS)[number], unknown>;

/**
 * Copies the fields of an event into `raw`, each read once, like readFields but by name: a read
 * by a computed name (`input[field]`) is a slow generic lookup, and reading is most of the work
 * of parsing a large input. A field whose read throws (a getter, a Proxy) is named from `read`,
 * the number read before it, and readFields reads the rest.
 */
function readEvent(input: Partial<RawEvent>, raw: RawEvent, issues: DataIssue[]): void {
  let read = 0;
  try {
    raw.id = input.id;
    read++;
    raw.date = input.date;
    read++;
    raw.start = input.start;
    read++;
    raw.end = input.end;
    read++;
    raw.title = input.title;
    read++;
    raw.text = input.text;
    read++;
    raw.group = input.group;
    read++;
    raw.category = input.category;
    read++;
    raw.importance = input.importance;
    read++;
    raw.link = input.link;
    read++;
    raw.displayDate = input.displayDate;
    read++;
    raw.data = input.data;
  } catch (error) {
    const field = EVENT_FIELDS[read]!;
    raw[field] = undefined;
    issues.push(unreadable(field, error));
    readFields(input, EVENT_FIELDS, raw, issues, read + 1);
  }
}

/**
 * Validates and normalizes events. Every problem in the whole input is collected and thrown as
 * one TimelineDataError, so nothing is dropped silently and the user sees all mistakes at once.
 * With `onInvalid`, an event that cannot be used is left out instead, and reported to it.
 */
export function parseEvents(inputs: unknown, options: ParseOptions = {}): TimelineEvent[] {
  const collector = createCollector(options);
  const events = collectEvents(inputs, "events", collector);
  collector.finish();
  return events;
}

/** Validates eras the same way as events. */
export function parseEras(inputs: unknown, options: ParseOptions = {}): TimelineEra[] {
  const collector = createCollector(options);
  const eras = collectEras(inputs, "eras", collector);
  collector.finish();
  return eras;
}

/** Events and eras together, so one error lists the problems of both. */
export function parseTimelineData(
  events: unknown,
  eras: unknown,
  options: ParseOptions = {},
): { events: TimelineEvent[]; eras: TimelineEra[] } {
  const collector = createCollector(options);
  const result = {
    events: collectEvents(events, "events", collector),
    eras: collectEras(eras ?? [], "eras", collector),
  };
  collector.finish();
  return result;
}

/** Options of `parseEvents` and `parseEras`. */
export interface ParseOptions {
  /**
   * Leave out each event or era that cannot be used, and report it here, instead of throwing.
   * Problems of the whole input (events that are not an array) still throw.
   * @defaultValue none: any problem throws one TimelineDataError listing them all
   */
  onInvalid?: ((skipped: SkippedInput) => void) | undefined;
}

/**
 * Gathers problems item by item. An item with problems is either kept for the one error thrown at
 * the end, or, with `onInvalid`, skipped and reported once the whole input has been read.
 *
 * While an item is read, its issues name only the field ("title", or "" for the item itself): the
 * item's own path ("events[3]") is put in front by `reject`, so that the tens of thousands of items
 * without problems never build it.
 */
interface Collector {
  /** Problems of the whole input, which cannot be skipped. */
  readonly whole: DataIssue[];
  /** Records the problems of the item at `at`, whose issue paths name its fields. */
  reject(at: string, input: unknown, issues: DataIssue[]): void;
  /** Throws every problem, or reports the skipped items. */
  finish(): void;
}

function createCollector({ onInvalid }: ParseOptions): Collector {
  const whole: DataIssue[] = [];
  const items: DataIssue[] = [];
  const skipped: SkippedInput[] = [];
  return {
    whole,
    reject(at, input, issues) {
      for (const issue of issues) issue.path = issue.path === "" ? at : `${at}.${issue.path}`;
      if (onInvalid) skipped.push({ path: at, input, issues });
      else items.push(...issues);
    },
    finish() {
      const all = [...whole, ...items];
      // Input order: a problem of the whole "events" before its items, events before eras.
      all.sort((a, b) => rank(a.path) - rank(b.path));
      if (all.length > 0) throw new TimelineDataError(all);
      for (const item of skipped) {
        try {
          onInvalid!(item);
        } catch (error) {
          throw optionThrew("onInvalid", error);
        }
      }
    },
  };
}

function rank(path: string): number {
  return path.startsWith("eras") ? 1 : 0;
}

function collectEvents(inputs: unknown, path: string, collector: Collector): TimelineEvent[] {
  const length = lengthOf(inputs, path, "events", collector);
  const events: TimelineEvent[] = [];
  const ids = new EventIds(length);
  // The fields of the item being read: one record for all (each item writes every field), not
  // one per item, which spared tens of thousands of objects thrown away as soon as they are read.
  const raw = {} as RawEvent;
  // Empty at the start of every item: an item with problems hands its issues over (splice).
  const issues: DataIssue[] = [];
  // A loop, not forEach: forEach skips the holes of a sparse array, which would lose them silently.
  for (let index = 0; index < length; index++) {
    let input: unknown;
    let event: TimelineEvent | undefined;
    try {
      input = (inputs as unknown[])[index];
      event = normalizeEvent(input, index, raw, issues);
    } catch (error) {
      // Anything a user's getter or Proxy throws that the field reads did not catch.
      issues.push(unreadable("", error));
      event = undefined;
    }
    // An id the user gave must be new; one chronoline makes (the event came without) is made new.
    const first = event && event.id !== "" ? ids.holderOf(event.id, events) : undefined;
    if (first !== undefined) {
      issues.push({ path: "id", message: `"${event!.id}" is already the id of ${path}[${first}]` });
    }
    if (issues.length > 0 || !event) {
      collector.reject(`${path}[${index}]`, input, issues.splice(0));
      continue;
    }
    ids.keep(event, events.length);
    events.push(event);
  }
  ids.finish(events);
  return events;
}

/** The number of items of `inputs`, or 0 with a problem of the whole input when it is no array. */
function lengthOf(inputs: unknown, path: string, what: string, collector: Collector): number {
  let length: unknown;
  try {
    length = isArraySafely(inputs) ? (inputs as unknown[]).length : undefined;
  } catch (error) {
    collector.whole.push(unreadable(path, error));
    return 0;
  }
  if (typeof length !== "number") {
    collector.whole.push({ path, message: `must be an array of ${what}, got ${describeValue(inputs)}` });
    return 0;
  }
  return length;
}

/**
 * The normalized event, undefined when it has problems. Its id is "" when the input gave none
 * (an id given is never empty): collectEvents makes one, unique among the events before it.
 */
function normalizeEvent(
  input: unknown,
  index: number,
  raw: RawEvent,
  issues: DataIssue[],
): TimelineEvent | undefined {
  if (typeof input !== "object" || input === null || isArraySafely(input)) {
    issues.push({
      path: "",
      message: `must be an object with a title and a date, got ${describeValue(input)}`,
    });
    return undefined;
  }
  const before = issues.length;
  if (!readable(input, issues)) return undefined;
  readEvent(input, raw, issues);

  const title = requireText(raw.title, "title", issues);
  const text = optionalShownText(raw.text, "text", issues);
  const group = optionalShownText(raw.group, "group", issues);
  const category = optionalShownText(raw.category, "category", issues);
  const importance = optionalNumber(raw.importance, "importance", issues) ?? 0;
  const link = optionalLink(raw.link, "link", issues);
  const explicitId = optionalText(raw.id, "id", issues);
  const displayDate = optionalShownText(raw.displayDate, "displayDate", issues);

  let start: TimePoint | undefined;
  let end: TimePoint | undefined;
  // null means "no value" here, as it does in JSON exported from a database.
  const date = raw.date ?? undefined;
  const from = raw.start ?? undefined;
  const to = raw.end ?? undefined;
  if (date !== undefined && (from !== undefined || to !== undefined)) {
    issues.push({ path: "date", message: "give either date, or start and end, not both" });
  } else if (date !== undefined) {
    start = end = datePoint(date, "date", issues);
  } else if (from === undefined && to === undefined) {
    issues.push({ path: "date", message: "is missing; give date, or start and end" });
  } else {
    start = datePoint(from, "start", issues);
    // A span given only a start is an honest point event, not an error.
    end = to === undefined ? start : datePoint(to, "end", issues);
    if (start && end && end.until <= start.time) {
      issues.push({
        path: "end",
        message: `${describeValue(raw.end)} is before the start ${describeValue(raw.start)}`,
      });
    }
  }

  dropFollowUps(issues, before);
  if (issues.length > before || !start || !end || title === undefined) return undefined;
  const event: TimelineEvent = {
    id: explicitId ?? "",
    index,
    kind: start === end ? "point" : "span",
    start,
    end,
    title,
    text,
    group,
    category,
    importance,
    link,
    data: raw.data,
  };
  // Set only when given (no spread of an object per event), still as the last key.
  if (displayDate !== undefined) event.displayDate = displayDate;
  return event;
}

function collectEras(inputs: unknown, path: string, collector: Collector): TimelineEra[] {
  const length = lengthOf(inputs, path, "eras", collector);
  const eras: TimelineEra[] = [];
  const raw = {} as Record<(typeof ERA_FIELDS)[number], unknown>;
  for (let index = 0; index < length; index++) {
    const issues: DataIssue[] = [];
    let input: unknown;
    let era: TimelineEra | undefined;
    try {
      input = (inputs as unknown[])[index];
      era = normalizeEra(input, index, raw, issues);
    } catch (error) {
      issues.push(unreadable("", error));
      era = undefined;
    }
    if (era && issues.length === 0) eras.push(era);
    else collector.reject(`${path}[${index}]`, input, issues);
  }
  return eras;
}

function normalizeEra(
  input: unknown,
  index: number,
  raw: Record<(typeof ERA_FIELDS)[number], unknown>,
  issues: DataIssue[],
): TimelineEra | undefined {
  if (typeof input !== "object" || input === null || isArraySafely(input)) {
    issues.push({
      path: "",
      message: `must be an object with start, end and title, got ${describeValue(input)}`,
    });
    return undefined;
  }
  const before = issues.length;
  if (!readable(input, issues)) return undefined;
  readFields(input, ERA_FIELDS, raw, issues);
  const title = requireText(raw.title, "title", issues);
  const start = datePoint(raw.start, "start", issues);
  const end = datePoint(raw.end, "end", issues);
  const color = optionalColor(raw.color, "color", issues);
  if (start && end && end.until <= start.time) {
    issues.push({
      path: "end",
      message: `${describeValue(raw.end)} is before the start ${describeValue(raw.start)}`,
    });
  }
  dropFollowUps(issues, before);
  if (issues.length > 0 || !start || !end || title === undefined) return undefined;
  return { index, start, end, title, color };
}

function datePoint(value: unknown, field: string, issues: DataIssue[]): TimePoint | undefined {
  // The common shapes first, without the result object that parseDate wraps their point in.
  const common = typeof value === "string" ? commonPoint(value) : undefined;
  if (common) return common;
  let result;
  try {
    result = parseDate(value as DateInput | undefined); // reads { year, month, day } getters
  } catch (error) {
    issues.push(unreadable(field, error));
    return undefined;
  }
  if (result.ok) return result.point;
  issues.push({ path: field, message: result.message });
  return undefined;
}

// Control characters (other than tab and line breaks) mean nothing in a title; browsers draw
// them as empty boxes, and XML forbids them, so a standalone SVG holding one would not open.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

/** Text to show: without control characters, and trimmed again once they are gone. */
function shownText(text: string | undefined): string | undefined {
  const cleaned = text?.replace(CONTROL, "").trim();
  return cleaned === "" ? undefined : cleaned;
}

function requireText(value: unknown, field: string, issues: DataIssue[]): string | undefined {
  if (typeof value !== "string") {
    issues.push({
      path: field,
      message:
        value === undefined || value === null ? "is missing" : `must be text, got ${describeValue(value)}`,
    });
    return undefined;
  }
  const shown = shownText(value);
  if (shown === undefined) issues.push({ path: field, message: "is empty" });
  return shown;
}

function optionalText(value: unknown, field: string, issues: DataIssue[]): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "string") {
    issues.push({ path: field, message: `must be text, got ${describeValue(value)}` });
    return undefined;
  }
  const trimmed = value.trim();
  return trimmed === "" ? undefined : trimmed;
}

/** Optional text to show (see shownText): a field not given costs one call, not two. */
function optionalShownText(value: unknown, field: string, issues: DataIssue[]): string | undefined {
  return value === undefined || value === null ? undefined : shownText(optionalText(value, field, issues));
}

function optionalNumber(value: unknown, field: string, issues: DataIssue[]): number | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "number" || !Number.isFinite(value)) {
    issues.push({ path: field, message: `must be a finite number, got ${describeValue(value)}` });
    return undefined;
  }
  return value;
}

function optionalLink(value: unknown, field: string, issues: DataIssue[]): string | undefined {
  const text = optionalText(value, field, issues);
  if (text === undefined) return undefined;
  const link = safeLink(text);
  if (link === undefined) {
    issues.push({
      path: field,
      message: `${describeValue(text)} is not allowed; use an http(s), mailto or relative URL`,
    });
  }
  return link;
}

function optionalColor(value: unknown, field: string, issues: DataIssue[]): string | undefined {
  const text = optionalText(value, field, issues);
  if (text === undefined) return undefined;
  if (!isPlainColor(text)) {
    issues.push({
      path: field,
      message: `${describeValue(text)} is not a colour; use a name, #hex, rgb() or hsl()`,
    });
    return undefined;
  }
  return text;
}
