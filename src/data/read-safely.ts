import type { DataIssue } from "./errors.js";

/**
 * Reading a user's object can run the user's code: a getter, a Proxy trap, a revoked Proxy. An
 * exception from there must become a TimelineDataError naming the field (or an onInvalid report),
 * never escape from chronoline as a foreign error with no path. These helpers read each field
 * once, inside a try, and record what could not be read.
 */

/** The issue for a value whose reading threw. */
export function unreadable(path: string, error: unknown): DataIssue {
  return { path, message: `could not be read: ${errorText(error)}` };
}

/** The message of a thrown value, itself read safely and kept short. */
function errorText(error: unknown): string {
  try {
    const message: unknown = error instanceof Error ? error.message : error;
    const text = typeof message === "string" ? message : String(message);
    return text === "" ? "it threw an error" : text.length > 80 ? `${text.slice(0, 80)}…` : text;
  } catch {
    return "it threw an error"; // a message that cannot even be read
  }
}

/** True when `input` can be read; else false, with one issue at "" (the object itself). */
export function readable(input: object, issues: DataIssue[]): boolean {
  try {
    Object.getPrototypeOf(input); // a revoked Proxy throws here: one issue, not one per field
    return true;
  } catch (error) {
    issues.push(unreadable("", error));
    return false;
  }
}

/**
 * Copies `fields[from…]` of `input` into `raw`, each read once. Every one of them is written, as
 * `raw` may hold the fields of the item before: a field that throws is set to undefined and
 * recorded as an issue at its name.
 */
export function readFields<K extends string>(
  input: object,
  fields: readonly K[],
  raw: Record<K, unknown>,
  issues: DataIssue[],
  from = 0,
): void {
  // An index, not for…of: no iterator and no result object per field, while the code is still cold.
  for (let i = from; i < fields.length; i++) {
    const field = fields[i]!;
    try {
      raw[field] = (input as Record<K, unknown>)[field];
    } catch (error) {
      raw[field] = undefined;
      issues.push(unreadable(field, error));
    }
  }
}

/**
 * Removes, from `issues[from…]`, the follow-ups of a field that could not be read ("is missing",
 * "must be text"): its one issue says what happened.
 */
export function dropFollowUps(issues: DataIssue[], from: number): void {
  if (issues.length === from) return; // the usual case: no Set for an item without problems
  const unread = new Set<string>();
  let kept = from;
  for (let i = from; i < issues.length; i++) {
    const issue = issues[i]!;
    if (unread.has(issue.path)) continue;
    if (issue.message.startsWith("could not be read: ")) unread.add(issue.path);
    issues[kept++] = issue;
  }
  issues.length = kept;
}

/** `Array.isArray`, false for a revoked Proxy (where it throws). */
export function isArraySafely(value: unknown): boolean {
  try {
    return Array.isArray(value);
  } catch {
    return false;
  }
}
