// Objects that fight back (issue 8): reading a user's object runs the user's code — getters,
// Proxy traps, revoked Proxies. Whatever they throw must come out as a TimelineDataError naming
// the field, or as an onInvalid report, never as the user's own exception from inside chronoline.
// And widths no screen can hold are refused by name.
import { describe, expect, it } from "vitest";
import { createTimeline } from "../../src/api/create-timeline.js";
import { renderSVG } from "../../src/api/render-svg.js";
import { TimelineDataError } from "../../src/data/errors.js";
import { parseEras, parseEvents } from "../../src/data/normalize.js";
import type { SkippedInput, TimelineOptions } from "../../src/types.js";
import { dataError } from "./data-error.js";

const issuesOf = (error: TimelineDataError) => error.issues.map((i) => `${i.path}: ${i.message}`);
const good = { date: "2000", title: "Good" };
const hostileTitle = () => ({
  date: "1993",
  get title(): string {
    throw new Error("x");
  },
});
const revoked = (): object => {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
};

describe("user objects whose reading throws", () => {
  it("a throwing getter is named by its field", () => {
    const error = dataError(() => parseEvents([good, hostileTitle()]));
    expect(issuesOf(error)).toEqual(["events[1].title: could not be read: x"]);
  });

  it("with onInvalid, the event is skipped and reported, and the others are kept", () => {
    const skipped: SkippedInput[] = [];
    const events = parseEvents([good, hostileTitle()], { onInvalid: (s) => skipped.push(s) });
    expect(events.map((e) => e.title)).toEqual(["Good"]);
    expect(skipped.map((s) => s.path)).toEqual(["events[1]"]);
    expect(skipped[0]!.issues).toEqual([{ path: "events[1].title", message: "could not be read: x" }]);
  });

  it("a Proxy whose traps throw, a revoked Proxy and a throwing date object", () => {
    const trap = new Proxy(
      {},
      {
        get(_, key) {
          if (key === "title") throw new TypeError("no title for you");
          return key === "date" ? "1999" : undefined;
        },
      },
    );
    const year = {
      get year(): number {
        throw new Error("no year");
      },
    };
    const error = dataError(() => parseEvents([trap, revoked(), { date: year, title: "Y" }]));
    const issues = issuesOf(error);
    expect(issues[0]).toBe("events[0].title: could not be read: no title for you");
    // A revoked Proxy cannot be read at all: one issue says so.
    expect(issues.filter((i) => i.startsWith("events[1]"))).toEqual([
      "events[1]: could not be read: Cannot perform 'getPrototypeOf' on a proxy that has been revoked",
    ]);
    expect(
      issues.every(
        (i) => i.startsWith("events[0]") || i.startsWith("events[1]") || i.startsWith("events[2]"),
      ),
    ).toBe(true);
    expect(issues).toContain("events[2].date: could not be read: no year");
  });

  it("events that are a revoked Proxy, or an array whose length or items throw, are named as events", () => {
    expect(issuesOf(dataError(() => parseEvents(revoked())))).toEqual([
      "events: must be an array of events, got an object that cannot be read",
    ]);
    const length = new Proxy([good], {
      get(target, key) {
        if (key === "length") throw new Error("no length");
        return Reflect.get(target, key);
      },
    });
    expect(issuesOf(dataError(() => parseEvents(length)))).toEqual(["events: could not be read: no length"]);
    const item = new Proxy([good, good], {
      get(target, key) {
        if (key === "1") throw new Error("no item");
        return Reflect.get(target, key);
      },
    });
    expect(issuesOf(dataError(() => parseEvents(item)))).toEqual(["events[1]: could not be read: no item"]);
  });

  it("an era's throwing colour is named too, and a thrown non-Error is described safely", () => {
    const era = {
      start: "1990",
      end: "2000",
      title: "Era",
      get color(): string {
        // eslint-disable-next-line @typescript-eslint/only-throw-error -- what hostile code does
        throw {
          get message(): string {
            throw new Error("worse");
          },
          toString(): string {
            throw new Error("worse still");
          },
        };
      },
    };
    expect(issuesOf(dataError(() => parseEras([era])))).toEqual([
      "eras[0].color: could not be read: it threw an error",
    ]);
  });

  it("renderSVG reports them as data errors, never the user's exception", () => {
    const error = dataError(() => renderSVG({ events: [good, hostileTitle()] }));
    expect(error.message).toContain("events[1].title: could not be read: x");
  });
});

