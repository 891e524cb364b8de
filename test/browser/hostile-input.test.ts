// Hostile input in real Chromium: every payload of hostile-payloads.ts, in titles, texts, groups,
// categories, era titles, display dates, ids and links, through createTimeline, <chrono-line>,
// renderSVG and the command line's SVG and HTML. Nothing may run (no marker variable, no dialog),
// nothing may load (every request is routed; any not to the test server fails the test), no
// markup may be made from user text, links survive only with safe schemes, colours are checked.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { csvFormat } from "d3-dsv";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { type Harness, startHarness } from "./harness.js";
import {
  CSS_PAYLOADS,
  cssEras,
  hostileEras,
  hostileEvents,
  MARK,
  MARKUP,
  SAFE_LINKS,
  UNSAFE_LINKS,
  unsafeLinkEvents,
} from "./hostile-payloads.js";

/** The UMD bundle's global, inside the page. */
declare const chronoline: typeof import("../../src/index.js");

let harness: Harness | undefined;
let folder: string;
beforeAll(async () => {
  harness = await startHarness();
  folder = mkdtempSync(join(tmpdir(), "chronoline-hostile-"));
});
afterAll(async () => {
  await harness?.close();
  rmSync(folder, { recursive: true, force: true });
});

const PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Hostile input</title></head>
<body><div id="live" style="width: 1200px"></div><div id="static"></div><div id="elements"></div>
<script src="/dist/chronoline.umd.min.js"></script></body></html>`;

interface Watched {
  page: Page;
  context: BrowserContext;
  /** Files served at /__hostile/…, added by a test before it asks for them. */
  files: Map<string, { body: string; contentType: string }>;
  /** Requests for anywhere but the test server: each one is a failure. */
  leaked: string[];
  dialogs: string[];
  errors: string[];
}

const open: Watched[] = [];
afterEach(async () => {
  for (const watched of open.splice(0)) await watched.context.close();
});

/** A fresh page whose every request is routed, every dialog and page error recorded. */
async function watchedPage(path = "/__hostile/page.html"): Promise<Watched> {
  const context = await harness!.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const base = new URL(harness!.baseURL);
  const watched: Watched = {
    page: await context.newPage(),
    context,
    files: new Map([["/__hostile/page.html", { body: PAGE, contentType: "text/html" }]]),
    leaked: [],
    dialogs: [],
    errors: [],
  };
  await context.route("**/*", async (route) => {
    const url = new URL(route.request().url());
    if (url.origin !== base.origin) {
      watched.leaked.push(url.href);
      await route.abort();
      return;
    }
    const file = watched.files.get(url.pathname);
    if (file) await route.fulfill({ body: file.body, contentType: file.contentType });
    else await route.continue();
  });
  watched.page.on("dialog", (dialog) => {
    watched.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  watched.page.on("pageerror", (error) => watched.errors.push(error.message));
  open.push(watched);
  if (path) await watched.page.goto(`${harness!.baseURL}${path}`);
  return watched;
}

/**
 * Everything a payload could have left behind, as a list of findings (empty when clean): the
 * marker variable, elements made from markup (in shadow roots too), event-handler attributes,
 * links with unsafe schemes, styles that load something, and scripts the page did not have.
 */
async function findings(watched: Watched, expectedScripts: number): Promise<string[]> {
  // Give anything that was injected (onerror, onload, animations, fetches) time to fire.
  await watched.page.waitForTimeout(300);
  const inPage = await watched.page.evaluate(
    ({ mark, expectedScripts }) => {
      const found: string[] = [];
      if ((window as unknown as Record<string, unknown>)[mark] !== undefined)
        found.push(`window.${mark} was set`);
      const elements: Element[] = [];
      const walk = (root: Document | ShadowRoot): void => {
        for (const el of root.querySelectorAll("*")) {
          elements.push(el);
          if (el.shadowRoot) walk(el.shadowRoot);
        }
      };
      walk(document);
      const forbidden =
        /^(img|image|iframe|frame|object|embed|foreignobject|video|audio|source|math|details|animate|set|animatemotion|animatetransform|base|link|form|input|meta|mglyph|mtext)$/i;
      let scripts = 0;
      for (const el of elements) {
        const tag = el.localName;
        if (tag === "script") scripts++;
        else if (forbidden.test(tag) && !(tag === "meta" && el.closest("head")))
          found.push(`<${tag}> element`);
        for (const attribute of Array.from(el.attributes)) {
          const { name, value } = attribute;
          if (/^on/i.test(name)) found.push(`${name} attribute on <${tag}>`);
          if (/^(href|xlink:href|src|action|formaction|data)$/i.test(name)) {
            const protocol = new URL(value, document.baseURI).protocol;
            if (!["http:", "https:", "mailto:"].includes(protocol))
              found.push(`${name}="${value}" on <${tag}>`);
          }
          if (name === "style" && /url\(|expression|image-set|@import/i.test(value))
            found.push(`style="${value}" on <${tag}>`);
        }
        if (tag === "style" && /evil\.invalid|@import|url\(/i.test(el.textContent))
          found.push("a stylesheet loads");
      }
      if (scripts !== expectedScripts)
        found.push(`${scripts} <script> elements, expected ${expectedScripts}`);
      return found;
    },
    { mark: MARK, expectedScripts },
  );
  return [
    ...inPage,
    ...watched.leaked.map((url) => `request to ${url}`),
    ...watched.dialogs.map((message) => `dialog: ${message}`),
  ];
}

/**
 * Events a live timeline shows inside `scope`: those with a node of their own, those drawn
 * among the plain markers (one path per colour, data-count) and those a pill counts.
 */
const reachable = (page: Page, scope: string): Promise<number> =>
  page.$$eval(
    `${scope} .chronoline-event, ${scope} path.chronoline-dots, ${scope} .chronoline-cluster`,
    (nodes) =>
      nodes.reduce(
        (sum, n) =>
          sum + (n.classList.contains("chronoline-event") ? 1 : Number(n.getAttribute("data-count"))),
        0,
      ),
  );

/** The payload as a reader sees it: without control characters, trimmed, as titles are stored. */
const shown = (payload: string): string =>
  // eslint-disable-next-line no-control-regex
  payload.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, "").trim();

describe("createTimeline with hostile text", () => {
  it("draws every payload as text, runs none, loads nothing, and keeps only safe links", async () => {
    const watched = await watchedPage();
    const result = await watched.page.evaluate(
      ({ events, unsafe, eras, title }) => {
        const skipped: { path: string; fields: string[] }[] = [];
        const timeline = chronoline.createTimeline("#live", {
          events: [...events, ...unsafe],
          eras,
          title,
          description: title,
          eventList: "table",
          onInvalid: (s) => skipped.push({ path: s.path, fields: s.issues.map((i) => i.path) }),
        });
        const cards: string[] = [];
        for (const event of timeline.events) {
          timeline.select(event.id);
          cards.push(document.querySelector(".chronoline-card-title")?.textContent ?? "");
        }
        timeline.zoomTo("1900", "1950");
        timeline.resetZoom();
        const links = Array.from(document.querySelectorAll("#live a[href]"), (a) => a.getAttribute("href"));
        return { skipped, cards, links, titles: timeline.events.map((e) => e.title) };
      },
      { events: hostileEvents(), unsafe: unsafeLinkEvents(), eras: hostileEras(), title: MARKUP[0]! },
    );
    // Every unsafe link was refused, by its path; every event with a safe link was drawn.
    const first = hostileEvents().length;
    expect(result.skipped).toEqual(
      UNSAFE_LINKS.map((_, i) => ({ path: `events[${first + i}]`, fields: [`events[${first + i}].link`] })),
    );
    expect(result.titles).toEqual(MARKUP.map(shown));
    // The details card shows each title as the text it is.
    expect(result.cards).toEqual(MARKUP.map(shown));
    expect(new Set(result.links)).toEqual(new Set(SAFE_LINKS));
    // Payloads in the SVG are text too: every drawn event's accessible name holds its title
    // verbatim, and every event is drawn, among the plain markers or counted by a pill.
    const names = await watched.page.$$eval("#live .chronoline-event", (nodes) =>
      nodes.map((n) => [n.getAttribute("data-id"), n.getAttribute("aria-label")]),
    );
    expect(names.length).toBeGreaterThan(0);
    const byId = new Map(hostileEvents().map((e) => [e.id, e.title]));
    for (const [id, name] of names) expect(name).toContain(shown(byId.get(id!)!));
    expect(await reachable(watched.page, "#live")).toBe(MARKUP.length);
    expect(await findings(watched, 1)).toEqual([]);
    expect(watched.errors).toEqual([]);
  });

  it("refuses unsafe links by path when nothing is skipped, and draws nothing", async () => {
    const watched = await watchedPage();
    const error = await watched.page.evaluate((events) => {
      try {
        chronoline.createTimeline("#live", { events });
        return undefined;
      } catch (e) {
        const issues = (e as InstanceType<typeof chronoline.TimelineDataError>).issues;
        return { name: (e as Error).name, paths: issues.map((i) => i.path) };
      }
    }, unsafeLinkEvents());
    expect(error).toEqual({
      name: "TimelineDataError",
      paths: UNSAFE_LINKS.map((_, i) => `events[${i}].link`),
    });
    expect(await watched.page.locator("#live *").count()).toBe(0);
    expect(await findings(watched, 1)).toEqual([]);
  });

  it("refuses CSS in era colours and category colours, naming each, and loads nothing", async () => {
    const watched = await watchedPage();
    const result = await watched.page.evaluate(
      ({ eras, colors }) => {
        const paths = (options: Parameters<typeof chronoline.createTimeline>[1]): string[] => {
          try {
            chronoline.createTimeline("#live", options);
            return [];
          } catch (e) {
            return (e as InstanceType<typeof chronoline.TimelineDataError>).issues.map((i) => i.path);
          }
        };
        const events = [{ date: "1955", title: "Event", category: "a" }];
        const skipped: string[] = [];
        const drawn = chronoline.createTimeline("#live", {
          events,
          eras: [...eras, { start: "1950", end: "1960", title: "Fine", color: "rebeccapurple" }],
          onInvalid: (s) => skipped.push(s.path),
        });
        const fills = Array.from(
          document.querySelectorAll<SVGRectElement>("#live .chronoline-era rect"),
          (r) => getComputedStyle(r).fill,
        );
        drawn.destroy();
        return {
          eras: paths({ events, eras }),
          list: paths({ events, categoryColors: colors }),
          map: paths({ events, categoryColors: Object.fromEntries(colors.map((c, i) => [`cat${i}`, c])) }),
          skipped,
          fills,
        };
      },
      { eras: cssEras(), colors: [...CSS_PAYLOADS] },
    );
    expect(result.eras).toEqual(CSS_PAYLOADS.map((_, i) => `eras[${i}].color`));
    expect(result.list).toEqual(CSS_PAYLOADS.map((_, i) => `categoryColors[${i}]`));
    expect(result.map).toEqual(CSS_PAYLOADS.map((_, i) => `categoryColors["cat${i}"]`));
    expect(result.skipped).toEqual(CSS_PAYLOADS.map((_, i) => `eras[${i}]`));
    expect(result.fills).toEqual(["rgb(102, 51, 153)"]);
    expect(await findings(watched, 1)).toEqual([]);
  });
});

/** A TimelineJS document whose slides carry the payloads in their HTML. */
function timelineJSDocument(): unknown {
  return {
    title: { text: { headline: MARKUP[0], text: `<p>${MARKUP[2]}</p>` } },
    events: MARKUP.map((payload, i) => ({
      start_date: { year: String(1900 + i * 4) },
      // HTML is read as text: a headline that is all tags would be empty, so each has words too.
      text: {
        headline: `Slide ${i}: ${payload}`,
        text: `<p>${payload}</p><a href="${UNSAFE_LINKS[i % UNSAFE_LINKS.length]}">more</a>`,
      },
      group: MARKUP[i % 3],
    })),
    eras: [
      { start_date: { year: "1900" }, end_date: { year: "1920" }, text: { headline: `Era ${MARKUP[4]}` } },
    ],
  };
}

function hostileCSV(): string {
  return csvFormat(
    hostileEvents().map((e) => ({
      date: e.date as string,
      title: e.title,
      text: e.text ?? "",
      group: e.group ?? "",
      category: e.category ?? "",
      link: e.link ?? "",
    })),
  );
}

describe("<chrono-line> with hostile data", () => {
  it("draws payloads from inline JSON, CSV and TimelineJS as text, and shows a refused link as a text error", async () => {
    const watched = await watchedPage("");
    const json = JSON.stringify({ events: hostileEvents(), eras: hostileEras() });
    watched.files.set("/__hostile/events.csv", { body: hostileCSV(), contentType: "text/csv" });
    watched.files.set("/__hostile/story.json", {
      body: JSON.stringify(timelineJSDocument()),
      contentType: "application/json",
    });
    watched.files.set("/__hostile/unsafe.json", {
      body: JSON.stringify(unsafeLinkEvents()),
      contentType: "application/json",
    });
    await watched.page.goto(`${harness!.baseURL}/__hostile/page.html`);
    await watched.page.evaluate(
      ({ json, title }) => {
        const host = document.querySelector("#elements")!;
        const inline = document.createElement("chrono-line");
        inline.id = "inline";
        inline.setAttribute("title", title);
        const script = document.createElement("script");
        script.type = "application/json";
        script.textContent = json; // as a page would embed it: text, never parsed as markup
        inline.append(script);
        const make = (id: string, src: string) => {
          const element = document.createElement("chrono-line");
          element.id = id;
          element.setAttribute("src", src);
          element.setAttribute("title", title);
          return element;
        };
        host.append(
          inline,
          make("csv", "/__hostile/events.csv"),
          make("story", "/__hostile/story.json"),
          make("unsafe", "/__hostile/unsafe.json"),
        );
      },
      { json, title: MARKUP[1]! },
    );
    for (const id of ["inline", "csv", "story"]) {
      const events = watched.page.locator(`#${id} .chronoline-event`);
      const state = async () =>
        `${await reachable(watched.page, `#${id}`)} events ${(await watched.page.locator(`#${id} [part=error]`).textContent()) ?? ""}`;
      await expect.poll(state, { timeout: 15_000 }).toBe(`${MARKUP.length} events `);
      // The first drawn event, clicked, opens a card whose title is that event's title as text.
      const clicked = await events.first().getAttribute("data-id");
      const title = await watched.page.evaluate(
        ({ id, clicked }) => {
          const { timeline } = document.getElementById(id) as unknown as {
            timeline: { events: readonly { id: string; title: string }[] };
          };
          return timeline.events.find((e) => e.id === clicked)?.title;
        },
        { id, clicked },
      );
      if (id === "story") expect(title).toMatch(/^Slide \d+:$/);
      else expect(MARKUP.map(shown)).toContain(title);
      await events.first().click();
      const card = watched.page.locator(`#${id} .chronoline-card-title`);
      await expect.poll(() => card.textContent()).toBe(title);
    }
    const error = watched.page.locator("#unsafe [part=error]");
    await expect.poll(() => error.textContent()).toContain("events[0].link");
    expect(await error.evaluate((p) => p.childElementCount)).toBe(0);
    // TimelineJS links were dropped as unsafe; none reached the page.
    expect(await watched.page.locator("#story a[href]").count()).toBe(0);
    expect(await findings(watched, 2)).toEqual([]);
    expect(watched.errors).toEqual([]);
  });
});

