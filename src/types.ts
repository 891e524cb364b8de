/**
 * Public types of chronoline: what a user passes in, what the library hands back.
 * Every option is documented here with its default and unit; validation and docs follow it.
 */

/**
 * A date as a user writes it.
 *
 * - a string in ISO 8601 at its own precision: `"1993"`, `"1993-03"`, `"1993-03-30"`,
 *   `"2024-05-23T10:00"`, `"2024-05-23T10:00:30.5Z"`; negative and expanded years such as
 *   `"-0500"` or `"+012000"` use astronomical numbering (`"0000"` is 1 BCE);
 * - a number: a whole year (`1993`, `-500`);
 * - a `Date`: its UTC day, or its UTC time when it has one;
 * - an object `{ year, month?, day? }` with `month` 1–12.
 */
export type DateInput =
  | string
  | number
  | Date
  | {
      /** The year, astronomical numbering (0 is 1 BCE). */
      year: number;
      /** The month, 1–12. */
      month?: number;
      /** The day of the month, 1–31; needs `month`. */
      day?: number;
    };

/** How finely a date was given; labels show a date at exactly this precision. */
export type Precision = "year" | "month" | "day" | "minute" | "second" | "millisecond";

/** One event as a user writes it: a point (`date`) or a span (`start` and `end`). */
export interface EventInput {
  /** Stable key for updates. Generated from the date and title when absent. */
  id?: string;
  /** The date of a point event. Give either `date`, or `start` and `end`. */
  date?: DateInput;
  /** The start of a span. */
  start?: DateInput;
  /** The end of a span, inclusive at its precision: `end: "2023"` runs to the end of 2023. */
  end?: DateInput;
  /** The annotation's headline, plain text (never parsed as markup). */
  title: string;
  /** The annotation's body, plain text. */
  text?: string;
  /** Swimlane name. */
  group?: string;
  /** Colour key: events of one category share a colour. */
  category?: string;
  /** Who keeps a label when space is short: higher wins. @defaultValue 0 */
  importance?: number;
  /** An http(s), mailto or relative URL; any other scheme is refused. */
  link?: string;
  /** Anything; passed back untouched in callbacks. */
  data?: unknown;
  /**
   * The date as the label shows it and a screen reader reads it, instead of the formatted date:
   * "Spring 1993", "c. 500 BCE". Placement still follows `date` or `start`/`end`.
   * @defaultValue the date formatted at its precision, in the timeline's locale
   */
  displayDate?: string;
}

/** A named period drawn as a band behind the events, such as a presidency. */
export interface EraInput {
  /** Where the band begins. */
  start: DateInput;
  /** Where the band ends, inclusive at its precision. */
  end: DateInput;
  /** The era's name, shown at the top of its band (plain text). */
  title: string;
  /** A CSS colour for the band. @defaultValue a soft grey */
  color?: string;
}

/** A parsed point in time: the first millisecond of the period it names. */
export interface TimePoint {
  /** Milliseconds since 1970-01-01T00:00Z of the start of the period. */
  time: number;
  /** Milliseconds since the epoch of the end (exclusive) of the period. */
  until: number;
  /** How finely the date was given. */
  precision: Precision;
}

/** An event after validation: what layout, render and callbacks see. */
export interface TimelineEvent {
  /** The id given, or one generated from the date and title. */
  id: string;
  /** Position of the event in the input array. */
  index: number;
  /** A point (`date`) or a span (`start` and `end`). */
  kind: "point" | "span";
  /** When the event begins. */
  start: TimePoint;
  /** When it ends; for a point event, the same object as `start`. */
  end: TimePoint;
  /** The headline, trimmed. */
  title: string;
  /** The body text, if any. */
  text: string | undefined;
  /** The swimlane, if any. */
  group: string | undefined;
  /** The colour key, if any. */
  category: string | undefined;
  /** Priority for label space; 0 when not given. */
  importance: number;
  /** A link that passed the safe-scheme check, if any. */
  link: string | undefined;
  /** The `data` given, untouched. */
  data: unknown;
  /** The date text given to show instead of the formatted date, if any. */
  displayDate?: string | undefined;
}

