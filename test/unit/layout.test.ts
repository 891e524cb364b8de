import { scaleUtc } from "d3-scale";
import { describe, expect, it } from "vitest";
import { parseEras, parseEvents } from "../../src/data/normalize.js";
import { orderByX } from "../../src/layout/candidates.js";
import { assignLanes } from "../../src/layout/lanes.js";
import { layoutTimeline, type TimelineLayout } from "../../src/layout/layout.js";
import { cachedMeasure, measureWithTable } from "../../src/layout/measure.js";
import { RowOccupancy } from "../../src/layout/occupancy.js";
import { OverlapCounter } from "../../src/layout/overlap-counter.js";
import { isLegible, textCutter, truncateText } from "../../src/layout/truncate.js";
import { DATE_FONT, LABEL, TITLE_FONT } from "../../src/layout/typography.js";
import { formatRange } from "../../src/scale/format.js";
import type { EraInput, EventInput } from "../../src/types.js";

/** mulberry32: a small seeded generator, so random tests fail the same way every time. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const int = (rand: () => number, lo: number, hi: number): number => lo + Math.floor(rand() * (hi - lo + 1));

function randomIntervals(
  rand: () => number,
  n: number,
  span = 100,
  maxLength = 20,
): { start: number; end: number }[] {
  return Array.from({ length: n }, () => {
    const start = int(rand, 0, span);
    return { start, end: start + int(rand, 1, maxLength) };
  });
}

/** The most intervals [start, end) that share a point. */
function maxDepth(intervals: readonly { start: number; end: number }[]): number {
  return Math.max(
    0,
    ...intervals.map((a) => intervals.filter((b) => b.start <= a.start && a.start < b.end).length),
  );
}

function layout(
  events: EventInput[],
  width: number,
  { eras = [] as EraInput[], maxRows = 8, maxLabelWidth = 220 } = {},
): TimelineLayout {
  const parsed = parseEvents(events);
  const parsedEras = parseEras(eras);
  const times = [
    ...parsed.flatMap((e) => [e.start.time, e.end.until]),
    ...parsedEras.flatMap((e) => [e.start.time, e.end.until]),
  ];
  const [lo, hi] = times.reduce(([a, b], t) => [Math.min(a, t), Math.max(b, t)], [Infinity, -Infinity]);
  const pad = (hi - lo) * 0.04;
  const scale = scaleUtc()
    .domain([lo - pad, hi + pad])
    .range([12, width - 12]);
  return layoutTimeline({
    events: parsed,
    eras: parsedEras,
    x: (t) => scale(t),
    dateLabel: (e) => formatRange(e.start, e.end),
    width,
    maxRows,
    maxLabelWidth,
    measure: measureWithTable,
  });
}

const KAZAKHSTAN: EventInput[] = [
  { date: "1991-12-16", title: "Independence from the Soviet Union", importance: 3 },
  { date: "1993-11-15", title: "The tenge replaces the rouble" },
  { date: "1995-08-30", title: "Constitution adopted by referendum", importance: 2 },
  { date: "1997-12-10", title: "Capital moves from Almaty to Akmola", importance: 2 },
  { date: "1998-05-06", title: "Akmola renamed Astana" },
  { date: "2006-09-13", title: "Nurly Zhol programme announced" },
  { date: "2010-01", title: "Customs union with Russia and Belarus" },
  { start: "2011-12-16", end: "2011-12-17", title: "Zhanaozen massacre" },
  { date: "2015-01-01", title: "Eurasian Economic Union" },
  { start: "2017-06-10", end: "2017-09-10", title: "Expo 2017 in Astana" },
  { date: "2019-03-19", title: "Nazarbayev resigns; Tokayev acting president", importance: 3 },
  { date: "2019-03-23", title: "Astana renamed Nur-Sultan" },
  { start: "2022-01-02", end: "2022-01-11", title: "January unrest", importance: 2 },
  { date: "2022-09-17", title: "Nur-Sultan renamed Astana again" },
  { start: "1991", end: "2019", title: "Nursultan Nazarbayev" },
  { start: "2019-03-20", end: "2024", title: "Kassym-Jomart Tokayev" },
];
const KAZAKHSTAN_ERAS: EraInput[] = [
  { start: "1991", end: "2018", title: "Nazarbayev era" },
  { start: "2019", end: "2024", title: "Tokayev era", color: "#f4f1e8" },
];

