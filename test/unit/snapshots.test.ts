/**
 * Pictures of the gallery's data, reviewed as pictures. Each examples/data/*.json is rendered by
 * renderSVG with the width table at 360, 768 and 1280 px and compared with the committed SVG in
 * test/unit/__snapshots__/<name>-<width>.svg, which a reviewer opens like any image.
 *
 * A changed picture fails the test and is written beside the committed one as
 * <name>-<width>-changed.svg; open both, and if the change is intended run
 * `npm run snapshots:accept` and commit. A missing snapshot is a failure too, so CI never makes
 * one up; create it with UPDATE_SNAPSHOTS=1 npx vitest run test/unit/snapshots.test.ts.
 */
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { renderSVG } from "../../src/api/render-svg.js";
import { fromTimelineJS, isTimelineJS } from "../../src/data/timelinejs.js";
import { measureWithTable } from "../../src/layout/measure.js";
import type { TimelineOptions } from "../../src/types.js";

const DATA = join(import.meta.dirname, "../../examples/data");
const SNAPSHOTS = join(import.meta.dirname, "__snapshots__");
const WIDTHS = [360, 768, 1280];
const UPDATE = process.env.UPDATE_SNAPSHOTS === "1";

/** The options an example's data file stands for: a list of events, a TimelineJS document, or options. */
function optionsOf(json: unknown): TimelineOptions {
  if (Array.isArray(json)) return { events: json as TimelineOptions["events"] };
  if (isTimelineJS(json)) return fromTimelineJS(json);
  return json as TimelineOptions;
}

/** Rounds every decimal number inside attribute values to one decimal: 78.92247 → 78.9. */
function roundNumbers(svg: string): string {
  return svg.replace(/="[^"]*"/g, (attribute) =>
    attribute.replace(/-?\d*\.\d+/g, (number) => {
      const rounded = Math.round(Number(number) * 10) / 10;
      return String(rounded === 0 ? 0 : rounded); // no "-0"
    }),
  );
}

/**
 * One element per line, indented by depth, so that a diff reads element by element. Nothing is
 * added inside <text> (white space between its tspans would show) or inside <style>.
 */
function oneElementPerLine(svg: string): string {
  const tokens = svg.split(/(<[^>]+>)/).filter((token) => token !== "");
  let depth = 0;
  let inText = 0;
  let out = "";
  for (const token of tokens) {
    const isTag = token.startsWith("<");
    const closing = token.startsWith("</");
    const selfClosing = token.endsWith("/>");
    if (isTag && closing) depth--;
    if (isTag && inText === 0 && out !== "" && out.endsWith(">")) out += `\n${"  ".repeat(depth)}`;
    out += token;
    if (isTag && !closing && !selfClosing) depth++;
    if (/^<text[\s>]/.test(token) && !selfClosing) inText++;
    if (token === "</text>") inText--;
  }
  return `${out}\n`;
}

/** The picture as committed: numbers rounded, one element per line, the stylesheet kept. */
const picture = (svg: string): string => oneElementPerLine(roundNumbers(svg));

/** What is compared: the picture without the stylesheet's text, which styles.ts tests on its own. */
const comparable = (svg: string): string => svg.replace(/<style>[\s\S]*?<\/style>/, "<style/>");

/** The first lines where two pictures differ, for the failure message. */
function firstDifferences(before: string, after: string, count = 6): string {
  const [a, b] = [before.split("\n"), after.split("\n")];
  const lines: string[] = [];
  for (let i = 0; i < Math.max(a.length, b.length) && lines.length < count; i++) {
    if (a[i] !== b[i]) lines.push(`  line ${i + 1}:\n    - ${a[i] ?? "(none)"}\n    + ${b[i] ?? "(none)"}`);
  }
  return lines.join("\n");
}

const examples = readdirSync(DATA)
  .filter((file) => file.endsWith(".json"))
  .sort();

describe("SVG snapshots of the example data (renderSVG in jsdom, width table)", () => {
  it("finds the Kazakhstan–Singapore example among the data", () => {
    expect(examples).toContain("kazakhstan-singapore.json");
  });

  for (const file of examples) {
    const name = file.replace(/\.json$/, "");
    for (const width of WIDTHS) {
      it(`renderSVG draws ${name} at ${width}px as in __snapshots__/${name}-${width}.svg`, () => {
        const options = optionsOf(JSON.parse(readFileSync(join(DATA, file), "utf8")));
        const actual = picture(renderSVG({ ...options, width, measure: measureWithTable }, { document }));
        const committed = join(SNAPSHOTS, `${name}-${width}.svg`);
        const changed = join(SNAPSHOTS, `${name}-${width}-changed.svg`);

        if (!existsSync(committed)) {
          if (UPDATE) {
            writeFileSync(committed, actual);
            return;
          }
          throw new Error(
            `${committed} is missing. Snapshots are never made up in CI: create it with ` +
              `UPDATE_SNAPSHOTS=1 npx vitest run test/unit/snapshots.test.ts, look at it, and commit it.`,
          );
        }
        const expected = readFileSync(committed, "utf8");
        if (comparable(expected) === comparable(actual)) {
          rmSync(changed, { force: true }); // a leftover from an earlier failing run
          return;
        }
        writeFileSync(changed, actual);
        const shown = (path: string): string => relative(process.cwd(), path);
        expect.fail(
          `The picture of ${name} at ${width}px changed.\n` +
            `Open ${shown(committed)} and ${shown(changed)} side by side (they are SVG images).\n` +
            `If the change is intended, run \`npm run snapshots:accept\` and commit the snapshots.\n` +
            `First differences (lines without the stylesheet):\n` +
            firstDifferences(comparable(expected), comparable(actual)),
        );
      });
    }
  }

  it("commits a picture for each example and width, each with the stylesheet inside so that it renders", () => {
    const committed = readdirSync(SNAPSHOTS).filter((f) => f.endsWith(".svg") && !f.endsWith("-changed.svg"));
    const expected = examples.flatMap((file) =>
      WIDTHS.map((width) => `${file.replace(/\.json$/, "")}-${width}.svg`),
    );
    // A picture of an example that no longer exists is stale; remove it.
    expect(
      committed.filter((f) => !expected.includes(f)),
      "pictures without an example",
    ).toEqual([]);
    for (const file of committed) {
      const svg = readFileSync(join(SNAPSHOTS, file), "utf8");
      expect(svg, file).toMatch(/<style>[\s\S]*\.chronoline[\s\S]*<\/style>/);
    }
  });
});
