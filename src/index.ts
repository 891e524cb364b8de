// The public API of chronoline: explicit named exports only.
export { createTimeline } from "./api/create-timeline.js";
export { renderSVG, type RenderSVGContext } from "./api/render-svg.js";
export { formatEventDate } from "./api/format-event-date.js";
export { parseEvents, parseEras, type ParseOptions } from "./data/normalize.js";
export { fromCSV, type CSVOptions } from "./data/csv.js";
export { defineTimelineElement } from "./element/define-timeline-element.js";
export type { TimelineElement, TimelineSelectDetail } from "./element/timeline-element.js";
export { fromTimelineJS, type TimelineJSEventData, type TimelineJSOptions } from "./data/timelinejs.js";
export { TimelineDataError, type DataIssue } from "./data/errors.js";
export { measureWithTable, type Measure } from "./layout/measure.js";
export type {
  DateInput,
  EraInput,
  EventInput,
  ImportedTimeline,
  InterfaceWords,
  Precision,
  SkippedInput,
  Theme,
  TimeLocaleDefinition,
  TimelineLocale,
  TimePoint,
  Timeline,
  TimelineEra,
  TimelineEvent,
  TimelineEventMap,
  TimelineOptions,
} from "./types.js";
