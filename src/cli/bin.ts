/// <reference types="node" />
// The `chronoline` command (package.json "bin"), built to dist/cli.cjs.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { MissingJsdomError, runCli } from "./main.js";

const distDir = __dirname; // dist/, beside the UMD bundle that HTML pages inline
const { version } = JSON.parse(readFileSync(join(distDir, "..", "package.json"), "utf8")) as {
  version: string;
};

process.exitCode = runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  distDir,
  version,
  createDocument,
});

/** A jsdom document; jsdom is an optional peer dependency, loaded only when an SVG is drawn. */
function createDocument(): Document {
  let jsdom: typeof import("jsdom");
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded only when needed
    jsdom = require("jsdom") as typeof import("jsdom");
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === "MODULE_NOT_FOUND" && /'jsdom'/.test((error as Error).message))
      throw new MissingJsdomError();
    throw error;
  }
  return new jsdom.JSDOM().window.document;
}
