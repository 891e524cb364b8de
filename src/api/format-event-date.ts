import { formatRange } from "../scale/format.js";
import type { TimelineEvent } from "../types.js";

/** An event's date as the timeline shows it, at its precision: "1993", "May 23–24, 2024". */
export function formatEventDate(event: Pick<TimelineEvent, "start" | "end">): string {
  return formatRange(event.start, event.end);
}
