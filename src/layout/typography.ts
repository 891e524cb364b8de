/**
 * Fonts and sizes shared by layout (which measures text) and render (which draws it). They live
 * here, below render, so that both sides agree on what a label's width is.
 */
export const FONT_FAMILY = '"Helvetica Neue", Helvetica, Arial, "Liberation Sans", sans-serif';

/** The event title: the annotation's headline. */
export const TITLE_FONT = `600 13px ${FONT_FAMILY}`;
/** The date line above a title, and era titles. */
export const DATE_FONT = `11px ${FONT_FAMILY}`;
/** Distance between the baselines of a date's two lines, where it breaks (vertical timelines). */
export const DATE_LINE_STEP = 13;
/** Distance between the baselines of an era title's lines, where a title wraps (vertical timelines). */
export const ERA_TITLE_LINE = 13;
/** Lines of an event's text under its title (`annotations: "full"`). */
export const TEXT_FONT = `12px ${FONT_FAMILY}`;
/** Axis tick labels. */
export const TICK_FONT = `11px ${FONT_FAMILY}`;

/** Vertical rhythm of a label block, in pixels. */
export const LABEL = {
  /** Height of one row of labels, gap included. */
  rowHeight: 38,
  /** Baseline of the date line, from the top of the label. */
  dateBaseline: 11,
  /** Baseline of the title line, from the top of the label. */
  titleBaseline: 27,
  /** Distance between the baselines of wrapped title or text lines. */
  lineHeight: 16,
  /** Height of the drawn label block. */
  height: 31,
  /** Horizontal distance from the leader line to the text. */
  indent: 6,
  /** Least free space kept between two labels on a row. */
  gap: 10,
  /** Most lines of an event's text under its title (`annotations: "full"`). */
  textLines: 2,
  /** Narrowest that text lines wrap to, in pixels, even under a short title. */
  textWidth: 180,
} as const;
