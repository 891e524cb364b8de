// Eras: named stretches of time drawn behind the events, read and checked like events.
import type { EraInput, TimelineEra } from "../types.js";
import { type Collector, lengthOf } from "./collector.js";
import { describeValue } from "./describe.js";
import type { DataIssue } from "./errors.js";
import { datePoint, optionalColor, requireText } from "./field-values.js";
import { dropFollowUps, isArraySafely, readable, readFields, unreadable } from "./read-safely.js";

const ERA_FIELDS = ["start", "end", "title", "color"] as const satisfies readonly (keyof EraInput)[];

/** The eras of `inputs`; each one with problems is handed to the collector, not kept. */
export function collectEras(inputs: unknown, path: string, collector: Collector): TimelineEra[] {
  const length = lengthOf(inputs, path, "eras", collector);
  const eras: TimelineEra[] = [];
  const raw = {} as Record<(typeof ERA_FIELDS)[number], unknown>;
  for (let index = 0; index < length; index++) {
    const issues: DataIssue[] = [];
    let input: unknown;
    let era: TimelineEra | undefined;
    try {
      input = (inputs as unknown[])[index];
      era = normalizeEra(input, index, raw, issues);
    } catch (error) {
      issues.push(unreadable("", error));
      era = undefined;
    }
    if (era && issues.length === 0) eras.push(era);
    else collector.reject(`${path}[${index}]`, input, issues);
  }
  return eras;
}

function normalizeEra(
  input: unknown,
  index: number,
  raw: Record<(typeof ERA_FIELDS)[number], unknown>,
  issues: DataIssue[],
): TimelineEra | undefined {
  if (typeof input !== "object" || input === null || isArraySafely(input)) {
    issues.push({
      path: "",
      message: `must be an object with start, end and title, got ${describeValue(input)}`,
    });
    return undefined;
  }
  const before = issues.length;
  if (!readable(input, issues)) return undefined;
  readFields(input, ERA_FIELDS, raw, issues);
  const title = requireText(raw.title, "title", issues);
  const start = datePoint(raw.start, "start", issues);
  const end = datePoint(raw.end, "end", issues);
  const color = optionalColor(raw.color, "color", issues);
  if (start && end && end.until <= start.time) {
    issues.push({
      path: "end",
      message: `${describeValue(raw.end)} is before the start ${describeValue(raw.start)}`,
    });
  }
  dropFollowUps(issues, before);
  if (issues.length > 0 || !start || !end || title === undefined) return undefined;
  return { index, start, end, title, color };
}
