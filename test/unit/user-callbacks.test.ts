import { describe, expect, it, vi } from "vitest";
import { createTimeline } from "../../src/api/create-timeline.js";
import { renderSVG } from "../../src/api/render-svg.js";
import type { EventInput } from "../../src/types.js";

// A user's own functions (measure, onInvalid) may throw. Their error must reach the caller, say
// which option threw, and leave nothing half made behind: no frame in the page, no observer or
// listener that would call the broken function again.

const EVENTS: EventInput[] = [
  { date: "1993-11", title: "The tenge is introduced" },
  { date: "1997", title: "Capital moves to Akmola" },
];

function container(): HTMLElement {
  const element = document.createElement("div");
  document.body.append(element);
  return element;
}

describe("a measure option that throws", () => {
  const broken = (): never => {
    throw new TypeError("no fonts here");
  };

  it("createTimeline throws an error naming options.measure, with the user's error as its cause", () => {
    const target = container();
    let caught: unknown;
    try {
      createTimeline(target, { events: EVENTS, width: 800, measure: broken });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(Error);
    expect((caught as Error).message).toMatch(/^chronoline: options\.measure threw: no fonts here/);
    expect((caught as Error).cause).toBeInstanceOf(TypeError);
  });

  it("leaves the container as it was, and nothing that draws again on resize or keys", () => {
    const target = container();
    target.append(document.createTextNode("Loading…"));
    const measure = vi.fn(broken);
    expect(() => createTimeline(target, { events: EVENTS, width: 800, measure })).toThrow(/options\.measure/);
    expect(target.childNodes).toHaveLength(1);
    expect(target.textContent).toBe("Loading…");
    const calls = measure.mock.calls.length;
    target.dispatchEvent(new KeyboardEvent("keydown", { key: "+", bubbles: true }));
    window.dispatchEvent(new Event("resize"));
    expect(measure.mock.calls.length).toBe(calls);
  });

  it("a timeline whose measure starts throwing on update keeps its drawing and can still be destroyed", () => {
    const target = container();
    let fail = false;
    const measure = (text: string): number => {
      if (fail) throw new Error("font gone");
      return text.length * 7;
    };
    const timeline = createTimeline(target, { events: EVENTS, width: 800, measure });
    const before = target.querySelectorAll(".chronoline-event").length;
    fail = true;
    expect(() => {
      timeline.update({ events: [...EVENTS, { date: "2017", title: "Expo" }] });
    }).toThrow(/^chronoline: options\.measure threw: font gone/);
    expect(target.querySelectorAll(".chronoline-event")).toHaveLength(before);
    timeline.destroy();
    expect(target.childNodes).toHaveLength(0);
  });

  it("renderSVG names the option too", () => {
    expect(() => renderSVG({ events: EVENTS, measure: broken })).toThrow(
      /^chronoline: options\.measure threw/,
    );
  });
});

describe("an onInvalid option that throws", () => {
  it("createTimeline throws an error naming options.onInvalid and leaves the container empty", () => {
    const target = container();
    const onInvalid = (): never => {
      throw new Error("stop");
    };
    expect(() =>
      createTimeline(target, { events: [...EVENTS, { date: "not a date", title: "Bad" }], onInvalid }),
    ).toThrow(/^chronoline: options\.onInvalid threw: stop/);
    expect(target.childNodes).toHaveLength(0);
  });
});
