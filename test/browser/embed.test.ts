// The ways in, in real Chromium: the element page whose only script is the UMD bundle, files the
// command line makes (opened straight from disk), and the React and Vue examples.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { STATIC_SVG_ARGS } from "../../scripts/make-static-svg.mjs";
import { type Harness, labelBoxes, openPage, overlappingPairs, startHarness } from "./harness.js";

let harness: Harness | undefined;
let folder: string;
beforeAll(async () => {
  harness = await startHarness();
  folder = mkdtempSync(join(tmpdir(), "chronoline-embed-"));
});
afterAll(async () => {
  await harness?.close();
  rmSync(folder, { recursive: true, force: true });
});

const cli = (...args: string[]) =>
  execFileSync(process.execPath, ["dist/cli.cjs", ...args], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
  });
const csvTitles = readFileSync("examples/data/kazakhstan-singapore.csv", "utf8")
  .trim()
  .split("\n")
  .slice(1).length;

describe("<chrono-line> in a page whose only script is the UMD bundle", () => {
  it("loads its CSV from src and shows every event, with no errors", async () => {
    const { page, problems } = await openPage(harness!, "/examples/element.html", 1280);
    await page.waitForSelector("chrono-line svg.chronoline .chronoline-event");
    const scripts = await page.$$eval("script", (nodes) => nodes.map((n) => n.getAttribute("src")));
    expect(scripts).toEqual(["../dist/chronoline.umd.min.js"]);
    expect(await page.locator("chrono-line .chronoline-event").count()).toBe(csvTitles);
    expect(overlappingPairs(await labelBoxes(page))).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it("dispatches chronoline-select to the page when an event is clicked", async () => {
    const { page } = await openPage(harness!, "/examples/element.html", 1280);
    await page.waitForSelector("chrono-line .chronoline-label");
    const chosen = page.evaluate(
      () =>
        new Promise<string>((resolve) => {
          document.addEventListener("chronoline-select", (e) => {
            resolve((e as CustomEvent<{ title: string }>).detail.title);
          });
        }),
    );
    await page.click('chrono-line .chronoline-event[data-id="embassy-2008"] .chronoline-label');
    expect(await chosen).toBe("Mission becomes an embassy");
    await page.close();
  });

  it("shows a readable error in place when src cannot be loaded", async () => {
    const { page } = await openPage(harness!, "/examples/element.html", 1280);
    await page.waitForSelector("chrono-line .chronoline-event");
    await page.$eval("chrono-line", (el) => {
      el.setAttribute("src", "data/missing.csv");
    });
    const error = page.locator("chrono-line [part=error]");
    await expect
      .poll(() => error.textContent())
      .toBe("chronoline: could not load data/missing.csv: HTTP 404 Not Found");
    expect(await error.isVisible()).toBe(true);
    await page.close();
  });

  it("says how to give it data when it has none, and not while its inline data is being parsed", async () => {
    // The bundle in <head>: each element is upgraded, and looks for its data, before the parser
    // has read its children.
    const page = await harness!.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.route("**/__empty/page.html", (route) =>
      route.fulfill({
        contentType: "text/html",
        body: `<!doctype html><html lang="en"><head><script src="/dist/chronoline.umd.min.js"></script></head>
<body><chrono-line id="full"><script type="application/json">[{"date": "2001", "title": "A"}]</script></chrono-line>
<chrono-line id="empty"></chrono-line></body></html>`,
      }),
    );
    const warnings: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "warning") warnings.push(message.text());
    });
    await page.goto(`${harness!.baseURL}/__empty/page.html`);
    await page.waitForSelector("#full .chronoline-event");
    const empty = page.locator("#empty [part=error]");
    const message =
      'chronoline: <chrono-line> has no data: set its src, or put a <script type="application/json"> or "text/csv" inside it';
    await expect.poll(() => empty.textContent()).toBe(message);
    expect(await empty.isVisible()).toBe(true);
    expect(await page.locator("#full [part=error]").isVisible()).toBe(false);
    expect(warnings).toEqual([message]);
    await page.close();
  });
});

