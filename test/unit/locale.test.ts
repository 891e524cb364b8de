import { describe, expect, it } from "vitest";
import { formatEventDate } from "../../src/api/format-event-date.js";
import { renderSVG } from "../../src/api/render-svg.js";
import { parseDate } from "../../src/data/dates.js";
import { TimelineDataError } from "../../src/data/errors.js";
import { parseEvents } from "../../src/data/normalize.js";
import { compactRange, createDateFormatter } from "../../src/scale/date-formatter.js";
import { EN_US, KK_KZ, RU_RU } from "../../src/scale/locales.js";
import type { DateInput, TimeLocaleDefinition, TimePoint } from "../../src/types.js";

const point = (value: DateInput): TimePoint => {
  const result = parseDate(value);
  if (!result.ok) throw new Error(result.message);
  return result.point;
};
const range = (format: ReturnType<typeof createDateFormatter>, start: DateInput, end: DateInput) => {
  const [event] = parseEvents([{ start, end, title: "x" }]);
  return format.range(event!.start, event!.end);
};
const utc = (y: number, m0: number, d: number) => new Date(Date.UTC(y, m0, d));
/** A rendered SVG string parsed as a standalone document. */
const svgDocument = (svg: string): Document => new DOMParser().parseFromString(svg, "image/svg+xml");

const russian = createDateFormatter(RU_RU);
const kazakh = createDateFormatter(KK_KZ);

describe("the ready-made locales", () => {
  it("ru-RU writes months in the nominative alone and in the genitive after a day", () => {
    expect(russian.point(point("2024-05"))).toBe("май 2024");
    expect(russian.point(point("2024-05-23"))).toBe("23 мая 2024");
    expect(russian.point(point("2024-05-23T10:30"))).toBe("23 мая 2024, 10:30");
    expect(russian.point(point("1993-03-30"))).toBe("30 марта 1993");
  });

  it("kk-KZ writes the year first with ж., and Kazakh month names", () => {
    expect(kazakh.point(point("2024-05"))).toBe("2024 ж. мамыр");
    expect(kazakh.point(point("2024-05-23"))).toBe("2024 ж. 23 мамыр");
    expect(kazakh.point(point("1993-03-30T09:05:07"))).toBe("1993 ж. 30 наурыз, 09:05:07");
    expect(KK_KZ.time.months).toEqual([
      "қаңтар",
      "ақпан",
      "наурыз",
      "сәуір",
      "мамыр",
      "маусым",
      "шілде",
      "тамыз",
      "қыркүйек",
      "қазан",
      "қараша",
      "желтоқсан",
    ]);
    expect(KK_KZ.time.days[1]).toBe("дүйсенбі");
  });

  it("each locale has its own BCE wording, with no year 0", () => {
    expect(russian.year(-43)).toBe("44 до н. э.");
    expect(kazakh.year(-43)).toBe("б.з.д. 44");
    expect(russian.year(0)).toBe("1 до н. э.");
    expect(russian.point(point("-0043-03-15"))).toBe("15 марта 44 до н. э.");
  });

  it("years of five digits and more are grouped as the locale groups numbers", () => {
    expect(createDateFormatter({ time: RU_RU.time }).year(12000)).toBe("12000"); // no number locale
    expect(russian.year(-11999)).toBe("12\u00a0000 до н. э.");
    expect(kazakh.year(-11999)).toBe("б.з.д. 12\u00a0000");
    expect(russian.year(2024)).toBe("2024");
  });

  it("ranges within a year are written once where both ends agree, in every locale", () => {
    expect(range(russian, "2024-05-23", "2024-05-24")).toBe("23–24 мая 2024");
    expect(range(russian, "2024-05-30", "2024-06-02")).toBe("30 мая – 2 июня 2024");
    expect(range(kazakh, "2024-05-23", "2024-05-24")).toBe("2024 ж. 23–24 мамыр");
    expect(range(kazakh, "2024-05-30", "2024-06-02")).toBe("2024 ж. 30 мамыр – 2 маусым");
    expect(range(russian, "2020", "2023")).toBe("2020 – 2023");
    expect(range(russian, "2023-12-30", "2024-01-02")).toBe("30 декабря 2023 – 2 января 2024");
  });

  it("compactRange keeps the spaces next to the shared words", () => {
    expect(compactRange("May 23, 2024", "May 24, 2024")).toBe("May 23–24, 2024");
    expect(compactRange("May 30, 2024", "June 2, 2024")).toBe("May 30 – June 2, 2024");
  });

  it("axis ticks use the locale's short month and weekday names", () => {
    expect(russian.tick(utc(2024, 0, 1))).toBe("2024");
    expect(russian.tick(utc(2024, 2, 1))).toBe("мар");
    // 3 March 2024 was a Sunday, which starts a week; other days show their weekday.
    expect(russian.tick(utc(2024, 2, 3))).toBe("3 мар");
    expect(russian.tick(utc(2024, 2, 5))).toBe("вт 5");
    expect(kazakh.tick(utc(2024, 4, 1))).toBe("мам.");
    expect(kazakh.tick(utc(2024, 2, 3))).toBe("3 нау.");
    expect(kazakh.tick(utc(2024, 2, 5))).toBe("сс, 5");
  });

  it("event counts follow the language's plural rules", () => {
    expect([1, 3, 5, 21].map((n) => russian.count(n))).toEqual([
      "1 событие",
      "3 события",
      "5 событий",
      "21 событие",
    ]);
    expect([1, 5].map((n) => kazakh.count(n))).toEqual(["1 оқиға", "5 оқиға"]);
  });

  it("event counts group their thousands as the language does", () => {
    expect(createDateFormatter(EN_US).count(5000)).toBe("5,000 events");
    expect(russian.count(5000)).toBe("5\u00a0000 событий");
    expect(russian.count(1_250_001)).toBe("1\u00a0250\u00a0001 событие");
    expect(kazakh.count(5000)).toBe("5\u00a0000 оқиға");
    expect(createDateFormatter(EN_US).count(999)).toBe("999 events");
  });
});

