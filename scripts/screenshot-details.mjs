#!/usr/bin/env node
// Screenshots of a gallery page with an event's details card open, in light or dark scheme:
//   node scripts/screenshot-details.mjs <page.html> <width> <folder> [light|dark] [event id]
// The card is opened as a reader would: by clicking the event (its label, else its marker).
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { launchChromium } from "./browser.mjs";
import { startServer } from "./serve.mjs";

const [page = "kazakhstan-singapore.html", width = "1280", outDir = "/tmp", scheme = "light", id] =
  process.argv.slice(2);
const server = await startServer();
const browser = await launchChromium();
try {
  const tab = await browser.newPage({
    viewport: { width: Number(width), height: 900 },
    deviceScaleFactor: 1,
    colorScheme: scheme === "dark" ? "dark" : "light",
  });
  await tab.goto(`${server.url}/examples/${page}`);
  await tab.waitForSelector("svg.chronoline .chronoline-event");
  const target = id
    ? `.chronoline-event[data-id="${id}"]`
    : await tab.$eval(
        ".chronoline-event:last-of-type",
        (g) => `.chronoline-event[data-id="${g.getAttribute("data-id")}"]`,
      );
  const hasLabel = await tab.$(`${target} .chronoline-label`);
  await tab.click(
    hasLabel ? `${target} .chronoline-label` : `${target} .chronoline-marker, ${target} .chronoline-span`,
  );
  await tab.waitForSelector(".chronoline-card:not([hidden])");
  mkdirSync(outDir, { recursive: true });
  const name = `${page.replace(/\.html$/, "")}-details-${scheme}-${width}.png`;
  await tab.screenshot({ path: join(outDir, name), fullPage: true });
  console.log(`wrote ${join(outDir, name)}`);
} finally {
  await browser.close();
  await server.close();
}
