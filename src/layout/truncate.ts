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
  return textCutter(text, font, measure)(maxWidth).text;
}

/** A text as cut to a width (see `truncateText`), and the width of what is kept. */
export interface Cut {
  text: string;
  width: number;
}

/**
 * Cuts one text to many widths, as `truncateText` does, measuring each place it may be cut at
 * most once: layout cuts a title to the room on each side of its leader and again short of its
 * neighbours' leaders. `width` is the text's own width when the caller has measured it.
 */
export function textCutter(
  text: string,
  font: string,
  measure: Measure,
  width = measure(text, font),
): (maxWidth: number) => Cut {
  const whole: Cut = { text, width };
  const none: Cut = { text: "", width: 0 };
  let ellipsis = -1;
  // Where a cut may go: before each space, or after the whole text (when only trailing spaces
  // overflowed). A word cut in two ("Civil servi…") reads badly, and speech-input users must find
  // the visible words in the accessible name (axe: label-content-name-mismatch).
  let cuts: number[] | undefined;
  // By cut: the width of the text kept there with its ellipsis (NaN until measured), and the
  // cut as shown (trailing punctuation dropped) with its own width.
  let widths: Float64Array | undefined;
  let shown: (Cut | undefined)[] | undefined;
  return (maxWidth) => {
    if (width <= maxWidth) return whole;
    if (ellipsis < 0) ellipsis = measure(ELLIPSIS, font);
    if (ellipsis > maxWidth) return none;
    if (!cuts) {
      cuts = [];
      for (let i = text.indexOf(" "); i !== -1; i = text.indexOf(" ", i + 1)) cuts.push(i);
      cuts.push(text.length);
      widths = new Float64Array(cuts.length).fill(NaN);
      shown = new Array<Cut | undefined>(cuts.length);
    }
    // Binary search for the last cut that fits, measuring only there: a few words, not every letter.
    let lo = -1;
    let hi = cuts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      let w = widths![mid]!;
      if (Number.isNaN(w)) w = widths![mid] = measure(text.slice(0, cuts[mid]).trimEnd() + ELLIPSIS, font);
      if (w <= maxWidth) lo = mid;
      else hi = mid - 1;
    }
    // When not even the first word fits, nothing legible does.
    if (lo < 0 || cuts[lo]! <= 0) return none;
    let cut = shown![lo];
    if (!cut) {
      const kept = text.slice(0, cuts[lo]).trimEnd();
      const trimmed = kept.replace(/[\s,;:.–—-]+$/, "");
      // Without trailing punctuation to drop, the cut is what the search measured.
      const shownWidth = trimmed === kept ? widths![lo]! : measure(trimmed + ELLIPSIS, font);
      cut = shown![lo] = { text: trimmed + ELLIPSIS, width: shownWidth };
    }
    return cut;
  };
}
