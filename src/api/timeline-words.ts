import type { Details } from "../interact/details.js";
import { viewEnds, type View } from "../interact/view.js";
import { fill, WORDS } from "../interact/words.js";
import type { EventListWords, EventRow } from "../render/event-list.js";
import type { TimelineEvent, TimelineOptions } from "../types.js";
import { formatEventDate } from "./format-event-date.js";

/** The words a live timeline shows and says about its events, in its locale. */
export interface TimelineWords {
  dateOf(event: TimelineEvent): string;
  /** "Showing 2001 – 2008" for a view, "All events, 1993 – 2024" for none; "" without events. */
  range(ordered: readonly TimelineEvent[], view: View | undefined): string;
  details(event: TimelineEvent, color: string | undefined): Details;
  /** What screen readers hear when an event's details open. */
  announcement(event: TimelineEvent): string;
  rows(ordered: readonly TimelineEvent[]): EventRow[];
  caption(title: string): string;
  table: EventListWords;
}

export function timelineWords(locale: TimelineOptions["locale"]): TimelineWords {
  const dateOf = (event: TimelineEvent): string => formatEventDate(event, locale);
  return {
    dateOf,
    range(ordered, view) {
      const first = ordered[0];
      if (!first) return "";
      const [start, end] = viewEnds(view ?? [first.start.time, Math.max(...ordered.map((e) => e.end.time))]);
      return fill(view ? WORDS.showing : WORDS.showingAll, {
        range: formatEventDate({ start, end }, locale),
      });
    },
    details: (event, color) => ({
      date: dateOf(event),
      title: event.title,
      text: event.text,
      link: event.link,
      group: event.group,
      category: event.category,
      color,
    }),
    announcement: (event) =>
      [`${WORDS.details}: ${dateOf(event)}`, event.title, event.text].filter(Boolean).join(". "),
    rows: (ordered) => ordered.map((e) => ({ ...e, date: dateOf(e) })),
    caption: (title) => fill(WORDS.listCaption, { title }),
    table: {
      date: WORDS.date,
      event: WORDS.event,
      group: WORDS.group,
      category: WORDS.category,
      link: WORDS.readMore,
    },
  };
}
