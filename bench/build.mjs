// Bundles bench/layout-entry.ts (the pure layout stages) into build/bench/layout.mjs for Node.
import nodeResolve from "@rollup/plugin-node-resolve";
import typescript from "@rollup/plugin-typescript";
import { rollup } from "rollup";

export async function buildLayoutBundle() {
  const bundle = await rollup({
    input: "bench/layout-entry.ts",
    plugins: [nodeResolve(), typescript({ tsconfig: "./bench/tsconfig.json" })],
  });
  await bundle.write({ file: "build/bench/layout.mjs", format: "es" });
  await bundle.close();
  return new URL("../build/bench/layout.mjs", import.meta.url).href;
}
