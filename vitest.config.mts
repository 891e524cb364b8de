import { defineConfig } from "vitest/config";

// Two kinds of tests, one command (`npm test`):
//   unit         pure stages and the DOM renderer in jsdom; fast, no build needed
//   types        type tests (*.test-d.ts): good options compile, wrong ones do not
//   integration  the built bundle in real Chromium, and the packed npm tarball; run after build
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          include: ["test/unit/**/*.test.ts"],
          environment: "jsdom",
          env: { TZ: "America/New_York" }, // a zone far from UTC catches local-time slips
        },
      },
      {
        test: {
          name: "types",
          include: [],
          typecheck: {
            enabled: true,
            only: true,
            include: ["test/types/**/*.test-d.ts"],
            tsconfig: "./tsconfig.json",
          },
        },
      },
      {
        test: {
          name: "integration",
          include: ["test/browser/**/*.test.ts", "test/package/**/*.test.ts"],
          environment: "node",
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
