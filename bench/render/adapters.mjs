// How the benchmark page drives each library: turn the generated events into the library's own
// input (not timed), mount it, tell when it has drawn, and zoom and pan it through its own API.
// Every adapter gets the same events, container (1200×600) and time range.

const DAY = 86_400_000;

/** The moment a date string of the generator ("1993", "1993-03", "1993-03-30") starts. */
const startOf = (text) => {
  const [y, m = 1, d = 1] = text.split("-").map(Number);
  return Date.UTC(y, m - 1, d);
};
/** The moment after its last instant: an end is inclusive at its precision. */
const untilOf = (text) => {
  const [y, m, d] = text.split("-").map(Number);
  if (d !== undefined) return Date.UTC(y, m - 1, d) + DAY;
  if (m !== undefined) return Date.UTC(y, m, 1);
  return Date.UTC(y + 1, 0, 1);
};
/** [start, end) of a generated event in milliseconds. */
const rangeOf = (e) => (e.end ? [startOf(e.start), untilOf(e.end)] : [startOf(e.date), untilOf(e.date)]);
const partsOf = (text) => {
  const [year, month, day] = text.split("-");
  return { year, ...(month && { month }), ...(day && { day }) };
};

/**
 * A zoom step: the view narrows from the whole range to an eighth of it around the middle, by
 * the same factor each step. A pan step: 20 px of a 1200 px view, later in time.
 */
export const zoomView = ([lo, hi], i, count) => {
  const span = (hi - lo) * 8 ** (-(i + 1) / count);
  const middle = (lo + hi) / 2;
  return [middle - span / 2, middle + span / 2];
};
export const panView = ([lo, hi], i) => {
  const [a, b] = zoomView([lo, hi], 0, 1); // where the zoom ended
  const shift = ((b - a) * 20 * (i + 1)) / 1200;
  return [a + shift, b + shift];
};

const dispatchMouse = (target, type, x, y) =>
  target.dispatchEvent(
    new MouseEvent(type, {
      bubbles: true,
      cancelable: true,
      view: window,
      clientX: x,
      clientY: y,
      button: 0,
    }),
  );

/** Where the chronoline drag started, in client pixels. */
let drag = [0, 0];
/** Where the chronoline wheel zoom points, in client pixels. */
let wheelAt = [0, 0];

