// Extreme dates: from the Big Bang to year 275,000, and down to the millisecond. Years beyond the
// ±271,820 a Date holds still parse, place and label; the axis switches to a linear scale of years.
import { scaleUtc } from "d3-scale";
import { afterEach, describe, expect, it } from "vitest";
import { createTimeline } from "../../src/api/create-timeline.js";
import { renderSVG } from "../../src/api/render-svg.js";
import { calendarTime, yearOf } from "../../src/data/calendar.js";
import { parseDate } from "../../src/data/dates.js";
import { dateFormatterFor } from "../../src/scale/resolve-locale.js";
import { createTimelineScale } from "../../src/scale/time-scale.js";
import type { DateInput, EventInput, Timeline, TimelineEventMap, TimePoint } from "../../src/types.js";

function point(value: DateInput): TimePoint {
  const result = parseDate(value);
  if (!result.ok) throw new Error(`expected ${JSON.stringify(value)} to parse: ${result.message}`);
  return result.point;
}

function refusal(value: DateInput): string {
  const result = parseDate(value);
  if (result.ok) throw new Error(`expected ${JSON.stringify(value)} to be refused`);
  return result.message;
}

const english = dateFormatterFor("en-US");

/** The deep-time dataset of the issue: from the Big Bang to our species. */
export const DEEP_TIME: EventInput[] = [
  { id: "big-bang", date: "-13800000000", title: "The Big Bang" },
  { id: "first-stars", date: "-13600000000", title: "The first stars" },
  { id: "milky-way", date: { year: -13_600_000_000 + 100_000_000 }, title: "The Milky Way forms" },
  { id: "sun", date: -4_600_000_000, title: "The Sun" },
  { id: "earth", date: "-4540000000", title: "The Earth" },
  { id: "life", date: "-3700000000", title: "First life" },
  { id: "dinosaurs", date: "-66000000", title: "The dinosaurs die out" },
  { id: "humans", date: "-299999", title: "Our species" },
];

const parseSVG = (svg: string): Document => new DOMParser().parseFromString(svg, "image/svg+xml");
const ticks = (root: ParentNode): string[] =>
  Array.from(root.querySelectorAll(".chronoline-axis .tick text"), (t) => t.textContent);
const xOf = (root: ParentNode, id: string): number =>
  Number(root.querySelector(`[data-id="${id}"] .chronoline-marker`)!.getAttribute("cx"));

describe("parseDate beyond the years a Date holds", () => {
  it("parseDate reads the Big Bang, the dinosaurs and {year: -4.5e9} as whole years", () => {
    for (const value of ["-13800000000", "-65000000", { year: -4.5e9 }, -13_800_000_000] as DateInput[]) {
      const p = point(value);
      expect(p.precision).toBe("year");
      expect(Number.isFinite(p.time)).toBe(true);
      // A year is 365 or 366 days long, within the float rounding of such large times.
      expect(Math.round((p.until - p.time) / 86_400_000)).toBeOneOf([365, 366]);
    }
    expect(yearOf(point("-13800000000").time)).toBe(-13_800_000_000);
    expect(yearOf(point({ year: -4.5e9 }).time)).toBe(-4_500_000_000);
  });

  it("parseDate keeps deep dates in time order, and continuous with calendar dates", () => {
    const times = [
      "-13800000000",
      "-4540000000",
      "-66000000",
      "-271821",
      "-271820",
      "-0499",
      "2024",
      "275000",
    ].map((d) => point(d).time);
    expect([...times].sort((a, b) => a - b)).toEqual(times);
    // One Gregorian year later is one year's worth of milliseconds later, across the Date limit.
    expect(point("-271820").time - point("-271821").time).toBe(365 * 86_400_000);
  });

  it("parseDate reads months and days of deep years", () => {
    const p = point("-65000000-06-01");
    expect(p.precision).toBe("day");
    expect(p.until - p.time).toBe(86_400_000);
    expect(yearOf(p.time)).toBe(-65_000_000);
  });

  it("parseDate refuses years beyond 100 billion, and clock times beyond the Date range", () => {
    expect(refusal(1e20)).toMatch(/100 billion years/);
    expect(refusal("-200000000000")).toMatch(/outside the supported range/);
    expect(refusal("-65000000-06-01T10:00")).toMatch(/time of day/);
  });

  it("calendarTime matches Date.UTC inside the Date range, years 0–99 included", () => {
    for (const year of [-271_820, -10_000, -500, 0, 1, 50, 99, 1970, 2024, 275_000]) {
      const date = new Date(Date.UTC(2000, 2, 15, 6, 30));
      date.setUTCFullYear(year, 2, 15);
      expect(calendarTime(year, 2, 15, 6, 30)).toBe(date.getTime());
    }
  });

  it("yearOf finds the year of the first and last instant of any year, deep or not", () => {
    for (const year of [
      -1e11, -13_800_000_000, -4_567_890_123, -66_000_000, -300_000, -1, 0, 2024, 275_000, 9e10,
    ]) {
      expect(yearOf(calendarTime(year))).toBe(year);
      expect(yearOf(calendarTime(year + 1) - Math.max(1, Math.abs(calendarTime(year)) * 1e-12))).toBe(year);
    }
  });
});

