import type { EraInput, EventInput, ImportedTimeline } from "../types.js";
import { describeValue } from "./describe.js";
import { type DataIssue, TimelineDataError } from "./errors.js";
import { htmlToText } from "./html-text.js";
import { safeLink } from "./links.js";
import { parseTimelineData } from "./normalize.js";

/**
 * Converts a TimelineJS3 document (https://timeline.knightlab.com/docs/json-format.html) into
 * chronoline's events and eras. Its slides hold HTML; here it becomes plain text, because
 * chronoline never shows user text as markup.
 */

/** Options of `fromTimelineJS`. */
export interface TimelineJSOptions {
  /**
   * Your HTML sanitizer (DOMPurify's `sanitize`, for one), for pages that want the slides' rich
   * text: each event's `data.html` holds its text run through it. `text` stays plain either way.
   * @defaultValue none: no HTML is kept
   */
  sanitizeHTML?: (html: string) => string;
}

/** What each event's `data` holds after `fromTimelineJS`. */
export interface TimelineJSEventData {
  /** The slide as the document had it: media, background, unique_id and all. */
  slide: unknown;
  /** The slide's text through `sanitizeHTML`, when one was given. */
  html?: string;
}

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** True when `json` looks like a TimelineJS document: events that have a `start_date`. */
export function isTimelineJS(json: unknown): boolean {
  return (
    isObject(json) &&
    Array.isArray(json.events) &&
    json.events.some((slide) => isObject(slide) && "start_date" in slide)
  );
}

/**
 * Reads a TimelineJS3 document (an object, or its JSON text): `start_date`/`end_date` objects
 * (BCE years as negative numbers, times of day too), `text.headline` and `text.text`, `group`,
 * `display_date`, `unique_id`, `eras` and the title slide. HTML becomes plain text: tags dropped,
 * entities decoded, and a link in the text kept as the event's `link` only when its scheme is safe.
 * Throws one TimelineDataError naming each bad field by its JSON path (`events[2].start_date.month`).
 */
export function fromTimelineJS(json: unknown, options: TimelineJSOptions = {}): ImportedTimeline {
  const doc = typeof json === "string" ? parseJSON(json) : json;
  const issues: DataIssue[] = [];
  if (!isObject(doc) || !Array.isArray(doc.events)) {
    throw new TimelineDataError([
      {
        path: "events",
        message: `must be an array of slides, as in a TimelineJS document; got ${describeValue(isObject(doc) ? doc.events : doc)}`,
      },
    ]);
  }
  const result: ImportedTimeline = { events: [], eras: [] };
  if (isObject(doc.title)) {
    const { headline, text } = slideText(doc.title, "title", issues);
    if (headline) result.title = headline;
    if (text) result.description = text;
  }
  // Where each converted event and era came from, to name the slide in errors.
  const sources = { events: [] as number[], eras: [] as number[] };
  doc.events.forEach((slide: unknown, i) => {
    const event = toEvent(slide, `events[${i}]`, issues, options);
    if (!event) return;
    result.events.push(event);
    sources.events.push(i);
  });
  const eras: unknown = doc.eras ?? [];
  if (!Array.isArray(eras))
    issues.push({ path: "eras", message: `must be an array, got ${describeValue(eras)}` });
  else
    eras.forEach((era: unknown, i) => {
      const converted = toEra(era, `eras[${i}]`, issues);
      if (!converted) return;
      result.eras.push(converted);
      sources.eras.push(i);
    });
  try {
    parseTimelineData(result.events, result.eras);
  } catch (error) {
    if (!(error instanceof TimelineDataError)) throw error;
    issues.push(...error.issues.map((issue) => toDocumentPath(issue, sources)));
  }
  if (issues.length) {
    issues.sort((a, b) => order(a.path) - order(b.path));
    throw new TimelineDataError(issues);
  }
  return result;
}

function parseJSON(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new TimelineDataError([
      { path: "(document)", message: `is not JSON: ${(error as Error).message}` },
    ]);
  }
}