export const ADAPTERS = {
  chronoline: {
    prepare: (events) => events,
    mount: (container, events) => window.chronoline.createTimeline(container, { events, title: "Benchmark" }),
    ready: (container) => container.querySelector("g.chronoline-event") !== null,
    // The mouse wheel over the middle of the SVG, through d3-zoom as a reader's would go: one
    // wheel event per frame, each zooming in by the factor of a zoomView step (d3-zoom scales by
    // 2^(−deltaY × 0.002)), so the view narrows to an eighth around the middle as for the others.
    // (zoomTo from code always lays out again at once; a reader's gesture on a large timeline
    // moves what is drawn and lays out when the wheel stops.)
    zoom: (timeline, range, i, count, container) => {
      const svg = container.querySelector("svg.chronoline");
      if (i === 0) {
        const box = svg.getBoundingClientRect(); // read once, as for the drag
        wheelAt = [box.left + box.width / 2, box.top + Math.min(box.height / 2, 120)];
      }
      const [clientX, clientY] = wheelAt;
      const deltaY = -Math.log2(8) / count / 0.002;
      svg.dispatchEvent(
        new WheelEvent("wheel", { bubbles: true, cancelable: true, view: window, clientX, clientY, deltaY }),
      );
    },
    // Before the pan's frames are timed: the view the others pan from (an eighth, laid out at
    // once by zoomTo), settled, and the mouse pressed where the drag starts. A reader's drag
    // starts from a view at rest; timing this in the first pan frame charged a whole layout to it.
    beforeSteps: (kind, timeline, range, container) => {
      if (kind !== "pan") return;
      const svg = container.querySelector("svg.chronoline");
      timeline.zoomTo(...zoomView(range, 0, 1).map((t) => new Date(t)));
      // Read once: reading it at every step would force a layout that a real drag never asks for.
      const box = svg.getBoundingClientRect();
      drag = [box.left + box.width * 0.75, box.top + 40];
      dispatchMouse(svg, "mousedown", ...drag);
    },
    // A mouse drag across the SVG, through d3-zoom as a reader's would go: one move per frame.
    pan: (timeline, range, i, count, container) => {
      const svg = container.querySelector("svg.chronoline");
      const [x, y] = drag;
      dispatchMouse(svg, "mousemove", x - 20 * (i + 1), y);
      if (i === count - 1) dispatchMouse(svg, "mouseup", x - 20 * (i + 1), y);
    },
  },
  "vis-timeline": {
    prepare: (events) =>
      events.map((e, id) => {
        const [start, end] = rangeOf(e);
        return e.end
          ? { id, content: e.title, start: new Date(start), end: new Date(end), type: "range" }
          : { id, content: e.title, start: new Date(start), type: "box" };
      }),
    mount: (container, items) =>
      new window.vis.Timeline(container, items, { width: "1200px", height: "600px" }),
    ready: (container) => container.querySelector(".vis-item") !== null,
    zoom: (timeline, range, i, count) => {
      const [a, b] = zoomView(range, i, count);
      timeline.setWindow(new Date(a), new Date(b), { animation: false });
    },
    pan: (timeline, range, i) => {
      const [a, b] = panView(range, i);
      timeline.setWindow(new Date(a), new Date(b), { animation: false });
    },
  },
  "d3-milestones": {
    prepare: (events) => events.map((e) => ({ date: e.date ?? e.start, title: e.title })),
    // Its defaults (labels may overlap: its optimizer takes 4 s for 100 events here); events on
    // one day share a label.
    mount: (container, data) =>
      window
        .milestones(container)
        .mapping({ timestamp: "date", text: "title" })
        .aggregateBy("day")
        .render(data),
    ready: (container) => container.querySelector(".milestones__group") !== null,
    zoom: null, // no zoom or pan API
    pan: null,
  },
  "timelines-chart": {
    // One line per subject word (8 lines); a point event is a bar as long as its date's precision.
    prepare: (events) => {
      const lines = new Map();
      for (const e of events) {
        const subject = e.title.split(" ")[0];
        if (!lines.has(subject)) lines.set(subject, []);
        const [start, end] = rangeOf(e);
        lines.get(subject).push({ timeRange: [new Date(start), new Date(end)], val: subject });
      }
      return [{ group: "Events", data: [...lines].map(([label, data]) => ({ label, data })) }];
    },
    mount: (container, data) =>
      window.TimelinesChart()(container).width(1200).maxHeight(600).zQualitative(true).data(data),
    ready: (container) => container.querySelector("rect.series-segment") !== null,
    zoom: (chart, range, i, count) => {
      chart.zoomX(zoomView(range, i, count).map((t) => new Date(t)));
    },
    pan: (chart, range, i) => {
      chart.zoomX(panView(range, i).map((t) => new Date(t)));
    },
  },
  timelinejs: {
    prepare: (events) => ({
      events: events.map((e) => ({
        start_date: partsOf(e.date ?? e.start),
        ...(e.end && { end_date: partsOf(e.end) }),
        text: { headline: e.title },
      })),
    }),
    mount: (container, data) => new window.TL.Timeline(container, data),
    ready: (container) => container.querySelector(".tl-timemarker") !== null,
    // Its zoom has fixed levels: in and out in turn, so that every step lays the navigator out again.
    zoom: (timeline, range, i) => {
      if (i % 2 === 0) timeline.zoomIn();
      else timeline.zoomOut();
    },
    pan: (timeline) => {
      timeline.goToNext();
    },
  },
};
