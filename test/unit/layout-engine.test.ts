// The layout engine's features beyond the basic promises: swimlanes, clusters, capped lanes,
// the vertical orientation, full annotations, and the small algorithms under them.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { AUTO_VERTICAL_BELOW, buildModel, orientationFor, parseData } from "../../src/api/prepare.js";
import { renderSVG } from "../../src/api/render-svg.js";
import { CLUSTER_FONT, clusterBox } from "../../src/layout/cluster.js";
import { assignLanes } from "../../src/layout/lanes.js";
import type { TimelineLayout } from "../../src/layout/layout.js";
import { measureWithTable } from "../../src/layout/measure.js";
import { spreadApart } from "../../src/layout/spread.js";
import { DATE_FONT, TEXT_FONT, TITLE_FONT } from "../../src/layout/typography.js";
import { wrapText } from "../../src/layout/wrap.js";
import type { EraInput, EventInput, TimelineOptions } from "../../src/types.js";
import { dateLineProblems, eraTitleBox, eraTitleProblems, lostEventProblems } from "./layout-promises.js";

const seed = JSON.parse(
  readFileSync(join(process.cwd(), "examples/data/kazakhstan-singapore.json"), "utf8"),
) as EventInput[];

function layoutOf(options: TimelineOptions, width: number): TimelineLayout {
  return buildModel(parseData(options), options, width, measureWithTable, undefined, null).layout;
}

type Box = { left: number; top: number; width: number; height: number };
const overlap = (a: Box, b: Box): boolean =>
  a.left < b.left + b.width - 0.5 &&
  b.left < a.left + a.width - 0.5 &&
  a.top < b.top + b.height - 0.5 &&
  b.top < a.top + a.height - 0.5;

function overlappingLabels(layout: TimelineLayout): string[] {
  const labelled = layout.events.filter((g) => g.label);
  const pairs: string[] = [];
  for (let i = 0; i < labelled.length; i++) {
    for (let j = i + 1; j < labelled.length; j++) {
      if (overlap(labelled[i]!.label!, labelled[j]!.label!)) {
        pairs.push(`${labelled[i]!.event.id} × ${labelled[j]!.event.id}`);
      }
    }
  }
  return pairs;
}

describe("swimlanes", () => {
  const events: EventInput[] = [
    ...seed.slice(0, 6).map((e) => ({ ...e, group: "Diplomacy" })),
    ...seed.slice(6).map((e) => ({ ...e, group: "Economy" })),
  ];

  it("give each group a band of its own, in order of first appearance, one under the other", () => {
    const layout = layoutOf({ events }, 1200);
    expect(layout.bands.map((b) => b.group)).toEqual(["Diplomacy", "Economy"]);
    const [first, second] = layout.bands;
    expect(first!.bottom).toBeLessThanOrEqual(second!.top);
    expect(layout.axisY).toBeGreaterThan(second!.bottom);
    for (const g of layout.events) {
      const band = layout.bands[g.band]!;
      expect(band.group).toBe(g.event.group);
      expect(g.y).toBeGreaterThanOrEqual(band.top);
      expect(g.y).toBeLessThanOrEqual(band.bottom);
      if (g.label) {
        expect(g.label.top).toBeGreaterThanOrEqual(band.top);
        expect(g.label.top + g.label.height).toBeLessThanOrEqual(band.bottom + 0.5);
      }
    }
    expect(overlappingLabels(layout)).toEqual([]);
  });

  it("are drawn with a header and a baseline per group", () => {
    const svg = renderSVG({ events, width: 1000 }, { document });
    const doc = new DOMParser().parseFromString(svg, "image/svg+xml");
    const titles = [...doc.querySelectorAll(".chronoline-band-title")].map((t) => t.textContent);
    expect(titles).toEqual(["Diplomacy", "Economy"]);
    expect(doc.querySelectorAll(".chronoline-band .chronoline-baseline")).toHaveLength(2);
  });

  it("leave a timeline without groups as one band whose baseline is the axis", () => {
    const layout = layoutOf({ events: seed }, 1200);
    expect(layout.bands).toHaveLength(1);
    expect(layout.bands[0]!.baseline).toBe(layout.axisY);
  });
});