describe("labels of extreme dates", () => {
  it("a year a million years back and more reads as millions or billions of years ago", () => {
    expect(english.point(point("-13800000000"))).toBe("13.8 billion years ago");
    expect(english.point(point("-4540000000"))).toBe("4.54 billion years ago");
    expect(english.point(point({ year: -4.5e9 }))).toBe("4.5 billion years ago");
    expect(english.point(point("-65000000"))).toBe("65 million years ago");
    expect(english.point(point("-65000000-06-01"))).toBe("65 million years ago");
    expect(english.point(point("-999999"))).toBe("1 million years ago");
  });

  it("years before that keep the BCE count, and the far future its digits", () => {
    expect(english.point(point("-0499"))).toBe("500 BCE");
    expect(english.point(point("0000"))).toBe("1 BCE");
    expect(english.point(point("0001"))).toBe("1");
    expect(english.point(point("-299999"))).toBe("300,000 BCE");
    expect(english.point(point("275000"))).toBe("275,000");
  });

  it("a span of deep time writes its unit once", () => {
    expect(english.range(point("-4100000000"), point("-3800000000"))).toBe("4.1 – 3.8 billion years ago");
    expect(english.range(point("-66000000"), point("-2000"))).toBe("66 million years ago – 2001 BCE");
  });

  it("deep time is written in the locale's words and decimal mark", () => {
    expect(dateFormatterFor("ru-RU").point(point("-13800000000"))).toBe("13,8 млрд лет назад");
    expect(dateFormatterFor("kk-KZ").point(point("-66000000"))).toBe("66 млн жыл бұрын");
  });

  it("milliseconds keep their precision in labels", () => {
    expect(english.point(point("2024-05-23T10:00:30.125Z"))).toBe("May 23, 2024, 10:00:30.125");
  });
});

describe("createTimelineScale", () => {
  const tickLabels = (from: DateInput, to: DateInput): { kind: string; labels: string[] } => {
    const domain: [number, number] = [point(from).time, point(to).time];
    const scale = createTimelineScale(domain, [0, 1000]);
    return { kind: scale.kind, labels: scale.ticks(10).map((t) => english.tick(t, domain)) };
  };

  it("places and ticks calendar time exactly as d3's scaleUtc", () => {
    for (const [from, to] of [
      ["1993", "2024"],
      ["2024-05-23T10:00", "2024-05-23T10:05"],
      ["2024-05-23T10:00:00.000Z", "2024-05-23T10:00:00.250Z"],
    ] as const) {
      const domain: [number, number] = [point(from).time, point(to).time];
      const ours = createTimelineScale(domain, [12, 900]);
      const d3 = scaleUtc().domain(domain).range([12, 900]);
      expect(ours.kind).toBe("calendar");
      expect(ours.ticks(10)).toEqual(d3.ticks(10).map((d) => d.getTime()));
      for (const t of ours.ticks(10)) expect(ours(t)).toBe(d3(t));
      expect(Math.abs(ours.invert(450) - d3.invert(450).getTime())).toBeLessThan(1);
    }
  });

  it("ticks BCE years on round BCE years, not on d3's astronomical ones", () => {
    const { kind, labels } = tickLabels("-1000", "0500");
    expect(kind).toBe("calendar");
    expect(labels).toEqual(["1000 BCE", "800 BCE", "600 BCE", "400 BCE", "200 BCE", "1", "200", "400"]);
  });

  it("switches to a linear scale of years beyond the Date range, with Ga, Ma and BCE ticks", () => {
    const bigBang = tickLabels("-13800000000", "2024");
    expect(bigBang.kind).toBe("deep");
    expect(bigBang.labels.slice(0, 3)).toEqual(["13 Ga", "12 Ga", "11 Ga"]);
    expect(bigBang.labels.at(-1)).toBe("0");
    expect(tickLabels("-70000000", "-60000000").labels.slice(0, 3)).toEqual(["70 Ma", "69 Ma", "68 Ma"]);
    expect(tickLabels("-2000000", "2024").labels.slice(0, 3)).toEqual(["2 Ma", "1.8 Ma", "1.6 Ma"]);
    expect(tickLabels("-300000", "-280000").labels.slice(0, 2)).toEqual(["300,000 BCE", "298,000 BCE"]);
  });

  it("keeps deep-time ticks inside the domain, evenly spaced and in order", () => {
    const domain: [number, number] = [point("-13900000000").time, point("5000000000").time];
    const scale = createTimelineScale(domain, [0, 1000]);
    const xs = scale.ticks(10).map((t) => scale(t));
    expect(xs.every((x) => x >= 0 && x <= 1000)).toBe(true);
    const gaps = xs.slice(1).map((x, i) => x - xs[i]!);
    for (const gap of gaps) expect(gap).toBeCloseTo(gaps[0]!, 3);
    expect(scale.ticks(10).map((t) => english.tick(t, domain))).toContain("+2 Ga");
  });
});

