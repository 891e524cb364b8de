import { DATE_FONT, FONT_FAMILY, TEXT_FONT, TICK_FONT, TITLE_FONT } from "../layout/typography.js";

/**
 * The stylesheet placed inside every chronoline SVG, so that a timeline looks the same in a page,
 * in a shadow root and saved as a standalone file. Colours are CSS custom properties with
 * defaults: a page themes a timeline by setting `--chronoline-*` on the SVG or an ancestor.
 */
/** The light theme's colours, as custom-property declarations. */
export const LIGHT_THEME = `
  --chronoline-text: #1f2328;
  --chronoline-muted: #57606a;
  --chronoline-axis: #6e7781;
  --chronoline-connector: #9aa4ae;
  --chronoline-accent: #0a5cc2;
  --chronoline-era: #e9eef5;
  --chronoline-era-alt: #f4f1e8;
  --chronoline-era-text: #4b5561;
  --chronoline-focus: #c2410c;
  --chronoline-background: transparent;
  --chronoline-marker-ring: #ffffff;`;

/** The dark theme's colours, as custom-property declarations. */
export const DARK_THEME = `
  --chronoline-text: #e6edf3;
  --chronoline-muted: #9ba7b4;
  --chronoline-axis: #8b949e;
  --chronoline-connector: #5d6873;
  --chronoline-accent: #58a6ff;
  --chronoline-era: #1b2433;
  --chronoline-era-alt: #2a2619;
  --chronoline-era-text: #b1bac4;
  --chronoline-focus: #ffa657;
  --chronoline-background: #0d1117;
  --chronoline-marker-ring: #0d1117;`;

export const STYLESHEET = `
.chronoline {${LIGHT_THEME}
  font-family: ${FONT_FAMILY};
  background: var(--chronoline-background);
  overflow: visible;
  user-select: none;
}
.chronoline--dark {${DARK_THEME}
}
@media (prefers-color-scheme: dark) {
  .chronoline--auto {${DARK_THEME}
  }
}
.chronoline .chronoline-label-title { font: ${TITLE_FONT}; fill: var(--chronoline-text); }
.chronoline .chronoline-label-date { font: ${DATE_FONT}; fill: var(--chronoline-muted); }
.chronoline .chronoline-connector { stroke: var(--chronoline-connector); stroke-width: 1; fill: none; }
.chronoline .chronoline-marker {
  fill: var(--chronoline-event-color, var(--chronoline-accent));
  stroke: var(--chronoline-marker-ring); stroke-width: 1.5;
}
.chronoline .chronoline-span { fill: var(--chronoline-event-color, var(--chronoline-accent)); }
.chronoline .chronoline-era-band { fill: var(--chronoline-era); }
.chronoline .chronoline-era:nth-of-type(even) .chronoline-era-band { fill: var(--chronoline-era-alt); }
.chronoline .chronoline-era-title { font: ${DATE_FONT}; fill: var(--chronoline-era-text); }
.chronoline .chronoline-axis path, .chronoline .chronoline-axis line { stroke: var(--chronoline-axis); }
.chronoline .chronoline-axis text { font: ${TICK_FONT}; fill: var(--chronoline-muted); }
.chronoline .chronoline-label-text { font: ${TEXT_FONT}; fill: var(--chronoline-muted); }
.chronoline .chronoline-cluster rect { fill: var(--chronoline-cluster, var(--chronoline-muted)); }
.chronoline .chronoline-cluster text {
  font: 600 10px ${FONT_FAMILY}; fill: var(--chronoline-cluster-text, var(--chronoline-marker-ring));
}
.chronoline .chronoline-baseline { stroke: var(--chronoline-axis); stroke-width: 1; }
.chronoline .chronoline-band-title { font: ${TITLE_FONT}; fill: var(--chronoline-muted); letter-spacing: 0.02em; }
.chronoline .chronoline-empty { font: ${TITLE_FONT}; fill: var(--chronoline-muted); }
.chronoline .chronoline-event { cursor: pointer; outline: none; }
.chronoline .chronoline-connector { pointer-events: none; }
.chronoline .chronoline-label-box { fill: transparent; }
.chronoline .chronoline-focus-ring rect {
  fill: none; stroke: var(--chronoline-focus); stroke-width: 2.5; pointer-events: none;
}
.chronoline .chronoline-event--selected .chronoline-marker,
.chronoline .chronoline-event--selected .chronoline-span {
  stroke: var(--chronoline-focus); stroke-width: 3;
}
.chronoline .chronoline-event--selected .chronoline-label-title,
.chronoline .chronoline-event:hover .chronoline-label-title {
  text-decoration: underline; text-decoration-color: var(--chronoline-focus);
}
.chronoline .chronoline-event:hover .chronoline-connector { stroke: var(--chronoline-text); }
@media (forced-colors: active) {
  .chronoline .chronoline-focus-ring rect { stroke: Highlight; }
}
`;
