// The package as npm users get it: pack the tarball, install it into a fresh project, then use it
// from Node ESM, from CommonJS (the UMD build) and from TypeScript with the shipped types.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../..", import.meta.url));
const npm = process.platform === "win32" ? "npm.cmd" : "npm";
let project: string;
let tarball: string;

const run = (cmd: string, args: string[], cwd = project): string =>
  execFileSync(cmd, args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });

beforeAll(() => {
  project = mkdtempSync(join(tmpdir(), "chronoline-consumer-"));
  // `npm test` has just built dist/; skip the prepack build here.
  const packed = JSON.parse(
    run(npm, ["pack", "--json", "--ignore-scripts", "--pack-destination", project], root),
  ) as {
    filename: string;
    files: { path: string }[];
  }[];
  writeFileSync(
    join(project, "package.json"),
    JSON.stringify({ name: "consumer", private: true, type: "module" }),
  );
  tarball = join(project, packed[0]!.filename);
  run(npm, ["install", "--no-audit", "--no-fund", "--loglevel=error", tarball]);
  writeFileSync(join(project, "files.json"), JSON.stringify(packed[0]!.files.map((f) => f.path)));
}, 180_000);

afterAll(() => {
  if (project) rmSync(project, { recursive: true, force: true });
});

describe("the packed chronoline tarball", () => {
  it("passes publint with no errors, warnings or suggestions", () => {
    const output = run("node", [join(root, "node_modules/publint/src/cli.js"), tarball, "--strict"], root);
    expect(output).toMatch(/All good!|No problems/i);
  });

  it("has types that resolve for node10, node16 (CJS and ESM) and bundlers (are the types wrong?)", () => {
    // attw exits non-zero on any problem; the JSON says which.
    const json = run(
      "node",
      [join(root, "node_modules/@arethetypeswrong/cli/dist/index.js"), tarball, "--format", "json"],
      root,
    );
    const report = JSON.parse(json) as { problems?: unknown[]; analysis?: { problems?: unknown[] } };
    expect(report.analysis?.problems ?? report.problems ?? []).toEqual([]);
  });

  it("ships the built files and the docs, not the sources or tests", () => {
    const files = JSON.parse(readFileSync(join(project, "files.json"), "utf8")) as string[];
    for (const file of [
      "dist/chronoline.mjs",
      "dist/chronoline.umd.js",
      "dist/chronoline.umd.min.js",
      "dist/chronoline.d.ts",
      "README.md",
      "LICENSE",
      "CHANGELOG.md",
      "package.json",
    ]) {
      expect(files).toContain(file);
    }
    expect(files.filter((f) => f.startsWith("src/") || f.startsWith("test/"))).toEqual([]);
  });

  it("imports from Node ESM and renders a static SVG with a jsdom document", () => {
    const jsdom = pathToFileURL(join(root, "node_modules/jsdom/lib/api.js")).href;
    writeFileSync(
      join(project, "esm.mjs"),
      `import { JSDOM } from ${JSON.stringify(jsdom)};
       import { renderSVG, parseEvents, TimelineDataError } from "chronoline";
       const document = new JSDOM().window.document;
       const svg = renderSVG({ events: [{ date: "1993-03-30", title: "Relations" }, { date: "2024-05", title: "Visit" }] }, { document });
       let message = "";
       try { parseEvents([{ date: "March 1993", title: "x" }]); } catch (e) { message = e instanceof TimelineDataError ? e.message : "wrong class"; }
       console.log(JSON.stringify({ svg, message }));`,
    );
    const { svg, message } = JSON.parse(run("node", ["esm.mjs"])) as { svg: string; message: string };
    expect(svg).toMatch(/^<svg[^>]+xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).toContain("March 30, 1993");
    expect(svg).toContain("May 2024");
    expect(message).toContain('events[0].date: "March 1993" is not a date');
  });

  it("does not install jsdom (an optional peer dependency) for browser users", () => {
    expect(existsSync(join(project, "node_modules/chronoline/dist/chronoline.mjs"))).toBe(true);
    expect(existsSync(join(project, "node_modules/jsdom"))).toBe(false);
  });

  it("runs the chronoline command: without jsdom it says how to get it, with jsdom it draws the SVG", () => {
    writeFileSync(join(project, "events.csv"), "Start Date,Headline\n1993-03-30,Relations\n2024-05,Visit\n");
    const bin = join(project, "node_modules/.bin/chronoline");
    const cli = (env: NodeJS.ProcessEnv) =>
      spawnSync(bin, ["events.csv"], { cwd: project, encoding: "utf8", env: { ...process.env, ...env } });
    const bare = cli({ NODE_PATH: "" });
    expect(bare.status).toBe(1);
    expect(bare.stderr).toContain("npm install jsdom");
    expect(bare.stdout).toBe("");
    // The HTML page needs no jsdom.
    const page = spawnSync(bin, ["events.csv", "-o", "page.html"], { cwd: project, encoding: "utf8" });
    expect(page.status).toBe(0);
    expect(readFileSync(join(project, "page.html"), "utf8")).toContain("<chrono-line");
    // With jsdom resolvable (here the repository's own), the same command draws the SVG.
    const drawn = cli({ NODE_PATH: join(root, "node_modules") });
    expect(drawn.stderr).toBe("");
    expect(drawn.status).toBe(0);
    expect(drawn.stdout).toMatch(/^<svg[^>]+class="chronoline/);
    expect(drawn.stdout).toContain("March 30, 1993");
  });

  it("loads the UMD build through require()", () => {
    writeFileSync(
      join(project, "cjs.cjs"),
      `const chronoline = require("chronoline");
       console.log(Object.keys(chronoline).sort().join(","));`,
    );
    const names = run("node", ["cjs.cjs"]).trim().split(",");
    expect(names).toEqual(
      expect.arrayContaining(["createTimeline", "renderSVG", "parseEvents", "TimelineDataError"]),
    );
  });

  it("type-checks a TypeScript consumer against the shipped types, and rejects wrong options", () => {
    const tsc = join(root, "node_modules/typescript/bin/tsc");
    const compile = (file: string): string => {
      try {
        return run("node", [
          tsc,
          "--noEmit",
          "--strict",
          "--module",
          "nodenext",
          "--moduleResolution",
          "nodenext",
          file,
        ]);
      } catch (error) {
        return String((error as { stdout?: string }).stdout ?? error);
      }
    };
    writeFileSync(
      join(project, "good.ts"),
      `import { createTimeline, parseEvents, renderSVG, type EventInput, type Timeline, type TimelineEvent } from "chronoline";
       const events: EventInput[] = [{ date: "1993-03-30", title: "Relations" }, { start: 2020, end: 2023, title: "Investment" }];
       const parsed: TimelineEvent[] = parseEvents(events);
       export function mount(el: Element): Timeline {
         const tl = createTimeline(el, { events, title: "Relations", theme: "dark" });
         const off: () => void = tl.on("select", (e) => console.log(e.title, parsed.length));
         off();
         return tl;
       }
       export const svg: string = renderSVG({ events, width: 800 });`,
    );
    expect(compile("good.ts")).toBe("");
    writeFileSync(
      join(project, "bad.ts"),
      `import { createTimeline } from "chronoline";
       createTimeline("#t", { events: [{ date: "1993", title: 42 }], theme: "neon" });`,
    );
    const errors = compile("bad.ts");
    expect(errors).toContain("bad.ts");
    expect(errors).toMatch(/TS2322/);
  });
});
