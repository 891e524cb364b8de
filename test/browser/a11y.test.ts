// Accessibility in real Chromium: axe-core finds no violations in either theme (closed, with the
// details card open, zoomed, with the table shown), and the accessibility tree that screen
// readers read names the timeline, describes it and labels every event with its date and title.
import { createRequire } from "node:module";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHarness, type Harness } from "./harness.js";
import { contrast, openFixture, openIn } from "./interaction-helpers.js";

const AXE = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness.close();
});

/** axe-core's violations on the page, as "rule: selector" lines (empty when clean). */
async function violations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({ path: AXE });
  const results = await page.evaluate(async () => {
    const axe = (window as any).axe;
    const result = await axe.run(document, { resultTypes: ["violations"] });
    return result.violations.flatMap((v: any) =>
      v.nodes.map((n: any) => `${v.id} (${v.impact}): ${n.target.join(" ")} — ${n.failureSummary}`),
    );
  });
  return results as string[];
}

describe("axe-core on the Kazakhstan–Singapore example", () => {
  for (const scheme of ["light", "dark"] as const) {
    it(`reports no violations in the ${scheme} theme: closed, with the card open, zoomed and focused`, async () => {
      const { page, problems, close } = await openIn(harness, "/examples/kazakhstan-singapore.html", 1280, {
        colorScheme: scheme,
        reducedMotion: "reduce",
      });
      expect(await page.$eval(".chronoline-frame", (f) => f.getAttribute("class"))).toContain("auto");
      expect(await violations(page), "closed").toEqual([]);

      await page.click('.chronoline-event[data-id="fdi-2020-2023"] .chronoline-label');
      await page.waitForSelector(".chronoline-card:not([hidden])");
      expect(await violations(page), "card open").toEqual([]);

      await page.keyboard.press("Escape");
      await page.getByRole("button", { name: "Zoom in" }).click();
      await page.focus(".chronoline-event");
      await page.keyboard.press("ArrowRight");
      expect(await violations(page), "zoomed, focused").toEqual([]);
      expect(problems).toEqual([]);
      await close();
    });
  }
});

describe("axe-core on a live timeline with every part shown", () => {
  for (const theme of ["light", "dark"] as const) {
    it(`reports no violations in the ${theme} theme with the event table shown and a tooltip up`, async () => {
      const { page, close } = await openFixture(harness, `theme=${theme}&eventList=table`, 1280);
      await page.hover('.chronoline-event[data-id="trade-2023"] .chronoline-label');
      await page.evaluate(() => (window as any).timeline.select("embassy-2008"));
      expect(await violations(page)).toEqual([]);
      await close();
    });
  }
});

describe("forced colours (Windows High Contrast and the like)", () => {
  it("the tooltip keeps an edge, and a zoom button that can do nothing looks disabled", async () => {
    const { page, close } = await openFixture(harness, "", 1280, { forcedColors: "active" });
    await page.keyboard.press("Tab");
    await page.waitForSelector(".chronoline-tooltip:not([hidden])");
    // Forced colours take backgrounds and shadows away: without a border the tooltip's words run
    // into the labels it covers.
    const tip = await page.$eval(".chronoline-tooltip", (t) => {
      const s = getComputedStyle(t);
      return { style: s.borderTopStyle, width: parseFloat(s.borderTopWidth), color: s.borderTopColor };
    });
    expect(tip.style).toBe("solid");
    expect(tip.width).toBeGreaterThanOrEqual(1);
    expect(tip.color).not.toBe("rgba(0, 0, 0, 0)");
    // Before any zoom, "Zoom out" and "Show all" can do nothing (aria-disabled): forced colours
    // would paint them like "Zoom in" unless they ask for GrayText.
    const colors = await page.$$eval(".chronoline-zoom button", (buttons) =>
      buttons.map((b) => [b.getAttribute("aria-disabled"), getComputedStyle(b).color]),
    );
    expect(colors.map(([disabled]) => disabled)).toEqual(["false", "true", "true"]);
    expect(colors[1]![1]).not.toBe(colors[0]![1]);
    expect(colors[2]![1]).toBe(colors[1]![1]);
    await close();
  });
});