describe("clusters", () => {
  // 300 events in one month: far more than rows can label.
  const crowd: EventInput[] = Array.from({ length: 300 }, (_, i) => ({
    date: `2020-03-${String(1 + (i % 28)).padStart(2, "0")}`,
    title: `Crowded event ${i}`,
  }));
  const events: EventInput[] = [{ date: "2000", title: "Early" }, ...crowd, { date: "2024", title: "Late" }];

  it("stand for every unlabelled event whose marker would smear, with a count", () => {
    const layout = layoutOf({ events, maxLabelRows: 3 }, 900);
    expect(layout.clusters.length).toBeGreaterThan(0);
    const clustered = new Set(layout.clusters.flatMap((c) => c.members));
    for (const cluster of layout.clusters) {
      expect(cluster.text).toBe(`+${cluster.members.length}`);
      for (const m of cluster.members) expect(layout.events[m]!.label).toBeUndefined();
    }
    // Every event is shown one way or another: a label, a marker of its own, or a cluster.
    const hidden = layout.events.filter(
      (g) => !g.label && g.clustered && !clustered.has(layout.events.indexOf(g)),
    );
    expect(hidden).toEqual([]);
    expect(layout.events.filter((g) => g.clustered)).toHaveLength(clustered.size);
  });

  it("never hide their count under a labelled event's marker", () => {
    // Quakes every day of a year, a strong one each month: the strong ones win labels, and the
    // pills between them must stop short of their markers (radius 5).
    const year: EventInput[] = Array.from({ length: 365 }, (_, d) => ({
      date: new Date(Date.UTC(2023, 0, 1 + d)).toISOString().slice(0, 10),
      title: d % 30 === 15 ? `Strong ${d}` : `Weak ${d}`,
      importance: d % 30 === 15 ? 9 : 0,
    }));
    // (At 700 px two labelled markers stand 26 px apart, less than a count and two markers need.)
    for (const width of [1280, 2000]) {
      const layout = layoutOf({ events: year, maxLabelRows: 2 }, width);
      const marks = layout.events.filter((g) => g.label && g.event.kind === "point").map((g) => g.x);
      expect(marks.length).toBeGreaterThan(3);
      expect(layout.clusters.length).toBeGreaterThan(3);
      for (const pill of layout.clusters) {
        // The count, centred on the pill, with a pixel of air.
        const half = measureWithTable(pill.text, CLUSTER_FONT) / 2 + 1;
        const middle = (pill.x1 + pill.x2) / 2;
        const covered = marks.filter((x) => x + 5 > middle - half && x - 5 < middle + half);
        expect(covered, `pill ${pill.text} from ${pill.x1} to ${pill.x2} at ${width} px`).toEqual([]);
      }
    }
  });

  it("never hide their count under a labelled marker even where labelled events sit among the crowd", () => {
    // 3,000 events in a year, crowded in bursts, with strong ones (labelled) inside the bursts,
    // as on the dense gallery page: counts used to sit across those markers ("+1●5●9").
    let seed = 7;
    const random = () => ((seed = (seed * 16_807) % 2_147_483_647) - 1) / 2_147_483_646;
    const crowd: EventInput[] = Array.from({ length: 3000 }, (_, i) => {
      const burst = Math.floor(random() * 40);
      const day = burst * 9 + random() ** 3 * 6;
      return {
        date: new Date(Date.UTC(2023, 0, 1) + day * 86_400_000).toISOString().slice(0, 16),
        title: `Quake ${i}`,
        importance: random() < 0.02 ? 9 : random(),
      };
    });
    for (const width of [800, 1200, 1600]) {
      const layout = layoutOf({ events: crowd, maxLabelRows: 6 }, width);
      const marks = layout.events.filter((g) => g.label && g.event.kind === "point").map((g) => g.x);
      expect(layout.clusters.length).toBeGreaterThan(5);
      for (const pill of layout.clusters) {
        const half = measureWithTable(pill.text, CLUSTER_FONT) / 2 + 1;
        const middle = (pill.x1 + pill.x2) / 2;
        const covered = marks.filter((x) => x + 5 > middle - half && x - 5 < middle + half);
        expect(covered, `pill ${pill.text} from ${pill.x1} to ${pill.x2} at ${width} px`).toEqual([]);
      }
      // Pills still count most of what is not labelled: few events are left as loose markers.
      const loose = layout.events.filter((g) => !g.label && !g.clustered && g.event.kind === "point");
      expect(loose.length, `${width} px`).toBeLessThan(crowd.length / 10);
    }
  });

  it("never overlap each other", () => {
    const layout = layoutOf({ events, maxLabelRows: 2 }, 700);
    const pills = [...layout.clusters].sort((a, b) => a.x1 - b.x1);
    for (let i = 1; i < pills.length; i++) expect(pills[i]!.x1).toBeGreaterThanOrEqual(pills[i - 1]!.x2);
  });

  it("are drawn with their count and an accessible name saying how many and when", () => {
    const svg = renderSVG({ events, width: 900, maxLabelRows: 3 }, { document });
    const doc = new DOMParser().parseFromString(svg, "image/svg+xml");
    const pill = doc.querySelector(".chronoline-cluster")!;
    const count = Number(pill.getAttribute("data-count"));
    expect(pill.textContent).toBe(`+${count}`);
    expect(pill.getAttribute("aria-label")).toMatch(new RegExp(`^${count} more events, March \\d+, 2020`));
    // Every event (all points here) has a node of its own or is counted by a pill, never both:
    // a clustered event gets its node when the keyboard reaches it (live timelines).
    const counted = Array.from(doc.querySelectorAll(".chronoline-cluster"), (p) =>
      Number(p.getAttribute("data-count")),
    );
    const alone = doc.querySelectorAll(".chronoline-event").length;
    expect(alone + counted.reduce((a, b) => a + b, 0)).toBe(events.length);
  });
});

