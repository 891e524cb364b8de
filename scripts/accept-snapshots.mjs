// Accepts changed SVG snapshots: moves each test/unit/__snapshots__/<name>-changed.svg over
// <name>.svg. Run it after looking at both pictures; then commit the snapshots.
import { readdirSync, renameSync } from "node:fs";
import { join } from "node:path";

const folder = new URL("../test/unit/__snapshots__/", import.meta.url).pathname;
const changed = readdirSync(folder).filter((file) => file.endsWith("-changed.svg"));
for (const file of changed) {
  const accepted = file.replace(/-changed\.svg$/, ".svg");
  renameSync(join(folder, file), join(folder, accepted));
  console.log(`accepted test/unit/__snapshots__/${accepted}`);
}
console.log(
  changed.length
    ? `${changed.length} snapshot(s) accepted; commit them.`
    : "No changed snapshots (run the tests first: npx vitest run test/unit/snapshots.test.ts).",
);