describe("renderSVG with hostile text", () => {
  it("makes an SVG that stays inert inline in a page, as an image, and opened on its own", async () => {
    const watched = await watchedPage();
    const svg = await watched.page.evaluate(
      ({ events, eras, title }) => {
        const markup = chronoline.renderSVG({ events, eras, title, description: title, width: 1200 });
        // An embedder pastes the string into the page as markup: it must hold no markup of ours.
        document.querySelector("#static")!.innerHTML = markup;
        return markup;
      },
      { events: hostileEvents(), eras: hostileEras(), title: MARKUP[9]! },
    );
    expect(await watched.page.locator("#static .chronoline-event").count()).toBe(MARKUP.length);
    expect(await findings(watched, 1)).toEqual([]);

    const standalone = await watchedPage("");
    standalone.files.set("/__hostile/timeline.svg", { body: svg, contentType: "image/svg+xml" });
    standalone.files.set("/__hostile/image.html", {
      body: '<!doctype html><img src="/__hostile/timeline.svg" alt="timeline">',
      contentType: "text/html",
    });
    await standalone.page.goto(`${harness!.baseURL}/__hostile/timeline.svg`);
    // A well-formed document (control characters in titles would break XML), fully drawn.
    expect(await standalone.page.evaluate(() => document.documentElement.localName)).toBe("svg");
    expect(await standalone.page.locator(".chronoline-event").count()).toBe(MARKUP.length);
    expect(await findings(standalone, 0)).toEqual([]);
    await standalone.page.goto(`${harness!.baseURL}/__hostile/image.html`);
    const width = await standalone.page.$eval("img", async (img) => {
      await img.decode();
      return img.naturalWidth;
    });
    expect(width).toBe(1200);
    expect(standalone.leaked).toEqual([]);
    expect(standalone.dialogs).toEqual([]);
  });
});

