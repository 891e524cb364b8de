// Objects that fight back (issue 8): reading a user's object runs the user's code — getters,
// Proxy traps, revoked Proxies. Whatever they throw must come out as a TimelineDataError naming
// the field, or as an onInvalid report, never as the user's own exception from inside chronoline.
// And widths no screen can hold are refused by name.
import { describe, expect, it } from "vitest";
import { renderSVG } from "../../src/api/render-svg.js";
import { TimelineDataError } from "../../src/data/errors.js";
import { parseEras, parseEvents } from "../../src/data/normalize.js";
import type { SkippedInput } from "../../src/types.js";
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
