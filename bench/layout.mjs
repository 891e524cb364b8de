#!/usr/bin/env node
// Layout time in Node, chronoline against Labella.js on the same generated events: `npm run bench:layout`.
//   node bench/layout.mjs [--sizes 1000,10000,100000] [--timeout 60]
// Each library runs in its own worker thread; the two take turns run by run, so that whatever
// else the machine does falls on both. A run over the timeout is stopped and reported as "> 60 s".
// Prints a markdown table of medians and ratios, and writes bench/results/layout.json.
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { Worker } from "node:worker_threads";
import { format, resolveConfig } from "prettier";
import { buildLayoutBundle } from "./build.mjs";

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const SIZES = option("sizes", "1000,10000,100000").split(",").map(Number);
const TIMEOUT_S = Number(option("timeout", "60"));
const SEED = 1;
const WIDTH = 1280;
/** Runs per library and size; fewer for big inputs. A slow library gets fewer still (SLOW_MS). */
const RUNS = (n) => (n <= 1_000 ? 15 : n <= 10_000 ? 11 : 7);
const SLOW_MS = 10_000;
const SLOW_RUNS = 3;
/** Untimed runs first, while runs are shorter than WARMUP_LIMIT_MS. */
const WARMUPS = 5;
const WARMUP_LIMIT_MS = 1_000;

const loadAtStart = loadavg().map((v) => v.toFixed(1));
const bundle = await buildLayoutBundle();
const worker = new URL("./layout-worker.mjs", import.meta.url);

