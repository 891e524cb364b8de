// Turns the runs of the render benchmark into medians, ratios, the issue's targets and a markdown
// report. Frame times are pooled over a library's runs before taking percentiles.

/** Targets for chronoline: [size, what, limit, unit]. Checked in the output, never in tests. */
const TARGETS = [
  { n: 1_000, metric: "mount", limit: 50, text: "first paint ≤ 50 ms at 1,000 events" },
  { n: 10_000, metric: "mount", limit: 150, text: "first paint ≤ 150 ms at 10,000 events" },
  { n: 10_000, metric: "zoomP95", limit: 16.7, text: "zoom frame p95 ≤ 16.7 ms at 10,000 events" },
  { n: 10_000, metric: "panP95", limit: 16.7, text: "pan frame p95 ≤ 16.7 ms at 10,000 events" },
  { n: 100_000, metric: "mount", limit: 1000, text: "first paint ≤ 1 s at 100,000 events" },
  { n: 100_000, metric: "zoomP95", limit: 33, text: "zoom frame p95 ≤ 33 ms at 100,000 events" },
  { n: 100_000, metric: "heapMB", limit: 60, text: "JS heap ≤ 60 MB at 100,000 events" },
];
/** A frame within this much of a limit counts as within it: rAF timestamps jitter by a few µs. */
const FRAME_SLACK_MS = 0.1;
const RATIO_TARGET = 0.1;
const BUNDLE_BUDGET = 35 * 1024;