/** A slide's headline and text as plain text, and the hrefs found in them. */
function slideText(
  slide: Json,
  at: string,
  issues: DataIssue[],
): { headline: string; text: string; hrefs: string[] } {
  const text = slide.text ?? {};
  if (!isObject(text)) {
    issues.push({
      path: `${at}.text`,
      message: `must be an object with headline and text, got ${describeValue(text)}`,
    });
    return { headline: "", text: "", hrefs: [] };
  }
  const read = (key: "headline" | "text") => {
    const value = text[key];
    if (value === undefined || value === null) return { text: "", hrefs: [] };
    if (typeof value !== "string") {
      issues.push({ path: `${at}.text.${key}`, message: `must be text, got ${describeValue(value)}` });
      return { text: "", hrefs: [] };
    }
    return htmlToText(value);
  };
  const headline = read("headline");
  const body = read("text");
  return {
    headline: headline.text.replace(/\n/g, " "),
    text: body.text,
    hrefs: [...headline.hrefs, ...body.hrefs],
  };
}

function toEvent(
  slide: unknown,
  at: string,
  issues: DataIssue[],
  options: TimelineJSOptions,
): EventInput | undefined {
  if (!isObject(slide)) {
    issues.push({ path: at, message: `must be a slide object, got ${describeValue(slide)}` });
    return undefined;
  }
  const before = issues.length;
  const { headline, text, hrefs } = slideText(slide, at, issues);
  const start = toISODate(slide.start_date, `${at}.start_date`, issues);
  const end = slide.end_date === undefined ? undefined : toISODate(slide.end_date, `${at}.end_date`, issues);
  // A media-only slide has no headline; its text's first line names it, else it cannot be shown.
  const title = headline || text.split("\n")[0]?.slice(0, 80) || "";
  if (!title)
    issues.push({
      path: `${at}.text.headline`,
      message: "is missing; each event needs a headline (or text)",
    });
  if (issues.length > before || start === undefined) return undefined;

  const event: EventInput = { title, data: slideData(slide, options) };
  if (end === undefined) event.date = start;
  else [event.start, event.end] = [start, end];
  if (text && text !== title) event.text = text;
  const link = hrefs.map(safeLink).find((href) => href !== undefined);
  if (link) event.link = link;
  const group = optionalString(slide.group, `${at}.group`, issues);
  if (group) event.group = group;
  const id = optionalString(slide.unique_id, `${at}.unique_id`, issues);
  if (id) event.id = id;
  const displayDate = displayDateOf(slide);
  if (displayDate) event.displayDate = displayDate;
  return event;
}

function slideData(slide: Json, options: TimelineJSOptions): TimelineJSEventData {
  const data: TimelineJSEventData = { slide };
  const text = isObject(slide.text) ? slide.text.text : undefined;
  if (options.sanitizeHTML && typeof text === "string") data.html = options.sanitizeHTML(text);
  return data;
}

/** The slide's own display_date, else those of its start and end dates. */
function displayDateOf(slide: Json): string | undefined {
  const own = typeof slide.display_date === "string" ? htmlToText(slide.display_date).text : "";
  if (own) return own;
  const part = (date: unknown) =>
    isObject(date) && typeof date.display_date === "string" ? htmlToText(date.display_date).text : "";
  const [from, to] = [part(slide.start_date), part(slide.end_date)];
  if (from && to) return from === to ? from : `${from} – ${to}`;
  return from || undefined;
}

function toEra(era: unknown, at: string, issues: DataIssue[]): EraInput | undefined {
  if (!isObject(era)) {
    issues.push({ path: at, message: `must be an era object, got ${describeValue(era)}` });
    return undefined;
  }
  const before = issues.length;
  const { headline } = slideText(era, at, issues);
  const start = toISODate(era.start_date, `${at}.start_date`, issues);
  const end = toISODate(era.end_date, `${at}.end_date`, issues);
  if (!headline) issues.push({ path: `${at}.text.headline`, message: "is missing; an era needs a name" });
  if (issues.length > before || start === undefined || end === undefined) return undefined;
  return { title: headline, start, end };
}

