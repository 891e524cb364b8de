import { describe, expect, it } from "vitest";
import { createTimeline } from "../../src/api/create-timeline.js";
import { timelineWords } from "../../src/api/timeline-words.js";
import { parseEvents } from "../../src/data/normalize.js";
import type { EventInput } from "../../src/types.js";

/** The range words for `inputs`, zoomed to `view` as zoomTo reads it (its end is inclusive). */
const range = (inputs: EventInput[], view?: [string, string]) => {
  const events = parseEvents(inputs);
  const point = (d: string) => parseEvents([{ date: d, title: "t" }])[0]!.start;
  return timelineWords(undefined).range(
    events,
    view ? [point(view[0]).time, point(view[1]).until] : undefined,
  );
};

describe("the range words beside the zoom buttons", () => {
  it("read the same whatever order the events come in (no sort before the first paint)", () => {
    // The last to end is a tie between two points: the first of them in time order (by start,
    // then input order) gives its own date.
    const events = parseEvents([
      { date: "1995", title: "a", displayDate: "around 1995" },
      { date: "2001-06", title: "b" },
      { date: "2010", title: "c", displayDate: "in 2010" },
      { date: "2010", title: "d", displayDate: "also 2010" },
      { start: "1999", end: "2005", title: "e" },
    ]);
    const words = timelineWords(undefined);
    expect(words.range(events, undefined)).toBe("All events, around 1995 – in 2010");
    for (const order of [
      [4, 3, 2, 1, 0],
      [3, 0, 4, 2, 1],
      [2, 4, 1, 3, 0],
    ]) {
      expect(
        words.range(
          order.map((k) => events[k]!),
          undefined,
        ),
      ).toBe("All events, around 1995 – in 2010");
    }
  });

  it("write a range of years as years, a range of days as days", () => {
    expect(
      range([
        { date: "1993-03-30", title: "a" },
        { date: "2024-05-24", title: "b" },
      ]),
    ).toBe("All events, 1993 – 2024");
    expect(
      range([
        { date: "2024-05-23", title: "a" },
        { date: "2024-05-24", title: "b" },
      ]),
    ).toBe("All events, May 23–24, 2024");
  });

  it("write a lone event's date as it is given, with no made-up clock time", () => {
    expect(range([{ date: "2008", title: "Alone" }])).toBe("All events, 2008");
    expect(range([{ date: "2023-02-07", title: "Alone" }])).toBe("All events, February 7, 2023");
  });

  it("use an event's display date at the ends, so deep time reads as the labels do", () => {
    expect(
      range([
        { date: "-13800000000", title: "The Big Bang" },
        { date: "-300000", title: "Our species", displayDate: "300,000 years ago" },
      ]),
    ).toBe("All events, 13.8 billion years ago – 300,000 years ago");
  });

  it("end at the latest end, not at the last start", () => {
    expect(
      range([
        { start: "2020", end: "2030", title: "Concept" },
        { date: "2023", title: "Rules" },
      ]),
    ).toBe("All events, 2020 – 2030");
  });

  it("write a zoomed view as its ends", () => {
    expect(
      range(
        [
          { date: "1993", title: "a" },
          { date: "2024", title: "b" },
        ],
        ["2001", "2008"],
      ),
    ).toBe("Showing 2001 – 2008");
  });

  const year2023 = [
    { date: "2023-01-05", title: "a" },
    { date: "2023-12-20", title: "b" },
  ];
  it("write a view of whole months, days or years as those, never an end as the next unit's first day", () => {
    expect(range(year2023, ["2023-02", "2023-02"])).toBe("Showing February 2023");
    expect(range(year2023, ["2023-02", "2023-03"])).toBe("Showing February 2023 – March 2023");
    expect(range(year2023, ["2023-02-01", "2023-02-01"])).toBe("Showing February 1, 2023");
    expect(range(year2023, ["2023-02-01", "2023-02-03"])).toBe("Showing February 1–3, 2023");
    expect(range(year2023, ["2023-01-30", "2023-02-02"])).toBe("Showing January 30 – February 2, 2023");
    expect(range(year2023, ["2023", "2023"])).toBe("Showing 2023");
    expect(range(year2023, ["2019", "2023"])).toBe("Showing 2019 – 2023");
  });

  it("write a view that ends at midnight (a pan or zoom) as ending the day before", () => {
    const events = parseEvents(year2023);
    const words = timelineWords(undefined);
    const view = [Date.UTC(2023, 1, 3, 10), Date.UTC(2023, 2, 1)] as const;
    expect(words.range(events, view)).toBe("Showing February 3–28, 2023");
    // A view of hours reads as clock times, its end as it is.
    expect(words.range(events, [Date.UTC(2023, 1, 3, 10), Date.UTC(2023, 1, 3, 12, 30)])).toBe(
      "Showing February 3, 2023, 10:00 – February 3, 2023, 12:30",
    );
  });
});

