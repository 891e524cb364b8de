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

/**
 * The options as read once: the own enumerable fields of `input`, each read inside a try, with
 * `locale` and `categoryColors` copied into plain objects and arrays. A field that throws is left
 * out and recorded as an issue at its path (`title`, `locale.time.months`,
 * `categoryColors["Economy"]`); an options object that cannot be read at all gives one issue at
 * `options`. Events and eras are kept as given: parsing reads them safely.
 */
export function readOptions(input: unknown, issues: DataIssue[]): Partial<TimelineOptions> {
  if (input === undefined || input === null) return {};
  if (typeof input !== "object" && typeof input !== "function") {
    issues.push({ path: "options", message: `must be an object, got ${describeValue(input)}` });
    return {};
  }
  let keys: string[];
  try {
    keys = Object.keys(input);
  } catch (error) {
    issues.push(unreadable("options", error));
    return {};
  }
  const read: Record<string, unknown> = {};
  for (const key of keys) {
    let value: unknown;
    try {
      value = (input as Record<string, unknown>)[key];
    } catch (error) {
      issues.push(unreadable(key, error));
      continue;
    }
    if (key === "locale" && typeof value === "object" && value !== null) value = localeCopy(value, issues);
    else if (key === "categoryColors") value = plainCopy(value, key, 1, issues, bracketed);
    read[key] = value;
  }
  return read;
}

function localeCopy(locale: object, issues: DataIssue[]): unknown {
  let known = localeCopies.get(locale);
  if (!known) {
    const found: DataIssue[] = [];
    known = { copy: plainCopy(locale, "locale", LOCALE_DEPTH, found, dotted), issues: found };
    localeCopies.set(locale, known);
  }
  issues.push(...known.issues);
  return known.copy;
}

/** `categoryColors["Economy"]`, as categoryColorIssues names a colour. */
const bracketed = (path: string, key: string): string => `${path}[${JSON.stringify(key)}]`;
/** `locale.time.months`; a key that is no identifier in brackets. */
const dotted = (path: string, key: string): string =>
  /^[A-Za-z_$][\w$]*$/.test(key) ? `${path}.${key}` : bracketed(path, key);

/**
 * A plain copy of `value`, `depth` levels of objects and arrays deep, each field read once inside
 * a try (a field that throws is left out, with an issue at its path). Below `depth`, and for
 * anything but objects and arrays, the value is kept as it is.
 */
function plainCopy(
  value: unknown,
  path: string,
  depth: number,
  issues: DataIssue[],
  keyPath: (path: string, key: string) => string,
): unknown {
  if (typeof value !== "object" || value === null || depth <= 0) return value;
  try {
    Object.getPrototypeOf(value); // a revoked Proxy throws here: one issue, not one per field
  } catch (error) {
    issues.push(unreadable(path, error));
    return undefined;
  }
  if (isArraySafely(value)) {
    const list = value as readonly unknown[];
    let length: number;
    try {
      length = list.length;
    } catch (error) {
      issues.push(unreadable(path, error));
      return undefined;
    }
    if (length > LONGEST_LIST) {
      issues.push({ path, message: `has ${length} items, more than an option can use` });
      return undefined;
    }
    const copy: unknown[] = [];
    for (let i = 0; i < length; i++) {
      try {
        copy.push(plainCopy(list[i], `${path}[${i}]`, depth - 1, issues, keyPath));
      } catch (error) {
        issues.push(unreadable(`${path}[${i}]`, error));
        copy.push(undefined);
      }
    }
    return copy;
  }
  let keys: string[];
  try {
    keys = Object.keys(value);
  } catch (error) {
    issues.push(unreadable(path, error));
    return undefined;
  }
  const copy: Record<string, unknown> = {};
  for (const key of keys) {
    const at = keyPath(path, key);
    try {
      copy[key] = plainCopy((value as Record<string, unknown>)[key], at, depth - 1, issues, keyPath);
    } catch (error) {
      issues.push(unreadable(at, error));
    }
  }
  return copy;
}
