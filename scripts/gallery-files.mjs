// What the gallery is made of: its pages, and every local file each page refers to (scripts,
// styles, images, data it fetches, links). Used by build-gallery.mjs to copy exactly what the
// pages need, and by the tests to check that a built site holds all of it.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, posix } from "node:path";
import { JSDOM } from "jsdom";

/** The gallery's pages, as paths relative to the repository root: examples/index.html, … */
export function galleryPages(root) {
  return readdirSync(join(root, "examples"))
    .filter((file) => file.endsWith(".html"))
    .sort()
    .map((file) => `examples/${file}`);
}

/**
 * The local files a page refers to, as paths relative to the site root (the repository root,
 * or a built site), with no query or fragment. A reference to a folder ("./", "../api/") stands
 * for its index.html. External URLs (http:, mailto:, …) are left out.
 */
export function localReferences(html, pagePath) {
  const { document } = new JSDOM(html).window;
  const urls = [...document.querySelectorAll("[src], [href]")].map(
    (element) => element.getAttribute("src") ?? element.getAttribute("href"),
  );
  // Data the page's own scripts fetch: fetch("data/events.json").
  for (const script of document.querySelectorAll("script:not([src])")) {
    for (const match of script.textContent.matchAll(/fetch\(\s*(["'`])([^"'`$]+)\1/g)) urls.push(match[2]);
  }
  const paths = new Set();
  for (const url of urls) {
    const path = resolveLocal(url, pagePath);
    if (path !== undefined) paths.add(path);
  }
  return [...paths].sort();
}

/** The source map a script names in its last line (`//# sourceMappingURL=…`), if any. */
export function sourceMapOf(root, scriptPath) {
  const text = readFileSync(join(root, scriptPath), "utf8");
  const match = /\/\/# sourceMappingURL=(\S+)\s*$/.exec(text);
  if (!match || match[1].startsWith("data:")) return undefined;
  const path = resolveLocal(match[1], scriptPath);
  return path !== undefined && existsSync(join(root, path)) ? path : undefined;
}

function resolveLocal(url, fromPath) {
  if (url === null || url === "" || url.startsWith("#") || /^[a-z][a-z0-9+.-]*:/i.test(url)) return undefined;
  const bare = url.replace(/[?#].*$/, "");
  const joined = posix.normalize(posix.join(posix.dirname(fromPath), bare));
  if (joined.startsWith("..")) throw new Error(`${fromPath}: "${url}" points outside the site`);
  return bare.endsWith("/") || bare === "." || bare === "" ? posix.join(joined, "index.html") : joined;
}
