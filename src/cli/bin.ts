/// <reference types="node" />
// The `chronoline` command (package.json "bin"), built to dist/cli.cjs.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { JSDOM } from "jsdom";
import { runCli } from "./main.js";

const distDir = __dirname; // dist/, beside the UMD bundle that HTML pages inline
const { version } = JSON.parse(readFileSync(join(distDir, "..", "package.json"), "utf8")) as {
  version: string;
};

process.exitCode = runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  distDir,
  version,
  createDocument: () => new JSDOM().window.document,
});
