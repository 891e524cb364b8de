// The libraries the render benchmark compares, and the files a page must load for each: the same
// list serves the benchmark page (which loads them) and the size report (which weighs them).
// Paths are relative to the repository root, which the benchmark server serves.

/** @typedef {{ name: string, label: string, package: string, files: string[], note?: string }} Library */

/** @type {Library[]} */
export const LIBRARIES = [
  {
    name: "chronoline",
    label: "chronoline",
    package: "chronoline",
    files: ["dist/chronoline.umd.min.js"],
  },
  {
    name: "vis-timeline",
    label: "vis-timeline",
    package: "vis-timeline",
    files: [
      "node_modules/vis-timeline/standalone/umd/vis-timeline-graph2d.min.js",
      "node_modules/vis-timeline/styles/vis-timeline-graph2d.min.css",
    ],
  },
  {
    name: "d3-milestones",
    label: "d3-milestones",
    package: "d3-milestones",
    files: [
      "node_modules/d3-milestones/build/d3-milestones.min.js",
      "node_modules/d3-milestones/build/d3-milestones.css",
    ],
  },
  {
    name: "timelines-chart",
    label: "timelines-chart",
    package: "timelines-chart",
    files: ["node_modules/timelines-chart/dist/timelines-chart.min.js"],
    note: "draws bars and no labels",
  },
  {
    name: "timelinejs",
    label: "TimelineJS",
    package: "@knight-lab/timelinejs",
    files: [
      "node_modules/@knight-lab/timelinejs/dist/js/timeline.js",
      "node_modules/@knight-lab/timelinejs/dist/css/timeline.css",
    ],
  },
];

/** When profiling, chronoline's unminified bundle, so that the profile names functions. */
export const READABLE_CHRONOLINE = "dist/chronoline.umd.js";

/** Where the benchmark copies chronoline's bundle at the start of a run; the page loads it. */
export const SNAPSHOT = "build/bench/render/chronoline.js";
