// What a page must load for each library, minified and gzipped (level 9): deterministic, so it
// is measured once, not per run. chronoline's figure is its standalone UMD bundle, d3 included.
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { LIBRARIES } from "./libraries.mjs";

const gzip = (file) => gzipSync(readFileSync(file), { level: 9 }).length;

/** { name: { bytes, files: [{ file, bytes }] } } for every library; chronoline's from `bundle`. */
export function librarySizes(bundle) {
  return Object.fromEntries(
    LIBRARIES.map((library) => {
      const files = library.files.map((file) => ({
        file,
        bytes: gzip(library.name === "chronoline" ? bundle : file),
      }));
      return [library.name, { bytes: files.reduce((sum, f) => sum + f.bytes, 0), files }];
    }),
  );
}

const versionOf = (pkg) =>
  JSON.parse(readFileSync(pkg === "chronoline" ? "package.json" : `node_modules/${pkg}/package.json`, "utf8"))
    .version;

/** The version of each library measured, for the record. */
export const libraryVersions = () =>
  Object.fromEntries(LIBRARIES.map((library) => [library.name, versionOf(library.package)]));
