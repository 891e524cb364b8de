import type { DateInput, EraInput, EventInput, TimelineEra, TimelineEvent, TimePoint } from "../types.js";
import { parseDate } from "./dates.js";
import { describeValue } from "./describe.js";
import { type DataIssue, TimelineDataError } from "./errors.js";
import { generateId } from "./ids.js";
import { safeLink } from "./links.js";

/**
 * Validates and normalizes events. Every problem in the whole input is collected and thrown as
 * one TimelineDataError, so nothing is dropped silently and the user sees all mistakes at once.
 */
export function parseEvents(inputs: unknown): TimelineEvent[] {
  const issues: DataIssue[] = [];
  const events = collectEvents(inputs, "events", issues);
  if (issues.length > 0) throw new TimelineDataError(issues);
  return events;
}

/** Validates eras the same way as events. */
export function parseEras(inputs: unknown): TimelineEra[] {
  const issues: DataIssue[] = [];
  const eras = collectEras(inputs, "eras", issues);
  if (issues.length > 0) throw new TimelineDataError(issues);
  return eras;
}

/** Events and eras together, so one error lists the problems of both. */
export function parseTimelineData(
  events: unknown,
  eras: unknown,
): { events: TimelineEvent[]; eras: TimelineEra[] } {
  const issues: DataIssue[] = [];
  const result = {
    events: collectEvents(events, "events", issues),
    eras: collectEras(eras ?? [], "eras", issues),
  };
  if (issues.length > 0) throw new TimelineDataError(issues);
  return result;
}

function collectEvents(inputs: unknown, path: string, issues: DataIssue[]): TimelineEvent[] {
  if (!Array.isArray(inputs)) {
    issues.push({ path, message: `must be an array of events, got ${describeValue(inputs)}` });
    return [];
  }
  const events: TimelineEvent[] = [];
  const seenIds = new Map<string, number>();
  inputs.forEach((input: unknown, index) => {
    const at = `${path}[${index}]`;
    const event = normalizeEvent(input, index, at, issues);
    if (!event) return;
    const first = seenIds.get(event.id);
    if (first !== undefined && typeof (input as EventInput).id === "string") {
      issues.push({ path: `${at}.id`, message: `"${event.id}" is already the id of ${path}[${first}]` });
      return;
    }
    // Two events with the same date and title get generated ids "…", "…-2", "…-3".
    const base = event.id;
    for (let n = 2; seenIds.has(event.id); n++) event.id = `${base}-${n}`;
    seenIds.set(event.id, index);
    events.push(event);
  });
  return events;
}

function normalizeEvent(
  input: unknown,
  index: number,
  at: string,
  issues: DataIssue[],
): TimelineEvent | undefined {
  if (typeof input !== "object" || input === null || Array.isArray(input)) {
    issues.push({
      path: at,
      message: `must be an object with a title and a date, got ${describeValue(input)}`,
    });
    return undefined;
  }
  const raw = input as Partial<Record<keyof EventInput, unknown>>;
  const before = issues.length;

  const title = requireText(raw.title, `${at}.title`, issues);
  const text = optionalText(raw.text, `${at}.text`, issues);
  const group = optionalText(raw.group, `${at}.group`, issues);
  const category = optionalText(raw.category, `${at}.category`, issues);
  const importance = optionalNumber(raw.importance, `${at}.importance`, issues) ?? 0;
  const link = optionalLink(raw.link, `${at}.link`, issues);
  const explicitId = optionalText(raw.id, `${at}.id`, issues);
  const displayDate = optionalText(raw.displayDate, `${at}.displayDate`, issues);

  let start: TimePoint | undefined;
  let end: TimePoint | undefined;
  const hasDate = raw.date !== undefined;
  if (hasDate && (raw.start !== undefined || raw.end !== undefined)) {
    issues.push({ path: `${at}.date`, message: "give either date, or start and end, not both" });
  } else if (hasDate) {
    start = end = datePoint(raw.date, `${at}.date`, issues);
  } else if (raw.start === undefined && raw.end === undefined) {
    issues.push({ path: `${at}.date`, message: "is missing; give date, or start and end" });
  } else {
    start = datePoint(raw.start, `${at}.start`, issues);
    // A span given only a start is an honest point event, not an error.
    end = raw.end === undefined ? start : datePoint(raw.end, `${at}.end`, issues);
    if (start && end && end.until <= start.time) {
      issues.push({
        path: `${at}.end`,
        message: `${describeValue(raw.end)} is before the start ${describeValue(raw.start)}`,
      });
    }
  }

  if (issues.length > before || !start || !end || title === undefined) return undefined;
  return {
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
    ...(displayDate === undefined ? {} : { displayDate }),
  };
}

