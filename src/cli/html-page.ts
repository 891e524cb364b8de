import type { ImportedTimeline, TimelineOptions } from "../types.js";

/** Text for an HTML attribute value or element content: nothing in it can become markup. */
export function escapeHTML(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** JSON that is safe inside a <script> element: no "</script>" or "<!--" can end it early. */
function scriptJSON(value: unknown): string {
  return JSON.stringify(value, null, 1)
    .replace(/</g, "\\u003c")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}

/**
 * One self-contained page: the UMD bundle inlined, and a <chrono-line> with the data inline, so
 * it works opened from disk, and its <body> can be pasted into a CMS as it is.
 */
export function htmlPage(
  data: ImportedTimeline,
  options: Pick<TimelineOptions, "title" | "theme" | "orientation" | "width"> & { locale?: string },
  bundle: string,
): string {
  const title = options.title ?? data.title ?? "Timeline";
  const attributes = [
    ["title", options.title ?? data.title],
    ["theme", options.theme],
    ["locale", options.locale],
    ["orientation", options.orientation],
  ]
    .filter((pair): pair is [string, string] => pair[1] !== undefined)
    .map(([name, value]) => ` ${name}="${escapeHTML(value)}"`)
    .join("");
  const lang = options.locale?.split("-")[0] ?? "en";
  const style = options.width ? ` style="max-width: ${Math.round(options.width)}px"` : "";
  const dark = options.theme === "dark" ? " background: #0d1117; color: #e6edf3;" : "";
  const json = scriptJSON({ events: data.events, eras: data.eras, description: data.description });
  return `<!doctype html>
<html lang="${escapeHTML(lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHTML(title)}</title>
<style>body { margin: 24px; font-family: "Helvetica Neue", Helvetica, Arial, sans-serif;${dark} }</style>
</head>
<body>
<chrono-line${attributes}${style}>
<script type="application/json">
${json}
</script>
</chrono-line>
<script>
${bundle.replace(/<\/(script)/gi, "<\\/$1")}
</script>
</body>
</html>
`;
}
