/// <reference types="node" />
import { readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { checkOptions, parseData } from "../api/prepare.js";
import { renderSVG } from "../api/render-svg.js";
import { importTimeline } from "../data/import-file.js";
import { TimelineDataError } from "../data/errors.js";
import type { TimelineOptions } from "../types.js";
import { HELP, parseCommandLine, UsageError } from "./args.js";
import { htmlPage } from "./html-page.js";

/** Where the command writes, and what it knows of its installation; tests pass their own. */
export interface CliContext {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Folder holding chronoline.umd.min.js, inlined into HTML pages. */
  distDir: string;
  version: string;
  /** Makes the document the SVG is drawn in. */
  createDocument: () => Document;
}

/**
 * Thrown by `createDocument` when jsdom is not installed. jsdom draws the SVG in Node; it is an
 * optional peer dependency, so that the many who use chronoline in a browser never download it.
 */
export class MissingJsdomError extends Error {
  constructor() {
    super(
      [
        "chronoline: drawing an SVG needs jsdom, which is not installed (an optional peer dependency,",
        "so that chronoline in a browser does not download it). Install it beside chronoline:",
        "  npm install jsdom",
        "or run the command together with it:",
        "  npx -p chronoline -p jsdom chronoline events.csv -o timeline.svg",
        "An HTML page (-o timeline.html) is made without jsdom.",
      ].join("\n"),
    );
  }
}

/**
 * The chronoline command. Returns the exit code: 0 done, 1 the input is bad (the message names
 * the file, the row or JSON path, and the field) or an SVG was asked for without jsdom installed,
 * 2 the command line is wrong. Output is written
 * to a temporary file that is renamed into place, so a failure never leaves a partial file.
 */
export function runCli(argv: readonly string[], context: CliContext): number {
  let request;
  try {
    request = parseCommandLine(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    context.stderr(`chronoline: ${error.message}\nRun chronoline --help for the options.\n`);
    return 2;
  }
  if (request === "help") return (context.stdout(HELP), 0);
  if (request === "version") return (context.stdout(`${context.version}\n`), 0);

  const file = request.input;
  const wantsSVG = request.output === undefined || /\.svg$/i.test(request.output);
  let document: Document | undefined;
  try {
    document = context.createDocument();
  } catch (error) {
    if (!(error instanceof MissingJsdomError)) throw error;
    // An HTML page is drawn by the browser that opens it: only an SVG needs jsdom.
    if (wantsSVG) return (context.stderr(`${error.message}\n`), 1);
  }
  try {
    const text = readFileSync(file, "utf8");
    const data = importTimeline(text, { name: file, ...(request.format ? { format: request.format } : {}) });
    const options = {
      events: data.events,
      eras: data.eras,
      ...((request.title ?? data.title) ? { title: request.title ?? data.title } : {}),
      ...(data.description ? { description: data.description } : {}),
      ...(request.theme ? { theme: request.theme } : {}),
      ...(request.locale ? { locale: request.locale } : {}),
      ...(request.orientation ? { orientation: request.orientation } : {}),
      ...(request.width ? { width: request.width } : {}),
    } as TimelineOptions;
    // Drawn either way (without jsdom, checked), so that bad data or a bad option fails before
    // anything is written.
    let svg = "";
    if (document) svg = renderSVG(options, { document });
    else {
      checkOptions(options);
      parseData(options);
    }
    const output = request.output;
    if (output === undefined) {
      context.stdout(`${svg}\n`);
      return 0;
    }
    const content = wantsSVG
      ? `<?xml version="1.0" encoding="UTF-8"?>\n${svg}\n`
      : htmlPage(
          data,
          { ...options, locale: request.locale },
          readFileSync(join(context.distDir, "chronoline.umd.min.js"), "utf8"),
        );
    writeAtomically(output, content);
    context.stderr(`chronoline: wrote ${output} (${data.events.length} events)\n`);
    return 0;
  } catch (error) {
    context.stderr(`${describeFailure(file, error)}\n`);
    return 1;
  }
}

const OPTION_PATHS = ["orientation", "theme", "locale", "width", "title"];

function describeFailure(file: string, error: unknown): string {
  if (error instanceof TimelineDataError) {
    // A bad option is the command line's fault, not the file's.
    const options = error.issues.filter((i) => OPTION_PATHS.includes(i.path));
    if (options.length) return options.map((i) => `chronoline: --${i.path}: ${i.message}`).join("\n");
    const count = error.issues.length === 1 ? "1 problem" : `${error.issues.length} problems`;
    return [
      `chronoline: ${file} has ${count}:`,
      ...error.issues.map((i) => `  ${file}: ${i.path}: ${i.message}`),
    ].join("\n");
  }
  const code = (error as { code?: string }).code;
  if (code === "ENOENT") return `chronoline: ${file}: no such file`;
  if (code === "EISDIR") return `chronoline: ${file}: is a folder, not a file`;
  return `chronoline: ${file}: ${(error as Error).message.replace(/^chronoline: /, "")}`;
}

/** Writes beside the target, then renames: readers see the old file or the whole new one. */
function writeAtomically(path: string, content: string): void {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    writeFileSync(temporary, content);
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}
