import { describe, expect, it } from "vitest";
import { eventNear } from "../../src/interact/hit-test.js";
import type { EventGeometry } from "../../src/layout/layout.js";

const point = (id: string, x: number, y: number, extra: Partial<EventGeometry> = {}): EventGeometry =>
  ({
    event: { id },
    x,
    x2: x,
    y,
    barHeight: 0,
    label: undefined,
    clustered: false,
    band: 0,
    bar: undefined,
    ...extra,
  }) as EventGeometry;

describe("eventNear", () => {
  const events = [
    point("a", 100, 50),
    point("b", 112, 50),
    point("span", 200, 40, { bar: { x: 200, y: 40, width: 80, height: 6 } }),
    point("labelled", 400, 50, {
      label: { left: 406, top: 10, width: 120, height: 31 } as EventGeometry["label"],
    }),
    point("hidden", 600, 50, { clustered: true }),
  ];

  it("eventNear picks the nearest marker within 10 px, and nothing farther", () => {
    expect(eventNear(events, 104, 52)).toBe("a");
    expect(eventNear(events, 107, 50)).toBe("b"); // nearer b than a
    expect(eventNear(events, 100, 65)).toBeNull();
  });

  it("eventNear counts a span bar and a label with a margin of 3 px", () => {
    expect(eventNear(events, 240, 48)).toBe("span");
    expect(eventNear(events, 240, 52)).toBeNull();
    expect(eventNear(events, 500, 20)).toBe("labelled"); // between the glyphs of its label
    expect(eventNear(events, 528, 43)).toBe("labelled");
  });

  it("eventNear leaves the events that a cluster pill stands for to the pill", () => {
    expect(eventNear(events, 600, 50)).toBeNull();
  });
});