/** An era after validation. */
export interface TimelineEra {
  /** Position of the era in the input array. */
  index: number;
  /** When the era begins. */
  start: TimePoint;
  /** When it ends (inclusive: the band runs to `end.until`). */
  end: TimePoint;
  /** The era's name. */
  title: string;
  /** The band's colour, if one was given. */
  color: string | undefined;
}

/**
 * A d3-time-format locale definition: month and weekday names and the clock's patterns, in the
 * shape of d3's own locale files (`d3-time-format/locale/ru-RU.json` and others).
 */
export interface TimeLocaleDefinition {
  /** The `%c` pattern, such as `"%x, %X"`. */
  dateTime: string;
  /** The `%x` pattern, such as `"%-m/%-d/%Y"`. */
  date: string;
  /** The `%X` pattern, such as `"%-I:%M:%S %p"`. */
  time: string;
  /** The `%p` words, such as `["AM", "PM"]`. */
  periods: readonly [string, string];
  /** Weekday names, from Sunday. */
  days: readonly [string, string, string, string, string, string, string];
  /** Short weekday names, from Sunday. */
  shortDays: readonly [string, string, string, string, string, string, string];
  /** Month names, from January (12). */
  months: readonly string[];
  /** Short month names, from January (12). */
  shortMonths: readonly string[];
}

/**
 * How a timeline writes dates, numbers and its few words. Ready-made: `"en-US"`, `"ru-RU"` and
 * `"kk-KZ"`; give a whole `TimelineLocale` (or only a d3-time-format locale definition) for any other.
 */
export interface TimelineLocale {
  /** The BCP 47 language tag, used for plural rules: `"ru-RU"`. @defaultValue "en-US" */
  tag?: string;
  /** Month and weekday names and clock patterns. */
  time: TimeLocaleDefinition;
  /**
   * Month names as they read in a date with a day, where the language inflects them (Russian
   * "23 мая" against "май 2024"). @defaultValue `time.months`
   */
  dayMonths?: readonly string[];
  /**
   * Label patterns in d3-time-format syntax; `%Y` is the year with its era wording ("50 BCE").
   * @defaultValue `month: "%B %Y"`, `day: "%x"`, `time: "%H:%M"`, `tickDay: "%b %-d"`, `tickWeekday: "%a %-d"`
   */
  formats?: {
    /** A month: `"%B %Y"` reads "May 2024". */
    month?: string;
    /** A day: `"%B %-d, %Y"` reads "May 23, 2024". */
    day?: string;
    /** A date with a time of day: `"%B %-d, %Y, %H:%M"`; seconds are added when given. */
    time?: string;
    /** An axis tick on a day that starts no week: `"%b %-d"`. */
    tickDay?: string;
    /** An axis tick on the first day of a week: `"%a %-d"`. */
    tickWeekday?: string;
  };
  /** A year before 1 CE; `{year}` stands for the number: `"{year} BCE"`, `"{year} до н. э."`. @defaultValue "{year} BCE" */
  bce?: string;
  /**
   * Digit grouping for years of five digits and more: `{ thousands: "\u00a0", grouping: [3] }`,
   * and the decimal mark of "13.8 billion years ago" (`decimal: ","` writes "13,8").
   * @defaultValue no grouping; decimal "."
   */
  number?: {
    /** The separator between groups of digits, such as "," or a no-break space. */
    thousands: string;
    /** Sizes of the digit groups from the right, as in d3-format: `[3]`. */
    grouping: readonly number[];
    /** The decimal mark, such as "." or ",". */
    decimal?: string;
  };
  /**
   * Years a million and more before 1 CE, written as millions or billions of years ago; `{n}` is
   * the number. Event labels use the long forms, axis ticks the short ones.
   * @defaultValue `{ million: "{n} million years ago", billion: "{n} billion years ago", millionTick: "{n} Ma", billionTick: "{n} Ga" }`
   */
  deepTime?: {
    /** `"{n} million years ago"` */
    million?: string;
    /** `"{n} billion years ago"` */
    billion?: string;
    /** An axis tick: `"{n} Ma"` */
    millionTick?: string;
    /** An axis tick: `"{n} Ga"` */
    billionTick?: string;
  };
  /** The words of generated descriptions; `{count}`, `{from}`, `{to}`, `{title}` are filled in. */
  words?: {
    /** `{ one: "{count} event", other: "{count} events" }`, by `Intl.PluralRules` category. */
    events?: Partial<Record<"zero" | "one" | "two" | "few" | "many" | "other", string>>;
    /** `"Timeline, {count}, {from} to {to}"` */
    summary?: string;
    /** `"Timeline, {count}, {from}"`, when all events fall in one year. */
    summaryOneYear?: string;
    /** `"Timeline with no events"` */
    empty?: string;
    /** `"No events to show"`, drawn in an empty timeline. */
    noEvents?: string;
    /** `"Era: {title}"`, the accessible name of an era band. */
    era?: string;
  } & Partial<InterfaceWords>;
}

