#!/usr/bin/env node
// Regenerates the gallery's static SVG with the built command line, as a user would:
//   node dist/cli.cjs examples/data/kazakhstan-singapore.csv -o examples/static/kazakhstan-singapore.svg ...
// test/browser/static-svg.test.ts runs the same command and compares its output with the
// committed file, so a change in rendering shows up as a reviewed picture.
import { execFileSync } from "node:child_process";

export const STATIC_SVG_ARGS = [
  "examples/data/kazakhstan-singapore.csv",
  "--title",
  "Kazakhstan–Singapore relations, 1993 to 2024",
  "--width",
  "1100",
];

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/^.*\//, ""))) {
  const out = process.argv[2] ?? "examples/static/kazakhstan-singapore.svg";
  execFileSync(process.execPath, ["dist/cli.cjs", ...STATIC_SVG_ARGS, "-o", out], { stdio: "inherit" });
}
