// Where the problems of one parse gather, item by item, until they are thrown or reported.
import type { SkippedInput } from "../types.js";
import { describeValue } from "./describe.js";
import { type DataIssue, optionThrew, TimelineDataError } from "./errors.js";
import { isArraySafely, unreadable } from "./read-safely.js";

/** Options of `parseEvents` and `parseEras`. */
export interface ParseOptions {
  /**
   * Leave out each event or era that cannot be used, and report it here, instead of throwing.
   * Problems of the whole input (events that are not an array) still throw.
   * @defaultValue none: any problem throws one TimelineDataError listing them all
   */
  onInvalid?: ((skipped: SkippedInput) => void) | undefined;
}

/**
 * Gathers problems item by item. An item with problems is either kept for the one error thrown at
 * the end, or, with `onInvalid`, skipped and reported once the whole input has been read.
 *
 * While an item is read, its issues name only the field ("title", or "" for the item itself): the
 * item's own path ("events[3]") is put in front by `reject`, so that the tens of thousands of items
 * without problems never build it.
 */
export interface Collector {
  /** Problems of the whole input, which cannot be skipped. */
  readonly whole: DataIssue[];
  /** Records the problems of the item at `at`, whose issue paths name its fields. */
  reject(at: string, input: unknown, issues: DataIssue[]): void;
  /** Throws every problem, or reports the skipped items. */
  finish(): void;
}

export function createCollector({ onInvalid }: ParseOptions): Collector {
  const whole: DataIssue[] = [];
  const items: DataIssue[] = [];
  const skipped: SkippedInput[] = [];
  return {
    whole,
    reject(at, input, issues) {
      for (const issue of issues) issue.path = issue.path === "" ? at : `${at}.${issue.path}`;
      if (onInvalid) skipped.push({ path: at, input, issues });
      else items.push(...issues);
    },
    finish() {
      const all = [...whole, ...items];
      // Input order: a problem of the whole "events" before its items, events before eras.
      all.sort((a, b) => rank(a.path) - rank(b.path));
      if (all.length > 0) throw new TimelineDataError(all);
      for (const item of skipped) {
        try {
          onInvalid!(item);
        } catch (error) {
          throw optionThrew("onInvalid", error);
        }
      }
    },
  };
}

function rank(path: string): number {
  return path.startsWith("eras") ? 1 : 0;
}

/** The number of items of `inputs`, or 0 with a problem of the whole input when it is no array. */
export function lengthOf(inputs: unknown, path: string, what: string, collector: Collector): number {
  let length: unknown;
  try {
    length = isArraySafely(inputs) ? (inputs as unknown[]).length : undefined;
  } catch (error) {
    collector.whole.push(unreadable(path, error));
    return 0;
  }
  if (typeof length !== "number") {
    collector.whole.push({ path, message: `must be an array of ${what}, got ${describeValue(inputs)}` });
    return 0;
  }
  return length;
}
