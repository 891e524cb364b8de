import { describeValue } from "../data/describe.js";
import type { DataIssue } from "../data/errors.js";

/** Problems with the options of the interactive parts: `details` and `eventList`. */
export function interactionOptionIssues(options: { details?: unknown; eventList?: unknown }): DataIssue[] {
  const issues: DataIssue[] = [];
  if (options.details !== undefined && typeof options.details !== "boolean") {
    issues.push({ path: "details", message: `must be true or false, got ${describeValue(options.details)}` });
  }
  if (options.eventList !== undefined && options.eventList !== "hidden" && options.eventList !== "table") {
    issues.push({
      path: "eventList",
      message: `${describeValue(options.eventList)} is not a choice; use "hidden" or "table"`,
    });
  }
  return issues;
}