describe("the locale option", () => {
  const events = [
    { date: "2024-05-23", title: "State visit", category: "Diplomacy" },
    { date: "1993-03-30", title: "Relations", category: "Diplomacy" },
    { date: "2008-02", title: "Embassy" },
  ];
  const eras = [{ start: "1993", end: "2007", title: "Mission years" }];
  const render = (options: object) =>
    svgDocument(renderSVG({ events, eras, width: 960, ...options }, { document }));

  it("renderSVG writes labels, ticks, accessible names and the summary in the chosen locale", () => {
    const doc = render({ locale: "ru-RU" });
    const dates = [...doc.querySelectorAll(".chronoline-label-date")].map((n) => n.textContent);
    expect(dates).toEqual(expect.arrayContaining(["30 марта 1993", "февраль 2008", "23 мая 2024"]));
    expect(doc.querySelector("title")!.textContent).toBe("Хронология, 3 события, с 1993 по 2024");
    expect(doc.querySelector('.chronoline-event[aria-label="23 мая 2024: State visit"]')).not.toBeNull();
    expect(doc.querySelector(".chronoline-era")!.getAttribute("aria-label")).toBe("Период: Mission years");
    const ticks = [...doc.querySelectorAll(".chronoline-axis .tick text")].map((n) => n.textContent);
    expect(ticks).toContain("2000");
  });

  it("the summary of a long timeline writes its count as the language does: 1,200 and 1 200", () => {
    const many = Array.from({ length: 1200 }, (_, i) => ({ date: String(1900 + (i % 100)), title: `e${i}` }));
    const title = (locale?: string) =>
      svgDocument(
        renderSVG({ events: many, width: 960, ...(locale ? { locale } : {}) }, { document }),
      ).querySelector("title")!.textContent;
    expect(title()).toBe("Timeline, 1,200 events, 1900 to 1999");
    expect(title("ru-RU")).toBe("Хронология, 1\u00a0200 событий, с 1900 по 1999");
  });

  it("an empty timeline says so in its locale", () => {
    const doc = svgDocument(renderSVG({ events: [], locale: "kk-KZ" }, { document }));
    expect(doc.querySelector(".chronoline-empty")!.textContent).toBe("Көрсететін оқиға жоқ");
    expect(doc.querySelector("title")!.textContent).toBe("Оқиғасыз хронология");
  });

  it("accepts any d3-time-format locale definition on its own", () => {
    const german: TimeLocaleDefinition = {
      dateTime: "%A, der %e. %B %Y, %X",
      date: "%d.%m.%Y",
      time: "%H:%M:%S",
      periods: ["AM", "PM"],
      days: ["Sonntag", "Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag"],
      shortDays: ["So", "Mo", "Di", "Mi", "Do", "Fr", "Sa"],
      months: [
        "Januar",
        "Februar",
        "März",
        "April",
        "Mai",
        "Juni",
        "Juli",
        "August",
        "September",
        "Oktober",
        "November",
        "Dezember",
      ],
      shortMonths: ["Jan", "Feb", "Mrz", "Apr", "Mai", "Jun", "Jul", "Aug", "Sep", "Okt", "Nov", "Dez"],
    };
    const doc = render({ locale: german });
    const dates = [...doc.querySelectorAll(".chronoline-label-date")].map((n) => n.textContent);
    expect(dates).toEqual(expect.arrayContaining(["23 Mai 2024", "Februar 2008"]));
  });

  it("refuses an unknown locale name, and a locale object missing its names, naming the option", () => {
    expect(() => render({ locale: "fr-FR" })).toThrow(TimelineDataError);
    expect(() => render({ locale: "fr-FR" })).toThrow(
      'locale: "fr-FR" is not a ready-made locale; use "en-US", "ru-RU", "kk-KZ", or pass a locale object',
    );
    expect(() => render({ locale: { months: ["x"] } })).toThrow("locale: months must list 12 names");
  });

  it("formatEventDate speaks the locale it is given, and an event's displayDate wins", () => {
    const [visit] = parseEvents([{ start: "2024-05-23", end: "2024-05-24", title: "Visit" }]);
    expect(formatEventDate(visit!)).toBe("May 23–24, 2024");
    expect(formatEventDate(visit!, "kk-KZ")).toBe("2024 ж. 23–24 мамыр");
    const [saka] = parseEvents([{ date: "-0499", title: "Saka", displayDate: "c. 500 BCE" }]);
    expect(formatEventDate(saka!, "ru-RU")).toBe("c. 500 BCE");
  });

  it("an event's displayDate is its label's date line and the start of its accessible name", () => {
    const doc = svgDocument(
      renderSVG(
        {
          events: [
            { date: "1993", title: "Founding", displayDate: "Spring 1993" },
            { date: "2000", title: "Later" },
          ],
        },
        { document },
      ),
    );
    const founding = [...doc.querySelectorAll(".chronoline-event")].find((e) =>
      e.textContent.includes("Founding"),
    )!;
    expect(founding.querySelector(".chronoline-label-date")!.textContent).toBe("Spring 1993");
    expect(founding.getAttribute("aria-label")).toBe("Spring 1993: Founding");
  });
});

