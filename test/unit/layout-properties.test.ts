/**
 * Property-based tests of the promises that layout keeps (../shared/DESIGN.md), on random data
 * through the real pipeline: parseData, then buildModel with the width table.
 *
 * On failure fast-check prints the seed and the path of the smallest failing input it found.
 * Replay it with: CHRONOLINE_SEED=<seed> CHRONOLINE_PATH=<path> npx vitest run test/unit/layout-properties.test.ts
 * Search deeper with CHRONOLINE_RUNS=10 (ten times the runs).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildModel, parseData } from "../../src/api/prepare.js";
import type { TimelineLayout } from "../../src/layout/layout.js";
import { measureWithTable, type Measure } from "../../src/layout/measure.js";
import type { DateInput, EraInput, EventInput, TimelineEvent, TimelineOptions } from "../../src/types.js";
import { generateEvents } from "../../bench/generate-events.js";
import {
  dateLineProblems,
  eraTitleProblems,
  leaderProblems,
  lostEventProblems,
  overlapProblems,
  priorityProblems,
} from "./layout-promises.js";

// ---------------------------------------------------------------------------------------------
// Random timelines

/** How far apart the dates are: from days (hour precision) to millennia (BCE) and eons. */
type Frame = "days" | "years" | "centuries" | "millennia" | "eons";
/** Positions in a frame are hours ("days"), millions of years ("eons") or months from its start. */
const FRAME: Record<Frame, { positions: number; date: (position: number) => DateInput }> = {
  days: { positions: 90 * 24, date: hourDate },
  years: { positions: 75 * 12, date: (p) => monthDate(1950, p) },
  centuries: { positions: 1000 * 12, date: (p) => monthDate(1025, p) },
  millennia: { positions: 6000 * 12, date: (p) => monthDate(-3975, p) },
  // Millions of years from the Big Bang, as year numbers: deep time, beyond what a Date holds.
  eons: { positions: 13_800, date: (p) => -13_800_000_000 + p * 1_000_000 },
};

/** An ISO date from hours after 2024-01-01: "2024-01-03" on the hour 0, else with the time. */
function hourDate(hours: number): DateInput {
  const iso = new Date(Date.UTC(2024, 0, 1) + hours * 3_600_000).toISOString();
  return hours % 24 === 0 ? iso.slice(0, 10) : iso.slice(0, 16);
}

/** A date from months after January of `firstYear`, written in each of the accepted forms. */
function monthDate(firstYear: number, months: number): DateInput {
  const year = firstYear + Math.floor(months / 12);
  const month = (months % 12) + 1;
  if (month === 1) return year; // a number is a year
  if (year < 1000) return { year, month }; // BCE and early years as fields
  return `${year}-${String(month).padStart(2, "0")}`;
}

/** Titles in many scripts, with emoji (some of several code points), marks and long words. */
const WORDS = [
  "Treaty",
  "of",
  "the",
  "Independence",
  "capital",
  "moves",
  "to",
  "Astana",
  "election",
  "reform",
  "Ελληνική",
  "Республика",
  "مرحبا بالعالم",
  "שלום עולם",
  "漢字テスト",
  "🎉",
  "👩‍👩‍👧‍👦",
  "🇰🇿",
  "café",
  "e\u0301",
  "Ω",
  "—",
  "Donaudampfschifffahrtsgesellschaftskapitän",
];
const words = (min: number, max: number): fc.Arbitrary<string> =>
  fc.array(fc.constantFrom(...WORDS), { minLength: min, maxLength: max }).map((w) => w.join(" "));
const titleArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: words(1, 8) },
  { weight: 1, arbitrary: words(20, 60) },
  {
    weight: 2,
    arbitrary: fc.string({ unit: "grapheme", minLength: 1, maxLength: 40 }).filter((s) => s.trim() !== ""),
  },
);

