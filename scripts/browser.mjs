// Finds and launches the system's Chromium for tests and screenshots. Never downloads a browser.
import { existsSync } from "node:fs";
import { chromium } from "playwright-core";

const CANDIDATES = [
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome",
  "/usr/bin/google-chrome-stable",
  "/snap/bin/chromium",
  "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
  "/Applications/Chromium.app/Contents/MacOS/Chromium",
];

export const HOW_TO_GET_CHROMIUM =
  "No Chromium found. Install one (Debian/Ubuntu: `sudo apt-get update && sudo apt-get install -y chromium`) " +
  "or point CHROME_PATH at a Chrome or Chromium executable. Browser tests never download a browser.";

/** The path of the browser to use: CHROME_PATH, else the usual install locations. */
export function findChromium() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv))
      throw new Error(`CHROME_PATH=${fromEnv} does not exist. ${HOW_TO_GET_CHROMIUM}`);
    return fromEnv;
  }
  const found = CANDIDATES.find((path) => existsSync(path));
  if (!found) throw new Error(HOW_TO_GET_CHROMIUM);
  return found;
}

/** Launches headless Chromium with flags that work as root and on a machine with no network. */
export function launchChromium() {
  return chromium.launch({
    executablePath: findChromium(),
    headless: true,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--no-first-run",
      "--disable-sync",
      "--font-render-hinting=none",
    ],
  });
}
