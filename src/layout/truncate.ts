import type { Measure } from "./measure.js";

const ELLIPSIS = "…";

/** Fewest characters a cut text must keep to be worth showing: "M…" or "2… …" is noise. */
const LEGIBLE_CHARS = 4;

/**
 * True when `shown` is `full`, or a cut of it that keeps enough to read. Labels whose title or
 * date would be cut shorter are left out (the event keeps its marker) rather than shown as noise.
 * Characters are counted as a reader sees them (grapheme clusters): "👩‍👩‍👧…" keeps one, not five.
 */
export function isLegible(shown: string, full: string): boolean {
  if (shown === full) return shown !== "";
  if (!shown.endsWith(ELLIPSIS)) return false;
  return graphemes(shown) - 1 >= Math.min(LEGIBLE_CHARS, graphemes(full));
}

// Text of these code units alone has one grapheme per code unit: no surrogate pairs (emoji),
// no combining marks, no joiners, no CR LF. Most titles are such text and skip the segmenter.
const SIMPLE = /^[\x20-\x7e\xa0-\u02ff\u2010-\u2027]*$/;
let segmenter: Intl.Segmenter | undefined;

/** The number of grapheme clusters (user-perceived characters) in `text`. */
export function graphemes(text: string): number {
  if (SIMPLE.test(text)) return text.length;
  segmenter ??= new Intl.Segmenter(undefined, { granularity: "grapheme" });
  let count = 0;
  const segments = segmenter.segment(text)[Symbol.iterator]();
  while (!segments.next().done) count++;
  return count;
}

/**
 * The longest prefix of `text` that fits `maxWidth` with an ellipsis, cut after a whole word.
 * Returns the text unchanged when it fits, and "" when not even the first word fits. A cut is
 * made only before a space, so it never falls inside a grapheme cluster (an emoji sequence, a
 * flag, a letter with combining marks): what is kept reads as the start of the title.
 */
export function truncateText(text: string, font: string, maxWidth: number, measure: Measure): string {
  if (measure(text, font) <= maxWidth) return text;
  if (measure(ELLIPSIS, font) > maxWidth) return "";
  // Where a cut may go: before each space, or after the whole text (when only trailing spaces
  // overflowed). A word cut in two ("Civil servi…") reads badly, and speech-input users must find
  // the visible words in the accessible name (axe: label-content-name-mismatch).
  const cuts: number[] = [];
  for (let i = text.indexOf(" "); i !== -1; i = text.indexOf(" ", i + 1)) cuts.push(i);
  cuts.push(text.length);
  // Binary search for the last cut that fits, measuring only there: a few words, not every letter.
  let lo = -1;
  let hi = cuts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (measure(text.slice(0, cuts[mid]).trimEnd() + ELLIPSIS, font) <= maxWidth) lo = mid;
    else hi = mid - 1;
  }
  // When not even the first word fits, nothing legible does.
  if (lo < 0 || cuts[lo]! <= 0) return "";
  return (
    text
      .slice(0, cuts[lo])
      .trimEnd()
      .replace(/[\s,;:.–—-]+$/, "") + ELLIPSIS
  );
}
