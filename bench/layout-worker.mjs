// One library's side of the layout benchmark, in its own thread so that a run that takes too long
// can be stopped. It prepares the data once (untimed), then times one layout per "run" message.
import { parentPort, workerData } from "node:worker_threads";
import labella from "labella";

const { library, n, seed, width, bundle } = workerData;
const {
  buildModel,
  DEFAULTS,
  parseData,
  measureWithTable,
  generateEvents,
  SIDE_PAD,
  LABEL,
  TITLE_FONT,
  DATE_FONT,
} = await import(bundle);

// The same seeded events for both libraries, parsed before any timing.
const options = { events: generateEvents(n, seed) };
const data = parseData(options);
const layoutChronoline = () => buildModel(data, options, width, measureWithTable, undefined, null);

/** chronoline: scale, label placement, lanes and clusters, from parsed events to geometry. */
function runChronoline() {
  const start = performance.now();
  const { layout } = layoutChronoline();
  const ms = performance.now() - start;
  return { ms, labels: layout.events.filter((g) => g.label).length };
}

// Labella places the same labels: at the same x on the same axis, with the same widths (date
// line and title measured by the same width table, capped like chronoline's), measured here
// before timing. It keeps every label and stacks them in as many layers as it needs.
let labellaInput;
function prepareLabella() {
  const { scale, dateOf } = layoutChronoline();
  const { maxLabelWidth } = DEFAULTS;
  const xs = data.events.map((e) => scale(e.start.time));
  const widths = data.events.map((e) =>
    Math.min(
      maxLabelWidth,
      LABEL.indent + Math.max(measureWithTable(e.title, TITLE_FONT), measureWithTable(dateOf(e), DATE_FONT)),
    ),
  );
  labellaInput = { xs, widths };
}

/** Labella.js 1.1.4: Node per label, then Force.compute() (its default "overlap" algorithm). */
function runLabella() {
  const { xs, widths } = labellaInput;
  const start = performance.now();
  const nodes = xs.map((x, i) => new labella.Node(x, widths[i]));
  const force = new labella.Force({ minPos: SIDE_PAD, maxPos: width - SIDE_PAD, nodeSpacing: LABEL.gap });
  force.nodes(nodes).compute();
  const ms = performance.now() - start;
  return { ms, labels: nodes.length, layers: force.getLayers().length };
}

if (library === "labella") prepareLabella();
const run = library === "labella" ? runLabella : runChronoline;
parentPort.on("message", () => parentPort.postMessage(run()));
parentPort.postMessage({ ready: true });
