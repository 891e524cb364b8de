#!/usr/bin/env node
// Accepts the current public API: copies the built declaration file to etc/chronoline.api.d.ts,
// the reviewed record of every exported name and type. Run after `npm run build`, then commit.
import { copyFileSync, rmSync } from "node:fs";

copyFileSync("dist/chronoline.d.mts", "etc/chronoline.api.d.ts");
rmSync("etc/chronoline.api.changed.d.ts", { force: true });
console.log("etc/chronoline.api.d.ts now records the public API; review its diff and commit it.");
