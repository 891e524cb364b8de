import { test } from "vitest";
import events from "../../../examples/data/kazakhstan-singapore.json";
import { buildModel, parseData, pickMeasure } from "../../../src/api/prepare.js";
import * as rows from "../../../src/layout/label-rows.js";
test("dbg", () => {
  const data = parseData({ events: events as any });
  const orig = rows.assignRows;
  const m = buildModel(data, {}, 1160, pickMeasure({}, undefined), undefined, null);
});