const PARTS = ["year", "month", "day", "hour", "minute", "second", "millisecond"] as const;

/**
 * A TimelineJS date object as ISO 8601 at its precision. TimelineJS writes 500 BCE as year -500;
 * ISO 8601 numbers years astronomically, so that is -0499.
 */
function toISODate(value: unknown, at: string, issues: DataIssue[]): string | undefined {
  if (!isObject(value)) {
    issues.push({
      path: at,
      message:
        value === undefined ? "is missing" : `must be a date object with a year, got ${describeValue(value)}`,
    });
    return undefined;
  }
  const numbers: Partial<Record<(typeof PARTS)[number], number>> = {};
  for (const part of PARTS) {
    const raw = value[part];
    if (raw === undefined || raw === null || raw === "") continue;
    const n = typeof raw === "number" ? raw : typeof raw === "string" ? Number(raw.trim()) : NaN;
    if (!Number.isInteger(n)) {
      issues.push({ path: `${at}.${part}`, message: `${describeValue(raw)} is not a whole number` });
      return undefined;
    }
    numbers[part] = n;
  }
  const { year, month, day, hour, minute, second, millisecond } = numbers;
  if (year === undefined) {
    issues.push({ path: `${at}.year`, message: "is missing" });
    return undefined;
  }
  const astronomical = year < 0 ? year + 1 : year;
  let iso = `${astronomical < 0 ? "-" : ""}${String(Math.abs(astronomical)).padStart(4, "0")}`;
  if (month === undefined) return iso;
  iso += `-${pad(month)}`;
  if (day === undefined) return iso;
  iso += `-${pad(day)}`;
  if (hour === undefined) return iso;
  iso += `T${pad(hour)}:${pad(minute ?? 0)}`;
  if (second === undefined) return iso;
  iso += `:${pad(second)}`;
  return millisecond === undefined ? iso : `${iso}.${String(millisecond).padStart(3, "0")}`;
}

const pad = (n: number) => String(n).padStart(2, "0");

function optionalString(value: unknown, at: string, issues: DataIssue[]): string | undefined {
  if (value === undefined || value === null || value === "") return undefined;
  if (typeof value === "string") return value.trim() || undefined;
  if (typeof value === "number") return String(value);
  issues.push({ path: at, message: `must be text, got ${describeValue(value)}` });
  return undefined;
}

/** Sorts issues by where they are in the document: title, events in order, then eras. */
function order(path: string): number {
  const match = /^(events|eras)\[(\d+)\]/.exec(path);
  if (!match) return -1;
  return (match[1] === "eras" ? 1e9 : 0) + Number(match[2]);
}

/** Validation speaks of chronoline's fields; a TimelineJS author knows the document's. */
function toDocumentPath(issue: DataIssue, sources: { events: number[]; eras: number[] }): DataIssue {
  const path = issue.path
    .replace(
      /^(events|eras)\[(\d+)\]/,
      (_, list: "events" | "eras", k: string) => `${list}[${sources[list][Number(k)] ?? k}]`,
    )
    .replace(/^(events\[\d+\])\.(date|start)\b/, "$1.start_date")
    .replace(/^(events\[\d+\]|eras\[\d+\])\.end\b/, "$1.end_date")
    .replace(/^(eras\[\d+\])\.start\b/, "$1.start_date")
    .replace(/^(events\[\d+\]|eras\[\d+\])\.title\b/, "$1.text.headline")
    .replace(/^(events\[\d+\])\.id\b/, "$1.unique_id");
  // A date's message names its bad part ("month 13 does not exist"): point at that field.
  const part = /^(year|month|day)\b/.exec(issue.message)?.[1];
  return { path: part && /_date$/.test(path) ? `${path}.${part}` : path, message: issue.message };
}
