/** One bad field: where it is (`events[3].date`) and what is wrong with it. */
export interface DataIssue {
  /** Where the bad value is, such as `events[3].date`. */
  path: string;
  /** What is wrong with it and, where possible, how to fix it. */
  message: string;
}

/**
 * Thrown when input cannot be used. It lists every bad field at once, so a user fixes their data
 * in one pass instead of one error at a time.
 */
export class TimelineDataError extends Error {
  /** Every problem found, in input order. */
  readonly issues: readonly DataIssue[];

  constructor(issues: readonly DataIssue[]) {
    const count = issues.length === 1 ? "1 problem" : `${issues.length} problems`;
    const lines = issues.map((issue) => `  ${issue.path}: ${issue.message}`);
    super(`chronoline: the data has ${count}:\n${lines.join("\n")}`);
    this.name = "TimelineDataError";
    this.issues = issues;
  }
}

/**
 * The error to throw when a function the user passed as an option (`measure`, `onInvalid`)
 * throws: it names the option, so the stack of a deep layout call does not hide whose code
 * failed, and keeps the user's own error as its `cause`.
 */
export function optionThrew(option: string, error: unknown): Error {
  let reason: string;
  try {
    reason = error instanceof Error ? error.message : String(error);
  } catch {
    reason = "an error that cannot be read"; // a revoked Proxy, a throwing toString
  }
  return new Error(`chronoline: options.${option} threw: ${reason}`, { cause: error });
}
