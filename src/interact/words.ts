/**
 * The words that the interactive parts say or show, in one place so that a locale can replace
 * them. `{…}` stands for a value filled in.
 */
export const WORDS = {
  hint: "Use the arrow keys to move between events, Enter to open one, plus and minus to zoom, 0 to show all.",
  zoomGroup: "Zoom",
  zoomIn: "Zoom in",
  zoomOut: "Zoom out",
  showAll: "Show all",
  showing: "Showing {range}",
  showingAll: "All events, {range}",
  close: "Close details",
  details: "Details",
  group: "Group",
  category: "Category",
  readMore: "Read more",
  readMoreOn: "Read more on {host}",
  listCaption: "{title}: all events in time order",
  date: "Date",
  event: "Event",
} as const;

/** `template` with each `{name}` replaced by its value. */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}
