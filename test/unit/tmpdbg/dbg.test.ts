import { test } from "vitest";
import events from "../../../examples/data/kazakhstan-singapore.json";
import { buildModel, parseData, pickMeasure } from "../../../src/api/prepare.js";
test("dbg", () => {
  const data = parseData({ events: events as any });
  for (const w of [1160, 700, 360]) {
    const m = buildModel(data, {}, w, pickMeasure({}, undefined), undefined, null);
    const shown = m.layout.events.filter((g) => g.label);
    console.log("W", w, "labels", shown.length, "/", m.layout.events.length, "height", m.layout.height, "missing", m.layout.events.filter((g) => !g.label).map((g) => g.event.id).join(","));
  }
});
