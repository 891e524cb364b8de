// The benchmark page: `window.bench` loads one library and one dataset, then times what the
// harness (bench/render.mjs) asks, in this page only. Times come from performance.now() and
// requestAnimationFrame timestamps.
import { ADAPTERS } from "./adapters.mjs";
import { LIBRARIES, SNAPSHOT } from "./libraries.mjs";

const container = document.getElementById("mount");
const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
let adapter;
let input;
let handle;
let range;

function load(file) {
  return new Promise((resolve, reject) => {
    const element = file.endsWith(".css") ? document.createElement("link") : document.createElement("script");
    if (element instanceof HTMLLinkElement) {
      element.rel = "stylesheet";
      element.href = `/${file}`;
    } else element.src = `/${file}`;
    element.onload = resolve;
    element.onerror = () => reject(new Error(`could not load ${file}`));
    document.head.append(element);
  });
}

window.bench = {
  /** Loads the library's files (timed: `loadMs`) and the dataset, and converts the data to its input. */
  async setup(name, n) {
    const library = LIBRARIES.find((l) => l.name === name);
    // What a reader's page pays before any mount: fetching, compiling and running the library's files.
    const loadStart = performance.now();
    for (const file of library.files) await load(name === "chronoline" ? SNAPSHOT : file);
    const loadMs = performance.now() - loadStart;
    const events = await (await fetch(`/build/bench/render/events-${n}.json`)).json();
    range = [Date.UTC(1900, 0, 1), Date.UTC(2026, 0, 1)];
    adapter = ADAPTERS[name];
    input = adapter.prepare(events);
    await frame();
    return { zoom: adapter.zoom !== null, pan: adapter.pan !== null, loadMs };
  },

  /**
   * Mount → forced layout → two animation frames: the first frame after mount has then been
   * painted. A library that draws later (a timer, its own frame) is waited for, frame by frame.
   */
  async mount() {
    const t0 = performance.now();
    handle = adapter.mount(container, input);
    input = undefined; // what the library keeps of its data is its own heap
    void container.offsetHeight;
    await frame();
    await frame();
    let waited = 0;
    while (!adapter.ready(container)) {
      await frame();
      waited++;
    }
    return { ms: performance.now() - t0, waitedFrames: waited };
  },

  /** `count` steps of zoom or pan, one per frame; frame times from rAF timestamps, capped. */
  async steps(kind, count, capMs) {
    const step = adapter[kind];
    if (adapter.beforeSteps) {
      adapter.beforeSteps(kind, handle, range, container);
      // Untimed: the frames that draw the set-up view, and a quarter second for it to settle.
      await new Promise((resolve) => setTimeout(resolve, 250));
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    }
    const stamps = [];
    const t0 = performance.now();
    let done = 0;
    await new Promise((resolve) => {
      const tick = (timestamp) => {
        stamps.push(timestamp);
        // One more frame after the last step, for libraries that draw in the frame after input.
        if (done > count || performance.now() - t0 > capMs) return resolve();
        if (done < count) step(handle, range, done, count, container);
        done++;
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    const frames = stamps.slice(1).map((t, i) => t - stamps[i]);
    return { frames, steps: Math.min(done, count), ms: performance.now() - t0 };
  },

  /** Elements in the container, the library's whole DOM. */
  domCount: () => container.querySelectorAll("*").length,
};
