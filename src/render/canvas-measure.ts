import type { Measure } from "../layout/measure.js";

/**
 * Text widths from the browser's own font metrics, through a 2D canvas. Returns undefined where
 * there is no real canvas (jsdom, Node), so the caller falls back to the width table. Simple
 * scripts are measured letter by letter, each letter once per font (measuring every title and
 * each cut of it whole was a fifth of a first paint), see `isSimple`.
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
    if (!widths)
      fonts.set(font, (widths = { chars: new Map(), texts: new Map(), checked: 0, trusted: true }));
    if (!widths.trusted || !isSimple(text)) {
      // Measured whole, and kept: the same titles come back at every zoom step.
      let width = widths.texts.get(text);
      if (width === undefined) {
        if (widths.texts.size >= KEPT) widths.texts.clear();
        widths.texts.set(text, (width = measure(text, font)));
      }
      return width;
    }
    let sum = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      let width = widths.chars.get(code);
      if (width === undefined) widths.chars.set(code, (width = measure(text[i]!, font)));
      sum += width;
    }
    // The sum of the letters' own advances leaves kerning out, which only ever narrows Latin,
    // Greek and Cyrillic text in the fonts we know: so it is never less than the real width, and
    // labels measured so keep clear of each other. Checked against the real width for the first
    // texts of each font; a font where it falls short is measured whole from then on.
    if (widths.checked < CHECKS) {
      widths.checked++;
      const real = measure(text, font);
      if (real > sum + 0.01) {
        widths.trusted = false;
        return real;
      }
    }
    return sum;
  };
}

/** How many texts of each font are measured both ways before the sum of letters is trusted. */
const CHECKS = 64;

/** Whole texts kept per font before the store is emptied, so memory stays bounded. */
const KEPT = 20_000;

interface FontWidths {
  chars: Map<number, number>;
  texts: Map<string, number>;
  checked: number;
  trusted: boolean;
}

/**
 * Text in scripts whose letters do not change shape or join with their neighbours: Latin (with
 * its precomposed accents), Greek, Cyrillic, and general punctuation such as dashes, quotes and
 * the ellipsis. Anything else (combining marks, Arabic, Indic, CJK, emoji, surrogates) is
 * measured whole.
 */
function isSimple(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20) return false;
    if (c < 0x7f || (c >= 0xa0 && c < 0x250) || (c >= 0x370 && c < 0x530) || (c >= 0x2010 && c < 0x2028))
      continue;
    return false;
  }
  return true;
}
