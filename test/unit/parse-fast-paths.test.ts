// The fast paths of parsing (issue 7: a timeline of 10,000 events parses at mount) must give
// exactly what the general code gives: the common date shapes read without the regular expression,
// the event's fields read by name, the generated id hashed without building its string.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseDate } from "../../src/data/dates.js";
import { generateId } from "../../src/data/ids.js";
import { parseEvents } from "../../src/data/normalize.js";
import type { SkippedInput } from "../../src/types.js";

const pad = (n: number, width: number): string => String(n).padStart(width, "0");

describe("the common date shapes (YYYY, YYYY-MM, YYYY-MM-DD)", () => {
  // A leading space is not one of the common shapes: " 1993-03" goes through the general path
  // (the regular expression reads the trimmed text), so it says what the fast path must give.
  const general = (text: string) => parseDate(` ${text}`);

  it("give what the general path gives, for every year 0–9999 and months and days in and out of range", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 9999 }),
        fc.integer({ min: 0, max: 99 }),
        fc.integer({ min: 0, max: 99 }),
        (year, month, day) => {
          const y = pad(year, 4);
          const ym = `${y}-${pad(month, 2)}`;
          const ymd = `${ym}-${pad(day, 2)}`;
          for (const text of [y, ym, ymd]) expect(parseDate(text)).toEqual(general(text));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it("give what the object form gives, through month ends and leap days", () => {
    for (const year of [0, 1, 4, 99, 100, 400, 1582, 1900, 1970, 2000, 2024, 9999]) {
      for (let month = 1; month <= 12; month++) {
        expect(parseDate(`${pad(year, 4)}-${pad(month, 2)}`)).toEqual(parseDate({ year, month }));
        for (const day of [1, 28, 29, 30, 31]) {
          const text = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
          expect(parseDate(text)).toEqual(parseDate({ year, month, day }));
        }
      }
    }
  });

  it("any text of their lengths parses as the general path parses it, or is refused by both", () => {
    const text = fc
      .array(
        fc.constantFrom("0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "-", "+", "T", ":", " ", "Z", "."),
        { minLength: 4, maxLength: 10 },
      )
      .map((chars) => chars.join(""));
    fc.assert(
      fc.property(text, (value) => {
        const fast = parseDate(value);
        const slow = general(value);
        expect(fast.ok).toBe(slow.ok);
        if (fast.ok && slow.ok) expect(fast.point).toEqual(slow.point);
      }),
      { numRuns: 3000 },
    );
  });
});

/** FNV-1a (32 bits) of the text, as generated ids have always been made: `ev-` and base 36. */
function referenceId(time: number, title: string): string {
  const text = `${time}|${title}`;
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return `ev-${(h >>> 0).toString(36)}`;
}

describe("generated ids", () => {
  it("are the hash of `${time}|${title}`, for any time and title", () => {
    const time = fc.oneof(
      fc.integer({ min: -(2 ** 31), max: 2 ** 31 }),
      fc.maxSafeInteger(),
      fc.constantFrom(-Number.MAX_SAFE_INTEGER, -62_135_596_800_000, -2_208_988_800_000, 1e9, 1e9 - 1, -1e9),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
    );
    fc.assert(
      fc.property(time, fc.string({ unit: "grapheme" }), (t, title) => {
        expect(generateId(t, title)).toBe(referenceId(t, title));
      }),
      { numRuns: 3000 },
    );
  });

  it("stay what they were: ids are kept by users across versions", () => {
    const events = parseEvents([
      { date: "1993-03", title: "Web goes public" },
      { date: "-0044-03-15", title: "Ides of March" },
      { date: -13.8e9, title: "Big Bang" },
      { date: "2000-02-29T12:30:15.123+05:30", title: "Leap moment" },
      { date: "1993-03", title: "Web goes public" },
      { start: "1914-07-28", end: "1918-11-11", title: "Første verdenskrig 🌍" },
    ]);
    expect(events.map((e) => e.id)).toEqual([
      "ev-1hgtfv9",
      "ev-kvyth9",
      "ev-1gh94ng",
      "ev-1em1yoh",
      "ev-1hgtfv9-2",
      "ev-h196ez",
    ]);
  });
});

describe("ids that collide", () => {
  const timeOf = (date: string): number => {
    const result = parseDate(date);
    if (!result.ok) throw new Error(result.message);
    return result.point.time;
  };

  /** What ids used to be: every id taken so far in one map, a generated one suffixed until new. */
  function referenceIds(events: { date: string; title: string; id?: string }[]) {
    const taken = new Map<string, number>();
    const ids: string[] = [];
    const refused: string[] = [];
    events.forEach((event, index) => {
      if (event.id !== undefined) {
        const first = taken.get(event.id);
        if (first !== undefined) {
          refused.push(`events[${index}].id: "${event.id}" is already the id of events[${first}]`);
          return;
        }
        taken.set(event.id, index);
        ids.push(event.id);
        return;
      }
      const base = referenceId(timeOf(event.date), event.title);
      let id = base;
      for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
      taken.set(id, index);
      ids.push(id);
    });
    return { ids, refused };
  }

  it("are told apart or refused as they always were, given or generated, in any order", () => {
    const dates = ["1999-12", "2000", "1912-04-15"];
    const titles = ["A", "B"];
    const generated = dates.flatMap((date) => titles.map((title) => referenceId(timeOf(date), title)));
    const givenId = fc.oneof(
      fc.constantFrom(...generated),
      fc.constantFrom(...generated).map((id) => `${id}-2`),
      fc.constantFrom(...generated).map((id) => `${id}-3`),
      fc.constantFrom("ev-0", "ev-NaN", "mine", generated[0]!.toUpperCase()),
    );
    const event = fc.record(
      { date: fc.constantFrom(...dates), title: fc.constantFrom(...titles), id: givenId },
      { requiredKeys: ["date", "title"] },
    );
    fc.assert(
      fc.property(fc.array(event, { maxLength: 25 }), (events) => {
        const skipped: SkippedInput[] = [];
        const parsed = parseEvents(events, { onInvalid: (s) => skipped.push(s) });
        const expected = referenceIds(events);
        expect(parsed.map((e) => e.id)).toEqual(expected.ids);
        expect(skipped.flatMap((s) => s.issues.map((i) => `${i.path}: ${i.message}`))).toEqual(
          expected.refused,
        );
      }),
      { numRuns: 2000 },
    );
  });

  it("are told apart as they always were when no event has an id of its own (named after parsing)", () => {
    const event = fc.record({
      date: fc.constantFrom("1999-12", "2000", "1912-04-15"),
      title: fc.constantFrom("A", "B"),
    });
    fc.assert(
      fc.property(fc.array(event, { maxLength: 40 }), (events) => {
        expect(parseEvents(events).map((e) => e.id)).toEqual(referenceIds(events).ids);
      }),
      { numRuns: 500 },
    );
    // Past the first 1,024 events, where the hashes kept for the end are moved to more room.
    const many = Array.from({ length: 3000 }, (_, k) => ({
      date: ["1999-12", "2000"][k % 2]!,
      title: `T${k % 1300}`,
    }));
    expect(parseEvents(many).map((e) => e.id)).toEqual(referenceIds(many).ids);
  });
});

describe("an event's fields, read by name", () => {
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
    "data",
  ];

  /** An event whose reads are logged, and whose field `throwing` throws. */
  function logged(throwing: string | undefined, reads: string[]): object {
    const target: Record<string, unknown> = { date: "2001", title: "Logged", text: "Some text", data: 7 };
    return new Proxy(target, {
      get(object, key) {
        if (typeof key === "string") reads.push(key);
        if (key === throwing) throw new Error(`no ${key}`);
        return object[key as string];
      },
    });
  }

  it("are each read once, in order, and a field that throws is named while the others are still read", () => {
    for (const throwing of [undefined, ...FIELDS]) {
      const reads: string[] = [];
      const skipped: SkippedInput[] = [];
      const events = parseEvents([logged(throwing, reads)], { onInvalid: (s) => skipped.push(s) });
      expect(reads).toEqual(FIELDS);
      if (throwing === undefined) {
        expect(events.map((e) => [e.title, e.text, e.data])).toEqual([["Logged", "Some text", 7]]);
      } else {
        expect(events).toEqual([]);
        expect(skipped[0]!.issues).toEqual([
          { path: `events[0].${throwing}`, message: `could not be read: no ${throwing}` },
        ]);
      }
    }
  });

  it("of the item before never leak into the next (the record they are read into is reused)", () => {
    const thrower = {
      date: "2002",
      title: "Second",
      get text(): string {
        throw new Error("no text");
      },
    };
    const skipped: SkippedInput[] = [];
    const events = parseEvents(
      [
        { date: "2001", title: "First", text: "First text", group: "g", data: 1 },
        thrower,
        { date: "2003", title: "Third" },
      ],
      { onInvalid: (s) => skipped.push(s) },
    );
    expect(events.map((e) => [e.title, e.text, e.group, e.data])).toEqual([
      ["First", "First text", "g", 1],
      ["Third", undefined, undefined, undefined],
    ]);
    expect(skipped.map((s) => s.issues)).toEqual([
      [{ path: "events[1].text", message: "could not be read: no text" }],
    ]);
  });
});
