#!/usr/bin/env node
// Refreshes the gallery's card pictures from the real pages, in Chromium:
//   npm run gallery:screenshots          (builds first; then node scripts/gallery-screenshots.mjs)
// For each card of examples/index.html, the page it links to is opened at 1280 px (or at the
// card's data-viewport, such as 390 for a phone) and its first .panel is photographed into the
// card's picture (docs/gallery/<page>.png), whose width and height in the index are updated.
// Pictures share one shape, so the cards line up: 2:1 on a desktop (a short panel is lengthened
// with its own background, a tall one cut at the bottom) and 9:16 on a phone.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, posix } from "node:path";
import { fileURLToPath } from "node:url";
import { JSDOM } from "jsdom";
import { launchChromium } from "./browser.mjs";
import { startServer } from "./serve.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const INDEX = join(root, "examples/index.html");
const DESKTOP = 1280;
// Desktop pictures at 0.6 of their size: about twice a card's width, sharp on a dense screen.
const SCALE = 0.6;
const INSET = 10; // inside the panel's border and rounded corners

const cards = [...new JSDOM(readFileSync(INDEX, "utf8")).window.document.querySelectorAll("a.card")].map(
  (card) => ({
    page: card.getAttribute("href"),
    picture: card.querySelector("img")?.getAttribute("src"),
    viewport: Number(card.getAttribute("data-viewport") ?? DESKTOP),
  }),
);
const server = await startServer();
const browser = await launchChromium();
let index = readFileSync(INDEX, "utf8");
try {
  for (const { page, picture, viewport } of cards) {
    if (!picture) throw new Error(`the card for ${page} has no picture`);
    const phone = viewport < 600;
    const scale = phone ? 1 : SCALE;
    const tab = await browser.newPage({
      viewport: { width: viewport, height: 900 },
      deviceScaleFactor: scale,
      reducedMotion: "reduce",
    });
    tab.on("pageerror", (error) => console.error(`${page}: ${error.message}`));
    await tab.goto(`${server.url}/examples/${page}`, { waitUntil: "networkidle" });
    await tab.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    const shape = phone ? 16 / 9 : 1 / 2; // height over width
    const box = await tab.$eval(
      ".panel",
      (panel, { inset, shape }) => {
        const width = panel.getBoundingClientRect().width - 2 * inset;
        const height = Math.round(width * shape);
        panel.style.minHeight = `${height + 2 * inset}px`;
        const r = panel.getBoundingClientRect();
        return { x: r.x + inset, y: r.y + scrollY + inset, width, height };
      },
      { inset: INSET, shape },
    );
    const file = posix.join("examples", picture);
    mkdirSync(dirname(join(root, file)), { recursive: true });
    await tab.screenshot({ path: join(root, file), clip: box, fullPage: true });
    await tab.close();
    const [width, height] = [Math.round(box.width * scale), Math.round(box.height * scale)];
    index = index.replace(/<img\b[^>]*>/g, (tag) =>
      tag.includes(`src="${picture}"`)
        ? tag.replace(/width="\d+"/, `width="${width}"`).replace(/height="\d+"/, `height="${height}"`)
        : tag,
    );
    console.log(`${file}  ${width}×${height}  from ${page}`);
  }
  writeFileSync(INDEX, index);
} finally {
  await browser.close();
  await server.close();
}
