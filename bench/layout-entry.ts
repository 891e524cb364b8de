// What the layout benchmark needs from the source, bundled for plain Node by bench/build.mjs.
export { buildModel, DEFAULTS, parseData } from "../src/api/prepare.js";
export { SIDE_PAD } from "../src/layout/layout.js";
export { measureWithTable } from "../src/layout/measure.js";
export { DATE_FONT, LABEL, TITLE_FONT } from "../src/layout/typography.js";
export { generateEvents } from "./generate-events.js";