describe("zoomTo a month", () => {
  it("shows the whole month, from its first day to the next month's, and says so", () => {
    const container = document.createElement("div");
    document.body.appendChild(container);
    const timeline = createTimeline(container, { events: year2023Events(), width: 960 });
    const zooms: { start: Date; end: Date }[] = [];
    timeline.on("zoom", (z) => zooms.push(z));
    timeline.zoomTo("2023-02", "2023-02");
    expect(zooms.map((z) => [z.start.toISOString(), z.end.toISOString()])).toEqual([
      ["2023-02-01T00:00:00.000Z", "2023-03-01T00:00:00.000Z"],
    ]);
    expect(container.querySelector(".chronoline-range")!.textContent).toBe("Showing February 2023");
    const shown = Array.from(container.querySelectorAll(".chronoline-event"), (n) =>
      n.getAttribute("data-id"),
    );
    // All of February, and nothing of January (March 1 sits on the view's edge, at its end).
    expect(shown).toEqual(expect.arrayContaining(["feb-1", "feb-28"]));
    expect(shown).not.toContain("jan-31");
    timeline.destroy();
    container.remove();
  });
});

function year2023Events(): EventInput[] {
  return [
    { id: "jan-31", date: "2023-01-31", title: "Last of January" },
    { id: "feb-1", date: "2023-02-01", title: "First of February" },
    { id: "feb-28", date: "2023-02-28", title: "Last of February" },
    { id: "mar-1", date: "2023-03-01", title: "First of March" },
    { id: "dec", date: "2023-12-20", title: "December" },
  ];
}

describe("the interface words in the timeline's locale", () => {
  it("are Russian and Kazakh for the ready-made locales, English for others", () => {
    expect(timelineWords("ru-RU").ui.showAll).toBe("Показать всё");
    expect(timelineWords("kk-KZ").ui.zoomIn).toBe("Үлкейту");
    expect(timelineWords(undefined).ui.showAll).toBe("Show all");
  });

  it("fill the range words in the locale", () => {
    const events = parseEvents([
      { date: "1993", title: "a" },
      { date: "2024", title: "b" },
    ]);
    expect(timelineWords("ru-RU").range(events, undefined)).toBe("Все события, 1993 – 2024");
  });

  it("take a custom locale's own words and keep English for the rest", () => {
    const ui = timelineWords({
      time: {
        dateTime: "%x %X",
        date: "%d/%m/%Y",
        time: "%H:%M:%S",
        periods: ["AM", "PM"],
        days: ["dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"],
        shortDays: ["dim.", "lun.", "mar.", "mer.", "jeu.", "ven.", "sam."],
        months: [
          "janvier",
          "février",
          "mars",
          "avril",
          "mai",
          "juin",
          "juillet",
          "août",
          "septembre",
          "octobre",
          "novembre",
          "décembre",
        ],
        shortMonths: [
          "janv.",
          "févr.",
          "mars",
          "avr.",
          "mai",
          "juin",
          "juil.",
          "août",
          "sept.",
          "oct.",
          "nov.",
          "déc.",
        ],
      },
      words: { showAll: "Tout voir" },
    }).ui;
    expect(ui.showAll).toBe("Tout voir");
    expect(ui.zoomIn).toBe("Zoom in");
  });
});
