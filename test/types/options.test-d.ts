// Type tests: good options compile, wrong ones do not. Run by vitest's typecheck (`npm test`).
import { describe, expectTypeOf, it } from "vitest";
import {
  createTimeline,
  parseEvents,
  renderSVG,
  type EventInput,
  type Timeline,
  type TimelineEvent,
  type TimelineOptions,
} from "../../src/index.js";

describe("the public types", () => {
  it("accept every documented date form", () => {
    const events: EventInput[] = [
      { date: "1993-03-30", title: "string" },
      { date: 1993, title: "number" },
      { date: new Date(0), title: "Date" },
      { date: { year: 1993, month: 3 }, title: "object" },
      { start: "2020", end: "2023", title: "span", importance: 2, link: "https://example.org" },
    ];
    expectTypeOf(parseEvents(events)).toEqualTypeOf<TimelineEvent[]>();
  });

  it("return a Timeline handle whose listeners receive typed values", () => {
    const mount = (el: Element): Timeline => createTimeline(el, { events: [], theme: "auto" });
    expectTypeOf(mount).returns.toEqualTypeOf<Timeline>();
    const timeline = {} as Timeline;
    timeline.on("select", (event) => expectTypeOf(event).toEqualTypeOf<TimelineEvent>());
    timeline.on("zoom", (range) =>
      expectTypeOf(range).toEqualTypeOf<{ start: Date; end: Date; startTime: number; endTime: number }>(),
    );
    expectTypeOf(timeline.on("focus", () => undefined)).toEqualTypeOf<() => void>();
  });

  it("reject a bad orientation, a non-string title and an unknown theme", () => {
    // @ts-expect-error orientation must be "horizontal"
    const badOrientation: TimelineOptions = { events: [], orientation: "diagonal" };
    // @ts-expect-error an event title must be a string
    const badTitle: EventInput = { date: "1993", title: 42 };
    // @ts-expect-error the theme must be light, dark or auto
    renderSVG({ events: [], theme: "neon" });
    // @ts-expect-error the timeline's title must be a string
    const badTimelineTitle: TimelineOptions = { events: [], title: ["not", "text"] };
    const timeline = {} as Timeline;
    // @ts-expect-error an unknown listener type
    timeline.on("hover", () => undefined);
    expectTypeOf([badOrientation, badTitle, badTimelineTitle]).not.toBeAny();
  });
});