describe("files made by the command line, opened in Chromium", () => {
  const sources: [string, string][] = [
    ["CSV", "examples/data/kazakhstan-singapore.csv"],
    ["JSON", "examples/data/kazakhstan-singapore.json"],
    ["TimelineJS", "examples/data/kazakhstan-partners.timelinejs.json"],
  ];
  for (const [kind, input] of sources) {
    it(`draws ${kind} as a standalone SVG whose labels do not overlap`, async () => {
      const out = join(folder, `${kind}.svg`);
      cli(input, "-o", out, "--width", "1000");
      const page = await harness!.browser.newPage({ viewport: { width: 1100, height: 900 } });
      await page.goto(pathToFileURL(out).href);
      expect(await page.locator("svg.chronoline .chronoline-event").count()).toBeGreaterThan(5);
      expect(await page.$eval("svg", (svg) => svg.getBoundingClientRect().width)).toBe(1000);
      expect(overlappingPairs(await labelBoxes(page))).toEqual([]);
      // The stylesheet inside applies: titles are bold and coloured, not default black serif.
      const weight = await page.$eval(".chronoline-label-title", (t) => getComputedStyle(t).fontWeight);
      expect(weight).toBe("600");
      await page.close();
    });

    it(`turns ${kind} into one self-contained, interactive HTML page`, async () => {
      const out = join(folder, `${kind}.html`);
      cli(input, "-o", out, "--theme", "dark", "--locale", "ru-RU");
      const page = await harness!.browser.newPage({ viewport: { width: 1100, height: 900 } });
      const problems: string[] = [];
      page.on("pageerror", (e) => problems.push(e.message));
      page.on("request", (r) => {
        if (!r.url().startsWith("file:")) problems.push(`fetched ${r.url()}`);
      });
      await page.goto(pathToFileURL(out).href);
      await page.waitForSelector("chrono-line svg.chronoline .chronoline-event");
      expect(
        await page.$eval("chrono-line svg.chronoline", (s) => s.classList.contains("chronoline--dark")),
      ).toBe(true);
      expect(await page.locator("chrono-line .chronoline-axis .tick text").allTextContents()).toContain(
        "2020",
      );
      expect(problems).toEqual([]);
      await page.close();
    });
  }
});

describe("the committed static SVG of the gallery", () => {
  it("is what the command line makes today (regenerate: node scripts/make-static-svg.mjs)", () => {
    const out = join(folder, "static.svg");
    cli(...STATIC_SVG_ARGS, "-o", out);
    const committed = "examples/static/kazakhstan-singapore.svg";
    const made = readFileSync(out, "utf8");
    if (made !== readFileSync(committed, "utf8"))
      writeFileSync(committed.replace(/\.svg$/, "-changed.svg"), made);
    expect(made === readFileSync(committed, "utf8"), `compare ${committed} with its -changed.svg`).toBe(true);
  });
});

describe("the framework examples", () => {
  for (const framework of ["react", "vue"]) {
    it(`${framework}: mounts the timeline, reports a selection, and destroys it on unmount`, async () => {
      const { page, problems } = await openPage(harness!, `/examples/${framework}.html`, 1280);
      await page.waitForSelector("#app svg.chronoline .chronoline-event");
      await page.click('.chronoline-event[data-id="embassy-2008"] .chronoline-label');
      await expect.poll(() => page.textContent(".chosen")).toBe("Chosen: Mission becomes an embassy");
      await page.click("#app button");
      await expect.poll(() => page.locator("#app svg.chronoline").count()).toBe(0);
      await page.click("#app button");
      await page.waitForSelector("#app svg.chronoline .chronoline-event");
      expect(await page.locator("#app svg.chronoline").count()).toBe(1);
      expect(problems).toEqual([]);
      await page.close();
    });
  }
});

describe("the other new gallery pages", () => {
  for (const name of ["timelinejs", "localized", "themes", "static-svg"]) {
    it(`${name}.html loads without errors`, async () => {
      const { page, problems } = await openPage(harness!, `/examples/${name}.html`, 1280);
      await page.waitForLoadState("networkidle");
      if (name !== "static-svg") await page.waitForSelector("svg.chronoline .chronoline-event");
      else expect(await page.$eval(".panel img", (img) => (img as HTMLImageElement).naturalWidth)).toBe(1100);
      expect(problems).toEqual([]);
      await page.close();
    });
  }

  it("localized.html writes dates in Russian and in Kazakh", async () => {
    const { page } = await openPage(harness!, "/examples/localized.html", 1280);
    await page.waitForSelector("#kazakh .chronoline-label-date");
    expect(await page.locator("#russian .chronoline-label-date").allTextContents()).toContain(
      "23–24 мая 2024",
    );
    expect(await page.locator("#kazakh .chronoline-label-date").allTextContents()).toContain(
      "2024 ж. 23–24 мамыр",
    );
    await page.close();
  });
});