function collectEras(inputs: unknown, path: string, issues: DataIssue[]): TimelineEra[] {
  if (!Array.isArray(inputs)) {
    issues.push({ path, message: `must be an array of eras, got ${describeValue(inputs)}` });
    return [];
  }
  const eras: TimelineEra[] = [];
  inputs.forEach((input: unknown, index) => {
    const at = `${path}[${index}]`;
    if (typeof input !== "object" || input === null) {
      issues.push({
        path: at,
        message: `must be an object with start, end and title, got ${describeValue(input)}`,
      });
      return;
    }
    const raw = input as Partial<Record<keyof EraInput, unknown>>;
    const before = issues.length;
    const title = requireText(raw.title, `${at}.title`, issues);
    const start = datePoint(raw.start, `${at}.start`, issues);
    const end = datePoint(raw.end, `${at}.end`, issues);
    const color = optionalColor(raw.color, `${at}.color`, issues);
    if (start && end && end.until <= start.time) {
      issues.push({
        path: `${at}.end`,
        message: `${describeValue(raw.end)} is before the start ${describeValue(raw.start)}`,
      });
    }
    if (issues.length > before || !start || !end || title === undefined) return;
    eras.push({ index, start, end, title, color });
  });
  return eras;
}

function datePoint(value: unknown, path: string, issues: DataIssue[]): TimePoint | undefined {
  const result = parseDate(value as DateInput | undefined);
  if (result.ok) return result.point;
  issues.push({ path, message: result.message });
  return undefined;
}

function requireText(value: unknown, path: string, issues: DataIssue[]): string | undefined {
  if (typeof value !== "string") {
    issues.push({
      path,
      message: value === undefined ? "is missing" : `must be text, got ${describeValue(value)}`,
    });
    return undefined;
  }
  if (value.trim() === "") {
    issues.push({ path, message: "is empty" });
    return undefined;
  }
  return value.trim();
}

function optionalText(value: unknown, path: string, issues: DataIssue[]): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "string") {
    issues.push({ path, message: `must be text, got ${describeValue(value)}` });
    return undefined;
  }
  return value.trim() === "" ? undefined : value.trim();
}

function optionalNumber(value: unknown, path: string, issues: DataIssue[]): number | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "number" || !Number.isFinite(value)) {
    issues.push({ path, message: `must be a finite number, got ${describeValue(value)}` });
    return undefined;
  }
  return value;
}

function optionalLink(value: unknown, path: string, issues: DataIssue[]): string | undefined {
  const text = optionalText(value, path, issues);
  if (text === undefined) return undefined;
  const link = safeLink(text);
  if (link === undefined) {
    issues.push({
      path,
      message: `${describeValue(text)} is not allowed; use an http(s), mailto or relative URL`,
    });
  }
  return link;
}

// Colours end up in style attributes, so only plain colour syntax is accepted.
const COLOR = /^(#[0-9a-fA-F]{3,8}|[a-zA-Z]+|(rgb|rgba|hsl|hsla)\([\d\s.,%/-]+\))$/;

function optionalColor(value: unknown, path: string, issues: DataIssue[]): string | undefined {
  const text = optionalText(value, path, issues);
  if (text === undefined) return undefined;
  if (!COLOR.test(text)) {
    issues.push({
      path,
      message: `${describeValue(text)} is not a colour; use a name, #hex, rgb() or hsl()`,
    });
    return undefined;
  }
  return text;
}
