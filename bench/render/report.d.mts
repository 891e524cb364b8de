// Types for report.mjs, for the unit test that checks the benchmark's arithmetic.

/** One mount of one library in a fresh page (bench/render/session.mjs). */
export interface Run {
  mountMs?: number;
  /** The page's main-thread CPU time over the same first paint. */
  mountCpuMs?: number;
  loadMs?: number;
  waitedFrames?: number;
  dom?: number;
  heapBytes?: number;
  zoom?: { steps: number; frames: number[] } | null;
  pan?: { steps: number; frames: number[] } | null;
  timedOut?: string | null;
  errors: string[];
}

export interface Side {
  skipped?: boolean;
  runs: Run[];
}

export interface ReportContext {
  sizes: Record<string, { bytes: number; files: { file: string; bytes: number }[] }>;
  versions: Record<string, string>;
  timeoutS: number;
  /** `load`: the host's lowest and highest 1-minute load average during the run. */
  machine: {
    cpu: string;
    cores: number;
    node: string;
    chromium: string;
    date: string;
    load?: [number, number];
  };
  command: string;
  minutes: number;
}

export interface Check {
  text: string;
  value: string;
  met: boolean;
}

export declare function report(
  results: { n: number; libraries: Record<string, Side> }[],
  context: ReportContext,
): { markdown: string; summary: { targets: Check[] } & Record<string, unknown> };
