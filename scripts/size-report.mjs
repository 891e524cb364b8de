#!/usr/bin/env node
// What the bytes of the minified <script> bundle are: each byte of dist/chronoline.umd.min.js is
// given to the source file its source map names (the way source-map-explorer does it, on the
// output of terser, not on rollup's unminified rendering), then grouped: d3 module by module, and
// chronoline's own folders, and the d3 modules by what needs them. Run after `npm run build`:
//   node scripts/size-report.mjs [bundle.min.js] [--files]
// "min" is exact. gzip does not add up by part, so "gzip" is each part's marginal cost: the gzip
// size of the whole bundle minus that of the bundle with the part's bytes cut out (an "all" line
// is the cost of all its parts together, not the sum of theirs).
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";

const args = process.argv.slice(2);
const bundle = args.find((a) => !a.startsWith("--")) ?? "dist/chronoline.umd.min.js";
const byFile = args.includes("--files");
const code = readFileSync(bundle, "utf8");
const map = JSON.parse(readFileSync(`${bundle}.map`, "utf8"));

const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
/** The segments of one line of the source map: [generated column, source index | -1]. */
function* segments(line, state) {
  for (const segment of line.split(",")) {
    if (!segment) continue;
    const fields = [];
    let value = 0;
    let shift = 0;
    for (const char of segment) {
      const digit = B64.indexOf(char);
      value += (digit & 31) << shift;
      if (digit & 32) shift += 5;
      else {
        fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
        value = 0;
        shift = 0;
      }
    }
    state.column += fields[0];
    if (fields.length > 1) state.source += fields[1];
    yield [state.column, fields.length > 1 ? state.source : -1];
  }
}

// Owner of every byte: index into map.sources, or -1 (the UMD wrapper, the banner).
const owner = new Int32Array(code.length).fill(-1);
const lines = code.split("\n");
const state = { column: 0, source: 0 };
let lineStart = 0;
map.mappings.split(";").forEach((line, i) => {
  state.column = 0;
  const length = lines[i]?.length ?? 0;
  const segs = [...segments(line, state)];
  segs.forEach(([column, source], k) => {
    const end = k + 1 < segs.length ? segs[k + 1][0] : length;
    owner.fill(source, lineStart + column, lineStart + end);
  });
  lineStart += length + 1;
});

const group = (source) => {
  const path = source.replace(/^(\.\.\/)+/, "");
  if (byFile) return path.replace(/^.*node_modules\//, "");
  const pkg = path.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
  if (pkg) return pkg[1];
  const folder = path.match(/^src\/([^/]+)\//);
  return folder ? `src/${folder[1]}` : path;
};
const groupOf = map.sources.map(group);
const parts = new Map();
for (let i = 0; i < code.length; i++) {
  const name = owner[i] < 0 ? "(wrapper, banner)" : groupOf[owner[i]];
  parts.set(name, (parts.get(name) ?? 0) + 1);
}

const gzip = (text) => gzipSync(text, { level: 9 }).length;
const total = gzip(code);
/** Minified bytes of the parts whose names pass `test`, and what the gzip loses without them. */
const cost = (test) => {
  let min = 0;
  let without = "";
  for (let i = 0; i < code.length; i++) {
    if (test(owner[i] < 0 ? "(wrapper, banner)" : groupOf[owner[i]])) min++;
    else without += code[i];
  }
  return { min, gzip: total - gzip(without) };
};
const rows = [...parts.keys()].map((name) => ({ name, ...cost((part) => part === name) }));
rows.sort((a, b) => b.min - a.min);

const kb = (n) => (n / 1024).toFixed(1).padStart(6);
const line = (name, { min, gzip }) => console.log(`${name.padEnd(34)} ${kb(min)}  ${kb(gzip)}`);
console.log(`${bundle}: ${code.length} bytes, ${total} gzip (${(total / 1024).toFixed(1)} KB)\n`);
console.log(`${"part".padEnd(34)}   min KB  gzip KB`);
const isD3 = (name) => /^d3-/.test(name);
for (const d3 of [true, false]) {
  for (const r of rows.filter((r) => isD3(r.name) === d3)) line(r.name, r);
  line(
    `  all ${d3 ? "d3" : "the rest"}`,
    cost((name) => isD3(name) === d3),
  );
  console.log();
}
// d3 by what needs it (not with --files, whose names are file paths). Scales interpolate too, so
// dropping zoom would keep d3-interpolate and d3-color.
const needs = [
  ["zoom alone", ["zoom", "drag", "transition", "timer", "dispatch", "ease"]],
  ["zoom and scales", ["interpolate", "color"]],
  ["scales and dates", ["scale", "time", "time-format", "format", "array"]],
  ["drawing, CSV", ["selection", "axis", "dsv"]],
];
if (!byFile) {
  console.log("d3 by what needs it");
  for (const [name, modules] of needs) {
    const { min, gzip } = cost((part) => modules.some((m) => part === `d3-${m}`));
    console.log(`${name.padEnd(34)} ${kb(min)}  ${kb(gzip)}  (d3-${modules.join(", ")})`);
  }
}
