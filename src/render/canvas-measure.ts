import type { Measure } from "../layout/measure.js";

/**
 * Text widths from the browser's own font metrics, through a 2D canvas. Returns undefined where
 * there is no real canvas (jsdom, Node), so the caller falls back to the width table. Simple
 * scripts are measured letter by letter, each letter once per font (measuring every title and
 * each cut of it whole was a fifth of a first paint), see `slotOf`.
 */
export function createCanvasMeasure(document: Document): Measure | undefined {
  const view = document.defaultView;
  // jsdom has a canvas element without a context and complains when asked for one.
  if (!view || /jsdom/i.test(view.navigator.userAgent)) return undefined;
  const context = document.createElement("canvas").getContext("2d");
  if (!context) return undefined;
  // Setting the font parses it, even when it is the one already set: layout measures thousands
  // of texts in a handful of fonts, so the font is set only when it changes.
  let current = "";
  const measure = (text: string, font: string): number => {
    if (font !== current) {
      context.font = font;
      current = font;
    }
    return context.measureText(text).width;
  };
  const fonts = new Map<string, FontWidths>();
  return (text, font) => {
    let widths = fonts.get(font);
    if (!widths) {
      widths = {
        chars: new Float64Array(SLOTS).fill(-1),
        units: new Int32Array(SLOTS).fill(-1),
        whole: true,
        texts: new Map(),
        checked: 0,
        trusted: true,
      };
      fonts.set(font, widths);
    }
    if (widths.trusted) {
      // The letters' widths, each measured once per font, in one walk that stops at the first
      // letter of another script.
      const chars = widths.chars;
      let sum = 0;
      let i = 0;
      if (widths.whole) {
        // In whole units while every letter's width is one: the sum is then exactly the sum of
        // the widths in pixels (see FontWidths.units), without a new heap number per letter.
        const units = widths.units;
        for (; i < text.length; i++) {
          const slot = slotOf(text.charCodeAt(i));
          if (slot < 0) break;
          let width = units[slot]!;
          if (width < 0) {
            if (chars[slot]! < 0) chars[slot] = measure(text[i]!, font);
            width = chars[slot]! * UNITS_PER_PX;
            if (!(Number.isInteger(width) && width < MAX_LETTER_UNITS)) {
              widths.whole = false;
              break;
            }
            units[slot] = width;
          }
          sum += width;
        }
        sum /= UNITS_PER_PX;
      }
      if (!widths.whole) {
        sum = 0;
        for (i = 0; i < text.length; i++) {
          const slot = slotOf(text.charCodeAt(i));
          if (slot < 0) break;
          let width = chars[slot]!;
          if (width < 0) chars[slot] = width = measure(text[i]!, font);
          sum += width;
        }
      }
      if (i === text.length) {
        // The sum of the letters' own advances leaves kerning out, which only ever narrows
        // Latin, Greek and Cyrillic text in the fonts we know: so it is never less than the real
        // width, and labels measured so keep clear of each other. Checked against the real
        // width for the first texts of each font; a font where it falls short is measured whole
        // from then on.
        if (widths.checked < CHECKS) {
          widths.checked++;
          const real = measure(text, font);
          if (real > sum + 0.01) {
            widths.trusted = false;
            return real;
          }
        }
        return sum;
      }
    }
    // Measured whole, and kept: the same titles come back at every zoom step.
    let width = widths.texts.get(text);
    if (width === undefined) {
      if (widths.texts.size >= KEPT) widths.texts.clear();
      widths.texts.set(text, (width = measure(text, font)));
    }
    return width;
  };
}

/** How many texts of each font are measured both ways before the sum of letters is trusted. */
const CHECKS = 64;

/** Whole texts kept per font before the store is emptied, so memory stays bounded. */
const KEPT = 20_000;

/**
 * Letter widths in 1/65,536 px. A browser gives a letter's width in a font as a whole number of
 * its font units scaled, which in Chromium is a multiple of 2^-11 px at whole pixel sizes and of
 * 2^-16 px at others. Sums of such numbers below 2^37 px are exact in floating point, so the sum
 * of the whole units, divided once, is the same number as the sum in pixels, bit for bit: and in
 * code not yet optimized (all of a first paint) it is a small integer, while the sum in pixels
 * made a new 12-byte heap number at every letter (143,000 letters, 1.7 MB, at 10,000 events).
 */
const UNITS_PER_PX = 65_536;

/** A letter this wide (256 px) or wider is summed in pixels: its units would not be small integers. */
const MAX_LETTER_UNITS = 2 ** 24;

interface FontWidths {
  /** Width of each letter measured so far by its slot (`slotOf`), -1 where not yet measured. */
  chars: Float64Array;
  /** The same in whole units (UNITS_PER_PX), -1 where not yet measured. */
  units: Int32Array;
  /** No letter measured so far has a width that is not a whole number of units. */
  whole: boolean;
  texts: Map<string, number>;
  checked: number;
  trusted: boolean;
}

/** Slots of the letters measured one by one: U+0000–U+052F, then U+2010–U+2027. */
const SLOTS = 0x530 + 0x18;

/**
 * The slot of a letter of the scripts whose letters do not change shape or join with their
 * neighbours: Latin (with its precomposed accents), Greek, Cyrillic, and general punctuation such
 * as dashes, quotes and the ellipsis; -1 for anything else (control characters, combining marks,
 * Arabic, Indic, CJK, emoji, surrogates), whose text is measured whole.
 */
function slotOf(c: number): number {
  if (c < 0x20) return -1;
  if (c < 0x7f || (c >= 0xa0 && c < 0x250) || (c >= 0x370 && c < 0x530)) return c;
  if (c >= 0x2010 && c < 0x2028) return 0x530 + (c - 0x2010);
  return -1;
}
