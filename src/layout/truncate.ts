import type { Measure } from "./measure.js";

const ELLIPSIS = "…";

/**
 * The longest prefix of `text` that fits `maxWidth` with an ellipsis, cut at a word boundary when
 * one is near. Returns the text unchanged when it fits, and "" when not even "…" fits.
 */
export function truncateText(text: string, font: string, maxWidth: number, measure: Measure): string {
  if (measure(text, font) <= maxWidth) return text;
  if (measure(ELLIPSIS, font) > maxWidth) return "";
  // Binary search on the prefix length, in UTF-16 units, never ending inside a surrogate pair.
  const prefix = (n: number): string => {
    const end = n > 0 && isHighSurrogate(text.charCodeAt(n - 1)) ? n - 1 : n;
    return text.slice(0, end);
  };
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (measure(prefix(mid).trimEnd() + ELLIPSIS, font) <= maxWidth) lo = mid;
    else hi = mid - 1;
  }
  const cut = prefix(lo);
  const space = cut.lastIndexOf(" ");
  // Prefer ending on a whole word unless that throws away more than a third of the line.
  const kept = space > cut.length * 0.66 ? cut.slice(0, space) : cut;
  return kept.trimEnd().replace(/[\s,;:.–—-]+$/, "") + ELLIPSIS;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
