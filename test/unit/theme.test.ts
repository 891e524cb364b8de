import { describe, expect, it } from "vitest";
import { FRAME_STYLESHEET } from "../../src/interact/frame-styles.js";
import { DATE_FONT, TEXT_FONT, TICK_FONT, TITLE_FONT } from "../../src/layout/typography.js";
import { DARK_THEME, LIGHT_THEME, STYLESHEET, THEMED_FONTS } from "../../src/render/styles.js";

describe("the stylesheets' theming", () => {
  it("never declare a public --chronoline-* property, which would hide the one a page sets on a parent", () => {
    for (const css of [STYLESHEET, FRAME_STYLESHEET]) {
      expect(css).not.toMatch(/--chronoline-[\w-]+\s*:/);
      expect(css).toMatch(/--cl-accent: var\(--chronoline-accent, #0a5cc2\);/);
    }
  });

  it("give every internal colour of both themes a public property with the theme's value as fallback", () => {
    for (const theme of [LIGHT_THEME, DARK_THEME]) {
      for (const [name, value] of Object.entries(theme)) {
        expect(STYLESHEET).toContain(`--cl-${name}: var(--chronoline-${name}, ${value});`);
        expect(FRAME_STYLESHEET).toContain(`--cl-${name}: var(--chronoline-${name}, ${value});`);
      }
    }
  });

  it("draw every font that layout measures with in a themable font, so the live timeline can measure it", () => {
    for (const font of [TITLE_FONT, DATE_FONT, TEXT_FONT, TICK_FONT]) {
      expect(THEMED_FONTS[font], font).toMatch(/var\(--cl-font-family\)$/);
    }
    expect(STYLESHEET).toContain("--cl-font-family: var(--chronoline-font-family, ");
  });
});
