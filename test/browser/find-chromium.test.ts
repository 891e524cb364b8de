import { afterEach, describe, expect, it } from "vitest";
import { findChromium } from "../../scripts/browser.mjs";

const saved = process.env.CHROME_PATH;
afterEach(() => {
  if (saved === undefined) delete process.env.CHROME_PATH;
  else process.env.CHROME_PATH = saved;
});

describe("findChromium", () => {
  it("fails with instructions to install Chromium when CHROME_PATH points nowhere, never downloading one", () => {
    process.env.CHROME_PATH = "/nonexistent/chromium";
    expect(() => findChromium()).toThrow(/apt-get install -y chromium/);
  });

  it("uses CHROME_PATH when it exists", () => {
    process.env.CHROME_PATH = process.execPath; // any existing file stands in for a browser
    expect(findChromium()).toBe(process.execPath);
  });
});
