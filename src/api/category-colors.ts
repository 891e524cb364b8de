import { isPlainColor } from "../data/colors.js";
import { describeValue } from "../data/describe.js";
import type { DataIssue } from "../data/errors.js";
import type { TimelineEvent, TimelineOptions } from "../types.js";

/**
 * d3's Tableau10 scheme, written out: importing it from d3-scale-chromatic brought every scheme
 * and interpolator of that package into the <script> bundle (about 5 KB of its gzip size).
 */
const TABLEAU10: readonly string[] = [
  "#4e79a7",
  "#f28e2c",
  "#e15759",
  "#76b7b2",
  "#59a14f",
  "#edc949",
  "#af7aa1",
  "#ff9da7",
  "#9c755f",
  "#bab0ab",
];

/**
 * Category colours. The n-th category (in order of first appearance) is drawn with
 * `var(--chronoline-category-n, <colour>)`, so a page can recolour it in CSS, while the colour
 * itself comes from the `categoryColors` option or else d3's Tableau10 scheme, so that a static
 * SVG with no page around it keeps its colours.
 */
export function categoryColorOf(
  events: readonly TimelineEvent[],
  colors: TimelineOptions["categoryColors"],
): (event: TimelineEvent) => string | undefined {
  const order = new Map<string, number>();
  // Indexes, not for…of: while code is cold each iterator step makes an object.
  for (let i = 0; i < events.length; i++) {
    const category = events[i]!.category;
    if (category && !order.has(category)) order.set(category, order.size);
  }
  const list: readonly string[] = Array.isArray(colors) ? colors : TABLEAU10;
  const byName = colors && !Array.isArray(colors) ? (colors as Readonly<Record<string, string>>) : {};
  return (event) => {
    if (!event.category) return undefined;
    const n = order.get(event.category) ?? 0;
    const own = Object.hasOwn(byName, event.category) ? byName[event.category] : undefined;
    if (own !== undefined) return own; // named in the option: that colour, whatever the CSS says
    const fallback = list[n % list.length] ?? TABLEAU10[n % 10]!;
    return n < 10 ? `var(--chronoline-category-${n + 1}, ${fallback})` : fallback;
  };
}

/** Problems with the `categoryColors` option, as issues for one TimelineDataError. */
export function categoryColorIssues(value: unknown): DataIssue[] {
  if (value === undefined) return [];
  const entries: [string, unknown][] = Array.isArray(value)
    ? value.map((color, i) => [`categoryColors[${i}]`, color])
    : typeof value === "object" && value !== null
      ? Object.entries(value).map(([name, color]) => [`categoryColors[${JSON.stringify(name)}]`, color])
      : [];
  if (entries.length === 0 && (typeof value !== "object" || value === null)) {
    return [
      { path: "categoryColors", message: "must be a list of colours or a map from category to colour" },
    ];
  }
  return entries.flatMap(([path, color]) =>
    typeof color === "string" && isPlainColor(color.trim())
      ? []
      : [{ path, message: `${describeValue(color)} is not a colour; use a name, #hex, rgb() or hsl()` }],
  );
}
