import { DARK_THEME, LIGHT_THEME, themeDeclarations } from "../render/styles.js";
import { FONT_FAMILY } from "../layout/typography.js";

// Colours of the HTML parts (card, tooltip, buttons, table), beside the SVG's own.
const LIGHT_HTML = { surface: "#ffffff", border: "#d0d7de", shadow: "0 8px 24px rgb(31 35 40 / 16%)" };
const DARK_HTML = { surface: "#161b22", border: "#3d444d", shadow: "0 8px 24px rgb(1 4 9 / 70%)" };

/**
 * The stylesheet of a live timeline's frame: its theme's colours (so that the card and buttons
 * match the SVG), the details card, the tooltip, the zoom buttons and the event table. Every rule
 * is scoped to `.chronoline-frame`, so nothing leaks into the page. As in the SVG, the frame
 * declares only internal `--cl-*` properties, each taking the page's `--chronoline-*` when the
 * container, the `<chrono-line>` host or any ancestor sets one, else the theme's value.
 *
 * The event table is laid out as blocks, never as a CSS table: a CSS table lays out every row
 * again when rows are added (60 ms per 200 rows at 10,000, 600 ms at 100,000 in Chromium). Shown,
 * each row is a grid of the same columns (the date's and the event's share the width; group and
 * category get what a grid's implicit columns get), so they line up without a table's layout.
 * Each row group is contained, so only the group that changed is laid out and painted. Its roles
 * are spelled out in the markup. (content-visibility: auto would skip the rows out of sight, but
 * Chromium then leaves them out of the accessibility tree.)
 *
 * Forced colours (Windows High Contrast) paint every button alike and take backgrounds and
 * shadows away: a zoom button that can do nothing asks for GrayText, and the tooltip's
 * transparent border, which forced colours draw, keeps its edge over the labels it covers.
 */
