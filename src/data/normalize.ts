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
import { parseDate } from "./dates.js";
import { describeValue } from "./describe.js";
import { type DataIssue, TimelineDataError } from "./errors.js";
import { generateId } from "./ids.js";
import { safeLink } from "./links.js";
import { dropFollowUps, isArraySafely, readFields, unreadable } from "./read-safely.js";

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
 */
interface Collector {
  /** Problems of the whole input, which cannot be skipped. */
  readonly whole: DataIssue[];
  /** Records the problems of one item; true when it has none and may be used. */
  settle(path: string, input: unknown, issues: readonly DataIssue[]): boolean;
  /** Throws every problem, or reports the skipped items. */
  finish(): void;
}

function createCollector({ onInvalid }: ParseOptions): Collector {
  const whole: DataIssue[] = [];
  const items: DataIssue[] = [];
  const skipped: SkippedInput[] = [];
  return {
    whole,
    settle(path, input, issues) {
      if (issues.length === 0) return true;
      if (onInvalid) skipped.push({ path, input, issues });
      else items.push(...issues);
      return false;
    },
    finish() {
      const all = [...whole, ...items];
      // Input order: a problem of the whole "events" before its items, events before eras.
      all.sort((a, b) => rank(a.path) - rank(b.path));
      if (all.length > 0) throw new TimelineDataError(all);
      for (const item of skipped) onInvalid!(item);
    },
  };
}

function rank(path: string): number {
  return path.startsWith("eras") ? 1 : 0;
}

