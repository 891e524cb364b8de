// Builds the four files the package ships:
//   dist/chronoline.mjs         ESM for bundlers and Node; d3 stays a dependency (imports)
//   dist/chronoline.umd.js      one <script> tag: global `chronoline`, d3 parts bundled in
//   dist/chronoline.umd.min.js  the same, minified (what unpkg and jsdelivr serve)
//   dist/chronoline.d.ts        every public type in one declaration file (.d.mts for import)
//   dist/cli.cjs                the chronoline command
import { readFileSync } from "node:fs";
import nodeResolve from "@rollup/plugin-node-resolve";
import terser from "@rollup/plugin-terser";
import typescript from "@rollup/plugin-typescript";
import { dts } from "rollup-plugin-dts";

const pkg = JSON.parse(readFileSync("./package.json", "utf8"));
const banner = `/*! chronoline ${pkg.version} | MIT License */`;
// The <script> bundles ask V8 to compile every function as the script loads (Chrome's explicit
// compile hint): nearly all of them run at the first drawing, and a streamed <script> is compiled
// off the main thread, where lazy compiling at the first call cost the first paint 15–20 ms.
const umdBanner = `//# allFunctionsCalledOnLoad\n${banner}`;
const external = Object.keys(pkg.dependencies);
// ES2022 keeps class fields and #private members as they are (ES2020 turned each #private access
// into a tslib WeakMap call: 1.5 KB of the bundle). Fields are still assigned in the constructor,
// as tsconfig.json's ES2020 type check assumes.
const ts = () =>
  typescript({ tsconfig: "./tsconfig.build.json", target: "ES2022", useDefineForClassFields: false });

// Some d3 modules make exports at load with a factory call (`var backIn = (function custom(s)
// {…})(1.70158)`, `var csv = dsv(",")`, `const bisectCenter = bisector(number).center`), which
// rollup and terser keep, unused or not, since they cannot prove the call free of side effects.
// Each only builds and returns a function, so this marks them pure and the unused ones go
// (d3-ease, d3-interpolate, d3-dsv: 1.3 KB, 0.4 KB gzip; d3-array: 17 B gzip). Should a d3
// release change these lines, nothing is marked and the bundle is merely larger (size test).
const PURE_FACTORIES = /\/node_modules\/d3-(array|ease|interpolate|dsv)\/dist\/[\w-]+\.mjs$/;
// d3-color gives its colour spaces their methods with a call at load, `define(Lab, lab, extend(
// Color, {…}))`, kept for the same reason. Transitions parse colours through d3-color (rgb, hsl)
// but nothing here uses Lab, Hcl or Cubehelix, so those three calls are marked pure and the three
// spaces drop out: 2.9 KB, 1.0 KB gzip. Were one of them used after all, its constructor would be
// left without its methods; renderChunk then fails the build instead of shipping that.
const D3_COLOR = /\/node_modules\/d3-color\/dist\/d3-color\.mjs$/;
const UNUSED_SPACES = ["Lab", "Hcl", "Cubehelix"];
let spacesMarked = false;
const pureD3Factories = {
  name: "pure-d3-factories",
  transform(code, id) {
    if (D3_COLOR.test(id)) {
      const spaces = new RegExp(`^define\\((${UNUSED_SPACES.join("|")}), (\\w+), extend\\(`, "gm");
      const marked = code.replace(spaces, "/*#__PURE__*/define($1, $2, /*#__PURE__*/extend(");
      spacesMarked = marked !== code;
      return { code: marked, map: null };
    }
    if (!PURE_FACTORIES.test(id)) return null;
    const marked = code.replace(/^((?:var|const) [\w$]+ = )(?=\(function|[\w$]+\()/gm, "$1/*#__PURE__*/");
    return { code: marked, map: null };
  },
  renderChunk(code) {
    if (!spacesMarked) return null;
    const kept = UNUSED_SPACES.filter((name) => new RegExp(`function ${name}(\\$\\d+)?\\(`).test(code));
    if (kept.length > 0) {
      const names = kept.join(" and ");
      throw new Error(`the bundle now uses d3-color's ${names}: take them out of UNUSED_SPACES`);
    }
    return null;
  },
};

// terser for the <script> bundle: two passes, property reads taken as free of side effects
// (no getter in chronoline or the d3 parts does anything but read; this drops the bare
// `millisecond.range;` reads that rollup leaves of d3-time's unused exports), and ES2020 output
// (what the code needs anyway). 0.6 KB gzip. A third pass makes the file 70 B smaller but its gzip
// 60–90 B larger (measured on two versions of the code), and gzip is what a page loads. No
// unsafe_* option: unsafe_arrows and unsafe_methods would save another 0.2 KB but make functions
// unconstructible, which no test can rule out.
const minify = terser({
  ecma: 2020,
  compress: { passes: 2, pure_getters: true },
  format: { comments: /^!|^# allFunctionsCalledOnLoad$/, ecma: 2020 },
});

export default [
  {
    input: "src/index.ts",
    external: (id) => external.some((dep) => id === dep || id.startsWith(`${dep}/`)),
    plugins: [ts()],
    output: { file: "dist/chronoline.mjs", format: "es", banner, sourcemap: true },
  },
  {
    // The <script> build also registers <chrono-line> on load (src/umd.ts); the ES module does not.
    input: "src/umd.ts",
    plugins: [nodeResolve(), ts(), pureD3Factories],
    output: [
      {
        file: "dist/chronoline.umd.js",
        format: "umd",
        name: "chronoline",
        banner: umdBanner,
        sourcemap: true,
      },
      {
        file: "dist/chronoline.umd.min.js",
        format: "umd",
        name: "chronoline",
        banner: umdBanner,
        sourcemap: true,
        plugins: [minify],
      },
    ],
  },
  {
    // The command line (package.json "bin"): d3 bundled in, since d3 is ES modules only; jsdom
    // (a dependency) and Node's own modules stay outside.
    input: "src/cli/bin.ts",
    external: (id) => id === "jsdom" || id.startsWith("node:"),
    plugins: [nodeResolve(), ts()],
    output: { file: "dist/cli.cjs", format: "cjs", banner: `#!/usr/bin/env node\n${banner}` },
  },
  {
    input: "src/index.ts",
    plugins: [dts({ tsconfig: "./tsconfig.build.json" })],
    output: [
      // For require() and the <script> global (`export as namespace` names the UMD global).
      { file: "dist/chronoline.d.ts", format: "es", footer: "export as namespace chronoline;" },
      // For import: the same declarations, read as an ES module.
      { file: "dist/chronoline.d.mts", format: "es" },
    ],
  },
];