const importanceArb: fc.Arbitrary<number | undefined> = fc.oneof(
  fc.constant(undefined),
  fc.integer({ min: -3, max: 10 }),
  fc.double({ min: -5, max: 5, noNaN: true, noDefaultInfinity: true }),
);

/** An event as a position in its frame; a span when it has a length. */
interface EventShape {
  position: number;
  length: number | null;
  importance: number | undefined;
  title: string;
  /** Which of the scenario's groups (swimlanes) the event is in, if it has groups. */
  group: number;
  text: string | undefined;
}
const eventShapeArb = (positions: number): fc.Arbitrary<EventShape> =>
  fc.record({
    position: fc.integer({ min: 0, max: positions }),
    // About one event in four is a span.
    length: fc.option(fc.integer({ min: 1, max: Math.ceil(positions / 3) }), { freq: 3, nil: null }),
    importance: importanceArb,
    title: titleArb,
    group: fc.nat(2),
    text: fc.option(words(3, 40), { freq: 3, nil: undefined }),
  });

/**
 * A crowd: many point events on one date whose titles differ only in their digits, so that their
 * labels have the same size and compete for the same boxes.
 */
interface CrowdShape {
  position: number;
  importances: number[];
  words: string;
  text: string | undefined;
}
const crowdArb = (positions: number): fc.Arbitrary<CrowdShape> =>
  fc.record({
    position: fc.integer({ min: 0, max: positions }),
    importances: fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 2, maxLength: 60 }),
    words: words(1, 6),
    text: fc.option(words(3, 20), { nil: undefined }),
  });

/** From 1 to 2,000 events: mostly few, sometimes many. */
const countedArb = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T[]> =>
  fc.oneof(
    { weight: 3, arbitrary: fc.array(arb, { minLength: 1, maxLength: 40, size: "max" }) },
    { weight: 2, arbitrary: fc.array(arb, { minLength: 40, maxLength: 400, size: "max" }) },
    { weight: 1, arbitrary: fc.array(arb, { minLength: 400, maxLength: 2000, size: "max" }) },
  );

interface Scenario {
  options: TimelineOptions;
  width: number;
}

const scenarioArb = (
  crowds: { min: number; max: number },
  eraCount: { min: number; max: number } = { min: 0, max: 3 },
): fc.Arbitrary<Scenario> =>
  fc
    .constantFrom<Frame>("days", "years", "centuries", "millennia", "eons")
    .chain((frame) => {
      const { positions } = FRAME[frame];
      return fc.record({
        frame: fc.constant(frame),
        events: countedArb(eventShapeArb(positions)),
        crowds: fc.array(crowdArb(positions), { minLength: crowds.min, maxLength: crowds.max }),
        eras: fc.array(
          fc.tuple(fc.integer({ min: 0, max: positions }), fc.integer({ min: 1, max: positions })),
          { minLength: eraCount.min, maxLength: eraCount.max },
        ),
        groups: fc.constantFrom(0, 0, 1, 2, 3),
        orientation: fc.constantFrom<TimelineOptions["orientation"]>(
          undefined,
          undefined,
          "horizontal",
          "vertical",
          "auto",
        ),
        annotations: fc.constantFrom<TimelineOptions["annotations"]>(undefined, "title", "full"),
        width: fc.integer({ min: 320, max: 2560 }),
        maxLabelRows: fc.option(fc.integer({ min: 1, max: 16 }), { nil: undefined }),
        maxLabelWidth: fc.option(fc.integer({ min: 40, max: 480 }), { nil: undefined }),
      });
    })
    .map(
      ({
        frame,
        events,
        crowds,
        eras,
        groups,
        orientation,
        annotations,
        width,
        maxLabelRows,
        maxLabelWidth,
      }) => {
        const { date } = FRAME[frame];
        const groupOf = (k: number): { group?: string } => (groups ? { group: `Group ${k % groups}` } : {});
        const eventInputs: EventInput[] = events.map(
          ({ position, length, importance, title, group, text }) => {
            const base = {
              title,
              ...groupOf(group),
              ...(importance === undefined ? {} : { importance }),
              ...(text === undefined ? {} : { text }),
            };
            return length === null
              ? { ...base, date: date(position) }
              : { ...base, start: date(position), end: date(position + length) };
          },
        );
        crowds.forEach((crowd, c) => {
          crowd.importances.forEach((importance, k) => {
            const title = `${crowd.words} ${c}-${String(k).padStart(3, "0")}`;
            const text = crowd.text === undefined ? {} : { text: crowd.text };
            eventInputs.push({ date: date(crowd.position), title, importance, ...text, ...groupOf(c) });
          });
        });
        const eraInputs: EraInput[] = eras.map(([start, length], k) => ({
          start: date(start),
          end: date(start + length),
          title: `Era ${k}`,
        }));
        const options: TimelineOptions = {
          events: eventInputs,
          eras: eraInputs,
          ...(maxLabelRows === undefined ? {} : { maxLabelRows }),
          ...(maxLabelWidth === undefined ? {} : { maxLabelWidth }),
          ...(orientation === undefined ? {} : { orientation }),
          ...(annotations === undefined ? {} : { annotations }),
        };
        return { options, width };
      },
    );