describe("clusters on a vertical timeline", () => {
  // 1,000 events in one year on a phone: a few win labels, the rest must not smear the spine.
  const year: EventInput[] = Array.from({ length: 1000 }, (_, i) => ({
    date: new Date(Date.UTC(2023, 0, 1) + Math.floor((i * 365 * 86_400_000) / 1000)).toISOString(),
    title: `Event ${i}`,
    importance: i % 97 === 0 ? 5 : 0,
  }));
  // A few spans beside the crowd: pills must leave their bars in sight.
  const spans: EventInput[] = [
    { start: "2023-02-01", end: "2023-04-01", title: "Spring span" },
    { start: "2023-09-01", end: "2023-09-20", title: "Short span" },
  ];
  const events = [...year, ...spans];
  const layout = layoutOf({ events, orientation: "vertical" }, 360);
  const box = (c: TimelineLayout["clusters"][number]): Box => clusterBox(c);

  it("run down the spine and account for every event exactly once", () => {
    expect(layout.spine).toBeDefined();
    expect(layout.clusters.length).toBeGreaterThan(5);
    const counts = new Map<number, number>();
    for (const c of layout.clusters) {
      expect(c.text).toBe(`+${c.members.length}`);
      for (const m of c.members) counts.set(m, (counts.get(m) ?? 0) + 1);
      // Down the spine: the pill straddles (or, beside a span, reaches) the spine's x.
      const b = box(c);
      expect(b.left).toBeLessThan(layout.spine!.x);
      expect(b.left + b.width).toBeGreaterThan(layout.spine!.x);
      expect(b.height).toBeGreaterThan(b.width / 2);
      expect(b.top).toBeGreaterThanOrEqual(0);
      expect(b.top + b.height).toBeLessThanOrEqual(layout.height);
    }
    const labelled = layout.events.filter((g) => g.label).length;
    expect(labelled).toBeGreaterThan(10);
    layout.events.forEach((g, i) => {
      const pills = counts.get(i) ?? 0;
      // Labelled, or its own marker, or counted by exactly one pill.
      if (g.label) expect(pills, g.event.id).toBe(0);
      expect(g.clustered, g.event.id).toBe(pills === 1);
      expect(pills, g.event.id).toBeLessThanOrEqual(1);
    });
    // Most of the crowd is in pills, not loose markers on the spine.
    const loose = layout.events.filter((g) => !g.label && !g.clustered && g.event.kind === "point");
    expect(loose.length).toBeLessThan(100);
  });

  it("never overlap a label, a span bar or each other", () => {
    const labels = layout.events.flatMap((g) => (g.label ? [g.label] : []));
    const bars = layout.events.flatMap((g) => (g.bar ? [g.bar] : []));
    expect(bars).toHaveLength(2);
    const pills = layout.clusters.map(box).sort((a, b) => a.top - b.top);
    for (const [k, pill] of pills.entries()) {
      for (const label of labels) expect(overlap(pill, label)).toBe(false);
      for (const bar of bars) expect(overlap(pill, { left: bar.x, top: bar.y, ...bar })).toBe(false);
      if (k > 0) expect(pill.top).toBeGreaterThanOrEqual(pills[k - 1]!.top + pills[k - 1]!.height);
    }
  });

  it("are drawn upright on the spine, with their count inside", () => {
    const svg = renderSVG({ events, width: 360, orientation: "vertical" }, { document });
    const doc = new DOMParser().parseFromString(svg, "image/svg+xml");
    const drawn = [...doc.querySelectorAll(".chronoline-cluster")];
    expect(drawn).toHaveLength(layout.clusters.length);
    const first = drawn[0]!;
    const rect = first.querySelector("rect")!;
    const text = first.querySelector("text")!;
    const [x, y, w, h] = ["x", "y", "width", "height"].map((a) => Number(rect.getAttribute(a)));
    expect(h!).toBeGreaterThan(w! / 2);
    expect(Number(text.getAttribute("x"))).toBeCloseTo(x! + w! / 2, 1);
    expect(Number(text.getAttribute("y"))).toBeGreaterThan(y!);
    expect(Number(text.getAttribute("y"))).toBeLessThan(y! + h!);
    expect(first.getAttribute("aria-label")).toMatch(/^\d+ more events, /);
    const counted = drawn.reduce((sum, p) => sum + Number(p.getAttribute("data-count")), 0);
    expect(doc.querySelectorAll(".chronoline-event").length + counted).toBe(
      layout.events.filter((g) => g.label || g.event.kind === "point").length,
    );
  });
});