/** A library's worker, ready to time runs; `run()` resolves to a result, or "timeout". */
async function start(library, n) {
  const thread = new Worker(worker, { workerData: { library, n, seed: SEED, width: WIDTH, bundle } });
  let pending;
  thread.on("message", (message) => pending?.resolve(message));
  thread.on("error", (error) => pending?.reject(error));
  const next = () => new Promise((resolve, reject) => (pending = { resolve, reject }));
  await next(); // ready: data generated and prepared, nothing timed yet
  return {
    async run() {
      let timer;
      const timeout = new Promise(
        (resolve) => (timer = setTimeout(() => resolve("timeout"), TIMEOUT_S * 1000)),
      );
      const result = next();
      thread.postMessage("run");
      const outcome = await Promise.race([result, timeout]);
      clearTimeout(timer);
      if (outcome === "timeout") await thread.terminate();
      return outcome;
    },
    stop: () => thread.terminate(),
  };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

const results = [];
for (const n of SIZES) {
  process.stderr.write(`${n} events: preparing…`);
  const libraries = { chronoline: await start("chronoline", n), labella: await start("labella", n) };
  const record = {
    n,
    chronoline: { runs: [], timedOut: false },
    labella: { runs: [], timedOut: false },
  };
  const wanted = { chronoline: RUNS(n), labella: RUNS(n) };
  const warmups = { chronoline: 0, labella: 0 };
  const needsRuns = (name) => !record[name].timedOut && record[name].runs.length < wanted[name];
  for (let k = 0; needsRuns("chronoline") || needsRuns("labella"); k++) {
    // Take turns, and swap who goes first each round.
    const order = k % 2 === 0 ? ["chronoline", "labella"] : ["labella", "chronoline"];
    for (const name of order) {
      const side = record[name];
      if (!needsRuns(name)) continue;
      const outcome = await libraries[name].run();
      if (outcome === "timeout") {
        side.timedOut = true;
        continue;
      }
      // The first runs warm up the JIT and are not counted, unless one is slow enough that
      // warming up hardly matters and running it again would take long.
      if (warmups[name] < WARMUPS && outcome.ms < WARMUP_LIMIT_MS) {
        warmups[name]++;
        continue;
      }
      warmups[name] = WARMUPS;
      side.runs.push(Math.round(outcome.ms * 1000) / 1000);
      side.labels = outcome.labels;
      if (outcome.layers !== undefined) side.layers = outcome.layers;
      if (outcome.ms > SLOW_MS) wanted[name] = Math.min(wanted[name], SLOW_RUNS);
    }
    process.stderr.write(`\r${n} events: round ${k + 1}   `);
  }
  process.stderr.write("\n");
  await Promise.all(Object.values(libraries).map((library) => library.stop()));
  for (const name of ["chronoline", "labella"]) {
    const side = record[name];
    side.median = side.timedOut ? null : median(side.runs);
    side.fastest = side.runs.length ? Math.min(...side.runs) : null;
  }
  record.ratio =
    record.chronoline.median !== null && record.labella.median !== null
      ? record.chronoline.median / record.labella.median
      : null;
  results.push(record);
}

// ---------------------------------------------------------------------------------------------
// Report

const ms = (side) => {
  if (side.timedOut) return `> ${TIMEOUT_S} s`;
  const value = side.median;
  return value >= 1000
    ? `${(value / 1000).toFixed(2)} s`
    : value >= 10
      ? `${value.toFixed(1)} ms`
      : `${value.toFixed(2)} ms`;
};
const ratio = (record) => {
  if (record.ratio !== null)
    return `${record.ratio < 0.01 ? record.ratio.toFixed(4) : record.ratio.toFixed(3)}×`;
  if (record.labella.timedOut && !record.chronoline.timedOut) {
    return `< ${(record.chronoline.median / (TIMEOUT_S * 1000)).toFixed(4)}×`;
  }
  return "n/a";
};
const lines = [
  "| events | chronoline (median) | Labella.js (median) | chronoline / Labella |",
  "| -----: | ------------------: | ------------------: | -------------------: |",
  ...results.map(
    (r) => `| ${r.n.toLocaleString("en-US")} | ${ms(r.chronoline)} | ${ms(r.labella)} | ${ratio(r)} |`,
  ),
];
const cpu = cpus()[0]?.model ?? "unknown CPU";
console.log(lines.join("\n"));
const shown = results.map(
  (r) =>
    `${r.n.toLocaleString("en-US")} events: chronoline labels ${r.chronoline.labels ?? "?"}` +
    (r.labella.timedOut
      ? ""
      : `, Labella stacks all ${r.n.toLocaleString("en-US")} in ${r.labella.layers} layers`),
);
const load = loadavg().map((v) => v.toFixed(1));
console.log(
  `\nNode ${process.version}, ${cpu} (${cpus().length} cores), load average ${loadAtStart.join(" ")} at the start, ` +
    `${load.join(" ")} at the end; ${WIDTH} px wide, seed ${SEED}, timeout ${TIMEOUT_S} s per run.\n` +
    `chronoline shows the labels that fit and clusters the rest; Labella places every label (${shown.join("; ")}).`,
);

// On a busy machine the median says as much about the neighbours as about layout; the fastest
// run is nearer what layout costs alone.
console.log(
  `Fastest chronoline run: ${results
    .map(
      (r) =>
        `${r.n.toLocaleString("en-US")}: ${r.chronoline.fastest === null ? "n/a" : `${r.chronoline.fastest.toFixed(1)} ms`}`,
    )
    .join(", ")}.`,
);

// The targets of issue 3, checked against what was measured.
const at = (n) => results.find((r) => r.n === n);
const checks = [
  [10_000, 20],
  [100_000, 250],
]
  .filter(([n]) => at(n))
  .map(([n, limit]) => {
    const m = at(n).chronoline.median;
    return `${n.toLocaleString("en-US")} events under ${limit} ms: ${m !== null && m < limit ? "met" : "missed"} (${ms(at(n).chronoline)})`;
  });
const faster = results.every((r) => r.labella.timedOut || (r.ratio !== null && r.ratio < 1));
checks.push(`faster than Labella at every size: ${faster ? "met" : "missed"}`);
console.log(`Targets: ${checks.join("; ")}.`);

const report = {
  date: new Date().toISOString(),
  node: process.version,
  cpu,
  cores: cpus().length,
  loadAverage: { start: loadAtStart.map(Number), end: loadavg().map((v) => Number(v.toFixed(1))) },
  width: WIDTH,
  seed: SEED,
  timeoutSeconds: TIMEOUT_S,
  note: "Milliseconds. chronoline: buildModel (scale, label placement, lanes, clusters) on parsed events; Labella.js 1.1.4: new Node per label + Force.compute(), label widths measured beforehand.",
  results,
  table: lines.join("\n"),
};
mkdirSync(new URL("./results/", import.meta.url), { recursive: true });
const file = new URL("./results/layout.json", import.meta.url);
const style = await resolveConfig(file);
writeFileSync(file, await format(JSON.stringify(report), { ...style, parser: "json" }));
console.log(`\nwrote bench/results/layout.json`);