describe("options whose reading throws", () => {
  const thrower = (message: string) => () => {
    throw new Error(message);
  };
  /** `target` with the getter `get` for `key`. */
  const withGetter = <T extends object>(target: T, key: string, get: () => unknown): T =>
    Object.defineProperty(target, key, { get, enumerable: true });
  const trapped = <T extends object>(target: T, key: string, message: string): T =>
    new Proxy(target, {
      get(t, k) {
        if (k === key) throw new TypeError(message);
        return Reflect.get(t, k) as unknown;
      },
    });
  /** What createTimeline throws for these options, and whether it left anything in the page. */
  function refused(options: unknown): { issues: string[]; leftBehind: number } {
    const container = document.createElement("div");
    document.body.appendChild(container);
    const error = dataError(() => createTimeline(container, options as TimelineOptions));
    const leftBehind = container.childNodes.length;
    container.remove();
    return { issues: issuesOf(error), leftBehind };
  }

  it("a throwing getter, a Proxy's throwing trap and a revoked Proxy are named, and nothing is made", () => {
    expect(refused(withGetter({ events: [good] }, "title", thrower("no title")))).toEqual({
      issues: ["title: could not be read: no title"],
      leftBehind: 0,
    });
    expect(refused(trapped({ events: [good], theme: "dark" }, "theme", "no theme"))).toEqual({
      issues: ["theme: could not be read: no theme"],
      leftBehind: 0,
    });
    const { issues, leftBehind } = refused(revoked());
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatch(/^options: could not be read: Cannot perform 'ownKeys' on a proxy/);
    expect(leftBehind).toBe(0);
  });

  it("categoryColors that throw are named by the colour", () => {
    const byName = withGetter({ Politics: "red" }, "Economy", thrower("no colour"));
    expect(refused({ events: [good], categoryColors: byName }).issues).toEqual([
      'categoryColors["Economy"]: could not be read: no colour',
    ]);
    const list = trapped(["red", "blue"], "1", "no second colour");
    expect(refused({ events: [good], categoryColors: list }).issues).toEqual([
      "categoryColors[1]: could not be read: no second colour",
    ]);
    expect(refused({ events: [good], categoryColors: revoked() }).issues).toEqual([
      "categoryColors: could not be read: Cannot perform 'ownKeys' on a proxy that has been revoked",
    ]);
    // A colour that is an object whose toJSON throws is described, not turned into JSON.
    const sly = { toJSON: thrower("no JSON") };
    expect(refused({ events: [good], categoryColors: [sly] }).issues).toEqual([
      "categoryColors[0]: an object is not a colour; use a name, #hex, rgb() or hsl()",
    ]);
    expect(refused({ events: [good], orientation: sly }).issues).toEqual([
      'orientation: an object is not an orientation; use "horizontal", "vertical" or "auto"',
    ]);
  });

  it("a locale whose words, names or whole object throw is named down to the field", () => {
    const time = {
      dateTime: "%x, %X",
      date: "%d.%m.%Y",
      time: "%H:%M:%S",
      periods: ["AM", "PM"],
      days: ["Su", "Mo", "Tu", "We", "Th", "Fr", "Sa"],
      shortDays: ["Su", "Mo", "Tu", "We", "Th", "Fr", "Sa"],
      months: trapped(["a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l"], "3", "no April"),
      shortMonths: ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l"],
    };
    expect(refused({ events: [good], locale: { time } }).issues).toEqual([
      "locale.time.months[3]: could not be read: no April",
    ]);
    const words = withGetter({ time: { ...time, months: time.shortMonths } }, "words", thrower("no words"));
    expect(refused({ events: [good], locale: words }).issues).toEqual([
      "locale.words: could not be read: no words",
    ]);
    const named = {
      time: { ...time, months: time.shortMonths },
      words: withGetter({}, "showing", thrower("x")),
    };
    expect(refused({ events: [good], locale: named }).issues).toEqual([
      "locale.words.showing: could not be read: x",
    ]);
    expect(refused({ events: [good], locale: revoked() }).issues).toEqual([
      "locale: could not be read: Cannot perform 'ownKeys' on a proxy that has been revoked",
    ]);
  });

  it("renderSVG and update() refuse them by name too; update keeps the timeline as it was", () => {
    const svgError = dataError(() => renderSVG(withGetter({ events: [good] }, "width", thrower("no width"))));
    expect(issuesOf(svgError)).toEqual(["width: could not be read: no width"]);
    const container = document.createElement("div");
    document.body.appendChild(container);
    const timeline = createTimeline(container, { events: [good], width: 800, title: "Before" });
    const before = container.innerHTML;
    const error = dataError(() => {
      timeline.update(withGetter({ events: [good, { date: "2001", title: "More" }] }, "title", thrower("x")));
    });
    expect(issuesOf(error)).toEqual(["title: could not be read: x"]);
    expect(container.innerHTML).toBe(before);
    expect(timeline.events).toHaveLength(1);
    timeline.destroy();
    container.remove();
  });

  it("each option is read once, when the timeline is made: never again while it is drawn", () => {
    const reads = { locale: 0, categoryColors: 0 };
    const options = { events: [{ ...good, category: "A" }], width: 800 };
    withGetter(options, "locale", () => {
      reads.locale++;
      return "ru-RU";
    });
    withGetter(options, "categoryColors", () => {
      reads.categoryColors++;
      return { A: "red" };
    });
    const container = document.createElement("div");
    document.body.appendChild(container);
    const timeline = createTimeline(container, options);
    timeline.zoomTo("1999", "2001");
    timeline.resetZoom();
    timeline.update({ title: "Again" });
    expect(reads).toEqual({ locale: 1, categoryColors: 1 });
    expect(container.querySelector("svg")!.outerHTML).toContain("red"); // the colour, read that once
    timeline.destroy();
    container.remove();
  });
});

describe("widths no screen can hold", () => {
  it("1e9, Infinity, NaN, 0 and negative widths are refused by name", () => {
    for (const width of [1e9, 100_001, Infinity, Number.NaN, 0, -5]) {
      const error = dataError(() => renderSVG({ events: [good], width }));
      expect(
        error.issues.map((i) => i.path),
        String(width),
      ).toEqual(["width"]);
    }
    expect(issuesOf(dataError(() => renderSVG({ events: [good], width: 1e9 })))).toEqual([
      "width: must be at most 100000 pixels, got 1000000000",
    ]);
  });

  it("the widest allowed width is drawn", () => {
    const svg = renderSVG({ events: [good], width: 100_000 });
    expect(svg).toMatch(/<svg[^>]+width="100000"/);
  });
});