describe("forced colours: the drawing follows the reader's colours", () => {
  // Forced colours repaint the HTML around the SVG (Canvas behind, CanvasText on it) but not the
  // SVG's own fills: a light theme's near-black labels ended up on a black Canvas.
  for (const [theme, scheme] of [
    ["light", "dark"],
    ["dark", "light"],
  ] as const) {
    it(`a ${theme} timeline's labels, dates and ticks stay readable in ${scheme} forced colours`, async () => {
      const { page, close } = await openFixture(harness, `theme=${theme}`, 1280, {
        forcedColors: "active",
        colorScheme: scheme,
      });
      const seen = await page.evaluate(() => {
        const svg = document.querySelector("svg.chronoline")!;
        let behind = "rgba(0, 0, 0, 0)";
        for (let e: Element | null = svg; e && behind === "rgba(0, 0, 0, 0)"; e = e.parentElement)
          behind = getComputedStyle(e).backgroundColor;
        if (behind === "rgba(0, 0, 0, 0)") {
          // Nothing painted: the page's Canvas shows through.
          const probe = document.body.appendChild(document.createElement("div"));
          probe.style.backgroundColor = "Canvas";
          behind = getComputedStyle(probe).backgroundColor;
          probe.remove();
        }
        const fill = (selector: string) => getComputedStyle(svg.querySelector(selector)!).fill;
        return {
          behind,
          title: fill(".chronoline-label-title"),
          date: fill(".chronoline-label-date"),
          tick: fill(".chronoline-axis text"),
        };
      });
      for (const part of ["title", "date", "tick"] as const)
        expect(
          contrast(seen[part], seen.behind),
          `${part} ${seen[part]} on ${seen.behind}`,
        ).toBeGreaterThanOrEqual(4.5);
      await close();
    });
  }
});