// ---------------------------------------------------------------------------------------------
// Running the pipeline and checking

function layoutOf({ options, width }: Scenario, measure: Measure = measureWithTable): TimelineLayout {
  return buildModel(parseData(options), options, width, measure, undefined, null).layout;
}

/** Fails with the first few broken promises, each naming the events involved. */
function expectKept(problems: string[], scenario: Scenario): void {
  const summary = `${scenario.options.events.length} events at ${scenario.width}px`;
  expect(problems.slice(0, 5), summary).toEqual([]);
}

/**
 * fast-check settings: a replayable seed, and a bound on the time a property may take, shrinking
 * a failure included, so that a failure is reported with its seed rather than cut off by the
 * test's timeout. Running out of time before `numRuns` is a failure, never a quiet pass.
 */
function settings(numRuns: number): fc.Parameters<[Scenario]> {
  const seed = process.env.CHRONOLINE_SEED;
  const limit = fc.interruptAfterTimeLimit(PROPERTY_TIME, { failOnInterrupt: true }) as fc.Plugin<[Scenario]>;
  return {
    numRuns: numRuns * RUNS,
    ...(seed ? { seed: Number(seed), path: process.env.CHRONOLINE_PATH } : {}),
    plugins: [limit],
  };
}
/** CHRONOLINE_RUNS=10 runs each property ten times as often, for a deeper search. */
const RUNS = Number(process.env.CHRONOLINE_RUNS ?? 1);
/** Milliseconds a property may take: each takes a few seconds alone, far more beside other suites. */
const PROPERTY_TIME = 60_000 * RUNS;

const anyTimeline = scenarioArb({ min: 0, max: 2 });
const crowdedTimeline = scenarioArb({ min: 2, max: 4 });
const timelineWithEras = scenarioArb({ min: 0, max: 2 }, { min: 1, max: 4 });

