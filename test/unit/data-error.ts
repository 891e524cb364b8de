import { expect } from "vitest";
import { TimelineDataError } from "../../src/data/errors.js";

/** The TimelineDataError that `fn` must throw: never a TypeError from deep inside. */
export function dataError(fn: () => unknown): TimelineDataError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(TimelineDataError);
    return error as TimelineDataError;
  }
  throw new Error("expected a TimelineDataError, nothing was thrown");
}
