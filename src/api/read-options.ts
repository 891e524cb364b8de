import { describeValue } from "../data/describe.js";
import type { DataIssue } from "../data/errors.js";
import { isArraySafely, unreadable } from "../data/read-safely.js";
import type { TimelineOptions } from "../types.js";

/**
 * Reading the options can run the user's code, as reading events can (see read-safely.ts): a
 * getter, a Proxy trap, a revoked Proxy, in the options object or in the objects inside it (the
 * locale, with its words and month names; categoryColors). What they throw must come out as a
 * TimelineDataError naming the option, never as a foreign exception from inside chronoline, and
 * never half-way through drawing. So the options are read once, up front, into plain copies, and
 * chronoline reads only the copies afterwards.
 */

/** How deep the locale is copied: `locale.words.events.one`, `locale.time.months[0]`. */
const LOCALE_DEPTH = 4;
/** A list longer than this in an option is not read item by item (no option needs as many). */
const LONGEST_LIST = 10_000;

/** Plain copies of locale objects, by the object given: read once, as formatters are made once. */
const localeCopies = new WeakMap<object, { copy: unknown; issues: readonly DataIssue[] }>();

type KeyPath = (path: string, key: string) => string;
/** `categoryColors["Economy"]` and `categoryColors[1]`, as categoryColorIssues names colours. */
const bracketed: KeyPath = (path, key) => `${path}[${/^\d+$/.test(key) ? key : JSON.stringify(key)}]`;
/** `locale.time.months[3]`; a key that is no identifier in brackets. */
const dotted: KeyPath = (path, key) =>
  /^[A-Za-z_$][\w$]*$/.test(key) ? `${path}.${key}` : bracketed(path, key);

/**
 * The options as read once: the own enumerable fields of `input`, each read inside a try, with
 * `locale` and `categoryColors` copied into plain objects and arrays. A field that throws is left
 * out and recorded as an issue at its path (`title`, `locale.time.months[3]`,
 * `categoryColors["Economy"]`); an options object that cannot be read at all gives one issue at
 * `options`. Events and eras are kept as given: parsing reads them safely.
 */
export function readOptions(input: unknown, issues: DataIssue[]): Partial<TimelineOptions> {
  if (input === undefined || input === null) return {};
  // An array is most likely the events passed alone: its indexes are no options.
  if (typeof input !== "object" || isArraySafely(input)) {
    issues.push({
      path: "options",
      message: `must be an object such as { events }, got ${describeValue(input)}`,
    });
    return {};
  }
  const read = copy(input, "options", 1, issues, (_, key) => key) as Record<string, unknown> | undefined;
  if (read?.categoryColors)
    read.categoryColors = copy(read.categoryColors, "categoryColors", 1, issues, bracketed);
  const locale = read?.locale;
  if (typeof locale === "object" && locale !== null) {
    let known = localeCopies.get(locale);
    if (!known) {
      const found: DataIssue[] = [];
      known = { copy: copy(locale, "locale", LOCALE_DEPTH, found, dotted), issues: found };
      localeCopies.set(locale, known);
    }
    issues.push(...known.issues);
    read!.locale = known.copy;
  }
  return read ?? {};
}

/**
 * A plain copy of `value`, `depth` levels of objects and arrays deep: each own enumerable field
 * (each item of an array) read once inside a try; one that throws is left out, with an issue at
 * its path. Below `depth`, and for anything but objects, the value is kept as it is.
 */
function copy(value: unknown, path: string, depth: number, issues: DataIssue[], keyPath: KeyPath): unknown {
  if (typeof value !== "object" || value === null || depth <= 0) return value;
  let keys: string[];
  const list = isArraySafely(value); // false for a revoked Proxy, whose Object.keys throws below
  try {
    const length = list ? (value as unknown[]).length : 0;
    if (length > LONGEST_LIST) {
      issues.push({ path, message: `has ${length} items, more than an option can use` });
      return undefined;
    }
    keys = list ? Array.from({ length }, (_, i) => String(i)) : Object.keys(value);
  } catch (error) {
    issues.push(unreadable(path, error));
    return undefined;
  }
  const result = (list ? [] : {}) as Record<string, unknown>;
  for (const key of keys) {
    const at = keyPath(path, key);
    try {
      result[key] = copy((value as Record<string, unknown>)[key], at, depth - 1, issues, keyPath);
    } catch (error) {
      issues.push(unreadable(at, error));
    }
  }
  return result;
}
