import type { ImportedTimeline } from "../types.js";
import { fromCSV } from "./csv.js";
import { describeValue } from "./describe.js";
import { TimelineDataError } from "./errors.js";
import { fromTimelineJS, isTimelineJS } from "./timelinejs.js";

/** The file formats chronoline reads. */
export type FileFormat = "csv" | "json" | "timelinejs";

/**
 * Reads a file's text in any format chronoline knows: CSV, chronoline JSON (an array of events,
 * or an object with `events`, and `eras`, `title`, `description`) or a TimelineJS document.
 * Without `format`, the name's extension and then the text itself decide. `source` is how errors
 * about the JSON as a whole name where it came from ("inline JSON of <chrono-line>").
 */
export function importTimeline(
  text: string,
  options: { format?: FileFormat; name?: string; source?: string } = {},
): ImportedTimeline {
  const { source = "(file)" } = options;
  const format = options.format ?? detectFormat(text, options.name);
  if (format === "csv") return fromCSV(text);
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    throw new TimelineDataError([
      { path: source, message: `is not valid JSON: ${(error as Error).message}` },
    ]);
  }
  if (format === "timelinejs" || (options.format === undefined && isTimelineJS(json)))
    return fromTimelineJS(json);
  return fromChronolineJSON(json, source);
}

/** CSV by extension (.csv, .tsv is not read) or by text that does not start like JSON. */
export function detectFormat(text: string, name = ""): FileFormat {
  if (/\.csv$/i.test(name.split(/[?#]/)[0]!)) return "csv";
  if (/\.json$/i.test(name.split(/[?#]/)[0]!)) return "json";
  return /^\s*[[{]/.test(text.replace(/^\uFEFF/, "")) ? "json" : "csv";
}

function fromChronolineJSON(json: unknown, source: string): ImportedTimeline {
  if (Array.isArray(json)) return { events: json as ImportedTimeline["events"], eras: [] };
  if (typeof json === "object" && json !== null && "events" in json) {
    const doc = json as Partial<ImportedTimeline>;
    const result: ImportedTimeline = { events: doc.events ?? [], eras: doc.eras ?? [] };
    if (typeof doc.title === "string") result.title = doc.title;
    if (typeof doc.description === "string") result.description = doc.description;
    return result;
  }
  throw new TimelineDataError([
    {
      path: source,
      message: `must be an array of events, an object with "events", or a TimelineJS document; got ${describeValue(json)}`,
    },
  ]);
}