describe("deep time drawn", () => {
  it("renderSVG draws the Big Bang, the dinosaurs and us on one axis, in time order", () => {
    const doc = parseSVG(renderSVG({ events: DEEP_TIME, width: 1280 }));
    expect(doc.querySelectorAll(".chronoline-event")).toHaveLength(DEEP_TIME.length);
    const label = (id: string) => doc.querySelector(`[data-id="${id}"]`)!.getAttribute("aria-label");
    expect(label("big-bang")).toBe("13.8 billion years ago: The Big Bang");
    expect(label("dinosaurs")).toBe("66 million years ago: The dinosaurs die out");
    expect(label("humans")).toBe("300,000 BCE: Our species");
    const xs = ["big-bang", "sun", "life", "dinosaurs", "humans"].map((id) => xOf(doc, id));
    expect(xs.every(Number.isFinite)).toBe(true);
    expect([...xs].sort((a, b) => a - b)).toEqual(xs);
    expect(ticks(doc).filter((t) => / Ga$/.test(t)).length).toBeGreaterThan(5);
    expect(doc.documentElement.getAttribute("aria-label")).toBe(
      "Timeline, 8 events, 13.8 billion years ago to 300,000 BCE",
    );
  });

  it("renderSVG draws eras of deep time as bands", () => {
    const doc = parseSVG(
      renderSVG({
        events: DEEP_TIME,
        eras: [{ start: "-4540000000", end: "-4000000000", title: "Hadean" }],
        width: 960,
      }),
    );
    const band = doc.querySelector(".chronoline-era rect")!;
    expect(Number(band.getAttribute("width"))).toBeGreaterThan(10);
  });

  it("renderSVG draws year 275,000 and one millisecond apart with readable ticks", () => {
    const far = parseSVG(
      renderSVG({
        events: [
          { date: "2024", title: "Now" },
          { date: "275000", title: "Far" },
        ],
      }),
    );
    expect(ticks(far).some((t) => /^\d{3},000$/.test(t))).toBe(true);
    const fine = parseSVG(
      renderSVG({
        events: [
          { id: "a", date: "2024-05-23T10:00:00.100Z", title: "Start" },
          { id: "b", date: "2024-05-23T10:00:00.101Z", title: "One millisecond later" },
        ],
      }),
    );
    expect(xOf(fine, "b") - xOf(fine, "a")).toBeGreaterThan(50);
    expect(ticks(fine).length).toBeGreaterThan(1);
    expect(fine.querySelector('[data-id="b"]')!.getAttribute("aria-label")).toBe(
      "May 23, 2024, 10:00:00.101: One millisecond later",
    );
  });
});

describe("a live timeline in deep time", () => {
  let timeline: Timeline | undefined;
  afterEach(() => {
    timeline?.destroy();
    document.body.replaceChildren();
  });

  it("zoomTo reaches the dinosaurs, emits the range in milliseconds, and resetZoom comes back", () => {
    const container = document.body.appendChild(document.createElement("div"));
    timeline = createTimeline(container, { events: DEEP_TIME, width: 1280 });
    const zooms: TimelineEventMap["zoom"][] = [];
    timeline.on("zoom", (z) => zooms.push(z));
    timeline.zoomTo("-70000000", "2024");
    expect(zooms.at(-1)!.startTime).toBe(point("-70000000").time);
    expect(Number.isNaN(zooms.at(-1)!.start.getTime())).toBe(true); // no Date holds 70 Ma
    expect(ticks(container).filter((t) => / Ma$/.test(t)).length).toBeGreaterThan(3);
    expect(
      container.querySelector('.chronoline-event[data-id="dinosaurs"] .chronoline-marker'),
    ).not.toBeNull();
    expect(container.querySelector('.chronoline-event[data-id="big-bang"]')).toBeNull();
    timeline.resetZoom();
    expect(container.querySelectorAll(".chronoline-event")).toHaveLength(DEEP_TIME.length);
  });
});
