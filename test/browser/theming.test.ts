// Theming in real Chromium: the public --chronoline-* custom properties set on a parent element,
// on the container or on a <chrono-line> host reach the markers, labels, axis and details card,
// in every theme, and a themed font is the font that labels are measured with.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { labelBoxes, startHarness, type Harness } from "./harness.js";
import { openFixture } from "./interaction-helpers.js";

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness.close();
});

const THEMED = {
  "--chronoline-accent": "rgb(200, 0, 100)",
  "--chronoline-text": "rgb(10, 90, 20)",
  "--chronoline-muted": "rgb(120, 30, 160)",
  "--chronoline-axis": "rgb(0, 120, 130)",
  "--chronoline-surface": "rgb(250, 240, 200)",
  "--chronoline-font-family": '"Liberation Mono", monospace',
  "--chronoline-title-size": "15px",
};

/** Computed colours and fonts of the parts a reader sees; `root` is the document or a shadow root. */
function drawnStyles(page: Page, host: string | null) {
  return page.evaluate((host) => {
    const root: Document | ShadowRoot = host ? document.querySelector(host)!.shadowRoot! : document;
    const style = (selector: string) => getComputedStyle(root.querySelector(selector)!);
    const title = style(".chronoline-label-title");
    const card = root.querySelector<HTMLElement>(".chronoline-card");
    return {
      marker: style(".chronoline-marker").fill,
      title: title.fill,
      titleFont: title.fontFamily,
      titleSize: title.fontSize,
      date: style(".chronoline-label-date").fill,
      axisLine: style(".chronoline-axis .tick line").stroke,
      tick: style(".chronoline-axis .tick text").fill,
      tickFont: style(".chronoline-axis .tick text").fontFamily,
      card: card && !card.hidden ? getComputedStyle(card).backgroundColor : null,
      cardEdge: card && !card.hidden ? getComputedStyle(card).borderLeftColor : null,
      cardFont: card && !card.hidden ? getComputedStyle(card).fontFamily : null,
    };
  }, host);
}

const EXPECTED = {
  marker: "rgb(200, 0, 100)",
  title: "rgb(10, 90, 20)",
  titleFont: '"Liberation Mono", monospace',
  titleSize: "15px",
  date: "rgb(120, 30, 160)",
  axisLine: "rgb(0, 120, 130)",
  tick: "rgb(120, 30, 160)",
  tickFont: '"Liberation Mono", monospace',
  card: "rgb(250, 240, 200)",
  cardEdge: "rgb(200, 0, 100)",
  cardFont: '"Liberation Mono", monospace',
};

/**
 * Every drawn title fits inside the label box that layout made for it: the box is as wide as the
 * measured text, so a font measured differently from the one drawn shows here as overflow.
 */
function titleOverflow(page: Page, host: string | null) {
  return page.evaluate((host) => {
    const root: Document | ShadowRoot = host ? document.querySelector(host)!.shadowRoot! : document;
    let worst = -Infinity;
    for (const label of root.querySelectorAll(".chronoline-label")) {
      const box = label.closest(".chronoline-event")?.querySelector(".chronoline-label-box");
      const title = label.querySelector<SVGTextElement>(".chronoline-label-title");
      if (!box || !title) continue;
      const boxRight = box.getBoundingClientRect().right;
      worst = Math.max(worst, title.getBoundingClientRect().right - boxRight);
    }
    return worst;
  }, host);
}

describe("theming through --chronoline-* custom properties", () => {
  for (const theme of ["light", "dark", "auto"]) {
    it(`properties set on a parent of the container restyle markers, labels, axis and card (${theme})`, async () => {
      const { page, problems, close } = await openFixture(harness, `theme=${theme}&synthetic=12`, 1280, {
        reducedMotion: "reduce", // no transition: the labels are where layout put them
        colorScheme: "dark", // "auto" then draws the dark theme
      });
      await page.evaluate((props) => {
        // On <main>, two levels above the SVG: the theme's own values must not hide them.
        const main = document.querySelector<HTMLElement>("main")!;
        for (const [name, value] of Object.entries(props)) main.style.setProperty(name, value);
        (window as any).timeline.update({});
        (window as any).timeline.select("e6");
      }, THEMED);
      await expect.poll(() => drawnStyles(page, null)).toEqual(EXPECTED);
      // The wider monospaced font is the one layout measured: no title runs out of its box,
      // and no two labels overlap.
      expect(await titleOverflow(page, null)).toBeLessThan(1);
      const boxes = await labelBoxes(page);
      expect(boxes.length).toBeGreaterThan(3);
      for (const [i, a] of boxes.entries()) {
        for (const b of boxes.slice(i + 1)) {
          const apart =
            a.x + a.width <= b.x + 0.5 ||
            b.x + b.width <= a.x + 0.5 ||
            a.y + a.height <= b.y + 0.5 ||
            b.y + b.height <= a.y + 0.5;
          expect(apart, `${a.id} and ${b.id} overlap`).toBe(true);
        }
      }
      expect(problems).toEqual([]);
      await close();
    });
  }

  it("without any property the theme's defaults are drawn", async () => {
    const { page, close } = await openFixture(harness, "synthetic=12", 1280);
    const drawn = await drawnStyles(page, null);
    expect(drawn.marker).toBe("rgb(10, 92, 194)"); // #0a5cc2
    expect(drawn.title).toBe("rgb(31, 35, 40)"); // #1f2328
    expect(drawn.titleSize).toBe("13px");
    expect(drawn.titleFont).toMatch(/^"Helvetica Neue"/);
    await close();
  });

  it("font sizes are kept within what the label rows hold", async () => {
    const { page, close } = await openFixture(harness, "", 1280);
    await page.evaluate(() => {
      document.body.style.setProperty("--chronoline-title-size", "40px");
      document.body.style.setProperty("--chronoline-date-size", "2px");
    });
    await expect
      .poll(() =>
        page.evaluate(() => [
          getComputedStyle(document.querySelector(".chronoline-label-title")!).fontSize,
          getComputedStyle(document.querySelector(".chronoline-label-date")!).fontSize,
        ]),
      )
      .toEqual(["16px", "8px"]);
    await close();
  });

  it("properties set on a <chrono-line> host reach the SVG and card in its shadow root", async () => {
    const { page, problems, close } = await openFixture(harness, "", 1280);
    await page.evaluate(async (props) => {
      const events = Array.from({ length: 12 }, (_, i) => ({
        id: `e${i}`,
        date: String(1900 + i * 10),
        title: `Event number ${i}`,
      }));
      const element = document.createElement("chrono-line");
      element.id = "host";
      for (const [name, value] of Object.entries(props)) element.style.setProperty(name, value);
      const script = document.createElement("script");
      script.type = "application/json";
      script.textContent = JSON.stringify(events);
      element.append(script);
      const rendered = new Promise((resolve) => {
        element.addEventListener("chronoline-render", resolve);
      });
      document.querySelector("#timeline")!.replaceWith(element);
      await rendered;
      (element as any).timeline.select("e6");
    }, THEMED);
    await expect.poll(() => drawnStyles(page, "#host")).toEqual(EXPECTED);
    expect(await titleOverflow(page, "#host")).toBeLessThan(1);
    expect(problems).toEqual([]);
    await close();
  });
});
