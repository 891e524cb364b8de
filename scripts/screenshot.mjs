#!/usr/bin/env node
// Screenshots of gallery pages in real Chromium, for the README and for people to look at.
//   node scripts/screenshot.mjs                     README picture → docs/kazakhstan-singapore.png
//   node scripts/screenshot.mjs page.html 768 out   one page at one width, into folder `out`
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { launchChromium } from "./browser.mjs";
import { startServer } from "./serve.mjs";

const [page = "kazakhstan-singapore.html", width = "1280", outDir = "docs"] = process.argv.slice(2);
const server = await startServer();
const browser = await launchChromium();
try {
  const tab = await browser.newPage({
    viewport: { width: Number(width), height: 900 },
    deviceScaleFactor: 1,
  });
  await tab.goto(`${server.url}/examples/${page}`);
  await tab.waitForSelector("svg.chronoline .chronoline-event");
  mkdirSync(outDir, { recursive: true });
  const name = page.replace(/\.html$/, "");
  const file = join(outDir, outDir === "docs" ? `${name}.png` : `${name}-${width}.png`);
  // The README picture is the timeline panel alone; other shots are the whole page.
  if (outDir === "docs") await tab.locator(".panel").screenshot({ path: file });
  else await tab.screenshot({ path: file, fullPage: true });
  console.log(`wrote ${file}`);
} finally {
  await browser.close();
  await server.close();
}
