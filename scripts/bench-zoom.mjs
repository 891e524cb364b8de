#!/usr/bin/env node
// Frame times of semantic zoom and pan in real Chromium: every frame re-runs the layout at the
// new zoom and redraws, so this is what a reader feels while wheeling and swiping.
//   node scripts/bench-zoom.mjs [page.html ...]     default: the gallery's largest, dense.html
// Needs a build (npm run build). For each page: one wheel event per animation frame, 90 frames
// zooming in around the middle, 90 out, then 90 frames of sideways wheel (pan) while zoomed; the
// time between animation frames is recorded. Prints p50, p95 and max per phase, in milliseconds;
// 16.7 ms is 60 fps. A measurement, not a test: it never fails on a number.
import { launchChromium } from "./browser.mjs";
import { startServer } from "./serve.mjs";

const pages = process.argv.slice(2).length ? process.argv.slice(2) : ["dense.html"];
const server = await startServer();
const browser = await launchChromium();

/** In the page: drive one wheel event per frame over the first timeline, return frame times. */
function drive() {
  const svg = document.querySelector("svg.chronoline");
  const box = svg.getBoundingClientRect();
  const at = { clientX: box.left + box.width / 2, clientY: box.top + Math.min(box.height / 2, 120) };
  const phases = [
    { name: "zoom in", frames: 90, deltaX: 0, deltaY: -40 },
    { name: "zoom out", frames: 90, deltaX: 0, deltaY: 40 },
    { name: "zoom in again", frames: 45, deltaX: 0, deltaY: -60 },
    { name: "pan", frames: 90, deltaX: 30, deltaY: 0 },
  ];
  return new Promise((done) => {
    const results = [];
    let phase = 0;
    let frame = 0;
    let last = 0;
    let times = [];
    const step = (now) => {
      if (last) times.push(now - last);
      last = now;
      const p = phases[phase];
      if (frame === p.frames) {
        results.push({ name: p.name, times });
        [phase, frame, last, times] = [phase + 1, 0, 0, []];
        if (phase === phases.length) return done(results);
      }
      const q = phases[phase];
      const target = document.elementFromPoint(at.clientX, at.clientY) ?? svg;
      target.dispatchEvent(
        new WheelEvent("wheel", {
          ...at,
          deltaX: q.deltaX,
          deltaY: q.deltaY,
          bubbles: true,
          cancelable: true,
        }),
      );
      frame++;
      requestAnimationFrame(step);
    };
    requestAnimationFrame(step);
  });
}

const pct = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))];
try {
  for (const name of pages) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${server.url}/examples/${name}`);
    await page.waitForSelector("svg.chronoline .chronoline-event", { state: "attached" });
    await page.waitForLoadState("networkidle");
    // A long event table fills at idle time after the first paint; measure once it is complete.
    await page.waitForFunction(() => !document.querySelector(".chronoline-table[aria-busy]"));
    const events = await page.$$eval(".chronoline-table tbody tr", (rows) => rows.length);
    const results = await page.evaluate(drive);
    console.log(`${name} (${events} events, 1280 px): frame time in ms`);
    for (const { name: phase, times } of results) {
      const sorted = [...times].sort((a, b) => a - b);
      const fmt = (v) => v.toFixed(1).padStart(6);
      console.log(
        `  ${phase.padEnd(14)} p50 ${fmt(pct(sorted, 50))}  p95 ${fmt(pct(sorted, 95))}  max ${fmt(sorted[sorted.length - 1])}  (${sorted.length} frames)`,
      );
    }
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