function randomEvents(seed: number, n: number): EventInput[] {
  const rand = random(seed);
  const words = [
    "war",
    "treaty",
    "election",
    "capital",
    "reform",
    "census",
    "flood",
    "Independence",
    "of",
    "the",
    "new",
  ];
  return Array.from({ length: n }, (_, i) => {
    const title = Array.from({ length: int(rand, 1, 7) }, () => words[int(rand, 0, words.length - 1)]).join(
      " ",
    );
    const year = int(rand, 1850, 2020);
    const day = `${year}-${String(int(rand, 1, 12)).padStart(2, "0")}-${String(int(rand, 1, 28)).padStart(2, "0")}`;
    const importance = int(rand, 0, 3);
    return rand() < 0.25
      ? { start: day, end: String(year + int(rand, 0, 30)), title: `${title} ${i}`, importance }
      : { date: rand() < 0.5 ? day : String(year), title: `${title} ${i}`, importance };
  });
}

const labelled = (result: TimelineLayout) =>
  result.events.flatMap((g) => (g.label ? [{ g, label: g.label }] : []));

/** Coordinates are rounded to 1/100 px; sums of them may be off by a rounding error. */
const EPS = 0.005;

function checkLayout(result: TimelineLayout): void {
  const boxes = labelled(result);
  for (const [i, a] of boxes.entries()) {
    const { label } = a;
    expect(label.left, "label inside the left edge").toBeGreaterThanOrEqual(0);
    expect(label.left + label.width, "label inside the right edge").toBeLessThanOrEqual(result.width);
    expect(label.top).toBeGreaterThanOrEqual(0);
    expect(label.top + label.height).toBeLessThanOrEqual(result.height);
    expect(label.connector.x, "connector rises from its event").toBe(a.g.x);
    for (const b of boxes.slice(i + 1)) {
      const o = b.label;
      const intersect =
        label.left + EPS < o.left + o.width &&
        o.left + EPS < label.left + label.width &&
        label.top < o.top + o.height &&
        o.top < label.top + label.height;
      expect(intersect, `labels of ${a.g.event.id} and ${b.g.event.id} overlap`).toBe(false);
    }
    const [y1, y2] = [
      Math.min(label.connector.y1, label.connector.y2),
      Math.max(label.connector.y1, label.connector.y2),
    ];
    for (const b of boxes) {
      if (b === a) continue;
      const o = b.label;
      // Labels of events at the same x share one leader, which runs along their edges: allow touching.
      const crosses =
        o.left + EPS < label.connector.x &&
        label.connector.x < o.left + o.width - EPS &&
        y1 < o.top + o.height &&
        o.top < y2;
      expect(crosses, `connector of ${a.g.event.id} crosses the label of ${b.g.event.id}`).toBe(false);
    }
  }
}