describe("the command line with hostile files", () => {
  const cli = (...args: string[]) =>
    spawnSync(process.execPath, ["dist/cli.cjs", ...args], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    });

  it("writes SVG and HTML in which nothing runs and nothing loads", async () => {
    const input = join(folder, "hostile.json");
    writeFileSync(input, JSON.stringify({ title: MARKUP[0], events: hostileEvents(), eras: hostileEras() }));
    const csv = join(folder, "hostile.csv");
    writeFileSync(csv, hostileCSV());
    for (const [source, out] of [
      [input, "json.html"],
      [csv, "csv.html"],
      [input, "json.svg"],
    ] as const) {
      execFileSync(process.execPath, [
        "dist/cli.cjs",
        source,
        "-o",
        join(folder, out),
        "--title",
        MARKUP[7]!,
      ]);
    }
    for (const out of ["json.html", "csv.html"]) {
      const watched = await watchedPage("");
      watched.files.set(`/__hostile/${out}`, {
        body: readFileSync(join(folder, out), "utf8"),
        contentType: "text/html",
      });
      await watched.page.goto(`${harness!.baseURL}/__hostile/${out}`);
      await expect
        .poll(() => reachable(watched.page, "chrono-line"), { timeout: 15_000 })
        .toBe(MARKUP.length);
      // Open the fourth event's card through the element's handle, as a page script would.
      await watched.page.evaluate(() => {
        const { timeline } = document.querySelector("chrono-line") as unknown as {
          timeline: { select(id: string): void; events: readonly { id: string }[] };
        };
        timeline.select(timeline.events[3]!.id);
      });
      await expect
        .poll(() => watched.page.locator("chrono-line .chronoline-card-title").textContent())
        .toBe(shown(MARKUP[3]!));
      expect(await watched.page.title()).toBe(shown(MARKUP[7]!));
      // The page's own two scripts: the inline data and the inlined library.
      expect(await findings(watched, 2)).toEqual([]);
      expect(watched.errors).toEqual([]);
    }
    const watched = await watchedPage("");
    watched.files.set("/__hostile/json.svg", {
      body: readFileSync(join(folder, "json.svg"), "utf8"),
      contentType: "image/svg+xml",
    });
    await watched.page.goto(`${harness!.baseURL}/__hostile/json.svg`);
    expect(await watched.page.locator(".chronoline-event").count()).toBe(MARKUP.length);
    expect(await findings(watched, 0)).toEqual([]);
  });

  it("refuses a file with unsafe links, naming each, and writes nothing", () => {
    const input = join(folder, "unsafe.json");
    writeFileSync(input, JSON.stringify(unsafeLinkEvents()));
    const result = cli(input, "-o", join(folder, "unsafe.html"));
    expect(result.status).toBe(1);
    for (let i = 0; i < UNSAFE_LINKS.length; i++) expect(result.stderr).toContain(`events[${i}].link`);
    expect(() => readFileSync(join(folder, "unsafe.html"))).toThrow();
  });
});
