/**
 * Property-based fuzzing of everything that reads user data: parseDate, parseEvents, fromCSV and
 * fromTimelineJS. Any input either parses or throws a TimelineDataError naming where the problem
 * is: never another exception, never an event silently lost. Whatever parses, layout keeps its
 * promises for it, deep time and milliseconds included.
 *
 * On failure fast-check prints the seed and the path of the smallest failing input it found.
 * Replay it with: CHRONOLINE_SEED=<seed> CHRONOLINE_PATH=<path> npx vitest run test/unit/parse-fuzz.test.ts
 * Search deeper with CHRONOLINE_RUNS=10 (ten times the runs).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildModel, parseData } from "../../src/api/prepare.js";
import { fromCSV } from "../../src/data/csv.js";
import { parseDate } from "../../src/data/dates.js";
import { TimelineDataError } from "../../src/data/errors.js";
import { safeLink } from "../../src/data/links.js";
import { parseEvents, parseTimelineData } from "../../src/data/normalize.js";
import { fromTimelineJS } from "../../src/data/timelinejs.js";
import { measureWithTable } from "../../src/layout/measure.js";
import type { DateInput, EventInput, SkippedInput, TimelineEvent } from "../../src/types.js";
import { MARKUP, UNSAFE_LINKS } from "../browser/hostile-payloads.js";
import { leaderProblems, lostEventProblems, overlapProblems } from "./layout-promises.js";

const scale = Number(process.env.CHRONOLINE_RUNS ?? 1);
const replay = process.env.CHRONOLINE_SEED
  ? { seed: Number(process.env.CHRONOLINE_SEED), path: process.env.CHRONOLINE_PATH }
  : {};
const runs = (n: number) => ({ numRuns: Math.round(n * scale), ...replay });

// ---------------------------------------------------------------------------------------------
// Inputs: mostly near-misses of good data, where parsers break, and some anything-at-all.

const isoDate = fc
  .tuple(
    fc.oneof(fc.integer({ min: -9999, max: 9999 }), fc.integer({ min: -2e11, max: 2e11 })),
    fc.integer({ min: 0, max: 13 }),
    fc.integer({ min: 0, max: 32 }),
    fc.option(fc.tuple(fc.integer({ min: 0, max: 25 }), fc.integer({ min: 0, max: 61 })), { nil: undefined }),
    fc.integer({ min: 1, max: 4 }),
  )
  .map(([y, m, d, time, parts]) => {
    const year = `${y < 0 ? "-" : ""}${String(Math.abs(y)).padStart(4, "0")}`;
    const pad = (n: number) => String(n).padStart(2, "0");
    return [
      year,
      `${year}-${pad(m)}`,
      `${year}-${pad(m)}-${pad(d)}`,
      `${year}-${pad(m)}-${pad(d)}T${pad(time?.[0] ?? 0)}:${pad(time?.[1] ?? 0)}`,
    ][parts - 1]!;
  });

const dateLike: fc.Arbitrary<unknown> = fc.oneof(
  isoDate,
  fc.constantFrom(
    "March 1993",
    "1993-13",
    "2023-02-30",
    "",
    "   ",
    "-13800000000",
    "+275000",
    "2024-05-23T10:00:30.125Z",
  ),
  fc.string(),
  fc.integer({ min: -20_000_000_000, max: 300_000 }),
  fc.double(),
  fc.constantFrom(1e20, -1e20, Number.NaN, Number.POSITIVE_INFINITY),
  fc.record(
    {
      year: fc.oneof(fc.integer({ min: -2e10, max: 3e5 }), fc.double()),
      month: fc.integer({ min: -1, max: 14 }),
      day: fc.integer({ min: -1, max: 33 }),
    },
    { requiredKeys: ["year"] },
  ),
  fc.date(),
  fc.constant(null),
  fc.anything(),
);

const textLike: fc.Arbitrary<unknown> = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.constantFrom(...MARKUP, "", "   ", "\u0000\u0001", "שלום עולם", "e\u0301"),
  fc.constant(null),
  fc.anything(),
);

/** Dates that parse: calendar, BCE, deep time, milliseconds. */
const goodDate: fc.Arbitrary<DateInput> = fc.oneof(
  fc.integer({ min: -13_800_000_000, max: 275_000 }),
  fc.constantFrom(
    "-13800000000",
    "-66000000",
    "-0500",
    "0000",
    "2024-05-23T10:00:00.001Z",
    "2024-05-23T10:00:00.002Z",
  ),
  isoDate.filter((d) => parseDate(d).ok),
);

