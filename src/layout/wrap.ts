import type { Measure } from "./measure.js";
import { truncateText } from "./truncate.js";

/**
 * Breaks text into at most `maxLines` lines no wider than `width`, at spaces (greedy, as
 * browsers do). A word wider than a line, or text left over after the last line, is cut with
 * an ellipsis, so the block never grows past `maxLines`.
 */
export function wrapText(
  text: string,
  font: string,
  width: number,
  maxLines: number,
  measure: Measure,
): string[] {
  const fit = (line: string): string => truncateText(line, font, width, measure);
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = "";
  for (let w = 0; w < words.length; w++) {
    const word = words[w]!;
    const candidate = line ? `${line} ${word}` : word;
    if (measure(candidate, font) <= width) {
      line = candidate;
      continue;
    }
    if (line) lines.push(fit(line));
    line = word;
    if (lines.length === maxLines - 1) {
      // The last line takes the rest of the text, cut to fit.
      lines.push(truncateText(words.slice(w).join(" "), font, width, measure));
      return lines;
    }
  }
  if (line) lines.push(fit(line));
  return lines;
}