describe("span lanes", () => {
  it("use the fewest lanes when uncapped, and at most maxLanes when capped, dropping no span", () => {
    const spans = Array.from({ length: 30 }, (_, i) => ({ start: i, end: i + 20 }));
    const free = assignLanes(spans);
    expect(Math.max(...free) + 1).toBe(20);
    const capped = assignLanes(spans, 0, 6);
    expect(capped).toHaveLength(30);
    expect(Math.max(...capped) + 1).toBe(6);
  });
});

describe("the vertical orientation", () => {
  it("labels every seed event at phone width, no two labels overlapping, each on its side of the spine", () => {
    const layout = layoutOf({ events: seed, orientation: "vertical" }, 360);
    expect(layout.orientation).toBe("vertical");
    const spine = layout.spine!;
    expect(layout.events.every((g) => g.label)).toBe(true);
    expect(overlappingLabels(layout)).toEqual([]);
    for (const g of layout.events) {
      const label = g.label!;
      expect(label.left).toBeGreaterThanOrEqual(0);
      expect(label.left + label.width).toBeLessThanOrEqual(360);
      if (label.anchor === "start") expect(label.left).toBeGreaterThan(spine.x);
      else expect(label.left + label.width).toBeLessThan(spine.x);
      // The leader starts level with the event on the spine.
      expect(label.connectorPath).toMatch(new RegExp(`^M[\\d.]+,${g.y}H`));
    }
  });

  it("keeps time in order down the spine", () => {
    const layout = layoutOf({ events: seed, orientation: "vertical" }, 360);
    const sorted = [...layout.events].sort((a, b) => a.event.start.time - b.event.start.time);
    for (let i = 1; i < sorted.length; i++) expect(sorted[i]!.y).toBeGreaterThanOrEqual(sorted[i - 1]!.y);
  });

  const eras: EraInput[] = [
    { start: "1991-12-16", end: "2019-03-20", title: "President Nursultan Nazarbayev" },
    { start: "2019-03-20", end: "2024-12-31", title: "President Kassym-Jomart Tokayev" },
    { start: "2019-03-20", end: "2019-06-01", title: "Transition" }, // too short for a title
  ];

  it("sets era titles at the top of their bands, in the left column, clear of labels and markers", () => {
    for (const width of [320, 360, 480]) {
      const layout = layoutOf({ events: seed, eras, orientation: "vertical" }, width);
      expect(eraTitleProblems(layout), `${width} px`).toEqual([]);
      const [nazarbayev, tokayev, transition] = layout.eras;
      expect(nazarbayev!.title, `${width} px`).toBe("President Nursultan Nazarbayev");
      expect(tokayev!.title, `${width} px`).toBe("President Kassym-Jomart Tokayev");
      expect(transition!.title).toBe("");
      for (const era of [nazarbayev!, tokayev!]) {
        const box = eraTitleBox(era)!;
        // Inside its own band, near its top, and left of the tick labels by the spine.
        expect(box.top).toBeGreaterThanOrEqual(era.y1);
        expect(box.top).toBeLessThan(era.y1 + 6);
        expect(box.top + box.height).toBeLessThanOrEqual(era.y2);
        expect(box.left + box.width).toBeLessThan(layout.spine!.x - 50);
      }
      // Every seed event keeps its label: the titles only move labels aside.
      expect(layout.events.every((g) => g.label)).toBe(true);
    }
  });

  it("draws era titles where layout put them, a wrapped title one line per tspan", () => {
    const layout = layoutOf({ events: seed, eras, orientation: "vertical" }, 360);
    const svg = renderSVG({ events: seed, eras, orientation: "vertical", width: 360 }, { document });
    const doc = new DOMParser().parseFromString(svg, "image/svg+xml");
    const titles = [...doc.querySelectorAll(".chronoline-era-title")];
    expect(titles.map((t) => t.getAttribute("y"))).toEqual(
      layout.eras.map((e) => String(e.titleY ?? e.y1 + 14)),
    );
    const first = titles[0]!;
    const lines = [...first.querySelectorAll("tspan")].map((t) => t.textContent);
    expect(lines).toEqual(layout.eras[0]!.titleLines);
    expect(lines.length).toBe(2);
    expect(first.textContent).toBe(lines.join(""));
  });

  it("never cuts a date: a date wider than its column takes two whole lines, the title below", () => {
    // Dates to the minute ("September 15, 1997, 14:32") are wider than a column at 330 px; dates
    // to the day are not. The long ones break onto two lines; none is cut or loses its label.
    const events: EventInput[] = seed.map((e, i) =>
      i % 2 && typeof e.date === "string" ? { ...e, date: `${e.date.slice(0, 4)}-09-15T14:32` } : e,
    );
    const layout = layoutOf({ events, orientation: "vertical" }, 330);
    expect(dateLineProblems(layout)).toEqual([]);
    const ids = parseData({ events }).events.map((e) => e.id);
    expect(lostEventProblems(layout, ids)).toEqual([]);
    expect(overlappingLabels(layout)).toEqual([]);
    expect(layout.events.every((g) => g.label)).toBe(true);
    const broken = layout.events.filter((g) => g.label!.dateLines);
    expect(broken.length).toBeGreaterThan(3);
    for (const g of broken) {
      const label = g.label!;
      expect(g.event.start.precision, g.event.id).toBe("minute");
      expect(label.dateLines).toHaveLength(2);
      for (const line of label.dateLines!) {
        expect(line).not.toMatch(/…$/);
        expect(measureWithTable(line, DATE_FONT), line).toBeLessThanOrEqual(label.width + 0.01);
      }
    }
  });

  it("breaks a span's date after its dash, so that each line is one whole date", () => {
    const events: EventInput[] = [
      { start: "1993-01-12", end: "1994-06-14", title: "Diplomatic relations open" },
      { start: "2017-06-10", end: "2017-09-10", title: "Expo 2017 in Astana" },
      { date: "2001-03-05", title: "Trade deal" },
    ];
    for (const locale of ["en-US", "ru-RU"] as const) {
      const layout = layoutOf({ events, orientation: "vertical", locale }, 320);
      expect(
        layout.events.every((g) => g.label),
        locale,
      ).toBe(true);
      const lines = layout.events.map((g) => g.label!.dateLines ?? [g.label!.date]);
      expect(lines, locale).toEqual(
        locale === "en-US"
          ? [["January 12, 1993 –", "June 14, 1994"], ["June 10 –", "September 10, 2017"], ["March 5, 2001"]]
          : [["12 января 1993 –", "14 июня 1994"], ["10 июня –", "10 сентября 2017"], ["5 марта 2001"]],
      );
      // The block is taller by the second date line, and labels stay apart.
      expect(layout.events[0]!.label!.height).toBeGreaterThan(layout.events[2]!.label!.height);
      expect(overlappingLabels(layout)).toEqual([]);
    }
    // Drawn: two date lines 13 px apart, then the title below the second.
    const svg = renderSVG({ events, orientation: "vertical", width: 320 }, { document });
    const doc = new DOMParser().parseFromString(svg, "image/svg+xml");
    const first = doc.querySelectorAll(".chronoline-event text")[0]!;
    const ys = (cls: string) =>
      [...first.querySelectorAll(`tspan.${cls}`)].map((t) => Number(t.getAttribute("y")));
    const [d1, d2] = ys("chronoline-label-date");
    const [t1] = ys("chronoline-label-title");
    expect([...first.querySelectorAll("tspan.chronoline-label-date")].map((t) => t.textContent)).toEqual([
      "January 12, 1993 –",
      "June 14, 1994",
    ]);
    expect(d2! - d1!).toBe(13);
    expect(t1! - d2!).toBe(16);
  });

  it('is what "auto" draws below 560 px, and horizontal from there up', () => {
    expect(orientationFor("auto", AUTO_VERTICAL_BELOW - 1)).toBe("vertical");
    expect(orientationFor("auto", AUTO_VERTICAL_BELOW)).toBe("horizontal");
    expect(orientationFor(undefined, 300)).toBe("horizontal");
    expect(layoutOf({ events: seed, orientation: "auto" }, 400).orientation).toBe("vertical");
  });
});

