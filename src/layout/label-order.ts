import { POLE } from "./label-box.js";
import { lowerBound } from "../data/sorted.js";

// The order in which a packing of labels (label-rows.ts) takes them. A leader rises from the
// axis to its label through every row below it, so a label that covers another's leader must
// sit above it and is placed after it; labels that cover each other's leaders go in priority
// order.

/**
 * Positions 0..n-1 of the labels in an order where each comes after every label whose leader it
 * covers. `byX` and `xs` are the positions and their leaders' x sorted by x; `freeLo`/`freeHi`,
 * by position, the stretch of each label that no leader may cross. The result is reused
 * scratch, valid until the next call (layout runs one at a time).
 */
export function placementOrder(
  n: number,
  byX: Int32Array,
  xs: Float64Array,
  freeLo: Float64Array,
  freeHi: Float64Array,
): Int32Array {
  ensureScratch(n);
  coverGraph(n, byX, xs, freeLo, freeHi);
  topologicalOrder(n);
  return scOrder;
}

/** Sorts values[start..end) ascending in place: components are a few labels. */
function sortRange(values: Int32Array, start: number, end: number): void {
  for (let i = start + 1; i < end; i++) {
    const v = values[i]!;
    let j = i;
    while (j > start && values[j - 1]! > v) {
      values[j] = values[j - 1]!;
      j--;
    }
    values[j] = v;
  }
}

/**
 * For each label, the labels whose leaders it covers (they must be placed before it), in order
 * of x: `edges[edgeStart[k]..edgeStart[k + 1])`. Found by binary search over the leaders sorted
 * by x: O(n log n + edges).
 */
function coverGraph(
  n: number,
  byX: Int32Array,
  xs: Float64Array,
  freeLo: Float64Array,
  freeHi: Float64Array,
): void {
  let e = 0;
  for (let k = 0; k < n; k++) {
    scEdgeStart[k] = e;
    const lo = freeLo[k]!;
    const hi = freeHi[k]!;
    for (let i = lowerBound(xs, n, lo - POLE); i < n && xs[i]! - POLE < hi; i++) {
      const other = byX[i]!;
      if (other === k || !(xs[i]! + POLE > lo)) continue;
      if (e === scEdges.length) scEdges = grownInt(scEdges);
      scEdges[e++] = other;
    }
  }
  scEdgeStart[n] = e;
}

/**
 * An order in which every label comes after the labels it must wait for, into `scOrder`. Labels
 * that wait for each other in a cycle form a strongly connected component (Tarjan's algorithm);
 * Tarjan emits components after every component they can reach, which is the order wanted here.
 * Inside a component, labels go in priority order. Iterative, so deep chains cannot overflow
 * the stack.
 */
function topologicalOrder(n: number): void {
  const indexOf = scIndexOf;
  const low = scLow;
  const onStack = scOnStack;
  const stack = scStack;
  const frameNode = scFrameNode;
  const frameNext = scFrameNext;
  const edgeStart = scEdgeStart;
  const edges = scEdges;
  const order = scOrder;
  indexOf.fill(-1, 0, n);
  onStack.fill(0, 0, n);
  let counter = 0;
  let depth = 0; // of the component stack
  let emitted = 0;
  for (let root = 0; root < n; root++) {
    if (indexOf[root] !== -1) continue;
    let frames = 1;
    frameNode[0] = root;
    frameNext[0] = edgeStart[root]!;
    indexOf[root] = low[root] = counter++;
    stack[depth++] = root;
    onStack[root] = 1;
    while (frames > 0) {
      const node = frameNode[frames - 1]!;
      const next = frameNext[frames - 1]!;
      if (next < edgeStart[node + 1]!) {
        frameNext[frames - 1] = next + 1;
        const to = edges[next]!;
        if (indexOf[to] === -1) {
          indexOf[to] = low[to] = counter++;
          stack[depth++] = to;
          onStack[to] = 1;
          frameNode[frames] = to;
          frameNext[frames] = edgeStart[to]!;
          frames++;
        } else if (onStack[to]) {
          low[node] = Math.min(low[node]!, indexOf[to]!);
        }
        continue;
      }
      frames--;
      if (frames > 0) {
        const parent = frameNode[frames - 1]!;
        low[parent] = Math.min(low[parent]!, low[node]!);
      }
      if (low[node] === indexOf[node]) {
        const first = emitted;
        let member: number;
        do {
          member = stack[--depth]!;
          onStack[member] = 0;
          order[emitted++] = member;
        } while (member !== node);
        sortRange(order, first, emitted);
      }
    }
  }
}

// Reused working space: the cover graph (edges by label) and Tarjan's bookkeeping.
let scEdgeStart: Int32Array = new Int32Array(0);
let scEdges: Int32Array = new Int32Array(256);
let scOrder = scEdgeStart;
let scIndexOf = scEdgeStart;
let scLow = scEdgeStart;
let scStack = scEdgeStart;
let scFrameNode = scEdgeStart;
let scFrameNext = scEdgeStart;
let scOnStack: Uint8Array = new Uint8Array(0);

function ensureScratch(n: number): void {
  if (scOrder.length >= n) return;
  const size = Math.max(64, n, 2 * scOrder.length);
  const ints = (): Int32Array => new Int32Array(size);
  scOrder = ints();
  scIndexOf = ints();
  scLow = ints();
  scStack = ints();
  scFrameNode = ints();
  scFrameNext = ints();
  scEdgeStart = new Int32Array(size + 1);
  scOnStack = new Uint8Array(size);
}

function grownInt(values: Int32Array): Int32Array {
  const bigger = new Int32Array(2 * values.length);
  bigger.set(values);
  return bigger;
}