/** Events that parse, in every shape: points and spans, every optional field, odd text. */
const goodEvent: fc.Arbitrary<Record<string, unknown>> = fc
  .record(
    {
      id: fc.string({ minLength: 1, maxLength: 3 }),
      when: fc.oneof(
        goodDate.map((date) => ({ date })),
        fc.tuple(goodDate, goodDate).map(([a, b]) => {
          const [ta, tb] = [a, b].map((d) => (parseDate(d) as { point: { time: number } }).point.time);
          return ta! <= tb! ? { start: a, end: b } : { start: b, end: a };
        }),
      ),
      title: fc.oneof(
        fc.string({ unit: "grapheme", minLength: 1, maxLength: 30 }),
        fc.constantFrom(...MARKUP),
      ),
      text: fc.string({ unit: "binary", maxLength: 30 }),
      group: fc.constantFrom("A", "B", MARKUP[0]!),
      category: fc.constantFrom("x", "y"),
      importance: fc.integer({ min: -3, max: 3 }),
      link: fc.oneof(fc.webUrl(), fc.constantFrom("/a", "#b", "mailto:a@example.org")),
      displayDate: fc.string({ maxLength: 10 }),
      data: fc.anything(),
    },
    { requiredKeys: ["when", "title"] },
  )
  // A title of control characters alone is empty once they are removed.
  // eslint-disable-next-line no-control-regex
  .filter((e) => typeof e.title === "string" && /\S/.test(e.title.replace(/[\u0000-\u001F\u007F]/g, "")))
  .map(({ when, ...rest }) => ({ ...rest, ...when }));

const FIELDS = [
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
];

/** A good event with one or two fields replaced by something wrong, or missing. */
const nearMiss: fc.Arbitrary<unknown> = fc
  .tuple(
    goodEvent,
    fc.array(
      fc.tuple(
        fc.constantFrom(...FIELDS),
        fc.oneof(dateLike, textLike, fc.constantFrom(...UNSAFE_LINKS), fc.constant(undefined)),
      ),
      {
        minLength: 1,
        maxLength: 2,
      },
    ),
  )
  .map(([event, changes]) => ({ ...event, ...Object.fromEntries(changes) }));

const eventLike: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: goodEvent },
  { weight: 3, arbitrary: nearMiss },
  { weight: 1, arbitrary: fc.anything() },
);

const eventsLike: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 5, arbitrary: fc.array(eventLike, { maxLength: 12 }) },
  { weight: 1, arbitrary: fc.anything() },
);

/** Runs `parse`; returns its result, or undefined when it threw a TimelineDataError with paths. */
function parsedOrRefused<T>(parse: () => T, pathPattern: RegExp): T | undefined {
  try {
    return parse();
  } catch (error) {
    if (!(error instanceof TimelineDataError)) throw error;
    expect(error.issues.length).toBeGreaterThan(0);
    for (const issue of error.issues) {
      expect(issue.path).toMatch(pathPattern);
      expect(issue.message.length).toBeGreaterThan(2);
    }
    return undefined;
  }
}

/** What every parsed event promises, whatever it was made from. */
function checkEvent(event: TimelineEvent): void {
  expect(Number.isFinite(event.start.time)).toBe(true);
  expect(event.start.until).toBeGreaterThan(event.start.time);
  expect(event.end.until).toBeGreaterThan(event.start.time);
  expect(event.kind === "point").toBe(event.start === event.end);
  expect(event.title.trim()).toBe(event.title);
  expect(event.title).not.toBe("");
  // eslint-disable-next-line no-control-regex
  expect(event.title).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/);
  if (event.link !== undefined) expect(safeLink(event.link)).toBe(event.link);
}

// ---------------------------------------------------------------------------------------------

