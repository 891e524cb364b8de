// Each README snippet for a way in is run as written (the unpkg URL pointed at the local bundle).
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Harness, startHarness } from "./harness.js";

const readme = readFileSync("README.md", "utf8");
/** The first fenced block of `lang` after the heading that starts with `heading`. */
function snippet(heading: string, lang: string): string {
  const section = readme.slice(readme.indexOf(`## ${heading}`));
  const match = new RegExp("```" + lang + "\\n([\\s\\S]*?)```").exec(section);
  if (!match) throw new Error(`README has no ${lang} snippet under "${heading}"`);
  return match[1]!;
}

let harness: Harness | undefined;
let folder: string;
beforeAll(async () => {
  harness = await startHarness();
  folder = mkdtempSync(join(tmpdir(), "chronoline-readme-"));
  copyFileSync("examples/data/kazakhstan-singapore.csv", join(folder, "events.csv"));
  copyFileSync("examples/data/kazakhstan-partners.timelinejs.json", join(folder, "story.json"));
});
afterAll(async () => {
  await harness?.close();
  rmSync(folder, { recursive: true, force: true });
});

describe("the README's snippets", () => {
  it("the <chrono-line> snippet shows a timeline from events.csv", async () => {
    const html = snippet("Use it as an element", "html").replace(
      "https://unpkg.com/chronoline/dist/chronoline.umd.min.js",
      "../dist/chronoline.umd.min.js",
    );
    const page = join(resolve("examples"), ".readme-element.html");
    writeFileSync(page, html.replace('src="events.csv"', 'src="data/kazakhstan-singapore.csv"'));
    try {
      const tab = await harness!.browser.newPage();
      await tab.goto(`${harness!.baseURL}/examples/.readme-element.html`);
      await tab.waitForSelector("chrono-line svg.chronoline .chronoline-event");
      expect(await tab.locator("chrono-line .chronoline-event").count()).toBe(15);
      await tab.close();
    } finally {
      rmSync(page, { force: true });
    }
  });

  it("the command-line snippet writes an SVG and an HTML page", () => {
    for (const line of snippet("Command line", "sh")
      .split("\n")
      .filter((l) => l.trim())) {
      // Drop "npx chronoline" or "npx -p chronoline -p jsdom chronoline".
      const command = line.replace(/#.*$/, "").trim();
      const args = command.replace(/^npx\s+(-p\s+\S+\s+)*chronoline\s+/, "").split(/\s+/);
      execFileSync(process.execPath, [resolve("dist/cli.cjs"), ...args], { cwd: folder, stdio: "pipe" });
    }
    expect(readFileSync(join(folder, "timeline.svg"), "utf8")).toContain('class="chronoline');
    expect(existsSync(join(folder, "timeline.html"))).toBe(true);
  });

  it("the import snippet runs against the built ES module", () => {
    const code = snippet("From a spreadsheet or TimelineJS", "js")
      .replace(
        'from "chronoline"',
        `from ${JSON.stringify(pathToFileURL(resolve("dist/chronoline.mjs")).href)}`,
      )
      .replace(/createTimeline\("#\w", /g, "results.push(");
    const script = join(folder, "import.mjs");
    writeFileSync(
      script,
      `import { readFileSync } from "node:fs";
       const csvText = readFileSync(${JSON.stringify(join(folder, "events.csv"))}, "utf8");
       const timelineJSDocument = JSON.parse(readFileSync(${JSON.stringify(join(folder, "story.json"))}, "utf8"));
       const results = [];
       ${code.replace(/^import .*$/m, (line) => line.replace("createTimeline, ", ""))}
       console.log(JSON.stringify(results.map((r) => r.events.length)));`,
    );
    expect(JSON.parse(execFileSync(process.execPath, [script], { encoding: "utf8" }))).toEqual([15, 9]);
  });
});
