// The benchmark's report (npm run bench) decides which of issue 7's targets are met: its medians,
// ratios and limits are checked here on made-up runs, so that a slip cannot show a target as met.
import { describe, expect, it } from "vitest";
import { report, type ReportContext, type Run } from "../../bench/render/report.mjs";

const context: ReportContext = {
  sizes: {
    chronoline: { bytes: 40 * 1024, files: [{ file: "dist/chronoline.umd.min.js", bytes: 40 * 1024 }] },
    peer: { bytes: 20 * 1024, files: [{ file: "node_modules/peer/peer.min.js", bytes: 20 * 1024 }] },
  },
  versions: { chronoline: "0.1.0", peer: "1.0.0" },
  timeoutS: 60,
  machine: { cpu: "test", cores: 2, node: "v20", chromium: "156", date: "2026-11-23T00:00:00Z" },
  command: "npm run bench",
  minutes: 1,
};

/** A finished run: mount, its main-thread CPU and load times, then 30 frames of zoom and of pan. */
const run = (mountMs: number, frameMs = 16.7, loadMs = 40, mountCpuMs = mountMs / 2): Run => ({
  mountMs,
  mountCpuMs,
  loadMs,
  waitedFrames: 0,
  dom: 500,
  heapBytes: 10 * 2 ** 20,
  zoom: { steps: 30, frames: Array<number>(30).fill(frameMs) },
  pan: { steps: 30, frames: Array<number>(30).fill(frameMs) },
  timedOut: null,
  errors: [],
});

const target = (checks: { text: string; value: string; met: boolean }[], text: string) => {
  const found = checks.find((c) => c.text === text);
  if (!found) throw new Error(`no target "${text}" in ${checks.map((c) => c.text).join("; ")}`);
  return found;
};

describe("bench report", () => {
  it("takes the median of the runs and judges first paint against the limit", () => {
    const { summary, markdown } = report(
      [
        {
          n: 1_000,
          libraries: {
            chronoline: { runs: [run(40), run(90), run(45)] },
            peer: { runs: [run(500), run(600), run(400)] },
          },
        },
      ],
      context,
    );
    // Median of 40, 45, 90 is 45: within 50 ms, though one run was not.
    expect(target(summary.targets, "first paint ≤ 50 ms at 1,000 events")).toMatchObject({
      value: "45.0 ms",
      met: true,
    });
    expect(markdown).toContain("| 1,000 | peer | 500 ms | 0.090× |");
  });

  it("divides by the fastest peer, so one slow peer cannot make the ratio look good", () => {
    const { summary } = report(
      [
        {
          n: 10_000,
          libraries: {
            chronoline: { runs: [run(100)] },
            fast: { runs: [run(400)] },
            slow: { runs: [run(20_000)] },
          },
        },
      ],
      context,
    );
    expect(target(summary.targets, "first paint ÷ fastest peer ≤ 0.1 at 10,000 events")).toMatchObject({
      value: "0.250×",
      met: false,
    });
  });

  it("bounds the ratio by the time limit when every peer ran out of time", () => {
    const { summary, markdown } = report(
      [
        {
          n: 100_000,
          libraries: {
            chronoline: { runs: [run(450)] },
            peer: { runs: [{ ...run(0), mountMs: undefined, timedOut: "mount" }] },
          },
        },
      ],
      context,
    );
    expect(markdown).toContain("| 100,000 | peer | > 60 s | < 0.0075× |");
    expect(target(summary.targets, "first paint ÷ fastest peer ≤ 0.1 at 100,000 events").met).toBe(true);
    expect(target(summary.targets, "first paint ≤ 1 s at 100,000 events").met).toBe(true);
  });

  it("takes frame p95 over every run's frames and allows only rAF jitter over 16.7 ms", () => {
    const jittery = run(100, 16.75);
    const late = run(100);
    // 4 of the 60 frames at 50 ms: the 95th percentile (the 57th frame of 60) is one of them.
    late.zoom!.frames.splice(0, 4, 50, 50, 50, 50);
    const { summary } = report(
      [{ n: 10_000, libraries: { chronoline: { runs: [jittery, late] }, peer: { runs: [run(1000)] } } }],
      context,
    );
    expect(target(summary.targets, "pan frame p95 ≤ 16.7 ms at 10,000 events").met).toBe(true);
    expect(target(summary.targets, "zoom frame p95 ≤ 16.7 ms at 10,000 events")).toMatchObject({
      value: "50.0 ms",
      met: false,
    });
  });

  it("shows the median main-thread CPU of the first paints beside their wall time", () => {
    const { markdown } = report(
      [
        {
          n: 1_000,
          libraries: {
            chronoline: { runs: [run(100, 16.7, 40, 41), run(120, 16.7, 40, 90), run(110, 16.7, 40, 52)] },
            // A run recorded before the figure existed shows none rather than a zero.
            peer: { runs: [{ ...run(300), mountCpuMs: undefined }] },
          },
        },
      ],
      context,
    );
    // Medians: first paint of 100, 110, 120; CPU of 41, 52, 90.
    expect(markdown).toContain("| 1,000 | chronoline | 110 ms |  | 52.0 ms | 40.0 ms |");
    expect(markdown).toContain("| 1,000 | peer | 300 ms | 0.367× | – | 40.0 ms |");
    expect(markdown).toContain("Main-thread CPU: the page's main thread's CPU time over that first paint");
  });

  it("shows each library's script load, how busy the host was, and judges the bundle by its gzip size", () => {
    const { summary, markdown } = report(
      [
        {
          n: 100,
          libraries: { chronoline: { runs: [run(30, 16.7, 44)] }, peer: { runs: [run(60, 16.7, 265)] } },
        },
      ],
      context,
    );
    expect(markdown).toContain("| 100 | chronoline | 30.0 ms |  | 15.0 ms | 44.0 ms |");
    expect(markdown).toContain("| 100 | peer | 60.0 ms | 0.500× | 30.0 ms | 265 ms |");
    expect(target(summary.targets, "UMD bundle ≤ 35 KB min+gzip")).toMatchObject({
      value: "40.0 KB",
      met: false,
    });
    // How busy the host was goes with the figures, when the run recorded it.
    expect(markdown).toContain("test (2 cores), Chromium");
    const busy = report([{ n: 100, libraries: { chronoline: { runs: [run(30)] } } }], {
      ...context,
      machine: { ...context.machine, load: [1.2, 3.4] },
    });
    expect(busy.markdown).toContain(
      "test (2 cores, load average 1.2–3.4 during the run, its own browser included)",
    );
  });
});
