import type { Measure } from "./measure.js";

const ELLIPSIS = "…";

/**
 * The longest prefix of `text` that fits `maxWidth` with an ellipsis, cut at a word boundary when
 * one is near. Returns the text unchanged when it fits, and "" when not even "…" fits.
 */
export function truncateText(text: string, font: string, maxWidth: number, measure: Measure): string {
  if (measure(text, font) <= maxWidth) return text;
  if (measure(ELLIPSIS, font) > maxWidth) return "";
  const chars = Array.from(text); // whole code points, never half an emoji
  let lo = 0;
  let hi = chars.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (measure(chars.slice(0, mid).join("").trimEnd() + ELLIPSIS, font) <= maxWidth) lo = mid;
    else hi = mid - 1;
  }
  const cut = chars.slice(0, lo).join("");
  const space = cut.lastIndexOf(" ");
  // Prefer ending on a whole word unless that throws away more than a third of the line.
  const kept = space > cut.length * 0.66 ? cut.slice(0, space) : cut;
  return kept.trimEnd().replace(/[\s,;:.–—-]+$/, "") + ELLIPSIS;
}
