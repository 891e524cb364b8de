import { dsvFormat } from "d3-dsv";
import type { EraInput, EventInput, ImportedTimeline } from "../types.js";
import { type DataIssue, TimelineDataError } from "./errors.js";
import { parseTimelineData } from "./normalize.js";

/**
 * Reads a spreadsheet exported as CSV. A header row names the columns; common names and the
 * columns of TimelineJS's Google Sheets template are understood. Every bad row is reported at
 * once, by its row number as a spreadsheet shows it (the header is row 1) and its column.
 */

/** The fields a column can fill, with the header names that mean it (compared loosely). */
const ALIASES = {
  id: ["id", "unique id", "uid"],
  date: ["date", "when", "day date"],
  start: ["start", "start date", "from", "begin", "begins"],
  end: ["end", "end date", "to", "until", "ends"],
  title: ["title", "headline", "name", "event", "label", "heading"],
  text: ["text", "description", "body", "details", "notes", "summary"],
  group: ["group", "lane", "swimlane", "track"],
  category: ["category", "tag", "kind", "class"],
  importance: ["importance", "priority", "weight"],
  link: ["link", "url", "href", "source url"],
  displayDate: ["display date"],
  // TimelineJS's sheet template: the date in parts, and a Type of "title" or "era".
  year: ["year", "start year"],
  month: ["month", "start month"],
  day: ["day", "start day"],
  time: ["time", "start time"],
  endYear: ["end year"],
  endMonth: ["end month"],
  endDay: ["end day"],
  endTime: ["end time"],
  type: ["type", "row type"],
} as const;

type Field = keyof typeof ALIASES;

/** "Start Date", "start_date" and "startDate" all read "start date". */
function looseName(header: string): string {
  return header
    .replace(/^\uFEFF/, "")
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .replace(/[\s_-]+/g, " ")
    .trim()
    .toLowerCase();
}

const FIELD_OF = new Map<string, Field>(
  (Object.entries(ALIASES) as [Field, readonly string[]][]).flatMap(([field, names]) =>
    names.map((name) => [name, field] as [string, Field]),
  ),
);

/** Options of `fromCSV`. */
export interface CSVOptions {
  /**
   * The character between fields: `","`, or `"\t"` for TSV, `";"` for some spreadsheets.
   * @defaultValue `";"` or `"\t"` when the header has one before any comma, else `","`
   */
  delimiter?: string;
}

/** One data row, with the fields it filled and the column each came from. */
interface Row {
  number: number;
  values: Partial<Record<Field, string>>;
  columnOf: Partial<Record<Field, string>>;
  raw: Record<string, string>;
}

/**
 * Reads CSV text into events and eras for `createTimeline`, `renderSVG` or the command line.
 * Columns: date, or start and end; title; and optionally text, group, category, importance, link,
 * id and display date. Aliases such as "Start Date" and "Headline" work, and so does TimelineJS's
 * sheet template (Year, Month, Day, …, Type). Each event's `data` is its whole row.
 * Throws one TimelineDataError listing every bad row as `row 3, column "Start Date": …`.
 */
export function fromCSV(text: string, options: CSVOptions = {}): ImportedTimeline {
  // Without a delimiter, a header with no comma before its first semicolon or tab names the
  // delimiter: Excel saves CSV with semicolons where the decimal mark is a comma (ru, kk, de…).
  const delimiter = options.delimiter ?? /^[^,\n]*?([;\t])/.exec(text)?.[1] ?? ",";
  const rows = dsvFormat(delimiter).parseRows(text.replace(/^\uFEFF/, ""));
  const [header = [], ...body] = rows;
  const issues: DataIssue[] = [];
  const columns = header.map((name) => ({ name: name.trim(), field: FIELD_OF.get(looseName(name)) }));
  checkHeader(columns, issues);
  if (issues.length) throw new TimelineDataError(issues);

  const result: ImportedTimeline = { events: [], eras: [] };
  const eventRows: Row[] = [];
  const eraRows: Row[] = [];
  body.forEach((cells, i) => {
    if (cells.every((cell) => cell.trim() === "")) return; // a blank line holds nothing
    const row = readRow(cells, columns, i + 2);
    const type = looseName(row.values.type ?? "");
    if (type === "title") {
      if (row.values.title) result.title = row.values.title;
      if (row.values.text) result.description = row.values.text;
    } else if (type === "era") {
      eraRows.push(row);
      result.eras.push(toEra(row));
    } else {
      eventRows.push(row);
      result.events.push(toEvent(row, issues));
    }
  });
  try {
    parseTimelineData(result.events, result.eras);
  } catch (error) {
    if (!(error instanceof TimelineDataError)) throw error;
    for (const issue of error.issues) issues.push(locate(issue, eventRows, eraRows));
  }
  if (issues.length) {
    issues.sort((a, b) => rowNumber(a.path) - rowNumber(b.path));
    throw new TimelineDataError(issues);
  }
  return result;
}

