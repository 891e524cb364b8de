import type { Measure } from "../layout/measure.js";
import { FONT_PROPERTIES, THEMED_FONTS } from "../render/styles.js";

/**
 * Measures labels in the fonts a page themes them with. Layout asks for widths in its own fonts
 * (`TITLE_FONT`…); when the page sets `--chronoline-font-family` or a size property anywhere
 * above the SVG, the text is drawn in another font, and a label measured in the default one
 * would be cut, or overlap its neighbour. So, before each layout, the SVG's computed values of
 * the public font properties are read; when they change, each font is resolved by the browser
 * itself (a probe with the stylesheet's own `font` value, clamps and fallbacks included) and
 * layout's fonts are measured as the resolved ones.
 *
 * Returns `measureIn(svg)`: the measurer for the next layout. With no font property set it is
 * `measure` itself, and reading the properties is the only cost.
 */
export function createThemedMeasure(measure: Measure): (svg: SVGSVGElement) => Measure {
  let signature = "";
  let themed = measure;
  return (svg) => {
    const view = svg.ownerDocument.defaultView;
    if (!view || !svg.isConnected) return themed;
    const style = view.getComputedStyle(svg);
    const next = FONT_PROPERTIES.map((name) => style.getPropertyValue(name).trim()).join("\n");
    if (next === signature) return themed;
    signature = next;
    if (!next.trim()) return (themed = measure);
    const fonts = resolveFonts(svg, view);
    themed = (text, font) => measure(text, fonts.get(font) ?? font);
    return themed;
  };
}

/** Each of layout's fonts as the browser resolves the stylesheet's `font` for it inside `svg`. */
function resolveFonts(svg: SVGSVGElement, view: Window): Map<string, string> {
  const fonts = new Map<string, string>();
  const probe = svg.ownerDocument.createElementNS("http://www.w3.org/2000/svg", "text");
  probe.setAttribute("aria-hidden", "true");
  svg.append(probe);
  try {
    for (const [measured, drawn] of Object.entries(THEMED_FONTS)) {
      probe.style.setProperty("font", drawn);
      const { fontStyle, fontWeight, fontSize, fontFamily } = view.getComputedStyle(probe);
      // Where the browser resolves nothing usable (jsdom), layout's own font is measured.
      if (/^\d+(\.\d+)?px$/.test(fontSize) && fontFamily) {
        fonts.set(measured, `${fontStyle} ${fontWeight} ${fontSize} ${fontFamily}`);
      }
    }
  } finally {
    probe.remove();
  }
  return fonts;
}