describe("measureWithTable and truncateText", () => {
  it("measureWithTable is deterministic and grows with text length, font size and weight", () => {
    expect(measureWithTable("Astana", TITLE_FONT)).toBe(measureWithTable("Astana", TITLE_FONT));
    expect(measureWithTable("Astana renamed", DATE_FONT)).toBeGreaterThan(
      measureWithTable("Astana", DATE_FONT),
    );
    expect(measureWithTable("Astana", "bold 13px Arial")).toBeGreaterThan(
      measureWithTable("Astana", "13px Arial"),
    );
    expect(measureWithTable("Astana", "600 13px Arial")).toBeGreaterThan(
      measureWithTable("Astana", "13px Arial"),
    );
    expect(measureWithTable("Astana", "26px Arial")).toBeCloseTo(
      2 * measureWithTable("Astana", "13px Arial"),
    );
    expect(measureWithTable("", TITLE_FONT)).toBe(0);
  });

  it("measureWithTable gives unknown and wide characters a width", () => {
    expect(measureWithTable("漢字", DATE_FONT)).toBeGreaterThan(measureWithTable("ab", DATE_FONT));
    expect(measureWithTable("Ωμέγα", DATE_FONT)).toBeGreaterThan(0);
  });

  it("measureWithTable gives each kind of character its width in 1/1000 em", () => {
    // At 10px (not bold) a width of w/1000 em is w/100 px.
    const em = (text: string): number => Math.round(measureWithTable(text, "10px Arial") * 100);
    // Listed letters (the last listing wins: i, j, l are 222, not 278), digits, dashes, ellipsis.
    expect(["i", "l", "t", "W", "m", "0", "@", "–", "—", "…", " "].map(em)).toEqual([
      222, 222, 278, 944, 833, 556, 1015, 556, 1000, 1000, 278,
    ]);
    // Unlisted: Latin and Greek letters as the widest common letter; combining marks nothing;
    // CJK (from U+2E80) one em; an emoji (a surrogate pair) one em in all.
    expect(["é", "Ω", "\u0301", "\u036f", "\u2e7f", "\u2e80", "漢", "😀", "\uffff"].map(em)).toEqual([
      600, 600, 0, 0, 600, 1000, 1000, 1000, 1000,
    ]);
  });

  it("cachedMeasure measures each text and font once and returns the same widths", () => {
    let calls = 0;
    const measure = cachedMeasure((text, font) => (calls++, measureWithTable(text, font)));
    expect([
      measure("Astana", TITLE_FONT),
      measure("Astana", TITLE_FONT),
      measure("Astana", DATE_FONT),
    ]).toEqual([
      measureWithTable("Astana", TITLE_FONT),
      measureWithTable("Astana", TITLE_FONT),
      measureWithTable("Astana", DATE_FONT),
    ]);
    expect(calls).toBe(2);
  });

  it("truncateText returns text unchanged when it fits", () => {
    expect(truncateText("Akmola renamed Astana", TITLE_FONT, 1000, measureWithTable)).toBe(
      "Akmola renamed Astana",
    );
  });

  it("truncateText cuts text after a whole word, with an ellipsis, so that it fits the width", () => {
    const text = "Nazarbayev resigns; Tokayev becomes acting president of Kazakhstan";
    for (const width of [90, 120, 200, 300]) {
      const cut = truncateText(text, TITLE_FONT, width, measureWithTable);
      expect(cut.endsWith("…")).toBe(true);
      expect(measureWithTable(cut, TITLE_FONT)).toBeLessThanOrEqual(width);
      expect(text.startsWith(cut.slice(0, -1))).toBe(true);
      expect(text[cut.length - 1]).toMatch(/[\s;]/); // the word before the cut is whole
    }
    // When not even the first word fits, nothing legible does.
    expect(truncateText(text, TITLE_FONT, 40, measureWithTable)).toBe("");
  });

  it("truncateText cuts only between grapheme clusters, and a cut keeps enough of them to read", () => {
    const segmenter = new Intl.Segmenter("en", { granularity: "grapheme" });
    const boundaries = (text: string): Set<number> =>
      new Set([0, ...Array.from(segmenter.segment(text), (g) => g.index + g.segment.length)]);
    const texts = [
      "👩‍👩‍👧 family reunion 👩‍👩‍👧👩‍👩‍👧 in Astana",
      "e\u0301te\u0301 cafe\u0301 e\u0301 au lait",
      "🇰🇿 🇫🇷🇩🇪 flags 👍🏽 of nations",
    ];
    for (const text of texts) {
      const ends = boundaries(text);
      for (let width = 0; width <= 320; width += 2) {
        const cut = truncateText(text, TITLE_FONT, width, measureWithTable);
        const kept = cut.endsWith("…") ? cut.slice(0, -1) : cut;
        expect(text.startsWith(kept), `${JSON.stringify(cut)} at ${width}px`).toBe(true);
        expect(ends.has(kept.length), `${JSON.stringify(cut)} at ${width}px`).toBe(true);
      }
    }
    // Legibility counts characters as a reader sees them: one emoji family is one character.
    expect(isLegible("👩‍👩‍👧…", "👩‍👩‍👧 family")).toBe(false);
    expect(isLegible("e\u0301 e\u0301…", "e\u0301 e\u0301 e\u0301te\u0301")).toBe(false);
    expect(isLegible("Cafe\u0301…", "Cafe\u0301 society")).toBe(true);
    expect(isLegible("👩‍👩‍👧 fun…", "👩‍👩‍👧 fun times")).toBe(true);
    // So a title cut down to its first emoji is no label at all.
    const narrow = truncateText("👩‍👩‍👧 family reunion", TITLE_FONT, 40, measureWithTable);
    expect(narrow === "" || !isLegible(narrow, "👩‍👩‍👧 family reunion")).toBe(true);
  });

  it("truncateText returns an empty string when not even the ellipsis fits", () => {
    expect(truncateText("Astana", TITLE_FONT, 2, measureWithTable)).toBe("");
  });

  it("one textCutter cuts to widths in any order as a fresh cut each time does, measuring each cut once", () => {
    const text = "Nazarbayev resigns; Tokayev becomes acting president of Kazakhstan, 2019";
    const widths = [300, 40, 120, 90, 1000, 2, 200, 121, 89.5, 60, 300, 150];
    const counted: string[] = [];
    const counting = (t: string, font: string): number => {
      counted.push(t);
      return measureWithTable(t, font);
    };
    const cutter = textCutter(text, TITLE_FONT, counting);
    for (const width of widths) {
      const cut = cutter(width);
      const fresh = textCutter(text, TITLE_FONT, measureWithTable)(width);
      expect(cut, `at ${width}px`).toEqual(fresh);
      // The width is that of the text as shown.
      expect(cut.width).toBe(cut.text === "" ? 0 : measureWithTable(cut.text, TITLE_FONT));
    }
    expect(counted.length).toBe(new Set(counted).size);
  });
});

