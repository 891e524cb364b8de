import type { Details } from "../interact/details.js";
import { FINENESS, spanPrecision, viewEnds, type View } from "../interact/view.js";
import { fill, interfaceWords } from "../interact/words.js";
import type { EventListWords, EventRow } from "../render/event-table.js";
import { dateFormatterFor, resolveLocale } from "../scale/resolve-locale.js";
import { EN_US } from "../scale/locales.js";
import type { InterfaceWords, Precision, TimePoint, TimelineEvent, TimelineOptions } from "../types.js";
import { formatEventDate } from "./format-event-date.js";
import { eventsIn } from "./prepare.js";

/** The words a live timeline shows and says about its events, in its locale. */
export interface TimelineWords {
  dateOf(event: TimelineEvent): string;
  /**
   * "Showing 2001 – 2008" for a view, "All events, 1993 – 2024" for none; "" without events.
   * The events in any order.
   */
  range(events: readonly TimelineEvent[], view: View | undefined): string;
  /** What screen readers hear of a view: its range, and "No events to show" when none is in it. */
  spoken(events: readonly TimelineEvent[], view: View | undefined): string;
  details(event: TimelineEvent, color: string | undefined): Details;
  /** What screen readers hear when an event's details open. */
  announcement(event: TimelineEvent): string;
  rows(ordered: readonly TimelineEvent[]): EventRow[];
  caption(title: string): string;
  table: EventListWords;
  /** Every word of the buttons, card, table and hint, in the locale (English where it has none). */
  ui: InterfaceWords;
}

export function timelineWords(locale: TimelineOptions["locale"]): TimelineWords {
  const dateOf = (event: TimelineEvent): string => formatEventDate(event, locale);
  const resolved = resolveLocale(locale);
  const words = interfaceWords(resolved.ok ? resolved.locale : EN_US);
  const range = (events: readonly TimelineEvent[], view: View | undefined): string => {
    const ends = firstAndLast(events);
    if (!ends) return "";
    if (view) return fill(words.showing, { range: formatEventDate(pointsOf(viewEnds(view)), locale) });
    return fill(words.showingAll, { range: wholeRange(ends[0], ends[1], locale) });
  };
  return {
    ui: words,
    dateOf,
    range,
    spoken: (events, view) =>
      view && events.length && !eventsIn(events, view).length
        ? `${range(events, view)}. ${dateFormatterFor(locale).word("noEvents", {})}`
        : range(events, view),
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
      [`${words.details}: ${dateOf(event)}`, event.title, event.text].filter(Boolean).join(". "),
    rows: (ordered) => ordered.map((e) => ({ ...e, date: dateOf(e) })),
    caption: (title) => fill(words.listCaption, { title }),
    table: {
      date: words.date,
      event: words.event,
      group: words.group,
      category: words.category,
      link: words.readMore,
    },
  };
}

const pointsOf = ([start, end]: [TimePoint, TimePoint]) => ({ start, end });

/** The event that ends last (a span may end after later points). */
/**
 * The first event in time order and the one that ends last (of those, the first in time
 * order), in one pass over the events in any order: no sort is needed before the first paint.
 */
function firstAndLast(events: readonly TimelineEvent[]): [TimelineEvent, TimelineEvent] | undefined {
  let first = events[0];
  let last = first;
  if (!first || !last) return undefined;
  // Indexes, not for…of: while code is cold each iterator step makes an object.
  for (let i = 1; i < events.length; i++) {
    const e = events[i]!;
    if (earlier(e, first)) first = e;
    if (e.end.time > last.end.time || (e.end.time === last.end.time && earlier(e, last))) last = e;
  }
  return [first, last];
}

/** Before in time order: by start, then by input order. */
const earlier = (a: TimelineEvent, b: TimelineEvent): boolean =>
  a.start.time < b.start.time || (a.start.time === b.start.time && a.index < b.index);

const coarser = (a: Precision, b: Precision): Precision =>
  FINENESS.indexOf(a) <= FINENESS.indexOf(b) ? a : b;

/**
 * From the first event's start to the last one's end, written no finer than the range needs
 * ("1993 – 2024") nor finer than the events' own dates (a lone "2008" stays "2008"); an end
 * event's display date is used as it is, so deep time reads as its labels do.
 */
function wholeRange(first: TimelineEvent, last: TimelineEvent, locale: TimelineOptions["locale"]): string {
  const span = spanPrecision(last.end.time - first.start.time);
  const start = { ...first.start, precision: coarser(span, first.start.precision) };
  const end = { ...last.end, precision: coarser(span, last.end.precision) };
  const own = (e: TimelineEvent) => (e.kind === "point" ? e.displayDate : undefined);
  const [from, to] = [own(first), own(last)];
  if (from === undefined && to === undefined) return formatEventDate({ start, end }, locale);
  const fromText = from ?? formatEventDate({ start, end: start }, locale);
  const toText = to ?? formatEventDate({ start: end, end }, locale);
  return fromText === toText ? fromText : `${fromText} – ${toText}`;
}