function checkHeader(columns: { name: string; field: Field | undefined }[], issues: DataIssue[]): void {
  const has = (...fields: Field[]) => columns.some((c) => c.field && fields.includes(c.field));
  if (!has("title")) {
    issues.push({
      path: "row 1 (header)",
      message: `has no title column; name one ${quoteList(ALIASES.title)}`,
    });
  }
  if (!has("date", "start", "year")) {
    issues.push({
      path: "row 1 (header)",
      message: `has no date column; name one "date", or "start" and "end" (or ${quoteList(ALIASES.start.slice(1))})`,
    });
  }
  const seen = new Map<Field, string>();
  for (const { name, field } of columns) {
    if (!field) continue;
    const first = seen.get(field);
    if (first !== undefined) {
      issues.push({
        path: "row 1 (header)",
        message: `columns "${first}" and "${name}" both give the ${field}`,
      });
    }
    seen.set(field, name);
  }
}

function quoteList(names: readonly string[]): string {
  return names.map((n) => `"${n}"`).join(", ");
}

function readRow(
  cells: string[],
  columns: { name: string; field: Field | undefined }[],
  number: number,
): Row {
  const row: Row = { number, values: {}, columnOf: {}, raw: {} };
  columns.forEach(({ name, field }, i) => {
    const value = (cells[i] ?? "").trim();
    row.raw[name || `column ${i + 1}`] = value;
    if (!field) return;
    row.columnOf[field] = name;
    if (value !== "") row.values[field] = value;
  });
  return row;
}

/** A date written in parts (TimelineJS's Year, Month, Day, Time columns) as ISO 8601. */
function dateFromParts(year?: string, month?: string, day?: string, time?: string): string | undefined {
  if (year === undefined) return undefined;
  const n = Number(year);
  // TimelineJS writes 500 BCE as -500; astronomical numbering has -499 for it.
  const astronomical = Number.isInteger(n) && n < 0 ? n + 1 : n;
  let iso = Number.isInteger(n) ? isoYear(astronomical) : year;
  if (month !== undefined) iso += `-${month.padStart(2, "0")}`;
  if (month !== undefined && day !== undefined) iso += `-${day.padStart(2, "0")}`;
  if (month !== undefined && day !== undefined && time !== undefined) iso += `T${time.padStart(5, "0")}`;
  return iso;
}

function isoYear(year: number): string {
  const digits = String(Math.abs(year)).padStart(4, "0");
  return year < 0 ? `-${digits}` : digits;
}

function toEvent(row: Row, issues: DataIssue[]): EventInput {
  const v = row.values;
  const event: EventInput = { title: v.title ?? "", data: row.raw };
  const start = v.start ?? dateFromParts(v.year, v.month, v.day, v.time);
  const end = v.end ?? dateFromParts(v.endYear, v.endMonth, v.endDay, v.endTime);
  if (v.date !== undefined) event.date = v.date;
  if (start !== undefined) event.start = start;
  if (end !== undefined) event.end = end;
  if (v.title === undefined) delete (event as { title?: string }).title; // reported as missing
  if (v.id !== undefined) event.id = v.id;
  if (v.text !== undefined) event.text = v.text;
  if (v.group !== undefined) event.group = v.group;
  if (v.category !== undefined) event.category = v.category;
  if (v.link !== undefined) event.link = v.link;
  if (v.displayDate !== undefined) event.displayDate = v.displayDate;
  if (v.importance !== undefined) {
    const importance = Number(v.importance.replace(",", "."));
    if (Number.isFinite(importance)) event.importance = importance;
    else {
      issues.push({
        path: at(row, "importance"),
        message: `${JSON.stringify(v.importance)} is not a number`,
      });
    }
  }
  return event;
}

function toEra(row: Row): EraInput {
  const v = row.values;
  const start = v.start ?? v.date ?? dateFromParts(v.year, v.month, v.day, v.time);
  const end = v.end ?? dateFromParts(v.endYear, v.endMonth, v.endDay, v.endTime);
  // A missing date stays undefined, so that validation reports it as missing.
  return { title: v.title ?? "", start, end } as EraInput;
}

/** `row 3, column "Start Date"`: where a spreadsheet user finds the bad cell. */
function at(row: Row, field: Field): string {
  const column = row.columnOf[field] ?? ALIASES[field][0];
  return `row ${row.number}, column "${column}"`;
}

/** Turns `events[2].start` from validation into the row and column it came from. */
function locate(issue: DataIssue, eventRows: Row[], eraRows: Row[]): DataIssue {
  const match = /^(events|eras)\[(\d+)\](?:\.(\w+))?/.exec(issue.path);
  const row = match ? (match[1] === "events" ? eventRows : eraRows)[Number(match[2])] : undefined;
  if (!match || !row) return issue;
  const field = (match[3] ?? "title") as Field;
  const source = sourceField(row, field);
  return { path: at(row, source), message: issue.message };
}

/** The column that filled a field: a date written in parts comes from its Year column. */
function sourceField(row: Row, field: Field): Field {
  if (field in row.columnOf) return field;
  if (field === "start" || field === "date")
    return row.columnOf.start ? "start" : row.columnOf.date ? "date" : "year";
  if (field === "end") return row.columnOf.end ? "end" : "endYear";
  return field in ALIASES ? field : "title";
}

function rowNumber(path: string): number {
  return Number(/^row (\d+)/.exec(path)?.[1] ?? 0);
}