describe("assignLanes, RowOccupancy and OverlapCounter", () => {
  it("assignLanes uses as many lanes as the deepest overlap, and never overlaps two spans in a lane", () => {
    const rand = random(7);
    for (let trial = 0; trial < 50; trial++) {
      const intervals = randomIntervals(rand, int(rand, 0, 40));
      const lanes = assignLanes(intervals);
      expect(lanes).toHaveLength(intervals.length);
      expect(intervals.length ? Math.max(...lanes) + 1 : 0).toBe(maxDepth(intervals));
      for (const [i, a] of intervals.entries()) {
        for (const [j, b] of intervals.entries()) {
          if (i < j && lanes[i] === lanes[j]) expect(a.start < b.end && b.start < a.end).toBe(false);
        }
      }
    }
  });

  it("assignLanes keeps the requested gap between spans in a lane", () => {
    const rand = random(8);
    const intervals = randomIntervals(rand, 40);
    const lanes = assignLanes(intervals, 3);
    expect(Math.max(...lanes) + 1).toBe(maxDepth(intervals.map((i) => ({ start: i.start, end: i.end + 3 }))));
  });

  it("RowOccupancy agrees with a brute-force check of free stretches", () => {
    const rand = random(11);
    const row = new RowOccupancy();
    const taken: { start: number; end: number }[] = [];
    for (const c of randomIntervals(rand, 400, 1000, 30)) {
      const free = taken.every((t) => !(c.start < t.end && t.start < c.end));
      expect(row.isFree(c.start, c.end)).toBe(free);
      if (free) {
        row.occupy(c.start, c.end);
        taken.push(c);
      }
    }
    expect(taken.length).toBeGreaterThan(10);
  });

  it("orderByX orders events by x, then index, like a comparator sort, whatever the x", () => {
    const rand = random(11);
    for (const [n, spread, hundredths] of [
      [500, 1264, true],
      [500, 100_000, true],
      [300, 50, false],
    ] as const) {
      const xs = Array.from({ length: n }, () => {
        const x = 8 + rand() * spread;
        return hundredths ? Math.round(x * 100) / 100 : x;
      });
      // Many events share an x, as events on one day do.
      for (let i = 0; i < n; i += 7) xs[i] = xs[0]!;
      for (const members of [
        xs.map((_, i) => i),
        xs.map((_, i) => i).filter((i) => i % 3 !== 1),
        xs.map((_, i) => n - 1 - i),
      ]) {
        const expected = [...members].sort((a, b) => xs[a]! - xs[b]! || a - b);
        expect(Array.from(orderByX(xs, members))).toEqual(expected);
      }
    }
  });

  it("OverlapCounter counts overlapping intervals like a brute-force count", () => {
    const rand = random(13);
    const added = randomIntervals(rand, 200, 60, 15);
    const queries = randomIntervals(rand, 200, 60, 15);
    const counter = new OverlapCounter([...added, ...queries].flatMap((i) => [i.start, i.end]));
    for (const [k, a] of added.entries()) {
      counter.add(a.start, a.end);
      const q = queries[k]!;
      const expected = added.slice(0, k + 1).filter((b) => b.start < q.end && b.end > q.start).length;
      expect(counter.count(q.start, q.end)).toBe(expected);
    }
  });
});

