// Events: read each one's fields, check them and make the normalized events, every problem
// collected (collector.ts). Eras are read in eras.ts, the checks of one value in field-values.ts.
import type { EventInput, TimelineEra, TimelineEvent, TimePoint } from "../types.js";
import { type Collector, createCollector, lengthOf, type ParseOptions } from "./collector.js";
import { describeValue } from "./describe.js";
import type { DataIssue } from "./errors.js";
import { collectEras } from "./eras.js";
import {
  datePoint,
  optionalLink,
  optionalNumber,
  optionalShownText,
  optionalText,
  requireText,
} from "./field-values.js";
import { EventIds } from "./ids.js";
import { dropFollowUps, isArraySafely, readable, readFields, unreadable } from "./read-safely.js";

export type { ParseOptions };

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
