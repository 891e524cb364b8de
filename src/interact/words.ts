import type { InterfaceWords, TimelineLocale } from "../types.js";

/**
 * The words that the interactive parts say or show, in English, in one place so that a locale can
 * replace them (its `words`). `{…}` stands for a value filled in.
 */
export const WORDS: InterfaceWords = {
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
};

/** The interface words of a locale, English where it has none. */
export function interfaceWords(locale: TimelineLocale): InterfaceWords {
  const own = locale.words ?? {};
  const words = { ...WORDS };
  for (const key of Object.keys(WORDS) as (keyof InterfaceWords)[]) {
    const word = own[key];
    if (typeof word === "string") words[key] = word;
  }
  return words;
}

/** `template` with each `{name}` replaced by its value. */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}