describe("layoutTimeline", () => {
  for (const width of [320, 768, 1440]) {
    it(`layoutTimeline keeps labels apart, inside the picture and off other leaders on Kazakhstan data at ${width}px`, () => {
      const result = layout(KAZAKHSTAN, width, { eras: KAZAKHSTAN_ERAS });
      expect(result.events).toHaveLength(KAZAKHSTAN.length);
      expect(labelled(result).length).toBeGreaterThan(width > 320 ? 5 : 1);
      checkLayout(result);
    });

    it(`layoutTimeline keeps labels apart, inside the picture and off other leaders on 300 random events at ${width}px`, () => {
      for (let seed = width; seed < width + 5; seed++) {
        const result = layout(randomEvents(seed, 300), width, { maxRows: 4 + (seed % 8) });
        expect(result.events).toHaveLength(300);
        expect(labelled(result).length).toBeGreaterThan(3);
        checkLayout(result);
      }
    });
  }

  it("layoutTimeline shows every label on roomy data at a wide size", () => {
    const result = layout(KAZAKHSTAN.slice(0, 6), 1440);
    expect(labelled(result)).toHaveLength(6);
  });

  it("layoutTimeline fits each shown title and date inside its label box", () => {
    for (const width of [320, 768]) {
      for (const { label } of labelled(layout(randomEvents(3, 120), width))) {
        expect(measureWithTable(label.title, TITLE_FONT) + LABEL.indent).toBeLessThanOrEqual(
          label.width + 0.01,
        );
        expect(
          measureWithTable(label.date, DATE_FONT) + LABEL.indent,
          `date "${label.date}"`,
        ).toBeLessThanOrEqual(label.width + 0.01);
      }
    }
  });

  it("layoutTimeline never cuts a date line: it fits its label box whole, or the event keeps just its marker", () => {
    const events: EventInput[] = [
      { start: "2024-05-23T10:00", end: "2024-05-23T11:30", title: "Talk" },
      { date: "2024-05-20", title: "a" },
      { date: "2024-05-26", title: "b" },
    ];
    for (const width of [320, 1000]) {
      const { label } = layout(events, width).events[0]!;
      if (width === 1000) expect(label).toBeDefined();
      if (!label) continue;
      expect(label.date).toBe("May 23, 2024, 10:00 – May 23, 2024, 11:30");
      expect(label.left).toBeGreaterThanOrEqual(0);
      expect(label.left + label.width).toBeLessThanOrEqual(width);
      expect(measureWithTable(label.date, DATE_FONT) + LABEL.indent).toBeLessThanOrEqual(label.width + 0.01);
    }
  });

  it("layoutTimeline lays out 200,000 events without exhausting the stack", () => {
    const events = Array.from({ length: 200_000 }, (_, i): EventInput => ({
      date: 1000 + (i % 1000),
      title: `e${i}`,
    }));
    const result = layout(events, 1440);
    expect(result.events).toHaveLength(200_000);
    expect(labelled(result).length).toBeGreaterThan(0);
  }, 60_000);

  it("layoutTimeline is deterministic", () => {
    const events = randomEvents(99, 300);
    expect(layout(events, 768)).toEqual(layout(events, 768));
  });

  it("layoutTimeline places spans in lanes above the axis, points and spans shorter than a marker on it", () => {
    const result = layout(KAZAKHSTAN, 1440, { eras: KAZAKHSTAN_ERAS });
    const bars = result.events.filter((g) => g.bar);
    expect(bars.length).toBeGreaterThan(0);
    for (const g of result.events) {
      if (g.bar) {
        expect(g.event.kind).toBe("span");
        expect(g.y + g.barHeight).toBeLessThan(result.axisY);
        expect(g.bar.width).toBeGreaterThanOrEqual(10);
      } else expect([g.y, g.barHeight, g.x2]).toEqual([result.axisY, 0, g.x]);
      expect(g.x2).toBeGreaterThanOrEqual(g.x);
    }
    expect(result.eras.map((e) => e.title)).toEqual(["Nazarbayev era", "Tokayev era"]);
  });

  it("layoutTimeline gives the most important of a crowd its label", () => {
    const crowd: EventInput[] = Array.from({ length: 40 }, (_, i) => ({
      date: `2000-06-${String(1 + (i % 28)).padStart(2, "0")}`,
      title: `Crowded event number ${i}`,
    }));
    crowd.splice(23, 0, { date: "2000-06-14", title: "The one that matters", importance: 10 });
    crowd.push({ date: "1990", title: "Far left" }, { date: "2010", title: "Far right" });
    for (const width of [320, 768, 1440]) {
      const result = layout(crowd, width);
      const important = result.events.find((g) => g.event.importance === 10)!;
      expect(important.label?.title, `at ${width}px`).toBeDefined();
    }
  });

  it("layoutTimeline gives the most important of events on one day its label, wherever it is in the input", () => {
    const sameDay: EventInput[] = Array.from({ length: 20 }, (_, i) => ({
      date: "2000-06-14",
      title: `Same day ${i}`,
    }));
    sameDay.push(
      { date: "2000-06-14", title: "The one that matters", importance: 10 },
      { date: "1990", title: "a" },
      { date: "2010", title: "b" },
    );
    const result = layout(sameDay, 768);
    expect(result.events.find((g) => g.event.importance === 10)!.label).toBeDefined();
  });

  it("layoutTimeline gives the label to the earliest of equal events when only one row is allowed", () => {
    // Whatever side of the axis each label goes to, the earliest of a crowd must keep its label
    // and the latest, competing with earlier ones for one row, must give way.
    const crowd: EventInput[] = [
      { date: "2000-01-09", title: "Latest of the crowd, with a long title" },
      { date: "2000-01-05", title: "Middle of the crowd, with a long title" },
      { date: "2000-01-01", title: "Earliest of the crowd, with a long title" },
      { date: "1980", title: "x" },
      { date: "2020", title: "y" },
    ];
    for (const width of [320, 768]) {
      const result = layout(crowd, width, { maxRows: 1 });
      expect(result.events[2]!.label, `earliest at ${width}px`).toBeDefined();
      expect(result.events[0]!.label, `latest at ${width}px`).toBeUndefined();
    }
  });
});