const median = (values) => {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
/** Nearest-rank percentile. */
const percentile = (values, p) => {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};

/** One library at one size: medians and pooled frame percentiles, or why there are none. */
function summarize(side) {
  const runs = side.runs;
  const mounted = runs.filter((r) => r.mountMs !== undefined);
  const phase = (kind) => {
    if (side.skipped) return { status: "skipped" };
    if (mounted.length && mounted.every((r) => r[kind] === null)) return { status: "no API" };
    if (runs.some((r) => r.timedOut === kind)) return { status: "timeout" };
    const done = mounted.filter((r) => r[kind]);
    if (!done.length) return { status: "not run" };
    const frames = done.flatMap((r) => r[kind].frames);
    const steps = Math.min(...done.map((r) => r[kind].steps));
    return { status: "ok", p50: percentile(frames, 50), p95: percentile(frames, 95), steps };
  };
  return {
    runs: runs.length,
    mountStatus: side.skipped ? "skipped" : mounted.length ? "ok" : "timeout",
    mountMs: median(mounted.map((r) => r.mountMs)),
    mountRuns: mounted.map((r) => Math.round(r.mountMs * 10) / 10),
    cpuMs: median(mounted.filter((r) => r.mountCpuMs !== undefined).map((r) => r.mountCpuMs)),
    loadMs: median(runs.filter((r) => r.loadMs !== undefined).map((r) => r.loadMs)),
    waitedFrames: Math.max(0, ...mounted.map((r) => r.waitedFrames)),
    zoom: phase("zoom"),
    pan: phase("pan"),
    dom: median(mounted.map((r) => r.dom)),
    heapMB: median(mounted.map((r) => r.heapBytes / 2 ** 20)),
    errors: [...new Set(runs.flatMap((r) => r.errors))].slice(0, 3),
  };
}

const ms = (v) =>
  v >= 1000 ? `${(v / 1000).toFixed(2)} s` : v >= 100 ? `${v.toFixed(0)} ms` : `${v.toFixed(1)} ms`;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

export function report(results, { sizes, versions, timeoutS, machine, command, minutes }) {
  const over = `> ${timeoutS} s`;
  const table = results.map(({ n, libraries }) => ({
    n,
    libraries: Object.fromEntries(Object.entries(libraries).map(([name, side]) => [name, summarize(side)])),
  }));

  const firstPaint = (s) =>
    s.mountStatus === "ok" ? ms(s.mountMs) : s.mountStatus === "skipped" ? `${over}¹` : over;
  const frames = (p) => {
    if (p.status === "no API") return "no zoom/pan API";
    if (p.status === "skipped") return "–";
    if (p.status === "timeout") return `30 steps ${over}`;
    if (p.status === "not run") return "–";
    const partial = p.steps < 30 ? ` (${p.steps} of 30 steps in ${timeoutS} s)` : "";
    return `${ms(p.p50)} / ${ms(p.p95)}${partial}`;
  };
  /** chronoline's first paint over a peer's: below 1 is faster. */
  const ratio = (c, s) => {
    if (c.mountStatus !== "ok") return null;
    if (s.mountStatus === "ok") return c.mountMs / s.mountMs;
    return { below: c.mountMs / (timeoutS * 1000) };
  };
  const showRatio = (r) =>
    r === null
      ? "n/a"
      : typeof r === "number"
        ? `${r < 0.01 ? r.toFixed(4) : r.toFixed(3)}×`
        : `< ${r.below.toFixed(4)}×`;

  const rows = [];
  for (const { n, libraries } of table) {
    const c = libraries.chronoline;
    for (const [name, s] of Object.entries(libraries)) {
      rows.push(
        `| ${n.toLocaleString("en-US")} | ${name} | ${firstPaint(s)} | ${name === "chronoline" || !c ? "" : showRatio(ratio(c, s))} | ` +
          `${s.cpuMs === null ? "–" : ms(s.cpuMs)} | ` +
          `${s.loadMs === null ? "–" : ms(s.loadMs)} | ` +
          `${frames(s.zoom)} | ${frames(s.pan)} | ${s.dom === null ? "–" : s.dom.toLocaleString("en-US")} | ` +
          `${s.heapMB === null ? "–" : `${s.heapMB.toFixed(1)} MB`} |`,
      );
    }
  }

  // Targets: chronoline's own figures, and its ratio to the fastest peer at each size.
  const checks = [];
  for (const t of TARGETS) {
    const c = table.find((r) => r.n === t.n)?.libraries.chronoline;
    if (!c) continue;
    const value =
      t.metric === "mount"
        ? c.mountMs
        : t.metric === "heapMB"
          ? c.heapMB
          : t.metric === "zoomP95"
            ? c.zoom.p95
            : c.pan.p95;
    const slack = t.metric.endsWith("P95") ? FRAME_SLACK_MS : 0;
    const shown =
      value === null || value === undefined
        ? "not measured"
        : t.metric === "heapMB"
          ? `${value.toFixed(1)} MB`
          : ms(value);
    checks.push({
      text: t.text,
      value: shown,
      met: value !== null && value !== undefined && value <= t.limit + slack,
    });
  }
  for (const { n, libraries } of table) {
    const c = libraries.chronoline;
    const peers = Object.entries(libraries).filter(([name]) => name !== "chronoline");
    if (!c || !peers.length) continue;
    const ratios = peers.map(([, s]) => ratio(c, s)).filter((r) => r !== null);
    const numeric = ratios.filter((r) => typeof r === "number");
    // The fastest peer gives the largest ratio; a peer past the time limit bounds it from above.
    const worst = numeric.length ? Math.max(...numeric) : Math.max(...ratios.map((r) => r.below));
    checks.push({
      text: `first paint ÷ fastest peer ≤ ${RATIO_TARGET} at ${n.toLocaleString("en-US")} events`,
      value: numeric.length ? `${worst.toFixed(3)}×` : `< ${worst.toFixed(4)}×`,
      met: worst <= RATIO_TARGET,
    });
  }
  checks.push({
    text: `UMD bundle ≤ 35 KB min+gzip`,
    value: kb(sizes.chronoline.bytes),
    met: sizes.chronoline.bytes <= BUNDLE_BUDGET,
  });

  const sizeRows = Object.entries(sizes).map(
    ([name, s]) =>
      `| ${name} ${versions[name]} | ${kb(s.bytes)} | ${name === "chronoline" ? "" : `${(sizes.chronoline.bytes / s.bytes).toFixed(2)}×`} | ${s.files.map((f) => f.file.replace(/^node_modules\//, "")).join(", ")} |`,
  );
  const errors = table.flatMap(({ n, libraries }) =>
    Object.entries(libraries).flatMap(([name, s]) =>
      s.errors.map((e) => `${name} at ${n}: ${e.slice(0, 160)}`),
    ),
  );

  const markdown = [
    "| events | library | first paint | chronoline ÷ | main-thread CPU | script load | zoom frame p50 / p95 | pan frame p50 / p95 | DOM elements | JS heap |",
    "| -----: | ------- | ----------: | -----------: | --------------: | ----------: | -------------------: | ------------------: | -----------: | ------: |",
    ...rows,
    "",
    "| target (chronoline) | measured | met |",
    "| ------------------- | -------: | :-: |",
    ...checks.map((c) => `| ${c.text} | ${c.value} | ${c.met ? "yes" : "**no**"} |`),
    "",
    "| what a page loads | min+gzip | chronoline ÷ | files |",
    "| ----------------- | -------: | -----------: | ----- |",
    ...sizeRows,
    "",
    `${machine.cpu} (${machine.cores} cores${machine.load ? `, load average ${machine.load[0]}–${machine.load[1]} during the run, its own browser included` : ""}), ` +
      `Chromium ${machine.chromium} headless, Node ${machine.node}; ` +
      `\`${command}\`, ${minutes.toFixed(1)} min, ${machine.date.slice(0, 10)}. ` +
      `First paint: mount → forced layout → two animation frames (median of runs, each in a fresh page). ` +
      `Main-thread CPU: the page's main thread's CPU time over that first paint (CDP Performance, thread time; median); first paint is longer by what the thread waited for, such as a core taken by the browser's background compiling and garbage collection, or fonts. ` +
      `Script load: fetching (from localhost), compiling and running the library's files in that page, before the mount and not in first paint; a reader's page pays both. ` +
      `Frames: 30 scripted zoom or pan steps, one per frame, times between requestAnimationFrame timestamps. ` +
      `JS heap: after forced garbage collection, after mount. Limit ${timeoutS} s per mount and per 30 steps.` +
      (rows.some((r) => r.includes("¹")) ? ` ¹ Not run: out of time at a smaller size.` : ""),
    ...(errors.length ? ["", "Page errors: " + errors.join("; ")] : []),
  ].join("\n");

  return {
    markdown,
    summary: {
      machine,
      minutes,
      command,
      timeoutSeconds: timeoutS,
      versions,
      sizes,
      targets: checks,
      results: table,
      raw: results.map(stripProfiles),
    },
  };
}

const stripProfiles = ({ n, libraries }) => ({
  n,
  libraries: Object.fromEntries(
    Object.entries(libraries).map(([name, side]) => [
      name,
      {
        skipped: side.skipped,
        runs: side.runs.map(({ profiles, ...run }) => ({
          ...run,
          zoom: run.zoom && {
            steps: run.zoom.steps,
            frames: run.zoom.frames.map((f) => Math.round(f * 100) / 100),
          },
          pan: run.pan && {
            steps: run.pan.steps,
            frames: run.pan.frames.map((f) => Math.round(f * 100) / 100),
          },
        })),
      },
    ]),
  ),
});
