// One run of one library on one dataset, in a fresh browser context and page: mount, zoom, pan,
// DOM count and JS heap after garbage collection (through the Chrome DevTools Protocol). Each
// phase has a time limit; a phase past it ends the run, which is then reported as "> limit".

const STEPS = 30;

/** Races a promise against a timer; resolves to "timeout" when the timer wins. */
function within(promise, ms) {
  let timer;
  const timeout = new Promise((resolve) => (timer = setTimeout(() => resolve("timeout"), ms)));
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Heap in use after a full garbage collection, in bytes. */
async function heapAfterGC(cdp) {
  await cdp.send("HeapProfiler.collectGarbage");
  await cdp.send("HeapProfiler.collectGarbage");
  const { usedSize } = await cdp.send("Runtime.getHeapUsage");
  return usedSize;
}

/**
 * Main-thread CPU time so far, in all and by kind (CDP Performance domain, enabled in thread
 * time), in seconds.
 */
async function metrics(cdp) {
  const { metrics: list } = await cdp.send("Performance.getMetrics");
  const wanted = ["ThreadTime", "TaskDuration", "ScriptDuration", "LayoutDuration", "RecalcStyleDuration"];
  return Object.fromEntries(list.filter((m) => wanted.includes(m.name)).map((m) => [m.name, m.value]));
}

/**
 * Runs `library` on `n` events. `timeoutMs` limits the mount and each of zoom and pan; `profile`
 * records a CPU profile of each phase (returned as `profiles`). Resolves to the figures, with
 * `timedOut` naming the phase that ran out of time, if any.
 */
export async function runOnce(browser, baseURL, library, n, { timeoutMs, profile = false }) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const result = { library, n, timedOut: null, errors: [] };
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    // A renderer stuck in a long task still closes with its context; never wait on it forever.
    await within(context.close(), 15_000);
  };
  try {
    const page = await context.newPage();
    page.on("pageerror", (error) => result.errors.push(error.message));
    const cdp = await context.newCDPSession(page);
    // Thread time: durations are the main thread's CPU time, which waiting does not add to.
    await cdp.send("Performance.enable", { timeDomain: "threadTicks" });
    await page.goto(`${baseURL}/bench/render/page.html`);
    await page.waitForFunction(() => "bench" in window);
    const can = await page.evaluate(([name, size]) => window.bench.setup(name, size), [library, n]);
    result.loadMs = can.loadMs;
    const profiles = {};
    const breakdown = {};
    const timed = async (phase, run) => {
      const before = await metrics(cdp);
      if (profile) {
        await cdp.send("Profiler.enable");
        await cdp.send("Profiler.setSamplingInterval", { interval: 200 });
        await cdp.send("Profiler.start");
      }
      const outcome = await within(run(), timeoutMs + 5_000);
      if (outcome === "timeout") {
        result.timedOut = phase;
        return outcome;
      }
      const after = await metrics(cdp);
      if (phase === "mount") result.mountCpuMs = (after.ThreadTime - before.ThreadTime) * 1000;
      if (profile) {
        profiles[phase] = (await cdp.send("Profiler.stop")).profile;
        breakdown[phase] = Object.fromEntries(
          Object.keys(after).map((key) => [key, Math.round((after[key] - before[key]) * 1e4) / 10]),
        );
      }
      return outcome;
    };

    const mount = await timed("mount", () => page.evaluate(() => window.bench.mount()));
    if (mount === "timeout") return result;
    result.mountMs = mount.ms;
    result.waitedFrames = mount.waitedFrames;
    result.dom = await page.evaluate(() => window.bench.domCount());
    result.heapBytes = await heapAfterGC(cdp);

    for (const kind of ["zoom", "pan"]) {
      if (!can[kind]) {
        result[kind] = null;
        continue;
      }
      const steps = await timed(kind, () =>
        page.evaluate(([k, count, cap]) => window.bench.steps(k, count, cap), [kind, STEPS, timeoutMs]),
      );
      if (steps === "timeout") return result;
      result[kind] = steps;
    }
    if (profile) Object.assign(result, { profiles, breakdown });
    return result;
  } finally {
    await close();
  }
}