describe("parsers never fail in any way but a TimelineDataError", () => {
  it("parseDate never throws, and what it accepts is a finite period", () => {
    fc.assert(
      fc.property(dateLike, (value) => {
        const result = parseDate(value as DateInput);
        if (result.ok) {
          expect(Number.isFinite(result.point.time)).toBe(true);
          expect(result.point.until).toBeGreaterThan(result.point.time);
        } else expect(typeof result.message).toBe("string");
      }),
      runs(5000),
    );
  }, 60_000);

  it("parseEvents: every input parses whole, or is refused with paths under events", () => {
    fc.assert(
      fc.property(eventsLike, (inputs) => {
        const events = parsedOrRefused(() => parseEvents(inputs), /^events(\[\d+\](\.\w+)?)?$/);
        if (!events) return;
        expect(Array.isArray(inputs)).toBe(true);
        expect(events).toHaveLength((inputs as unknown[]).length); // nothing silently dropped
        events.forEach(checkEvent);
        expect(new Set(events.map((e) => e.id)).size).toBe(events.length);
      }),
      runs(2000),
    );
  }, 60_000);

  it("parseEvents with onInvalid: every event is either kept or reported, never both, never neither", () => {
    fc.assert(
      fc.property(fc.array(eventLike, { maxLength: 12 }), (inputs) => {
        const skipped: SkippedInput[] = [];
        const events = parseEvents(inputs, { onInvalid: (s) => skipped.push(s) });
        expect(events.length + skipped.length).toBe(inputs.length);
        const kept = new Set(events.map((e) => e.index));
        for (const s of skipped) {
          const index = Number(/^events\[(\d+)\]$/.exec(s.path)![1]);
          expect(kept.has(index)).toBe(false);
          expect(s.input).toBe(inputs[index]);
          expect(s.issues.every((i) => i.path.startsWith(s.path))).toBe(true);
        }
        events.forEach(checkEvent);
      }),
      runs(2000),
    );
  }, 60_000);

  it("fromCSV: any text, and any table under chronoline's headers, imports or is refused by row", () => {
    const cell = fc.oneof(
      fc.string({ maxLength: 12 }),
      isoDate,
      fc.constantFrom(...MARKUP, '"', '""', "\n", ","),
    );
    const table = fc
      .tuple(
        fc.shuffledSubarray(
          ["date", "start", "end", "title", "text", "group", "link", "importance", "Year", "Month", "Type"],
          {
            minLength: 1,
          },
        ),
        fc.array(fc.array(cell, { minLength: 11, maxLength: 11 }), { maxLength: 8 }),
      )
      .map(([header, rows]) =>
        [header, ...rows.map((row) => row.slice(0, header.length))]
          .map((row) => row.map((c) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(","))
          .join("\n"),
      );
    fc.assert(
      fc.property(fc.oneof(fc.string(), table), (text) => {
        const imported = parsedOrRefused(() => fromCSV(text), /^row \d+/);
        // What an importer returns, the timeline accepts.
        if (imported) parseTimelineData(imported.events, imported.eras);
      }),
      runs(2000),
    );
  }, 60_000);

  it("fromTimelineJS: any document imports or is refused by its JSON path", () => {
    const slideDate = fc.record(
      {
        year: fc.oneof(fc.string({ maxLength: 6 }), fc.integer({ min: -2e10, max: 3e5 }), fc.anything()),
        month: fc.anything(),
        day: fc.anything(),
        hour: fc.anything(),
      },
      { requiredKeys: [] },
    );
    const slide = fc.record(
      {
        start_date: slideDate,
        end_date: slideDate,
        text: fc.oneof(
          fc.record({ headline: textLike, text: textLike }, { requiredKeys: [] }),
          fc.anything(),
        ),
        group: textLike,
        display_date: textLike,
        unique_id: fc.anything(),
      },
      { requiredKeys: [] },
    );
    const document = fc.oneof(
      {
        weight: 4,
        arbitrary: fc.record(
          {
            events: fc.array(slide, { maxLength: 8 }),
            eras: fc.array(slide, { maxLength: 3 }),
            title: slide,
          },
          { requiredKeys: ["events"] },
        ),
      },
      { weight: 1, arbitrary: fc.anything() },
      { weight: 1, arbitrary: fc.string() },
    );
    fc.assert(
      fc.property(document, (doc) => {
        const imported = parsedOrRefused(() => fromTimelineJS(doc), /^(events|eras|title|\(document\))/);
        if (imported) parseTimelineData(imported.events, imported.eras);
      }),
      runs(2000),
    );
  }, 60_000);
});

describe("whatever parses, layout keeps its promises", () => {
  it("no overlapping labels, every label on its leader, no event lost, at any width and orientation", () => {
    fc.assert(
      fc.property(
        fc.array(goodEvent, { maxLength: 30 }),
        fc.integer({ min: 320, max: 1600 }),
        fc.constantFrom("horizontal" as const, "vertical" as const),
        (inputs, width, orientation) => {
          const options = {
            events: inputs as unknown as EventInput[],
            orientation,
            onInvalid: () => undefined,
          };
          const data = parseData(options);
          const layout = buildModel(data, options, width, measureWithTable, undefined, null).layout;
          const problems = [
            ...overlapProblems(layout),
            ...leaderProblems(layout),
            ...lostEventProblems(
              layout,
              data.events.map((e) => e.id),
            ),
          ];
          expect(problems).toEqual([]);
        },
      ),
      runs(300),
    );
  }, 120_000);
});
