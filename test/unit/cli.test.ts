import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { MissingJsdomError, runCli } from "../../src/cli/main.js";

let folder: string;
let out: string[];
let err: string[];
beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), "chronoline-cli-"));
  out = [];
  err = [];
  writeFileSync(join(folder, "chronoline.umd.min.js"), "/* the bundle */ window.inlined = true;");
});
afterEach(() => {
  rmSync(folder, { recursive: true, force: true });
});

/** Runs the command in the temp folder; returns its exit code. */
function run(...argv: string[]): number {
  return runCli(
    argv.map((a) => (/\.(csv|json|svg|html)$/.test(a) ? join(folder, a) : a)),
    {
      stdout: (t) => out.push(t),
      stderr: (t) => err.push(t),
      distDir: folder,
      version: "9.9.9",
      createDocument: () => document,
    },
  );
}
const write = (name: string, text: string) => {
  writeFileSync(join(folder, name), text);
};
const read = (name: string) => readFileSync(join(folder, name), "utf8");
const svgOf = (text: string) => new DOMParser().parseFromString(text, "image/svg+xml");
const CSV = "Start Date,End Date,Headline\n1993-03-30,,Diplomatic relations\n2020,2023,Investment\n";

describe("the chronoline command", () => {
  it("turns a CSV file into a standalone SVG file with its title, description and styles", () => {
    write("events.csv", CSV);
    expect(run("events.csv", "-o", "timeline.svg", "--title", "Relations", "--width", "800")).toBe(0);
    const svg = svgOf(read("timeline.svg"));
    expect(svg.querySelector("parsererror")).toBeNull();
    expect(svg.documentElement.getAttribute("width")).toBe("800");
    expect(svg.querySelector("title")!.textContent).toBe("Relations");
    expect(svg.querySelector("style")!.textContent).toContain(".chronoline");
    expect([...svg.querySelectorAll(".chronoline-label-title")].map((n) => n.textContent)).toEqual([
      "Diplomatic relations",
      "Investment",
    ]);
    expect(err.join("")).toContain("wrote");
  });

  it("reads chronoline JSON and TimelineJS JSON, detected or named with --format", () => {
    write(
      "events.json",
      JSON.stringify({ title: "From JSON", events: [{ date: "2008", title: "Embassy" }] }),
    );
    expect(run("events.json", "-o", "a.svg")).toBe(0);
    expect(svgOf(read("a.svg")).querySelector("title")!.textContent).toBe("From JSON");
    const story = {
      title: { text: { headline: "Story" } },
      events: [{ start_date: { year: 2003 }, text: { headline: "Mission" } }],
    };
    write("story.json", JSON.stringify(story));
    expect(run("story.json", "-o", "b.svg")).toBe(0);
    expect(run("story.json", "--format", "timelinejs", "-o", "c.svg")).toBe(0);
    expect(read("b.svg")).toBe(read("c.svg"));
    expect(svgOf(read("b.svg")).querySelector(".chronoline-label-title")!.textContent).toBe("Mission");
  });

  it("writes one self-contained HTML page: the bundle inlined, the data inline in <chrono-line>", () => {
    write("events.csv", CSV);
    expect(
      run(
        "events.csv",
        "-o",
        "page.html",
        "--theme",
        "dark",
        "--locale",
        "ru-RU",
        "--title",
        'A "quoted" <title>',
      ),
    ).toBe(0);
    const page = new DOMParser().parseFromString(read("page.html"), "text/html");
    const element = page.querySelector("chrono-line")!;
    expect(element.getAttribute("title")).toBe('A "quoted" <title>');
    expect(element.getAttribute("theme")).toBe("dark");
    expect(element.getAttribute("locale")).toBe("ru-RU");
    const data = JSON.parse(element.querySelector('script[type="application/json"]')!.textContent);
    expect(data.events.map((e: { title: string }) => e.title)).toEqual([
      "Diplomatic relations",
      "Investment",
    ]);
    expect(page.querySelectorAll("script")[1]!.textContent).toContain("window.inlined = true");
    expect(page.documentElement.lang).toBe("ru");
  });

  it("keeps a </script> in the data from ending the inline script early", () => {
    write("events.csv", "date,title\n2001,</script><script>alert(1)</script>\n");
    expect(run("events.csv", "-o", "page.html")).toBe(0);
    const page = new DOMParser().parseFromString(read("page.html"), "text/html");
    expect(page.querySelectorAll("script")).toHaveLength(2);
    const data = JSON.parse(page.querySelector('script[type="application/json"]')!.textContent);
    expect(data.events[0].title).toBe("</script><script>alert(1)</script>");
  });

  it("keeps a </script> inside the inlined bundle from ending its script early", () => {
    // Minified code can hold the text "</script>" in a string; the page must not break there.
    write("chronoline.umd.min.js", 'window.s = "</ScRiPt><p id=broken>x</p>";');
    write("events.csv", CSV);
    expect(run("events.csv", "-o", "page.html")).toBe(0);
    const page = new DOMParser().parseFromString(read("page.html"), "text/html");
    expect(page.querySelector("#broken")).toBeNull();
    const bundle = [...page.querySelectorAll("script")].find((s) => s.textContent.includes("window.s"));
    expect(bundle?.textContent).toContain('window.s = "<\\/ScRiPt><p id=broken>x</p>";');
  });

  it("writes the SVG to standard output when no -o is given", () => {
    write("events.csv", CSV);
    const code = run("events.csv");
    expect(err.join("")).toBe("");
    expect(code).toBe(0);
    expect(out.join("")).toMatch(/^<svg[^>]+class="chronoline/);
  });

  it("names the file, the row and the column of bad CSV, exits 1 and leaves no output file", () => {
    write("bad.csv", "Start Date,Headline\nMarch 1993,Bad\n2001,Good\n");
    expect(run("bad.csv", "-o", "timeline.svg")).toBe(1);
    expect(err.join("")).toContain(`bad.csv: row 2, column "Start Date": "March 1993" is not a date`);
    expect(readdirSync(folder).sort()).toEqual(["bad.csv", "chronoline.umd.min.js"]);
  });

  it("names the JSON path of a bad TimelineJS field, exits 1 and leaves the old output untouched", () => {
    write("timeline.html", "old page");
    write(
      "story.json",
      JSON.stringify({ events: [{ start_date: { year: 2001, month: 13 }, text: { headline: "x" } }] }),
    );
    expect(run("story.json", "-o", "timeline.html")).toBe(1);
    expect(err.join("")).toContain("story.json: events[0].start_date.month: month 13 does not exist");
    expect(read("timeline.html")).toBe("old page");
    expect(readdirSync(folder).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("says so when the input file is missing or is not JSON", () => {
    expect(run("missing.csv", "-o", "x.svg")).toBe(1);
    expect(err.join("")).toContain("missing.csv: no such file");
    write("broken.json", "{ nope");
    expect(run("broken.json", "-o", "x.svg")).toBe(1);
    expect(err.join("")).toContain("broken.json: (file): is not valid JSON");
  });

  it("passes --orientation, --theme and --locale to the options, and names a bad one as the option", () => {
    write("events.csv", CSV);
    expect(run("events.csv", "--orientation", "horizontal", "-o", "h.svg")).toBe(0);
    expect(run("events.csv", "--orientation", "diagonal", "-o", "d.svg")).toBe(1);
    expect(run("events.csv", "--locale", "xx-XX", "-o", "d.svg")).toBe(1);
    expect(err.join("")).toContain('--orientation: "diagonal" is not');
    expect(err.join("")).toContain('--locale: "xx-XX" is not a ready-made locale');
    expect(readdirSync(folder)).not.toContain("d.svg");
    expect(run("events.csv", "--locale", "kk-KZ", "--theme", "dark", "-o", "k.svg")).toBe(0);
    expect(read("k.svg")).toContain("chronoline--dark");
    expect(read("k.svg")).toContain("Хронология, 2 оқиға, 1993 – 2023");
  });

  it("refuses a wrong command line with exit code 2 and a pointer to --help", () => {
    expect(run()).toBe(2);
    expect(run("a.csv", "b.csv")).toBe(2);
    expect(run("a.csv", "--width", "wide")).toBe(2);
    expect(run("a.csv", "-o", "out.png")).toBe(2);
    expect(run("a.csv", "--format", "xml")).toBe(2);
    expect(run("a.csv", "--colour", "red")).toBe(2);
    expect(err.join("")).toContain("Run chronoline --help");
  });

  it("prints its help and version", () => {
    expect(run("--help")).toBe(0);
    expect(out.join("")).toContain("Usage: chronoline <events file>");
    expect(run("--version")).toBe(0);
    expect(out.join("")).toContain("9.9.9");
  });
});

describe("the chronoline command without jsdom (an optional peer dependency)", () => {
  const withoutJsdom = (...argv: string[]): number =>
    runCli(
      argv.map((a) => (/\.(csv|json|svg|html)$/.test(a) ? join(folder, a) : a)),
      {
        stdout: (t) => out.push(t),
        stderr: (t) => err.push(t),
        distDir: folder,
        version: "9.9.9",
        createDocument: () => {
          throw new MissingJsdomError();
        },
      },
    );

  it("refuses to draw an SVG, says how to install jsdom, and writes nothing", () => {
    write("events.csv", CSV);
    expect(withoutJsdom("events.csv", "-o", "timeline.svg")).toBe(1);
    expect(withoutJsdom("events.csv")).toBe(1);
    const message = err.join("");
    expect(message).toContain("needs jsdom, which is not installed");
    expect(message).toContain("npm install jsdom");
    expect(message).toContain("npx -p chronoline -p jsdom chronoline");
    expect(out).toEqual([]);
    expect(readdirSync(folder).sort()).toEqual(["chronoline.umd.min.js", "events.csv"]);
  });

  it("still writes an HTML page, and still refuses bad data before writing it", () => {
    write("events.csv", CSV);
    expect(withoutJsdom("events.csv", "-o", "page.html")).toBe(0);
    expect(read("page.html")).toContain("<chrono-line");
    write("bad.csv", "Start Date,Headline\nMarch 1993,Relations\n");
    expect(withoutJsdom("bad.csv", "-o", "bad.html")).toBe(1);
    expect(err.join("")).toMatch(/bad\.csv.*is not a date/);
    expect(readdirSync(folder)).not.toContain("bad.html");
  });
});

describe("the built command", () => {
  it("is declared as the package's bin", () => {
    const pkg = JSON.parse(readFileSync(resolve("package.json"), "utf8"));
    expect(pkg.bin).toEqual({ chronoline: "./dist/cli.cjs" });
  });
});
