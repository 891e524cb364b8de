#!/usr/bin/env node
// Writes the gallery as a static site, deployable as it is:
//   node scripts/build-gallery.mjs [folder]     (default: site/)
// The folder holds examples/ whole; only those files from outside it that the pages refer to
// (the built bundle, React's and Vue's browser builds and licences from node_modules, the card
// pictures in docs/); a redirect from its root to the gallery; .nojekyll, so that GitHub Pages
// keeps node_modules/; and the API reference, made by typedoc, in api/. The pages' links are
// relative and stay as they are, so the folder works from any path on any static host.
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { galleryPages, localReferences, sourceMapOf } from "./gallery-files.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const out = resolve(process.argv[2] ?? join(root, "site"));
if (out === root || root.startsWith(`${out}/`)) throw new Error(`refusing to replace ${out}`);

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
cpSync(join(root, "examples"), join(out, "examples"), { recursive: true });

// What the pages need from outside examples/; the API reference is made below.
const needed = new Set();
for (const page of galleryPages(root)) {
  const html = readFileSync(join(root, page), "utf8");
  for (const path of localReferences(html, page)) {
    if (path.startsWith("examples/") || path.startsWith("api/")) continue;
    if (!existsSync(join(root, path))) throw new Error(`${page} refers to ${path}, which does not exist`);
    needed.add(path);
    const map = path.endsWith(".js") ? sourceMapOf(root, path) : undefined;
    if (map) needed.add(map);
  }
}
// A package's browser build travels with its licence.
for (const path of [...needed]) {
  const pkg = /^node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(path)?.[1];
  if (pkg && existsSync(join(root, "node_modules", pkg, "LICENSE")))
    needed.add(`node_modules/${pkg}/LICENSE`);
}
for (const path of [...needed].sort()) {
  mkdirSync(dirname(join(out, path)), { recursive: true });
  cpSync(join(root, path), join(out, path));
}

writeFileSync(
  join(out, "index.html"),
  '<!doctype html><meta charset="utf-8"><title>chronoline</title>' +
    '<meta http-equiv="refresh" content="0; url=examples/"><a href="examples/">chronoline gallery</a>\n',
);
// GitHub Pages runs Jekyll unless told not to, and Jekyll leaves node_modules/ out.
writeFileSync(join(out, ".nojekyll"), "");
execFileSync(process.execPath, [join(root, "node_modules/typedoc/bin/typedoc"), "--out", join(out, "api")], {
  cwd: root,
  stdio: ["ignore", "ignore", "inherit"],
});
console.log(`gallery written to ${out}/: examples/, api/ and ${needed.size} files from outside examples/`);
console.log("Serve the folder with any static server, e.g. npx sirv-cli site");
