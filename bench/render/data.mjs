// The benchmark's datasets: bench/generate-events.ts (the seeded generator the layout benchmark
// uses too), compiled on the fly, writes build/bench/render/events-<n>.json for the page to fetch.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import ts from "typescript";

const OUT = "build/bench/render";

/** Writes one JSON file of `n` generated events per size; returns their paths. */
export async function writeDatasets(sizes, seed) {
  mkdirSync(OUT, { recursive: true });
  const source = readFileSync("bench/generate-events.ts", "utf8");
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
  });
  const compiled = `${OUT}/generate-events.mjs`;
  writeFileSync(compiled, outputText);
  const { generateEvents } = await import(pathToFileURL(compiled).href);
  return sizes.map((n) => {
    const file = `${OUT}/events-${n}.json`;
    writeFileSync(file, JSON.stringify(generateEvents(n, seed)));
    return file;
  });
}
