// The static site that `npm run gallery:build` writes must work as-is from any static host: it is
// built into a temporary folder, every page's local references are checked against the files
// there, and every page is opened in Chromium from that folder alone.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import sirv from "sirv";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { galleryPages, localReferences } from "../../scripts/gallery-files.mjs";
import { type Harness, startHarness } from "./harness.js";

const root = fileURLToPath(new URL("../..", import.meta.url));
let site: string;
let server: Server;
let siteURL: string;
let harness: Harness;

beforeAll(async () => {
  site = mkdtempSync(join(tmpdir(), "chronoline-site-"));
  execFileSync(process.execPath, [join(root, "scripts/build-gallery.mjs"), site], { stdio: "pipe" });
  server = createServer(sirv(site, { dev: true }));
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const address = server.address();
  siteURL = `http://localhost:${typeof address === "object" && address ? address.port : 0}`;
  harness = await startHarness();
});
afterAll(async () => {
  await harness.close();
  await new Promise((done) => server.close(done));
  rmSync(site, { recursive: true, force: true });
});

/** Every file under a folder, as paths relative to it. */
function filesUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)))
    .sort();
}

const pages = (): string[] => ["index.html", ...galleryPages(site)];

describe("the gallery built as a static site (npm run gallery:build)", () => {
  it("holds every script, style, picture, data file and link target that each page refers to", () => {
    const missing: string[] = [];
    for (const page of pages()) {
      for (const path of localReferences(readFileSync(join(site, page), "utf8"), page)) {
        if (!existsSync(join(site, path))) missing.push(`${page} → ${path}`);
      }
    }
    expect(missing).toEqual([]);
    expect(pages().length).toBeGreaterThan(11);
  });

  it("copies from outside the gallery only what the pages load, with the licences of the packages", () => {
    const outside = filesUnder(site).filter((file) => !/^(examples|api)\//.test(file));
    expect(outside).toEqual([
      ".nojekyll",
      "dist/chronoline.umd.min.js",
      "dist/chronoline.umd.min.js.map",
      ...readdirSync(join(root, "docs/gallery"))
        .map((file) => `docs/gallery/${file}`)
        .sort(),
      "index.html",
      "node_modules/react-dom/LICENSE",
      "node_modules/react-dom/umd/react-dom.production.min.js",
      "node_modules/react/LICENSE",
      "node_modules/react/umd/react.production.min.js",
      "node_modules/vue/LICENSE",
      "node_modules/vue/dist/vue.global.prod.js",
    ]);
    expect(existsSync(join(site, "api/index.html")), "the API reference").toBe(true);
  });

  it("opens every page from the built folder alone, with no failed request, and draws its timelines", async () => {
    const context = await harness.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const failures: string[] = [];
    for (const page of pages()) {
      const tab = await context.newPage();
      tab.on("requestfailed", (r) => failures.push(`${page}: ${r.url()} failed`));
      tab.on("response", (r) => {
        if (r.status() >= 400) failures.push(`${page}: HTTP ${r.status()} ${r.url()}`);
      });
      tab.on("pageerror", (e) => failures.push(`${page}: ${e.message}`));
      await tab.goto(`${siteURL}/${page}`);
      // A gallery page shows a timeline, or the static SVG's picture; then nothing more may fail.
      if (page.startsWith("examples/") && page !== "examples/index.html") {
        await tab.waitForSelector(".chronoline-event, .panel img[src$='.svg']", { state: "attached" });
      }
      await tab.waitForLoadState("networkidle");
      await tab.close();
    }
    expect(failures).toEqual([]);
    await context.close();
  });
});
