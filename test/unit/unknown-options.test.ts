// An option key chronoline does not know ({ heigth: 300 }, { colour }) is a typo or a wish: it was
// ignored silently. It is still ignored (new options may come, and an older chronoline must not
// throw on them), but the console says so once per key, with the option it probably meant.
import { afterEach, describe, expect, it, vi } from "vitest";
import { createTimeline } from "../../src/api/create-timeline.js";
import { renderSVG } from "../../src/api/render-svg.js";
import type { TimelineOptions } from "../../src/types.js";

const events = [{ date: "2001", title: "A" }];
const withOptions = (options: Record<string, unknown>) => ({ events, ...options }) as TimelineOptions;
const warnings = () => vi.mocked(console.warn).mock.calls.map((call) => call.join(" "));

afterEach(() => {
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

describe("options chronoline does not know", () => {
  it("are named in one warning each, with the option a typo probably meant", () => {
    vi.spyOn(console, "warn").mockImplementation(() => {});
    const svg = renderSVG(withOptions({ widht: 500, tittle: "T", Theme: "dark", evnets: [], heigth: 300 }));
    expect(warnings()).toEqual([
      "chronoline: options.widht is not an option; did you mean width?",
      "chronoline: options.tittle is not an option; did you mean title?",
      "chronoline: options.Theme is not an option; did you mean theme?",
      "chronoline: options.evnets is not an option; did you mean events?",
      "chronoline: options.heigth is not an option",
    ]);
    expect(svg).toContain("<svg"); // still drawn: an unknown option is not an error
  });

  it("warn once per key, however often they are given", () => {
    vi.spyOn(console, "warn").mockImplementation(() => {});
    for (let i = 0; i < 3; i++) renderSVG(withOptions({ colour: "red", maxLabelRow: 3 }));
    expect(warnings()).toEqual([
      "chronoline: options.colour is not an option",
      "chronoline: options.maxLabelRow is not an option; did you mean maxLabelRows?",
    ]);
  });

  it("are named when update() is given them, and known options never are", () => {
    vi.spyOn(console, "warn").mockImplementation(() => {});
    const container = document.body.appendChild(document.createElement("div"));
    const timeline = createTimeline(
      container,
      withOptions({ width: 800, title: "T", theme: "dark", details: false, eventList: "table" }),
    );
    expect(warnings()).toEqual([]);
    timeline.update(withOptions({ orientaion: "vertical" }));
    expect(warnings()).toEqual([
      "chronoline: options.orientaion is not an option; did you mean orientation?",
    ]);
    timeline.destroy();
  });
});
