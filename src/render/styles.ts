import { DATE_FONT, FONT_FAMILY, TEXT_FONT, TICK_FONT, TITLE_FONT } from "../layout/typography.js";

/**
 * The stylesheet placed inside every chronoline SVG, so that a timeline looks the same in a page,
 * in a shadow root and saved as a standalone file.
 *
 * Theming: a page sets the public `--chronoline-*` custom properties on the SVG, its container,
 * the `<chrono-line>` host or any ancestor. The stylesheet never declares a public property itself
 * (a declaration on the SVG would hide the one a page sets on a parent); it declares internal
 * `--cl-*` properties, each `var(--chronoline-x, <theme default>)`, and draws with those.
 *
 * Forced colours (Windows High Contrast) repaint the HTML around the SVG but not its fills: there
 * every `--cl-*` colour but the events' own becomes a system colour (CanvasText on Canvas, the
 * focus in Highlight), whatever the theme, so that a light theme's labels are not left black on
 * a black Canvas.
 */

/** A theme: each public property's name without its `--chronoline-` prefix, and its value. */
export type ThemeValues = Readonly<Record<string, string>>;

/** The light theme's colours. */
export const LIGHT_THEME: ThemeValues = {
  text: "#1f2328",
  muted: "#57606a",
  axis: "#6e7781",
  connector: "#9aa4ae",
  accent: "#0a5cc2",
  era: "#e9eef5",
  "era-alt": "#f4f1e8",
  "era-text": "#4b5561",
  focus: "#c2410c",
  background: "transparent",
  "marker-ring": "#ffffff",
};

/** The dark theme's colours. */
export const DARK_THEME: ThemeValues = {
  text: "#e6edf3",
  muted: "#9ba7b4",
  axis: "#8b949e",
  connector: "#5d6873",
  accent: "#58a6ff",
  era: "#1b2433",
  "era-alt": "#2a2619",
  "era-text": "#b1bac4",
  focus: "#ffa657",
  background: "#0d1117",
  "marker-ring": "#0d1117",
};

/**
 * Internal declarations of a theme: `--cl-text: var(--chronoline-text, #1f2328);` for each
 * value, so that the page's `--chronoline-text`, wherever it is set up the tree, wins.
 */
export function themeDeclarations(theme: ThemeValues): string {
  return Object.entries(theme)
    .map(([name, value]) => `\n  --cl-${name}: var(--chronoline-${name}, ${value});`)
    .join("");
}

/**
 * Themable fonts. The size of each kind of text is a public property, clamped to the range the
 * label rows' fixed vertical rhythm (`LABEL` in layout/typography.ts) holds without overlap.
 * Keyed by the font layout measures with; the value is the CSS `font` drawn. The live timeline
 * reads the computed font of each (api/theme-fonts.ts) and measures with it, so that what is
 * measured is what is drawn.
 */
const themed = (weight: string, property: string, size: number, min: number, max: number): string =>
  `${weight} clamp(${min}px, var(--chronoline-${property}, ${size}px), ${max}px) var(--cl-font-family)`;

/** The CSS `font` drawn for each font that layout measures with. */
export const THEMED_FONTS: Readonly<Record<string, string>> = {
  [TITLE_FONT]: themed("600", "title-size", 13, 10, 16),
  [DATE_FONT]: themed("normal", "date-size", 11, 8, 13),
  [TEXT_FONT]: themed("normal", "text-size", 12, 8, 14),
};

/** The public font properties, whose values the live timeline watches. */
export const FONT_PROPERTIES = [
  "--chronoline-font-family",
  "--chronoline-title-size",
  "--chronoline-date-size",
  "--chronoline-text-size",
] as const;

const title = THEMED_FONTS[TITLE_FONT]!;
const date = THEMED_FONTS[DATE_FONT]!;
const text = THEMED_FONTS[TEXT_FONT]!;
// Axis ticks are measured in TICK_FONT, today the same font as DATE_FONT, so they share its size.
const tick = THEMED_FONTS[TICK_FONT] ?? date;

export const STYLESHEET = `
.chronoline {${themeDeclarations(LIGHT_THEME)}
  --cl-font-family: var(--chronoline-font-family, ${FONT_FAMILY});
  font-family: var(--cl-font-family);
  background: var(--cl-background);
  overflow: visible;
  user-select: none;
}
.chronoline--dark {${themeDeclarations(DARK_THEME)}
}
@media (prefers-color-scheme: dark) {
  .chronoline--auto {${themeDeclarations(DARK_THEME)}
  }
}
.chronoline .chronoline-label-title { font: ${title}; fill: var(--cl-text); }
.chronoline .chronoline-label-date { font: ${date}; fill: var(--cl-muted); }
.chronoline .chronoline-connector { stroke: var(--cl-connector); stroke-width: 1; fill: none; }
.chronoline .chronoline-marker {
  fill: var(--chronoline-event-color, var(--cl-accent));
  stroke: var(--cl-marker-ring); stroke-width: 1.5;
}
.chronoline .chronoline-dots { stroke: none; }
.chronoline .chronoline-marker-rings { fill: var(--cl-marker-ring); }
.chronoline .chronoline-span { fill: var(--chronoline-event-color, var(--cl-accent)); }
.chronoline .chronoline-era-band { fill: var(--cl-era); }
.chronoline .chronoline-era:nth-of-type(even) .chronoline-era-band { fill: var(--cl-era-alt); }
.chronoline .chronoline-era-title { font: ${date}; fill: var(--cl-era-text); }
.chronoline .chronoline-axis path, .chronoline .chronoline-axis line { stroke: var(--cl-axis); }
.chronoline .chronoline-axis text { font: ${tick}; fill: var(--cl-muted); }
.chronoline .chronoline-label-text { font: ${text}; fill: var(--cl-muted); }
.chronoline .chronoline-cluster rect { fill: var(--chronoline-cluster, var(--cl-muted)); }
.chronoline .chronoline-cluster text {
  font: 600 10px var(--cl-font-family); fill: var(--chronoline-cluster-text, var(--cl-marker-ring));
}
.chronoline .chronoline-baseline { stroke: var(--cl-axis); stroke-width: 1; }
.chronoline .chronoline-band-title { font: ${title}; fill: var(--cl-muted); letter-spacing: 0.02em; }
.chronoline .chronoline-empty { font: ${title}; fill: var(--cl-muted); }
.chronoline .chronoline-event { cursor: pointer; outline: none; }
.chronoline .chronoline-connector { pointer-events: none; }
.chronoline .chronoline-label-box { fill: transparent; }
.chronoline .chronoline-focus-ring rect {
  fill: none; stroke: var(--cl-focus); stroke-width: 2.5; pointer-events: none;
}
.chronoline .chronoline-event--selected .chronoline-marker,
.chronoline .chronoline-event--selected .chronoline-span {
  stroke: var(--cl-focus); stroke-width: 3;
}
.chronoline .chronoline-event--selected .chronoline-label-title,
.chronoline .chronoline-event:hover .chronoline-label-title {
  text-decoration: underline; text-decoration-color: var(--cl-focus);
}
.chronoline .chronoline-event:hover .chronoline-connector { stroke: var(--cl-text); }
@media (forced-colors: active) {
  .chronoline {
    --cl-text: CanvasText; --cl-muted: CanvasText; --cl-axis: CanvasText; --cl-connector: CanvasText;
    --cl-era: Canvas; --cl-era-alt: Canvas; --cl-era-text: CanvasText; --cl-focus: Highlight;
    --cl-background: Canvas; --cl-marker-ring: Canvas;
  }
}
`;
