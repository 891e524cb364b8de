import { describe, expect, it } from "vitest";
import { timelineWords } from "../../src/api/timeline-words.js";
import { parseEvents } from "../../src/data/normalize.js";
import type { EventInput } from "../../src/types.js";

const range = (inputs: EventInput[], view?: [string, string]) => {
  const events = parseEvents(inputs);
  const at = (d: string) => parseEvents([{ date: d, title: "t" }])[0]!.start.time;
  return timelineWords(undefined).range(events, view ? [at(view[0]), at(view[1])] : undefined);
};

describe("the range words beside the zoom buttons", () => {
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
});

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
