#!/usr/bin/env node
// What the label placement shows, over seeded cases: labels shown, their total importance, and
// pairs where a labelled event is less important than an unlabelled one in the same 8 px strip
// of the same band. Compare before and after a layout change:
//   node bench/layout-quality.mjs [--out file.json] [--compare file.json]
import { readFileSync, writeFileSync } from "node:fs";
import { buildLayoutBundle } from "./build.mjs";

const args = process.argv.slice(2);
const option = (name) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const { buildModel, parseData, measureWithTable, generateEvents } = await import(await buildLayoutBundle());

const CASES = [];
for (const n of [100, 1_000, 10_000, 100_000]) {
  for (const width of [640, 1280, 2560]) CASES.push({ n, width, seed: 1 });
}
for (const seed of [2, 3, 4]) CASES.push({ n: 10_000, width: 1280, seed });
for (const maxLabelRows of [1, 3, 12]) CASES.push({ n: 10_000, width: 1280, seed: 1, maxLabelRows });

const rows = CASES.map(({ n, width, seed, maxLabelRows }) => {
  const options = { events: generateEvents(n, seed), ...(maxLabelRows ? { maxLabelRows } : {}) };
  const data = parseData(options);
  const { layout } = buildModel(data, options, width, measureWithTable, undefined, null);
  let labels = 0;
  let importance = 0;
  let zero = 0;
  // Highest unlabelled and lowest labelled importance per strip of 8 px, per band.
  const strips = new Map();
  for (const g of layout.events) {
    const key = `${g.band}:${Math.floor(g.x / 8)}`;
    const s = strips.get(key) ?? { lowShown: Infinity, highHidden: -Infinity };
    strips.set(key, s);
    if (g.label) {
      labels++;
      importance += g.event.importance;
      if (g.event.importance === 0) zero++;
      s.lowShown = Math.min(s.lowShown, g.event.importance);
    } else s.highHidden = Math.max(s.highHidden, g.event.importance);
  }
  let inversions = 0;
  for (const s of strips.values()) if (s.lowShown < s.highHidden) inversions++;
  const name = `n=${n} w=${width} seed=${seed}${maxLabelRows ? ` rows=${maxLabelRows}` : ""}`;
  return { name, labels, importance, zero, inversions };
});

const before = option("compare") ? JSON.parse(readFileSync(option("compare"), "utf8")) : undefined;
const total = (list, key) => list.reduce((sum, r) => sum + r[key], 0);
console.log("| case | labels | importance | importance-0 labels | strips inverted |");
console.log("| --- | ---: | ---: | ---: | ---: |");
const cell = (r, b, key) => (b ? `${b[key]} → ${r[key]}` : `${r[key]}`);
rows.forEach((r, k) => {
  const b = before?.[k];
  console.log(
    `| ${r.name} | ${cell(r, b, "labels")} | ${cell(r, b, "importance")} | ${cell(r, b, "zero")} | ${cell(r, b, "inversions")} |`,
  );
});
const sum = (list) => ({
  labels: total(list, "labels"),
  importance: total(list, "importance"),
  zero: total(list, "zero"),
  inversions: total(list, "inversions"),
});
console.log(
  `| total | ${cell(sum(rows), before && sum(before), "labels")} | ${cell(sum(rows), before && sum(before), "importance")} | ${cell(sum(rows), before && sum(before), "zero")} | ${cell(sum(rows), before && sum(before), "inversions")} |`,
);
if (option("out")) writeFileSync(option("out"), JSON.stringify(rows));