describe("category colours", () => {
  const events = [
    { date: "1993", title: "A", category: "Diplomacy" },
    { date: "2000", title: "B", category: "Economy" },
    { date: "2010", title: "C", category: "Diplomacy" },
  ];
  const colorOf = (svg: string): Record<string, string> =>
    Object.fromEntries(
      [...svgDocument(svg).querySelectorAll(".chronoline-event")].map((e) => [
        e.querySelector(".chronoline-label-title")?.textContent ?? "",
        (e as SVGElement).style.getPropertyValue("--chronoline-event-color"),
      ]),
    );

  it("come from d3's Tableau10 scheme by default, each behind a CSS custom property a page can set", () => {
    expect(colorOf(renderSVG({ events }, { document }))).toEqual({
      A: "var(--chronoline-category-1, #4e79a7)",
      B: "var(--chronoline-category-2, #f28e2c)",
      C: "var(--chronoline-category-1, #4e79a7)",
    });
  });

  it("can be set by category name, or as a list in order of first appearance", () => {
    expect(colorOf(renderSVG({ events, categoryColors: { Economy: "#123456" } }, { document }))).toEqual({
      A: "var(--chronoline-category-1, #4e79a7)",
      B: "#123456",
      C: "var(--chronoline-category-1, #4e79a7)",
    });
    expect(colorOf(renderSVG({ events, categoryColors: ["red", "rgb(0, 128, 0)"] }, { document }))).toEqual({
      A: "var(--chronoline-category-1, red)",
      B: "var(--chronoline-category-2, rgb(0, 128, 0))",
      C: "var(--chronoline-category-1, red)",
    });
  });

  it("refuses values that are not colours, naming each", () => {
    expect(() =>
      renderSVG({ events, categoryColors: { Economy: "red; background: url(x)" } }, { document }),
    ).toThrow('categoryColors["Economy"]: "red; background: url(x)" is not a colour');
    expect(() => renderSVG({ events, categoryColors: [42 as unknown as string] }, { document })).toThrow(
      "categoryColors[0]: 42 is not a colour",
    );
  });
});
