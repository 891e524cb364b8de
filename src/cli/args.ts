/// <reference types="node" />
import { parseArgs } from "node:util";
import type { FileFormat } from "../data/import-file.js";

/** What the command line asked for. */
export interface CliRequest {
  input: string;
  output: string | undefined;
  format: FileFormat | undefined;
  width: number | undefined;
  title: string | undefined;
  theme: string | undefined;
  locale: string | undefined;
  orientation: string | undefined;
}

export const HELP = `Usage: chronoline <events file> [-o timeline.svg | timeline.html] [options]

Turns a CSV, JSON or TimelineJS file into a timeline: a standalone SVG picture, or one
self-contained HTML page (the library inlined) ready to paste into a CMS.

Options:
  -o, --output <file>       where to write: *.svg or *.html (default: SVG to standard output)
  -f, --format <format>     csv, json or timelinejs (default: from the file's name and text)
  -w, --width <pixels>      width of the SVG (default 960); of the HTML page's timeline at most
  -t, --title <text>        the timeline's accessible name (default: the file's title, or a summary)
      --theme <theme>       light, dark or auto (default light)
      --locale <name>       en-US, ru-RU or kk-KZ (default en-US)
      --orientation <value> layout direction (default horizontal)
  -h, --help                show this help
  -v, --version             show the version

Examples:
  npx chronoline events.csv -o timeline.svg
  npx chronoline story.json --format timelinejs --locale ru-RU -o story.html
`;

/** A mistake in the command line itself (exit code 2). */
export class UsageError extends Error {}

const FORMATS: readonly string[] = ["csv", "json", "timelinejs"];

/** Reads the arguments; `"help"` and `"version"` when those were asked for. */
export function parseCommandLine(argv: readonly string[]): CliRequest | "help" | "version" {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        output: { type: "string", short: "o" },
        format: { type: "string", short: "f" },
        width: { type: "string", short: "w" },
        title: { type: "string", short: "t" },
        theme: { type: "string" },
        locale: { type: "string" },
        orientation: { type: "string" },
        help: { type: "boolean", short: "h" },
        version: { type: "boolean", short: "v" },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) return "help";
  if (values.version) return "version";
  if (positionals.length !== 1) {
    throw new UsageError(
      positionals.length ? `one input file, please; got ${positionals.length}` : "no input file",
    );
  }
  if (values.format !== undefined && !FORMATS.includes(values.format)) {
    throw new UsageError(`--format ${values.format}: use csv, json or timelinejs`);
  }
  let width: number | undefined;
  if (values.width !== undefined) {
    width = Number(values.width);
    if (!Number.isFinite(width) || width <= 0)
      throw new UsageError(`--width ${values.width}: give a number of pixels`);
  }
  if (values.output !== undefined && !/\.(svg|html?)$/i.test(values.output)) {
    throw new UsageError(`--output ${values.output}: the name must end in .svg or .html`);
  }
  return {
    input: positionals[0]!,
    output: values.output,
    format: values.format as FileFormat | undefined,
    width,
    title: values.title,
    theme: values.theme,
    locale: values.locale,
    orientation: values.orientation,
  };
}
