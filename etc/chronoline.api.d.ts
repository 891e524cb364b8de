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
/** Colour theme: `"auto"` follows the reader's `prefers-color-scheme`. */
type Theme = "light" | "dark" | "auto";
/** Options shared by the live timeline and the static SVG. */
interface TimelineOptions {
    /** The events to show. */
    events: readonly EventInput[];
    /** Periods drawn as bands behind the events. @defaultValue [] */
    eras?: readonly EraInput[];
    /** The timeline's accessible name, shown as `<title>`. @defaultValue a generated summary */
    title?: string;
    /** A longer accessible description. @defaultValue a generated summary of the range */
    description?: string;
    /** Layout direction. Only `"horizontal"` exists so far. @defaultValue "horizontal" */
    orientation?: "horizontal";
    /** Colours. @defaultValue "light" */
    theme?: Theme;
    /** Width in CSS pixels. @defaultValue the container's width (live), 960 (static) */
    width?: number;
    /** Most rows of labels above the axis before labels give way to bare markers. @defaultValue 12 */
    maxLabelRows?: number;
    /** Widest a label may be before its title is cut with an ellipsis, in pixels. @defaultValue 260 */
    maxLabelWidth?: number;
    /**
     * Measures text for layout: `(text, font) → width in pixels`.
     * @defaultValue canvas metrics in a browser, a Helvetica width table elsewhere
     */
    measure?: (text: string, font: string) => number;
}
/** Events a live timeline emits, with what each listener receives. */
interface TimelineEventMap {
    /** An event was chosen by click, Enter or `select(id)`. */
    select: TimelineEvent;
    /** An event received keyboard focus. */
    focus: TimelineEvent;
    /** The visible range changed. */
    zoom: {
        /** The first instant shown. */
        start: Date;
        /** The last instant shown. */
        end: Date;
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
 * handle to update, query and destroy it. The width follows the container.
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

/** An event's date as the timeline shows it, at its precision: "1993", "May 23–24, 2024". */
declare function formatEventDate(event: Pick<TimelineEvent, "start" | "end">): string;

/**
 * Validates and normalizes events. Every problem in the whole input is collected and thrown as
 * one TimelineDataError, so nothing is dropped silently and the user sees all mistakes at once.
 */
declare function parseEvents(inputs: unknown): TimelineEvent[];
/** Validates eras the same way as events. */
declare function parseEras(inputs: unknown): TimelineEra[];

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

/** Measures the width in pixels of `text` drawn in the CSS `font`. */
type Measure = (text: string, font: string) => number;
/**
 * A deterministic measurer that needs no DOM: used in Node, in jsdom and in tests. It errs on the
 * wide side (bold text is about 8% wider) so that labels placed with it never collide when drawn.
 */
declare const measureWithTable: Measure;

export { TimelineDataError, createTimeline, formatEventDate, measureWithTable, parseEras, parseEvents, renderSVG };
export type { DataIssue, DateInput, EraInput, EventInput, Measure, Precision, RenderSVGContext, Theme, TimePoint, Timeline, TimelineEra, TimelineEvent, TimelineEventMap, TimelineOptions };
