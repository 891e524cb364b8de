import { dateFormatterFor } from "../scale/resolve-locale.js";
import type { TimelineEvent, TimelineOptions } from "../types.js";

/**
 * An event's date as the timeline shows it, at its precision: "1993", "May 23–24, 2024"; its
 * `displayDate` when it has one. Pass the timeline's `locale` for the same words:
 * `formatEventDate(event, "ru-RU")` reads "23–24 мая 2024".
 */
export function formatEventDate(
  event: Pick<TimelineEvent, "start" | "end"> & { displayDate?: string | undefined },
  locale?: TimelineOptions["locale"],
): string {
  return event.displayDate ?? dateFormatterFor(locale).range(event.start, event.end);
}