/**
 * What the interactive parts say and show (buttons, range, details card, event table, the
 * keyboard hint), in a locale's `words`; `{range}`, `{host}` and `{title}` are filled in.
 * English by default; `"ru-RU"` and `"kk-KZ"` have their own.
 */
export interface InterfaceWords {
  /** The keyboard hint shown when the timeline has focus. */
  hint: string;
  /** `"Zoom"`: the accessible name of the group of zoom buttons. */
  zoomGroup: string;
  /** `"Zoom in"` */
  zoomIn: string;
  /** `"Zoom out"` */
  zoomOut: string;
  /** `"Show all"`: the button that shows the whole range. */
  showAll: string;
  /** `"Showing {range}"`, beside the buttons when zoomed in. */
  showing: string;
  /** `"All events, {range}"`, beside the buttons when not zoomed. */
  showingAll: string;
  /** `"Close details"`: the details card's close button. */
  close: string;
  /** `"Details"`: what screen readers hear before an opened event's date. */
  details: string;
  /** `"Group"`, in the details card and the event table. */
  group: string;
  /** `"Category"`, in the details card and the event table. */
  category: string;
  /** `"Read more"`: an event's link. */
  readMore: string;
  /** `"Read more on {host}"`: an event's link to another site. */
  readMoreOn: string;
  /** `"{title}: all events in time order"`: the event table's caption. */
  listCaption: string;
  /** `"Date"`: the event table's date column. */
  date: string;
  /** `"Event"`: the event table's event column. */
  event: string;
}

/** Colour theme: `"auto"` follows the reader's `prefers-color-scheme`. */
export type Theme = "light" | "dark" | "auto";

/**
 * A timeline read from a file by `fromCSV` or `fromTimelineJS`: spread it into the options,
 * `createTimeline(el, { ...fromCSV(text) })`.
 */
export interface ImportedTimeline {
  /** The events, as inputs that `parseEvents` accepts. */
  events: EventInput[];
  /** The eras, if the file had any. */
  eras: EraInput[];
  /** The file's own title (TimelineJS title slide, or a CSV row of type "title"), if any. */
  title?: string;
  /** The file's own description, as plain text, if any. */
  description?: string;
}