describe("layout promises on random timelines (fast-check)", () => {
  it(
    "no two visible labels overlap, and no label covers another event's marker",
    () => {
      fc.assert(
        fc.property(anyTimeline, (scenario) => {
          expectKept(overlapProblems(layoutOf(scenario)), scenario);
        }),
        settings(120),
      );
    },
    2 * PROPERTY_TIME,
  );

  it(
    "era titles overlap no label, marker, cluster or other era title, and lie inside the SVG",
    () => {
      fc.assert(
        fc.property(timelineWithEras, (scenario) => {
          expectKept(eraTitleProblems(layoutOf(scenario)), scenario);
        }),
        settings(120),
      );
    },
    2 * PROPERTY_TIME,
  );

  it(
    "every visible label lies inside the SVG, on a leader from its event that crosses no other label",
    () => {
      fc.assert(
        fc.property(anyTimeline, (scenario) => {
          expectKept(leaderProblems(layoutOf(scenario)), scenario);
        }),
        settings(120),
      );
    },
    2 * PROPERTY_TIME,
  );

  it(
    "a visible label shows its whole date line, never a cut one",
    () => {
      fc.assert(
        fc.property(anyTimeline, (scenario) => {
          expectKept(dateLineProblems(layoutOf(scenario)), scenario);
        }),
        settings(100),
      );
    },
    2 * PROPERTY_TIME,
  );

  it(
    "every event keeps its marker inside the picture, labelled or not",
    () => {
      fc.assert(
        fc.property(anyTimeline, (scenario) => {
          const ids = parseData(scenario.options).events.map((e) => e.id);
          expectKept(lostEventProblems(layoutOf(scenario), ids), scenario);
        }),
        settings(100),
      );
    },
    2 * PROPERTY_TIME,
  );

  it(
    "of two events that would get the same label box, the higher importance, then the earlier date, keeps it",
    () => {
      fc.assert(
        fc.property(crowdedTimeline, (scenario) => {
          expectKept(priorityProblems(layoutOf(scenario)), scenario);
        }),
        settings(150),
      );
    },
    2 * PROPERTY_TIME,
  );

  it(
    "the same input gives a deep-equal layout",
    () => {
      fc.assert(
        fc.property(anyTimeline, (scenario) => {
          expect(layoutOf(scenario)).toEqual(layoutOf(scenario));
        }),
        settings(30),
      );
    },
    2 * PROPERTY_TIME,
  );
});

// ---------------------------------------------------------------------------------------------
// Cost

/**
 * Counts the work layout does on n events without timing it: calls of the measure function, and
 * reads of the fields that ordering events by position and priority needs (each comparison in a
 * sort reads them), through getters on the parsed events.
 */
function countWork(n: number): { measures: number; reads: number } {
  const options: TimelineOptions = { events: generateEvents(n, 7) };
  const data = parseData(options);
  let reads = 0;
  data.events = data.events.map((event) => counted(event, () => reads++));
  let measures = 0;
  const measure: Measure = (text, font) => (measures++, measureWithTable(text, font));
  buildModel(data, options, 1280, measure, undefined, null);
  return { measures, reads };
}

/** A copy of the event whose importance, start and end count each read. */
function counted(event: TimelineEvent, onRead: () => void): TimelineEvent {
  const copy = { ...event };
  for (const key of ["importance", "start", "end"] as const) {
    const value = event[key];
    Object.defineProperty(copy, key, {
      enumerable: true,
      get: () => (onRead(), value),
    });
  }
  return copy;
}

describe("layout cost", () => {
  it("layout's measuring and event reads grow no faster than n log n from 1,000 to 100,000 events", () => {
    const sizes = [1_000, 10_000, 100_000];
    const work = sizes.map(countWork);
    const nLogN = (n: number): number => n * Math.log2(n);
    for (let k = 1; k < sizes.length; k++) {
      // Allowed: the growth of n log n, with 50% slack. Quadratic work would grow 10 times more.
      const allowed = 1.5 * (nLogN(sizes[k]!) / nLogN(sizes[k - 1]!));
      const [before, after] = [work[k - 1]!, work[k]!];
      expect(
        after.measures / Math.max(1, before.measures),
        `measure calls, ${sizes[k - 1]} → ${sizes[k]}`,
      ).toBeLessThanOrEqual(allowed);
      expect(
        after.reads / Math.max(1, before.reads),
        `event reads, ${sizes[k - 1]} → ${sizes[k]}`,
      ).toBeLessThanOrEqual(allowed);
    }
    // The counters see real work: every event is read, and labels are measured.
    expect(work[0]!.reads).toBeGreaterThanOrEqual(sizes[0]!);
    expect(work[0]!.measures).toBeGreaterThan(0);
  }, 60_000);
});
