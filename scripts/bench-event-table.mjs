#!/usr/bin/env node
// How the shown event table (eventList: "table") fills in real Chromium: the time from
// createTimeline until every row is in the table, and the frames on the way there.
//   node scripts/bench-event-table.mjs [events=10000] [bundle=dist/chronoline.umd.js] [runs=3] [table|hidden]
// Needs a build (npm run build), or a bundle path. For each run: a page 1280×900, a timeline of
// `events` random events with eventList "table"; then update() with every event moved a day,
// measured the same way. The first two frames (the timeline's own drawing and paint) are left out; frame times are the gaps between animation frames (16.7 ms is 60 fps).
// Also checks that the table ends complete, in time order. A measurement, not a test.
import { readFileSync } from "node:fs";
import { launchChromium } from "./browser.mjs";

const count = Number(process.argv[2] ?? 10_000);
const bundle = process.argv[3] ?? "dist/chronoline.umd.js";
const runs = Number(process.argv[4] ?? 3);
const eventList = process.argv[5] ?? "table"; // "hidden": the same with the table out of sight
const script = readFileSync(bundle, "utf8");

/** In the page: mount (or update), then record frames until the table is complete. */
function fill({ count, update, eventList }) {
  const day = 86_400_000;
  const events = [];
  let seed = 7;
  const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
  for (let i = 0; i < count; i++) {
    const t = Date.UTC(1900, 0, 1) + Math.floor(random() * 120 * 365) * day + (update ? day : 0);
    events.push({
      id: `e${i}`,
      date: new Date(t).toISOString().slice(0, 10),
      title: `Event number ${i} with a title of some words`,
      text: i % 3 ? undefined : "A sentence of text about the event, as a table shows it.",
      group: `Group ${i % 5}`,
    });
  }
  return new Promise((done) => {
    const frames = [];
    let last = performance.now();
    const started = last;
    const tick = (now) => {
      frames.push(now - last);
      last = now;
      const table = document.querySelector(".chronoline-table");
      if (table && !table.hasAttribute("aria-busy") && table.querySelectorAll("tbody tr").length === count) {
        const ids = Array.from(table.querySelectorAll("tbody tr"), (tr) => tr.getAttribute("data-id"));
        const dates = ids.map((id) => window.timeline.events.find((e) => e.id === id)?.start.time ?? NaN);
        const ordered = dates.every((t, i) => i === 0 || t >= dates[i - 1]);
        // The first two frames hold the timeline's own drawing (`sync`) and its paint; the
        // table's frames follow them.
        done({ ms: now - started, sync, frames: frames.slice(2), ordered, rows: ids.length });
        return;
      }
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    if (update) window.timeline.update({ events });
    else
      window.timeline = chronoline.createTimeline("#host", {
        events,
        eventList,
        title: "Table benchmark",
      });
    const sync = performance.now() - started;
  });
}

const browser = await launchChromium();
const fmt = (v) => v.toFixed(1).padStart(7);
try {
  for (let run = 0; run < runs; run++) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.setContent('<!doctype html><meta charset="utf-8"><body><div id="host"></div></body>');
    await page.addScriptTag({ content: script });
    for (const update of [false, true]) {
      const r = await page.evaluate(fill, { count, update, eventList });
      const sorted = [...r.frames].sort((a, b) => a - b);
      const p95 = sorted[Math.floor(sorted.length * 0.95)];
      const long = r.frames.filter((f) => f > 50).length;
      console.log(
        `run ${run + 1} ${update ? "update" : "create"}: complete ${fmt(r.ms)} ms ` +
          `(${r.sync.toFixed(0)} ms drawing the timeline), then longest frame ${fmt(sorted[sorted.length - 1])} ms, p95 ${fmt(p95)} ms, ` +
          `${r.frames.length} frames (${long} over 50 ms), ${r.rows} rows${r.ordered ? " in time order" : " OUT OF ORDER"}`,
      );
    }
    await page.close();
  }
} finally {
  await browser.close();
}
