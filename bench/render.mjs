#!/usr/bin/env node
// Render benchmark in real Chromium, chronoline beside its peers in one run: `npm run bench`.
//   node bench/render.mjs [--quick] [--sizes 100,1000,10000,100000] [--runs N] [--timeout 60]
//                         [--libraries chronoline,vis-timeline,…] [--profile] [--bundle file.js]
//   node bench/render.mjs --report bench/results/render.json   (the report again, no run)
// Every library renders the same seeded events (bench/generate-events.ts: 1900–2025, one in five
// a span) into a 1200×600 container, each run in a fresh browser context, the libraries taking
// turns run by run. See bench/render/ for the page, the adapters and one run; the report is a
// markdown table (stdout) and bench/results/render.json (render-quick.json for --quick).
import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { format } from "prettier";
import { launchChromium } from "../scripts/browser.mjs";
import { startServer } from "../scripts/serve.mjs";
import { writeDatasets } from "./render/data.mjs";
import { LIBRARIES, READABLE_CHRONOLINE, SNAPSHOT } from "./render/libraries.mjs";
import { topCosts } from "./render/profile.mjs";
import { report } from "./render/report.mjs";
import { runOnce } from "./render/session.mjs";
import { libraryVersions, librarySizes } from "./render/sizes.mjs";

const args = process.argv.slice(2);
const flag = (name) => args.includes(`--${name}`);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const QUICK = flag("quick");
const PROFILE = flag("profile");
const SIZES = option("sizes", QUICK ? "1000,10000" : "100,1000,10000,100000")
  .split(",")
  .map(Number);
const TIMEOUT_S = Number(option("timeout", QUICK ? "10" : "60"));
const NAMES = option("libraries", PROFILE ? "chronoline" : LIBRARIES.map((l) => l.name).join(",")).split(",");
/** Runs per library and size; a library slower than SLOW_MS to mount runs once. */
const RUNS = (n) => Number(option("runs", QUICK || PROFILE ? 1 : n <= 1_000 ? 5 : 3));
const SLOW_MS = 5_000;
const SEED = 1;

for (const name of NAMES) {
  if (!LIBRARIES.some((l) => l.name === name)) throw new Error(`--libraries: no library called ${name}`);
}

// --report <file>: the report again from a saved run (after a change to how it is shown).
const REPORT = option("report", undefined);
if (REPORT) {
  const saved = JSON.parse(readFileSync(REPORT, "utf8"));
  // Files from before `skipped` was kept list the runs alone.
  const raw = saved.raw.map(({ n, libraries }) => ({
    n,
    libraries: Object.fromEntries(
      Object.entries(libraries).map(([name, side]) => [
        name,
        Array.isArray(side) ? { skipped: side.length === 0, runs: side } : side,
      ]),
    ),
  }));
  const { markdown, summary } = report(raw, {
    sizes: saved.sizes,
    versions: saved.versions,
    timeoutS: saved.timeoutSeconds,
    machine: saved.machine,
    command: saved.command,
    minutes: saved.minutes,
  });
  console.log(markdown);
  const json = JSON.stringify({ ...summary, table: markdown }, null, 2);
  writeFileSync(REPORT, await format(json, { parser: "json", printWidth: 110 }));
  process.exit(0);
}
await writeDatasets(SIZES, SEED);
// The bundle is copied once, so that a rebuild of dist/ during a long run does not mix builds.
const BUNDLE = option("bundle", PROFILE ? READABLE_CHRONOLINE : "dist/chronoline.umd.min.js");
copyFileSync(BUNDLE, SNAPSHOT);
const server = await startServer();
let browser = await launchChromium();
const started = Date.now();
// How busy the host was: its 1-minute load average every 30 s (this run's own browser included).
const loads = [loadavg()[0]];
const loadSampler = setInterval(() => loads.push(loadavg()[0]), 30_000);
loadSampler.unref();

const results = [];
const gaveUp = new Set(); // libraries that ran out of time at a smaller size
try {
  for (const n of SIZES) {
    const record = Object.fromEntries(NAMES.map((name) => [name, { runs: [], skipped: gaveUp.has(name) }]));
    const wanted = Object.fromEntries(NAMES.map((name) => [name, gaveUp.has(name) ? 0 : RUNS(n)]));
    for (let round = 0; NAMES.some((name) => record[name].runs.length < wanted[name]); round++) {
      // Take turns, starting with a different library each round.
      const order = NAMES.map((_, i) => NAMES[(i + round) % NAMES.length]);
      for (const name of order) {
        if (record[name].runs.length >= wanted[name]) continue;
        process.stderr.write(`\r${n.toLocaleString("en-US")} events: round ${round + 1}, ${name}…          `);
        const run = await runOnce(browser, server.url, name, n, {
          timeoutMs: TIMEOUT_S * 1000,
          profile: PROFILE,
        });
        if (!browser.isConnected()) browser = await launchChromium();
        record[name].runs.push(run);
        if (run.timedOut || run.mountMs > SLOW_MS) wanted[name] = record[name].runs.length;
        if (run.timedOut === "mount") gaveUp.add(name);
      }
    }
    results.push({ n, libraries: record });
  }
} finally {
  process.stderr.write("\n");
  await browser.close().catch(() => {});
  await server.close();
}

const chromium = await (async () => {
  const b = await launchChromium();
  const version = b.version();
  await b.close();
  return version;
})();
const machine = {
  cpu: cpus()[0]?.model.trim() ?? "unknown CPU",
  cores: cpus().length,
  node: process.version,
  chromium,
  date: new Date().toISOString(),
  load: [Math.min(...loads), Math.max(...loads)].map((v) => Math.round(v * 10) / 10),
};
const { markdown, summary } = report(results, {
  sizes: librarySizes(SNAPSHOT),
  versions: libraryVersions(),
  timeoutS: TIMEOUT_S,
  machine,
  command: `npm run bench${QUICK ? " -- --quick" : ""}`,
  minutes: (Date.now() - started) / 60_000,
});
console.log(markdown);

if (PROFILE) {
  for (const { n, libraries } of results) {
    const run = libraries.chronoline?.runs[0];
    if (!run?.profiles) continue;
    for (const [phase, profile] of Object.entries(run.profiles)) {
      const { totalMs, top } = topCosts(profile);
      const b = run.breakdown[phase];
      console.log(
        `\n### chronoline, ${n.toLocaleString("en-US")} events, ${phase}: ${totalMs.toFixed(0)} ms sampled; ` +
          `main-thread CPU ${b.TaskDuration} ms = script ${b.ScriptDuration} + layout ${b.LayoutDuration} + ` +
          `style ${b.RecalcStyleDuration} + other\n`,
      );
      for (const t of top)
        console.log(
          `${t.ms.toFixed(1).padStart(8)} ms ${(t.share * 100).toFixed(1).padStart(5)}%  ${t.name}`,
        );
      writeFileSync(`build/bench/render/chronoline-${n}-${phase}.cpuprofile`, JSON.stringify(profile));
    }
  }
  console.log("\nProfiles in build/bench/render/*.cpuprofile (open in Chrome DevTools, Performance panel).");
} else {
  const file = `bench/results/render${QUICK ? "-quick" : ""}.json`;
  const json = JSON.stringify({ ...summary, table: markdown }, null, 2);
  writeFileSync(file, await format(json, { parser: "json", printWidth: 110 }));
  console.log(`\nWritten to ${file}.`);
}
