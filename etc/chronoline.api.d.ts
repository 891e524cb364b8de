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
type DateInput = string | number | Date | {
    /** The year, astronomical numbering (0 is 1 BCE). */
    year: number;
    /** The month, 1–12. */
    month?: number;
    /** The day of the month, 1–31; needs `month`. */
    day?: number;
};
/** How finely a date was given; labels show a date at exactly this precision. */
type Precision = "year" | "month" | "day" | "minute" | "second" | "millisecond";
/** One event as a user writes it: a point (`date`) or a span (`start` and `end`). */
interface EventInput {
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
interface EraInput {
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
interface TimePoint {
    /** Milliseconds since 1970-01-01T00:00Z of the start of the period. */
    time: number;
    /** Milliseconds since the epoch of the end (exclusive) of the period. */
    until: number;
    /** How finely the date was given. */
    precision: Precision;
}
/** An event after validation: what layout, render and callbacks see. */
interface TimelineEvent {
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
interface TimelineEra {
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
interface TimeLocaleDefinition {
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
interface TimelineLocale {
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
interface InterfaceWords {
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
type Theme = "light" | "dark" | "auto";
/**
 * A timeline read from a file by `fromCSV` or `fromTimelineJS`: spread it into the options,
 * `createTimeline(el, { ...fromCSV(text) })`.
 */
interface ImportedTimeline {
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
interface TimelineOptions {
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
interface SkippedInput {
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
interface TimelineEventMap {
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
interface Timeline {
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

/**
 * Draws an interactive timeline into `target` (an element or a CSS selector) and returns a
 * handle to update, query and destroy it. The width follows the container. Readers zoom and pan
 * with the wheel, a drag, a pinch, a double click, the buttons or the keys; they open an event's
 * details by click, tap or Enter; the timeline is one tab stop whose arrow keys walk every event.
 * Throws a TimelineDataError naming every bad field when the data cannot be used.
 */
declare function createTimeline(target: Element | string, options: TimelineOptions): Timeline;

/** Where a static SVG is built. In Node, pass a jsdom document: `new JSDOM().window.document`. */
interface RenderSVGContext {
    /** @defaultValue the global `document` */
    document?: Document;
}
/**
 * Renders a timeline once and returns it as a standalone SVG string, styles inside.
 * Same picture as `createTimeline` at the same width; no listeners, nothing left in the document.
 */
declare function renderSVG(options: TimelineOptions, context?: RenderSVGContext): string;

/**
 * An event's date as the timeline shows it, at its precision: "1993", "May 23–24, 2024"; its
 * `displayDate` when it has one. Pass the timeline's `locale` for the same words:
 * `formatEventDate(event, "ru-RU")` reads "23–24 мая 2024".
 */
declare function formatEventDate(event: Pick<TimelineEvent, "start" | "end"> & {
    displayDate?: string | undefined;
}, locale?: TimelineOptions["locale"]): string;

/** One bad field: where it is (`events[3].date`) and what is wrong with it. */
interface DataIssue {
    /** Where the bad value is, such as `events[3].date`. */
    path: string;
    /** What is wrong with it and, where possible, how to fix it. */
    message: string;
}
/**
 * Thrown when input cannot be used. It lists every bad field at once, so a user fixes their data
 * in one pass instead of one error at a time.
 */
declare class TimelineDataError extends Error {
    /** Every problem found, in input order. */
    readonly issues: readonly DataIssue[];
    constructor(issues: readonly DataIssue[]);
}

/** Options of `parseEvents` and `parseEras`. */
interface ParseOptions {
    /**
     * Leave out each event or era that cannot be used, and report it here, instead of throwing.
     * Problems of the whole input (events that are not an array) still throw.
     * @defaultValue none: any problem throws one TimelineDataError listing them all
     */
    onInvalid?: ((skipped: SkippedInput) => void) | undefined;
}

/**
 * Validates and normalizes events. Every problem in the whole input is collected and thrown as
 * one TimelineDataError, so nothing is dropped silently and the user sees all mistakes at once.
 * With `onInvalid`, an event that cannot be used is left out instead, and reported to it.
 */
declare function parseEvents(inputs: unknown, options?: ParseOptions): TimelineEvent[];
/** Validates eras the same way as events. */
declare function parseEras(inputs: unknown, options?: ParseOptions): TimelineEra[];

/** Options of `fromCSV`. */
interface CSVOptions {
    /**
     * The character between fields: `","`, or `"\t"` for TSV, `";"` for some spreadsheets.
     * @defaultValue `";"` or `"\t"` when the header has one before any comma, else `","`
     */
    delimiter?: string;
}
/**
 * Reads CSV text into events and eras for `createTimeline`, `renderSVG` or the command line.
 * Columns: date, or start and end; title; and optionally text, group, category, importance, link,
 * id and display date. Aliases such as "Start Date" and "Headline" work, and so does TimelineJS's
 * sheet template (Year, Month, Day, …, Type). Each event's `data` is its whole row.
 * Throws one TimelineDataError listing every bad row as `row 3, column "Start Date": …`.
 */
declare function fromCSV(text: string, options?: CSVOptions): ImportedTimeline;

/**
 * Registers the `<chrono-line>` custom element (or one of another name) and returns its class.
 * Safe to call more than once: a name already defined is left as it is. The UMD bundle calls it
 * when it loads; the ES module never registers anything by itself.
 * @param name - the tag name. @defaultValue "chrono-line"
 * @param view - the window whose registry to use. @defaultValue the global `window`
 */
declare function defineTimelineElement(name?: string, view?: Window & typeof globalThis): CustomElementConstructor;

/** What a `<chrono-line>` element offers to scripts, beyond HTMLElement. */
interface TimelineElement extends HTMLElement {
    /** The live timeline, once data has loaded; `undefined` before, or after an error. */
    readonly timeline: Timeline | undefined;
    /** Reads the data again (from `src` or the inline script) and redraws. */
    refresh(): Promise<void>;
}
/** The `detail` of the `chronoline-select` DOM event: the chosen event. */
type TimelineSelectDetail = TimelineEvent;

/**
 * Converts a TimelineJS3 document (https://timeline.knightlab.com/docs/json-format.html) into
 * chronoline's events and eras. Its slides hold HTML; here it becomes plain text, because
 * chronoline never shows user text as markup.
 */
/** Options of `fromTimelineJS`. */
interface TimelineJSOptions {
    /**
     * Your HTML sanitizer (DOMPurify's `sanitize`, for one), for pages that want the slides' rich
     * text: each event's `data.html` holds its text run through it. `text` stays plain either way.
     * @defaultValue none: no HTML is kept
     */
    sanitizeHTML?: (html: string) => string;
}
/** What each event's `data` holds after `fromTimelineJS`. */
interface TimelineJSEventData {
    /** The slide as the document had it: media, background, unique_id and all. */
    slide: unknown;
    /** The slide's text through `sanitizeHTML`, when one was given. */
    html?: string;
}
/**
 * Reads a TimelineJS3 document (an object, or its JSON text): `start_date`/`end_date` objects
 * (BCE years as negative numbers, times of day too), `text.headline` and `text.text`, `group`,
 * `display_date`, `unique_id`, `eras` and the title slide. HTML becomes plain text: tags dropped,
 * entities decoded, and a link in the text kept as the event's `link` only when its scheme is safe.
 * Throws one TimelineDataError naming each bad field by its JSON path (`events[2].start_date.month`).
 */
declare function fromTimelineJS(json: unknown, options?: TimelineJSOptions): ImportedTimeline;

/** Measures the width in pixels of `text` drawn in the CSS `font`. */
type Measure = (text: string, font: string) => number;
/**
 * A deterministic measurer that needs no DOM: used in Node, in jsdom and in tests. It errs on the
 * wide side (bold text is about 8% wider) so that labels placed with it never collide when drawn.
 */
declare const measureWithTable: Measure;

export { TimelineDataError, createTimeline, defineTimelineElement, formatEventDate, fromCSV, fromTimelineJS, measureWithTable, parseEras, parseEvents, renderSVG };
export type { CSVOptions, DataIssue, DateInput, EraInput, EventInput, ImportedTimeline, InterfaceWords, Measure, ParseOptions, Precision, RenderSVGContext, SkippedInput, Theme, TimeLocaleDefinition, TimePoint, Timeline, TimelineElement, TimelineEra, TimelineEvent, TimelineEventMap, TimelineJSEventData, TimelineJSOptions, TimelineLocale, TimelineOptions, TimelineSelectDetail };
