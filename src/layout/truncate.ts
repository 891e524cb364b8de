import type { Measure } from "./measure.js";

const ELLIPSIS = "…";

/** Fewest characters a cut text must keep to be worth showing: "M…" or "2… …" is noise. */
const LEGIBLE_CHARS = 4;

/**
 * True when `shown` is `full`, or a cut of it that keeps enough to read. Labels whose title or
 * date would be cut shorter are left out (the event keeps its marker) rather than shown as noise.
 */
export function isLegible(shown: string, full: string): boolean {
  if (shown === full) return shown !== "";
  return (
    shown.endsWith(ELLIPSIS) &&
    Array.from(shown).length - 1 >= Math.min(LEGIBLE_CHARS, Array.from(full).length)
  );
}

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
  // End on a whole word: a word cut in two ("Civil servi…") reads badly, and speech-input users
  // must find the visible words in the accessible name (axe: label-content-name-mismatch).
  // When not even the first word fits, nothing legible does.
  const space = cut.length < text.length && text[cut.length] !== " " ? cut.lastIndexOf(" ") : cut.length;
  if (space <= 0) return "";
  const kept = cut.slice(0, space);
  return kept.trimEnd().replace(/[\s,;:.–—-]+$/, "") + ELLIPSIS;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
