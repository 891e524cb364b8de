import type { Measure } from "./measure.js";
import { DATE_FONT } from "./typography.js";

/** Most lines a label's date takes where it is too wide for one (vertical timelines). */
export const MAX_DATE_LINES = 2;

/**
 * A label's date in lines no wider than `width`, never cut: a date cut short reads as another
 * date. One line where it fits; else two, broken after the dash of a span ("June 10 –" /
 * "September 10, 2017") so that each line is one whole date, else at the last space that lets
 * both lines fit (a long `displayDate`). Undefined when no such break exists: the label is then
 * not shown, as before, and the event keeps its marker, the keyboard and the details card.
 */
export function dateLines(date: string, width: number, measure: Measure): string[] | undefined {
  if (measure(date, DATE_FONT) <= width) return [date];
  const fits = (line: string): boolean => line !== "" && measure(line, DATE_FONT) <= width;
  const dash = date.indexOf(" – ");
  if (dash > 0) {
    const first = `${date.slice(0, dash)} –`;
    const second = date.slice(dash + 3);
    if (fits(first) && fits(second)) return [first, second];
  }
  for (let at = date.lastIndexOf(" "); at > 0; at = date.lastIndexOf(" ", at - 1)) {
    const first = date.slice(0, at).trimEnd();
    const second = date.slice(at + 1).trimStart();
    if (!fits(first)) continue; // a shorter first line may fit
    return fits(second) ? [first, second] : undefined; // a shorter first line only lengthens it
  }
  return undefined;
}
