// Size budgets, checked with size-limit (.size-limit.json) on what `npm run build` made: the
// <script> bundle with its d3 parts, and the ES module's own code without d3, minified here the
// way a bundler would. Sizes are deterministic, so a budget is a plain assertion.
import { spawnSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import terser from "@rollup/plugin-terser";
import { rollup } from "rollup";
import { beforeAll, describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../..", import.meta.url));
// Its package exports no bin path, so it is run from where npm installs it.
const sizeLimit = `${root}node_modules/size-limit/bin.js`;

interface Check {
  name: string;
  passed: boolean;
  size: number;
  sizeLimit: number;
}
let checks: Check[];

beforeAll(async () => {
  // The ES module keeps d3 as imports: minify it alone, as a bundler would before adding d3.
  mkdirSync(`${root}build/size`, { recursive: true });
  const bundle = await rollup({
    input: `${root}dist/chronoline.mjs`,
    external: (id) => id.startsWith("d3-"),
    plugins: [terser()],
  });
  await bundle.write({ file: `${root}build/size/chronoline.min.mjs`, format: "es" });
  await bundle.close();
  const run = spawnSync(process.execPath, [sizeLimit, "--json"], { cwd: root, encoding: "utf8" });
  checks = JSON.parse(run.stdout) as Check[];
}, 60_000);

const check = (start: string): Check => {
  const found = checks.find((c) => c.name.startsWith(start));
  if (!found) throw new Error(`no size-limit entry named "${start}…" in .size-limit.json`);
  return found;
};

describe("the size of what a page loads", () => {
  it("the <script> bundle, d3 parts included, stays within its gzip budget", () => {
    const umd = check("UMD bundle");
    expect(umd.size, `${umd.size} bytes gzip, budget ${umd.sizeLimit}`).toBeLessThanOrEqual(umd.sizeLimit);
  });

  it("chronoline's own code in the ES module, minified without d3, stays within its gzip budget", () => {
    const core = check("ES module core");
    expect(core.size, `${core.size} bytes gzip, budget ${core.sizeLimit}`).toBeLessThanOrEqual(
      core.sizeLimit,
    );
  });
});
