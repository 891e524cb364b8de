import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Harness, openPage, startHarness } from "./harness.js";

let harness: Harness | undefined;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

describe("the gallery index", () => {
  it("loads without errors, and every card and link leads to a page that exists", async () => {
    const { page, problems } = await openPage(harness!, "/examples/", 1280);
    const cards = await page.$$eval("a.card", (links) => links.map((a) => (a as HTMLAnchorElement).href));
    expect(cards.length).toBeGreaterThan(0);
    // The cards' images load lazily: each is asked for now and waited for, so that the widths
    // say whether the file is there, not whether it had loaded yet (a busy machine).
    const images = await page.$$eval(".card img", (imgs) =>
      Promise.all(
        imgs.map((img) => {
          const image = img as HTMLImageElement;
          image.loading = "eager";
          return image.decode().then(
            () => ({ src: image.src, width: image.naturalWidth }),
            () => ({ src: image.src, width: 0 }),
          );
        }),
      ),
    );
    expect(images.filter((image) => image.width === 0)).toEqual([]);
    const links = await page.$$eval("a[href]", (links) => links.map((a) => (a as HTMLAnchorElement).href));
    for (const href of links) {
      const response = await page.request.get(href);
      expect(response.status(), href).toBe(200);
    }
    expect(problems).toEqual([]);
    await page.close();
  });

  it("links to the API reference generated from the source", async () => {
    const { page } = await openPage(harness!, "/examples/", 1280);
    await page.click("text=API reference");
    await page.waitForLoadState();
    expect(await page.title()).toMatch(/chronoline API/);
    expect(await page.locator("text=createTimeline").count()).toBeGreaterThan(0);
    await page.close();
  });
});