export const FRAME_STYLESHEET = `
.chronoline-frame {${themeDeclarations({ ...LIGHT_THEME, ...LIGHT_HTML })}
  --cl-font-family: var(--chronoline-font-family, ${FONT_FAMILY});
  position: relative;
  font-family: var(--cl-font-family);
  color: var(--cl-text);
  background: var(--cl-background);
}
.chronoline-frame--dark {${themeDeclarations({ ...DARK_THEME, ...DARK_HTML })}
}
@media (prefers-color-scheme: dark) {
  .chronoline-frame--auto {${themeDeclarations({ ...DARK_THEME, ...DARK_HTML })}
  }
}
.chronoline-frame > svg.chronoline { display: block; }
.chronoline-frame--zoomed > svg.chronoline { cursor: grab; }
.chronoline-frame--zoomed > svg.chronoline:active { cursor: grabbing; }
.chronoline-frame > svg.chronoline:focus:not(:focus-visible) { outline: none; }
.chronoline-frame > svg.chronoline:focus-visible { outline: 2px solid var(--cl-focus); outline-offset: 2px; }
.chronoline-frame button:focus-visible,
.chronoline-frame a:focus-visible {
  outline: 2px solid var(--cl-focus); outline-offset: 2px;
}
.chronoline-frame .chronoline-visually-hidden {
  position: absolute !important; width: 1px !important; height: 1px !important; margin: -1px !important;
  padding: 0 !important; border: 0 !important; overflow: hidden !important; clip-path: inset(50%) !important;
  white-space: nowrap !important;
}

.chronoline-frame .chronoline-card {
  position: absolute; z-index: 2; box-sizing: border-box;
  width: min(22rem, calc(100% - 16px)); max-height: min(24rem, 70vh); overflow: auto;
  padding: 10px 12px 14px 14px;
  background: var(--cl-surface); color: var(--cl-text);
  border: 1px solid var(--cl-border);
  border-left: 4px solid var(--chronoline-event-color, var(--cl-accent));
  border-radius: 8px; box-shadow: var(--cl-shadow);
  font-size: 14px; line-height: 1.45; text-align: left;
}
.chronoline-frame .chronoline-card[hidden], .chronoline-frame .chronoline-tooltip[hidden] { display: none; }
.chronoline-frame .chronoline-card-head { display: flex; align-items: flex-start; justify-content: space-between; gap: 8px; }
.chronoline-frame .chronoline-card-date { margin: 2px 0 0; color: var(--cl-muted); font-size: 13px; }
.chronoline-frame .chronoline-card-close {
  flex: none; width: 28px; height: 28px; margin: -4px -6px 0 0; padding: 0;
  border: 0; border-radius: 6px; background: transparent; color: var(--cl-muted);
  font: 22px/1 var(--cl-font-family); cursor: pointer;
}
.chronoline-frame .chronoline-card-close:hover { background: var(--cl-era); color: var(--cl-text); }
.chronoline-frame .chronoline-card-title { margin: 0; font-size: 16px; font-weight: 600; line-height: 1.3; }
.chronoline-frame .chronoline-card-text { margin: 8px 0 0; }
.chronoline-frame .chronoline-card-facts {
  display: grid; grid-template-columns: auto 1fr; gap: 2px 12px; margin: 10px 0 0; font-size: 13px;
}
.chronoline-frame .chronoline-card-facts dt { color: var(--cl-muted); }
.chronoline-frame .chronoline-card-facts dd { margin: 0; }
.chronoline-frame .chronoline-card-link { display: inline-block; margin-top: 10px; color: var(--cl-accent); }

.chronoline-frame .chronoline-tooltip {
  position: absolute; z-index: 3; pointer-events: none; box-sizing: border-box;
  max-width: min(18rem, calc(100% - 8px)); padding: 4px 8px; border: 1px solid transparent; border-radius: 6px;
  background: var(--cl-text); color: var(--cl-surface);
  box-shadow: var(--cl-shadow); font-size: 13px; line-height: 1.35;
}
.chronoline-frame .chronoline-tooltip-date { display: block; opacity: 0.8; font-size: 12px; }
.chronoline-frame .chronoline-tooltip-title { display: block; font-weight: 600; }

.chronoline-frame .chronoline-controls {
  display: flex; align-items: center; justify-content: space-between; flex-wrap: wrap; gap: 6px 12px;
  padding: 6px 0 2px; color: var(--cl-muted); font-size: 13px;
}
.chronoline-frame .chronoline-zoom { display: flex; gap: 4px; margin-left: auto; }
.chronoline-frame .chronoline-zoom button {
  min-width: 32px; height: 32px; padding: 0 10px; border: 1px solid var(--cl-border);
  border-radius: 6px; background: var(--cl-surface); color: var(--cl-text);
  font: 15px/1 var(--cl-font-family); cursor: pointer;
}
.chronoline-frame .chronoline-zoom button:hover { border-color: var(--cl-accent); }
.chronoline-frame .chronoline-zoom button[aria-disabled="true"] { color: var(--cl-muted); cursor: default; border-color: var(--cl-border); }
@media (forced-colors: active) {
  .chronoline-frame .chronoline-zoom button[aria-disabled="true"] { color: GrayText; }
}

.chronoline-frame .chronoline-table {
  display: block; width: 100%; margin-top: 12px; font-size: 14px; line-height: 1.4; container-type: inline-size;
}
.chronoline-frame .chronoline-table :is(caption, thead, tbody) { display: block; }
.chronoline-frame .chronoline-table caption { padding: 4px 0 6px; text-align: left; font-weight: 600; }
.chronoline-frame .chronoline-table tr {
  display: grid; grid-auto-flow: column; column-gap: 10px;
  grid-template-columns: minmax(8em, 1.8fr) minmax(0, 4fr); grid-auto-columns: minmax(0, 1.2fr);
  border-bottom: 1px solid var(--cl-border);
}
.chronoline-frame .chronoline-table th,
.chronoline-frame .chronoline-table td { display: block; min-width: 0; padding: 6px 0; text-align: left; overflow-wrap: anywhere; }
.chronoline-frame .chronoline-table tbody { contain: layout paint style; }
.chronoline-frame .chronoline-table th { color: var(--cl-muted); font-size: 13px; font-weight: 600; }
.chronoline-frame .chronoline-table td:first-child { color: var(--cl-muted); }
.chronoline-frame .chronoline-table-title { display: block; font-weight: 600; }
/* A narrow table (a phone) stacks each row's cells instead of cutting words into columns a few
   letters wide; group and category then say what they are (alt text "" keeps screen readers,
   which have the column headers, from reading it twice). */
@container (max-width: 32rem) {
  .chronoline-frame .chronoline-table tr {
    grid-auto-flow: row; grid-template-columns: minmax(0, 1fr); grid-auto-columns: auto; padding: 6px 0;
  }
  .chronoline-frame .chronoline-table :is(th, td) { padding: 1px 0; overflow-wrap: break-word; }
  .chronoline-frame .chronoline-table thead {
    position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap;
  }
  .chronoline-frame .chronoline-table td[data-heading]:not(:empty)::before {
    content: attr(data-heading) ": "; content: attr(data-heading) ": " / ""; color: var(--cl-muted);
  }
}
.chronoline-frame .chronoline-list.chronoline-visually-hidden :is(table, caption, thead, tbody, tr, th, td) {
  display: block;
}
.chronoline-frame .chronoline-table-text { display: block; }
.chronoline-frame .chronoline-table a { color: var(--cl-accent); }
`;