describe("what a screen reader reads", () => {
  /** The accessibility tree as Chromium computes it. */
  async function tree(page: Page) {
    const cdp = await page.context().newCDPSession(page);
    const { nodes } = await cdp.send("Accessibility.getFullAXTree");
    return nodes.map((n) => ({
      role: String(n.role?.value ?? ""),
      name: String(n.name?.value ?? ""),
      description: String(n.description?.value ?? ""),
      ignored: n.ignored,
    }));
  }

  it("the timeline is a named, described group; each event a button named by its date and title", async () => {
    const { page, close } = await openFixture(harness, "", 1280);
    const nodes = await tree(page);
    const root = nodes.find((n) => n.role === "group" && n.name === "Test timeline");
    expect(root).toBeDefined();
    expect(root!.description).toContain("Timeline, 15 events, 1993 to 2024");
    expect(root!.description).toContain("arrow keys");
    const buttons = nodes.filter((n) => n.role === "button" && !n.ignored).map((n) => n.name);
    expect(buttons).toContain("May 23–24, 2024: Tokayev's state visit to Singapore");
    expect(buttons).toContain("2020 – 2023: Singapore invests $1.4 billion");
    expect(buttons.filter((name) => /\d{4}: \S/.test(name))).toHaveLength(15);
    // The label drawn in the picture is hidden from the tree (the button says it whole), so the
    // title is read once more only in the table of all events.
    const titleTexts = nodes.filter(
      (n) => !n.ignored && n.role === "StaticText" && n.name.trim() === "Tokayev's state visit to Singapore",
    );
    expect(titleTexts).toHaveLength(1);
    await close();
  });

  it("the key hint is read once, as the timeline's description, not again as text in browse mode", async () => {
    const { page, close } = await openFixture(harness, "", 1280);
    const nodes = await tree(page);
    const hint = /arrow keys/;
    expect(nodes.filter((n) => !n.ignored && hint.test(n.description)).map((n) => n.role)).toEqual(["group"]);
    const read = nodes.filter((n) => !n.ignored && n.role !== "group" && hint.test(n.name));
    expect(read.map((n) => `${n.role}: ${n.name}`)).toEqual([]);
    await close();
  });

  it("browse mode does not read the axis tick by tick: the table of all events gives every date", async () => {
    for (const orientation of ["horizontal", "vertical"]) {
      const { page, close } = await openFixture(harness, `orientation=${orientation}`, 1280);
      // Each tick label's node in Chromium's accessibility tree: ignored, or read in browse mode.
      const cdp = await page.context().newCDPSession(page);
      const { root } = await cdp.send("DOM.getDocument", { depth: 0 });
      const { nodeIds } = await cdp.send("DOM.querySelectorAll", {
        nodeId: root.nodeId,
        selector: ".chronoline-axis .tick text",
      });
      expect(nodeIds.length, orientation).toBeGreaterThan(1);
      const read: string[] = [];
      for (const nodeId of nodeIds) {
        const { nodes } = await cdp.send("Accessibility.getPartialAXTree", { nodeId, fetchRelatives: false });
        for (const n of nodes) if (!n.ignored) read.push(String(n.name?.value ?? n.role?.value));
      }
      expect(read, orientation).toEqual([]);
      expect(await violations(page), orientation).toEqual([]);
      await close();
    }
  });

  it("in swimlanes each event's name says its lane (two-stories.html)", async () => {
    const { page, close } = await openIn(harness, "/examples/two-stories.html", 1280);
    const lanes = await page.$$eval(".chronoline-band-title", (t) => t.map((n) => n.textContent));
    expect(lanes).toEqual(["Multi-vector foreign policy", "Partnership with Singapore"]);
    // Walking with the arrows, a reader hears which story an event belongs to.
    const drawn = await page.locator(".chronoline-event").count();
    expect(drawn).toBeGreaterThan(10);
    const buttons = (await tree(page)).filter((n) => n.role === "button" && !n.ignored).map((n) => n.name);
    expect(buttons).toContain(
      "May 23–24, 2024: Tokayev's state visit to Singapore (Partnership with Singapore)",
    );
    const withLane = buttons.filter((name) =>
      /\((Multi-vector foreign policy|Partnership with Singapore)\)$/.test(name),
    );
    expect(withLane.length).toBe(drawn);
    await close();
  });

  it("<chrono-line title> names the timeline without a browser tooltip over all of it", async () => {
    const { page, close } = await openIn(harness, "/examples/element.html", 1280, {}, null);
    await page.waitForFunction(() =>
      document.querySelector("chrono-line")?.shadowRoot?.querySelector(".chronoline-event"),
    );
    // The browser's tooltip shows the title of the nearest element, in the flat tree, that has a
    // title attribute; an empty one means none (HTML's "advisory information").
    const advisory = await page.evaluate(() => {
      const host = document.querySelector("chrono-line")!;
      const nodes = [...host.shadowRoot!.querySelectorAll(".chronoline-event, .chronoline-zoom button")];
      const up = (e: Element): Element | null =>
        e.parentElement ?? ((e.getRootNode() as Partial<ShadowRoot>).host || null);
      return nodes.map((node) => {
        for (let e: Element | null = node; e; e = up(e))
          if (e.hasAttribute("title")) return e.getAttribute("title");
        return null;
      });
    });
    expect(advisory.length).toBeGreaterThan(3);
    expect(advisory.filter(Boolean)).toEqual([]);
    // It still names the timeline.
    const named = (await tree(page)).filter(
      (n) => n.role === "group" && n.name.startsWith("Kazakhstan–Singapore"),
    );
    expect(named.length).toBe(1);
    await close();
  });

  it("the table of all events lists every event in time order, also when zoomed in", async () => {
    const { page, close } = await openFixture(harness, "", 1280);
    await page.evaluate(() => (window as any).timeline.zoomTo("2019", "2020"));
    const rows = await page.$$eval(".chronoline-table tbody tr", (trs) =>
      trs.map((tr) => Array.from((tr as HTMLTableRowElement).cells, (c) => c.textContent)),
    );
    expect(rows).toHaveLength(15);
    expect(rows[0]![0]).toBe("March 30, 1993");
    expect(rows[14]![1]).toContain("Tokayev's state visit to Singapore");
    expect(await page.$eval(".chronoline-table caption", (c) => c.textContent)).toBe(
      "Test timeline: all events in time order",
    );
    // Hidden from sight but not from screen readers, and without invisible tab stops.
    const hidden = await page.$eval(".chronoline-list", (l) => {
      const r = l.getBoundingClientRect();
      return { width: r.width, links: l.querySelectorAll("a, button, [tabindex]").length };
    });
    expect(hidden).toEqual({ width: 1, links: 0 });
    await close();
  });
});
