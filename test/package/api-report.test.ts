// The public API is what dist/chronoline.d.mts declares. Its reviewed record is
// etc/chronoline.api.d.ts: any change to exported names or types fails here until someone
// looks at the difference and accepts it with `npm run api:accept`.
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const built = new URL("../../dist/chronoline.d.mts", import.meta.url);
const record = new URL("../../etc/chronoline.api.d.ts", import.meta.url);
const changed = new URL("../../etc/chronoline.api.changed.d.ts", import.meta.url);

describe("the public API", () => {
  it("matches the reviewed record in etc/chronoline.api.d.ts", () => {
    expect(existsSync(built), "dist/chronoline.d.mts is missing: run npm run build").toBe(true);
    const current = readFileSync(built, "utf8");
    const accepted = readFileSync(record, "utf8");
    if (current !== accepted) writeFileSync(changed, current);
    else rmSync(changed, { force: true });
    expect(
      current === accepted,
      "The public API changed. Compare etc/chronoline.api.changed.d.ts with etc/chronoline.api.d.ts; " +
        "if the change is intended, run `npm run api:accept` and commit the record.",
    ).toBe(true);
  });
});