function collectEvents(inputs: unknown, path: string, collector: Collector): TimelineEvent[] {
  const length = lengthOf(inputs, path, "events", collector);
  const events: TimelineEvent[] = [];
  const seenIds = new Map<string, number>();
  // A loop, not forEach: forEach skips the holes of a sparse array, which would lose them silently.
  for (let index = 0; index < length; index++) {
    const at = `${path}[${index}]`;
    const issues: DataIssue[] = [];
    let input: unknown;
    let event: TimelineEvent | undefined;
    let explicitId = false;
    try {
      input = (inputs as unknown[])[index];
      [event, explicitId] = normalizeEvent(input, index, at, issues);
    } catch (error) {
      // Anything a user's getter or Proxy throws that the field reads did not catch.
      issues.push(unreadable(at, error));
      event = undefined;
    }
    const first = event && seenIds.get(event.id);
    if (event && first !== undefined && explicitId) {
      issues.push({ path: `${at}.id`, message: `"${event.id}" is already the id of ${path}[${first}]` });
    }
    if (!collector.settle(at, input, issues) || !event) continue;
    // Two events with the same date and title get generated ids "…", "…-2", "…-3".
    // (`first` already says whether the id is taken: one lookup less per event.)
    if (first !== undefined) {
      const base = event.id;
      for (let n = 2; seenIds.has(event.id); n++) event.id = `${base}-${n}`;
    }
    seenIds.set(event.id, index);
    events.push(event);
  }
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

/** The normalized event (undefined when it has problems), and whether it gave its own id. */
function normalizeEvent(
  input: unknown,
  index: number,
  at: string,
  issues: DataIssue[],
): [TimelineEvent | undefined, boolean] {
  if (typeof input !== "object" || input === null || isArraySafely(input)) {
    issues.push({
      path: at,
      message: `must be an object with a title and a date, got ${describeValue(input)}`,
    });
    return [undefined, false];
  }
  const before = issues.length;
  const raw = readFields(input, EVENT_FIELDS, at, issues);
  if (!raw) return [undefined, false];

  // Each field's path ("events[3].title") is only built when it has a problem to report.
  const title = requireText(raw.title, at, "title", issues);
  const text = shownText(optionalText(raw.text, at, "text", issues));
  const group = shownText(optionalText(raw.group, at, "group", issues));
  const category = shownText(optionalText(raw.category, at, "category", issues));
  const importance = optionalNumber(raw.importance, at, "importance", issues) ?? 0;
  const link = optionalLink(raw.link, at, "link", issues);
  const explicitId = optionalText(raw.id, at, "id", issues);
  const displayDate = shownText(optionalText(raw.displayDate, at, "displayDate", issues));

  let start: TimePoint | undefined;
  let end: TimePoint | undefined;
  // null means "no value" here, as it does in JSON exported from a database.
  const [date, from, to] = [raw.date ?? undefined, raw.start ?? undefined, raw.end ?? undefined];
  if (date !== undefined && (from !== undefined || to !== undefined)) {
    issues.push({ path: `${at}.date`, message: "give either date, or start and end, not both" });
  } else if (date !== undefined) {
    start = end = datePoint(date, at, "date", issues);
  } else if (from === undefined && to === undefined) {
    issues.push({ path: `${at}.date`, message: "is missing; give date, or start and end" });
  } else {
    start = datePoint(from, at, "start", issues);
    // A span given only a start is an honest point event, not an error.
    end = to === undefined ? start : datePoint(to, at, "end", issues);
    if (start && end && end.until <= start.time) {
      issues.push({
        path: `${at}.end`,
        message: `${describeValue(raw.end)} is before the start ${describeValue(raw.start)}`,
      });
    }
  }

  dropFollowUps(issues, before);
  if (issues.length > before || !start || !end || title === undefined) return [undefined, false];
  const event: TimelineEvent = {
    id: explicitId ?? generateId(start.time, title),
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
  return [event, explicitId !== undefined];
}

function collectEras(inputs: unknown, path: string, collector: Collector): TimelineEra[] {
  const length = lengthOf(inputs, path, "eras", collector);
  const eras: TimelineEra[] = [];
  for (let index = 0; index < length; index++) {
    const at = `${path}[${index}]`;
    const issues: DataIssue[] = [];
    let input: unknown;
    let era: TimelineEra | undefined;
    try {
      input = (inputs as unknown[])[index];
      era = normalizeEra(input, index, at, issues);
    } catch (error) {
      issues.push(unreadable(at, error));
      era = undefined;
    }
    if (collector.settle(at, input, issues) && era) eras.push(era);
  }
  return eras;
}

function normalizeEra(
  input: unknown,
  index: number,
  at: string,
  issues: DataIssue[],
): TimelineEra | undefined {
  if (typeof input !== "object" || input === null || isArraySafely(input)) {
    issues.push({
      path: at,
      message: `must be an object with start, end and title, got ${describeValue(input)}`,
    });
    return undefined;
  }
  const before = issues.length;
  const raw = readFields(input, ERA_FIELDS, at, issues);
  if (!raw) return undefined;
  const title = requireText(raw.title, at, "title", issues);
  const start = datePoint(raw.start, at, "start", issues);
  const end = datePoint(raw.end, at, "end", issues);
  const color = optionalColor(raw.color, at, "color", issues);
  if (start && end && end.until <= start.time) {
    issues.push({
      path: `${at}.end`,
      message: `${describeValue(raw.end)} is before the start ${describeValue(raw.start)}`,
    });
  }
  dropFollowUps(issues, before);
  if (issues.length > 0 || !start || !end || title === undefined) return undefined;
  return { index, start, end, title, color };
}

function datePoint(value: unknown, at: string, field: string, issues: DataIssue[]): TimePoint | undefined {
  let result;
  try {
    result = parseDate(value as DateInput | undefined); // reads { year, month, day } getters
  } catch (error) {
    issues.push(unreadable(`${at}.${field}`, error));
    return undefined;
  }
  if (result.ok) return result.point;
  issues.push({ path: `${at}.${field}`, message: result.message });
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

function requireText(value: unknown, at: string, field: string, issues: DataIssue[]): string | undefined {
  if (typeof value !== "string") {
    issues.push({
      path: `${at}.${field}`,
      message:
        value === undefined || value === null ? "is missing" : `must be text, got ${describeValue(value)}`,
    });
    return undefined;
  }
  const shown = shownText(value);
  if (shown === undefined) issues.push({ path: `${at}.${field}`, message: "is empty" });
  return shown;
}

function optionalText(value: unknown, at: string, field: string, issues: DataIssue[]): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "string") {
    issues.push({ path: `${at}.${field}`, message: `must be text, got ${describeValue(value)}` });
    return undefined;
  }
  const trimmed = value.trim();
  return trimmed === "" ? undefined : trimmed;
}

function optionalNumber(value: unknown, at: string, field: string, issues: DataIssue[]): number | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "number" || !Number.isFinite(value)) {
    issues.push({ path: `${at}.${field}`, message: `must be a finite number, got ${describeValue(value)}` });
    return undefined;
  }
  return value;
}

function optionalLink(value: unknown, at: string, field: string, issues: DataIssue[]): string | undefined {
  const text = optionalText(value, at, field, issues);
  if (text === undefined) return undefined;
  const link = safeLink(text);
  if (link === undefined) {
    issues.push({
      path: `${at}.${field}`,
      message: `${describeValue(text)} is not allowed; use an http(s), mailto or relative URL`,
    });
  }
  return link;
}

function optionalColor(value: unknown, at: string, field: string, issues: DataIssue[]): string | undefined {
  const text = optionalText(value, at, field, issues);
  if (text === undefined) return undefined;
  if (!isPlainColor(text)) {
    issues.push({
      path: `${at}.${field}`,
      message: `${describeValue(text)} is not a colour; use a name, #hex, rgb() or hsl()`,
    });
    return undefined;
  }
  return text;
}
