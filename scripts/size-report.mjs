#!/usr/bin/env node
// What the bytes of the minified <script> bundle are: each byte of dist/chronoline.umd.min.js is
// given to the source file its source map names (the way source-map-explorer does it, on the
// output of terser, not on rollup's unminified rendering), then grouped: d3 module by module, and
// chronoline's own folders. Run after `npm run build`:
//   node scripts/size-report.mjs [bundle.min.js] [--files]
// "min" is exact. gzip does not add up by part, so "gzip" is each part's marginal cost: the gzip
// size of the whole bundle minus that of the bundle with the part's bytes cut out.
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
const rows = [...parts].map(([name, min]) => {
  let without = "";
  for (let i = 0; i < code.length; i++) {
    const mine = owner[i] < 0 ? name === "(wrapper, banner)" : groupOf[owner[i]] === name;
    if (!mine) without += code[i];
  }
  return { name, min, gzip: total - gzip(without) };
});
rows.sort((a, b) => b.min - a.min);

const kb = (n) => (n / 1024).toFixed(1).padStart(6);
console.log(`${bundle}: ${code.length} bytes, ${total} gzip (${(total / 1024).toFixed(1)} KB)\n`);
console.log(`${"part".padEnd(34)}   min KB  gzip KB`);
for (const part of ["d3", "chronoline"]) {
  const mine = rows.filter((r) => (part === "d3") === /^d3-/.test(r.name));
  for (const r of mine) console.log(`${r.name.padEnd(34)} ${kb(r.min)}  ${kb(r.gzip)}`);
  const min = mine.reduce((s, r) => s + r.min, 0);
  const gz = mine.reduce((s, r) => s + r.gzip, 0);
  console.log(`${`  all ${part === "d3" ? "d3" : "the rest"}`.padEnd(34)} ${kb(min)}  ${kb(gz)}\n`);
}
