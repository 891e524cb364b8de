/** Measures the width in pixels of `text` drawn in the CSS `font`. */
export type Measure = (text: string, font: string) => number;

// Advance widths of Helvetica (equal to Arial and Liberation Sans) in 1/1000 em, from the
// standard Adobe font metrics. Characters not listed count as the widest common letter.
const WIDTHS: Record<string, number> = {};
function assign(chars: string, width: number): void {
  for (const ch of chars) WIDTHS[ch] = width;
}
assign(" !,./:;I[\\]fijlt", 278);
assign("ijl", 222);
assign('"', 355);
assign("'", 191);
assign("()-`r{}", 333);
assign("*", 389);
assign("+<=>~", 584);
assign("#$0123456789?L_abdeghnopqu", 556);
assign("Jcksvxyz", 500);
assign("%", 889);
assign("&ABEKPSVXY", 667);
assign("CDHNRUw", 722);
assign("FTZ", 611);
assign("GOQ", 778);
assign("Mm", 833);
assign("W", 944);
assign("@", 1015);
assign("–", 556);
assign("—…", 1000);
const FALLBACK = 600;
const WIDE = 1000; // CJK and emoji are about one em wide

// Widths by UTF-16 code unit for the Basic Multilingual Plane, looked up without hashing: the
// table measurer runs for every label at every zoom step. Characters not listed count as the
// widest common letter, combining marks as nothing, CJK and later as one em; surrogate pairs
// (emoji) count as one wide character. Filled by ranges and then the listed letters: made
// letter by letter (a string and a property lookup for each of 65,536 code units) it took 60 ms
// of every page's script start, in a browser that measures with a canvas and never reads it.
const BMP = new Float32Array(0x10000);
BMP.fill(FALLBACK);
BMP.fill(0, 0x300, 0x370);
BMP.fill(WIDE, 0x2e80);
BMP.fill(WIDE / 2, 0xd800, 0xe000);
for (const ch of Object.keys(WIDTHS)) BMP[ch.charCodeAt(0)] = WIDTHS[ch]!;

/** Font size in px and weight read from a CSS font shorthand such as "600 13px Arial". */
const fonts = new Map<string, { size: number; bold: boolean }>();
function parseFont(font: string): { size: number; bold: boolean } {
  let parsed = fonts.get(font);
  if (!parsed) {
    const size = /(\d+(?:\.\d+)?)px/.exec(font);
    parsed = { size: size ? Number(size[1]) : 12, bold: /\b(bold|[6-9]00)\b/.test(font) };
    fonts.set(font, parsed);
  }
  return parsed;
}

/**
 * A deterministic measurer that needs no DOM: used in Node, in jsdom and in tests. It errs on the
 * wide side (bold text is about 8% wider) so that labels placed with it never collide when drawn.
 */
export const measureWithTable: Measure = (text, font) => {
  const { size, bold } = parseFont(font);
  let total = 0;
  for (let i = 0; i < text.length; i++) total += BMP[text.charCodeAt(i)]!;
  return (total / 1000) * size * (bold ? 1.08 : 1);
};

/**
 * Wraps a measurer with a cache per font, keyed by text: measuring is the costly part of layout,
 * and the same titles are measured at every zoom step. Each font's cache is emptied when it
 * reaches `limit` entries, so memory stays bounded.
 */
export function cachedMeasure(measure: Measure, limit = 20_000): Measure {
  const byFont = new Map<string, Map<string, number>>();
  return (text, font) => {
    let cache = byFont.get(font);
    if (!cache) byFont.set(font, (cache = new Map<string, number>()));
    let width = cache.get(text);
    if (width === undefined) {
      if (cache.size >= limit) cache.clear();
      width = measure(text, font);
      cache.set(text, width);
    }
    return width;
  };
}