/** Options shared by the live timeline and the static SVG. */
export interface TimelineOptions {
  /** The events to show. */
  events: readonly EventInput[];
  /** Periods drawn as bands behind the events. @defaultValue [] */
  eras?: readonly EraInput[];
  /** The timeline's accessible name, shown as `<title>`. @defaultValue a generated summary */
  title?: string;
  /**
   * A longer accessible description. @defaultValue the generated summary when `title` is given;
   * none without a title (the summary is then the name, and is not read twice)
   */
  description?: string;
  /**
   * Layout direction: time runs across (`"horizontal"`) or down the page (`"vertical"`, labels
   * on both sides of a spine, for narrow screens); `"auto"` is vertical below 560 px of width.
   * @defaultValue "horizontal"
   */
  orientation?: "horizontal" | "vertical" | "auto";
  /**
   * What a label shows: the date and title (`"title"`), or also the first lines of the event's
   * `text` (`"full"`: two lines across, three in a vertical timeline, cut with an ellipsis).
   * @defaultValue "title"
   */
  annotations?: "title" | "full";
  /** Colours. @defaultValue "light" */
  theme?: Theme;
  /**
   * How dates, numbers and generated words are written: `"en-US"`, `"ru-RU"`, `"kk-KZ"`, or a
   * locale object for any other language. @defaultValue "en-US"
   */
  locale?: string | TimelineLocale | TimeLocaleDefinition;
  /**
   * Category colours, overriding the d3 categorical scheme (Tableau10): a map from category to
   * CSS colour, or a list used in order of the categories' first appearance. Pages can also set
   * `--chronoline-category-1` … `--chronoline-category-10` in CSS.
   * @defaultValue d3's schemeTableau10
   */
  categoryColors?: Readonly<Record<string, string>> | readonly string[];
  /** Width in CSS pixels. @defaultValue the container's width (live), 960 (static) */
  width?: number;
  /** Most rows of labels above the axis before labels give way to bare markers. @defaultValue 12 */
  maxLabelRows?: number;
  /** Widest a label may be before its title is cut with an ellipsis, in pixels. @defaultValue 300 */
  maxLabelWidth?: number;
  /**
   * Measures text for layout: `(text, font) → width in pixels`.
   * @defaultValue canvas metrics in a browser, a Helvetica width table elsewhere
   */
  measure?: (text: string, font: string) => number;
  /**
   * Live timeline only: open a details card (date, title, text, group, category, link) inside the
   * timeline when an event is clicked, tapped or chosen with Enter. Turn it off to show details
   * your own way from the `"select"` event. @defaultValue true
   */
  details?: boolean;
  /**
   * Live timeline only: the table of every event in time order, which lists what zoom and crowded
   * labels leave out. `"hidden"` keeps it for screen readers alone; `"table"` shows it below the
   * timeline, links included. @defaultValue "hidden"
   */
  eventList?: "hidden" | "table";
  /**
   * What to do with an event or era that cannot be used (a date that is not a date, a missing
   * title, an unsafe link…). Without this option, the timeline refuses the whole input with one
   * `TimelineDataError` that lists every problem. With it, each such event or era is left out,
   * the rest is drawn, and this function hears of each one left out, once per parse (creation
   * and every `update`), after the input has been read. Problems that are not one item's (events
   * that are not an array, a bad option) still throw.
   * @example `onInvalid: (skipped) => console.warn(skipped.path, skipped.issues)`
   * @defaultValue none: bad data throws a TimelineDataError
   */
  onInvalid?: (skipped: SkippedInput) => void;
}

/** An event or era left out because it could not be used, as the `onInvalid` option hears of it. */
export interface SkippedInput {
  /** Where it was in the input: `"events[3]"` or `"eras[0]"`. */
  path: string;
  /** Every problem it had, each at the path of its field: `{ path: "events[3].date", message }`. */
  issues: readonly {
    /** The field, such as `events[3].date`. */
    path: string;
    /** What is wrong with it. */
    message: string;
  }[];
  /** The event or era as it was given, untouched. */
  input: unknown;
}

/** Events a live timeline emits, with what each listener receives. */
export interface TimelineEventMap {
  /** An event was chosen by click, Enter or `select(id)`. */
  select: TimelineEvent;
  /** An event received keyboard focus. */
  focus: TimelineEvent;
  /** The visible range changed. */
  zoom: {
    /** The first instant shown; an invalid Date in deep time, beyond what a Date holds. */
    start: Date;
    /** The last instant shown; an invalid Date in deep time. */
    end: Date;
    /** The first instant shown, in milliseconds since the epoch: valid in deep time too. */
    startTime: number;
    /** The last instant shown, in milliseconds since the epoch. */
    endTime: number;
  };
}

/** The handle `createTimeline` returns. */
export interface Timeline {
  /** Replace the events (and other options); unchanged events keep their DOM nodes. */
  update(options: Partial<TimelineOptions>): void;
  /** Listen to an event; returns a function that removes the listener. */
  on<K extends keyof TimelineEventMap>(type: K, listener: (value: TimelineEventMap[K]) => void): () => void;
  /** Select an event by id, as a click would; `null` clears the selection. */
  select(id: string | null): void;
  /** Show only the range from `start` to `end`, inclusive: `zoomTo("2000", "2010")` shows 2010. */
  zoomTo(start: DateInput, end: DateInput): void;
  /** Show the whole range of the events again. */
  resetZoom(): void;
  /** A standalone SVG document of what is shown, styles included. */
  toSVG(): string;
  /** Remove every node, listener and observer the timeline made. */
  destroy(): void;
  /** The events as parsed, in input order. */
  readonly events: readonly TimelineEvent[];
}