describe('annotations: "full"', () => {
  it("puts the first lines of each event's text under its title, within the label's box", () => {
    const layout = layoutOf({ events: seed, annotations: "full" }, 1280);
    const labelled = layout.events.filter((g) => g.label);
    expect(labelled.length).toBe(seed.length);
    for (const g of labelled) {
      const label = g.label!;
      expect(label.textLines.length).toBeGreaterThan(0);
      expect(label.textLines.length).toBeLessThanOrEqual(2);
      for (const line of label.textLines) {
        expect(measureWithTable(line, TEXT_FONT)).toBeLessThanOrEqual(label.width);
      }
    }
    expect(overlappingLabels(layout)).toEqual([]);
    expect(layoutOf({ events: seed }, 1280).events.every((g) => g.label?.textLines.length === 0)).toBe(true);
  });

  it("is refused with a clear error when misspelled", () => {
    expect(() => renderSVG({ events: seed, annotations: "all" as "full" }, { document })).toThrow(
      /annotations: "all" is not a kind of annotation/,
    );
  });
});

describe("spreadApart and wrapText", () => {
  it("spreadApart moves overlapping blocks apart as little as possible, keeping their order", () => {
    // Two 10 px blocks both wanting 100: they share the move, 5 px each way (and 2 px gap).
    expect(spreadApart([100, 100], [10, 10], 2)).toEqual([94, 106]);
    const tops = spreadApart([0, 3, 4, 50, 51], [10, 10, 10, 10, 10], 4, 0);
    for (let i = 1; i < tops.length; i++) expect(tops[i]!).toBeGreaterThanOrEqual(tops[i - 1]! + 14);
    expect(tops[0]).toBeGreaterThanOrEqual(0);
    // Blocks that do not overlap stay where they want to be.
    expect(spreadApart([0, 100, 200], [10, 10, 10], 4)).toEqual([0, 100, 200]);
    // A heavy block (an era title) stays put; the light one makes all the room.
    const [light, heavy] = spreadApart([100, 100], [10, 10], 2, -Infinity, [1, 1e9]);
    expect(heavy).toBeCloseTo(100, 5);
    expect(light).toBeCloseTo(88, 5);
  });

  it("wrapText breaks at spaces into lines that fit, and cuts what is left after the last line", () => {
    const text =
      "Kazakhstan and Singapore open diplomatic relations, the start of three decades of partnership";
    const lines = wrapText(text, TITLE_FONT, 150, 3, measureWithTable);
    expect(lines.length).toBe(3);
    for (const line of lines) expect(measureWithTable(line, TITLE_FONT)).toBeLessThanOrEqual(150);
    expect(lines[2]!.endsWith("…")).toBe(true);
    expect(wrapText("Short", TITLE_FONT, 150, 3, measureWithTable)).toEqual(["Short"]);
  });
});

describe("labels that slide", () => {
  it("slide sideways to save rows, still spanning their leader, which then stops at their edge", () => {
    const layout = layoutOf({ events: seed }, 1280);
    const slid = layout.events.filter(
      (g) => g.label && g.label.left < g.x - 1 && g.label.left + g.label.width > g.x + 1,
    );
    expect(slid.length).toBeGreaterThan(0);
    for (const g of slid) {
      const label = g.label!;
      const above = label.top < g.y;
      // The leader meets the block's near edge, never runs up through its text.
      expect(above ? label.connector.y1 : label.connector.y2).toBe(
        above ? label.top + label.height : label.top,
      );
    }
    expect(overlappingLabels(layout)).toEqual([]);
  });

  it("make the seed example need fewer rows than flags alone would", () => {
    const layout = layoutOf({ events: seed }, 1280);
    const rows = new Set(layout.events.flatMap((g) => (g.label ? [g.label.top] : [])));
    // Flags alone (before labels could slide) took 13 rows here: 6 above the axis, 7 below.
    expect(rows.size).toBeLessThan(13);
  });
});
