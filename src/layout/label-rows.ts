import { type LabelBox, labelSpan, leaderFreeSpan, POLE } from "./label-box.js";
import { RowOccupancy } from "./occupancy.js";
import { LABEL } from "./typography.js";

/** A label with its row above the axis: 0 is the lowest. */
export interface RowedLabel extends LabelBox {
  row: number;
}

/** A packing of labels: each label's row (indexed like the labels), and the order they took. */
export interface Packing {
  rows: RowedLabel[];
  order: number[];
}

/**
 * Gives each label the lowest row where neither the label nor its leader meets anything placed.
 *
 * A leader rises from the axis to its label, crossing every row below. So when label P covers
 * the leader of label Q, P must sit above Q. Labels are taken in an order that respects this
 * (a topological order), so a leader is never blocked by a label placed before it. Where labels
 * cover each other's leaders in a cycle, they go in priority order.
 * `boxes` come in priority order; the result is indexed like `boxes`, or undefined as soon as
 * one label finds no row (callers want all of them seated or none).
 *
 * `previous`, the packing of the first boxes alone, saves searching: a small band packs its
 * shown labels afresh with each candidate label. While the labels come in the same order as
 * before, each lands where it was (the rows below hold the same labels, and the one more leader
 * still to come cannot change where a label hangs whole), so it is put back without a search. A
 * slid label is searched for again, since that leader may bound its slide; the putting back ends
 * where the order parts from the previous one or a label moved.
 */
export function assignRows(
  boxes: readonly LabelBox[],
  bounds: [number, number],
  maxRows: number,
  previous?: Packing,
): Packing | undefined {
  const order = topologicalOrder(coverGraph(boxes));
  // Rows are made as labels climb into them: most packings use a few of the `maxRows`.
  const rows: Row[] = [];
  const result = new Array<RowedLabel>(boxes.length);

  // Leaders of labels not placed yet: a slid label must leave room for them to rise past it.
  const pending = boxes.map((b) => b.x).sort((a, b) => a - b);
  let replaying = previous !== undefined;
  for (let i = 0; i < order.length; i++) {
    const k = order[i]!;
    const box = boxes[k]!;
    pending.splice(lowerBound(pending, box.x), 1);
    const before = replaying && previous!.order[i] === k ? previous!.rows[k] : undefined;
    let placed: RowedLabel | undefined;
    if (before && !before.slid) {
      placed = before;
      for (let r = rows.length; r <= placed.row; r++) rows.push(new Row());
      rows[placed.row]!.addLabel(placed);
      for (let r = 0; r < placed.row; r++) rows[r]!.addLeader(placed.x);
    } else {
      placed = placeInRows(box, rows, maxRows, bounds, pending);
      if (!placed) return undefined;
      replaying = before !== undefined && before.row === placed.row && before.left === placed.left;
    }
    result[k] = placed;
  }
  return { rows: result, order };
}

/**
 * One row of labels: the stretches its labels keep, and the x of the leaders that pass through
 * it on their way up. Leaders may run close beside each other; they must not cross a label.
 */
class Row {
  /** Each label's span, carrying the stretch that leaders must not cross. */
  private readonly labels = new RowOccupancy<[number, number]>();
  private readonly leaders: number[] = []; // sorted

  /** True when the label may go here: no label in its span and no leader through its text. */
  fitsLabel(box: LabelBox): boolean {
    const [lo, hi] = labelSpan(box);
    if (!this.labels.isFree(lo, hi)) return false;
    const [textLo, textHi] = leaderFreeSpan(box);
    const i = lowerBound(this.leaders, textLo - POLE);
    return i === this.leaders.length || this.leaders[i]! >= textHi + POLE;
  }

  /** True when a leader at x may pass through this row without crossing a label's text. */
  fitsLeader(x: number): boolean {
    return !this.labels.someOverlapping(x - POLE, x + POLE, ([lo, hi]) => x + POLE > lo && x - POLE < hi);
  }

  /**
   * The block slid sideways, as little as it can, into the free stretch around its leader in this
   * row: it must still span the leader (which then meets its edge), stay clear of the other
   * labels and leaders here, and stay within `bounds`. Undefined when the stretch is too short.
   */
  slide(box: LabelBox, [minX, maxX]: [number, number], pending: readonly number[]): LabelBox | undefined {
    const x = box.x;
    const gap = this.labels.gapAround(x);
    if (!gap) return undefined;
    // Leaders through this row, and leaders of labels still to come, bound the slide.
    const [leftLeader, rightLeader] = neighbours(this.leaders, x);
    const [leftPending, rightPending] = neighbours(pending, x);
    // A leader on its way up past this same spot would run through the slid text.
    if (Number.isNaN(leftLeader) || Number.isNaN(leftPending)) return undefined;
    const half = LABEL.gap / 2 + 0.01; // a hair more than half a gap, against rounding
    const lo = Math.max(minX, gap[0] + half, leftLeader + POLE + half, leftPending + POLE + half);
    const hi = Math.min(maxX, gap[1] - half, rightLeader - POLE - half, rightPending - POLE - half);
    const w = box.width;
    // The leader meets the block at least a leader's width in from either end.
    const minLeft = Math.max(lo, x + 2 * POLE - w);
    const maxLeft = Math.min(hi - w, x - 2 * POLE);
    if (minLeft > maxLeft) return undefined;
    const preferred = box.side === "right" ? x : x - w;
    const left = Math.min(maxLeft, Math.max(minLeft, preferred));
    return { ...box, left, slid: true };
  }

  addLabel(box: LabelBox): void {
    const [lo, hi] = labelSpan(box);
    this.labels.occupy(lo, hi, leaderFreeSpan(box));
  }

  addLeader(x: number): void {
    this.leaders.splice(lowerBound(this.leaders, x), 0, x);
  }
}

/**
 * The lowest row where the leader is clear and the label fits, hanging from its leader or, to
 * save a row, slid sideways along it; marks both as taken there.
 */
function placeInRows(
  box: LabelBox,
  rows: Row[],
  maxRows: number,
  bounds: [number, number],
  pending: readonly number[],
): RowedLabel | undefined {
  for (let row = 0; row < maxRows; row++) {
    // The leader must pass every row below; those under the last one were checked on the way
    // up, and a leader blocked here is blocked for every row above too.
    if (row > 0 && !rows[row - 1]!.fitsLeader(box.x)) break;
    if (row === rows.length) rows.push(new Row());
    const here = rows[row]!;
    const placed = here.fitsLabel(box) ? box : here.slide(box, bounds, pending);
    if (!placed) continue;
    here.addLabel(placed);
    for (let r = 0; r < row; r++) rows[r]!.addLeader(box.x);
    return { ...placed, row };
  }
  return undefined;
}

/**
 * For each label, the labels whose leaders it covers (they must be placed before it). Found by
 * binary search over the leaders sorted by x: O(n log n + edges).
 */
function coverGraph(boxes: readonly LabelBox[]): number[][] {
  const byX = boxes.map((_, k) => k).sort((a, b) => boxes[a]!.x - boxes[b]!.x);
  const xs = byX.map((k) => boxes[k]!.x);
  return boxes.map((box, k) => {
    const [lo, hi] = leaderFreeSpan(box);
    const covered: number[] = [];
    for (let i = lowerBound(xs, lo - POLE); i < xs.length && xs[i]! - POLE < hi; i++) {
      const other = byX[i]!;
      if (other !== k && xs[i]! + POLE > lo) covered.push(other);
    }
    return covered;
  });
}

/**
 * An order in which every label comes after the labels it must wait for. Labels that wait for
 * each other in a cycle form a strongly connected component (Tarjan's algorithm); Tarjan emits
 * components after every component they can reach, which is the order wanted here. Inside a
 * component, labels go in priority order. Iterative, so deep chains cannot overflow the stack.
 */
function topologicalOrder(mustWaitFor: number[][]): number[] {
  const n = mustWaitFor.length;
  // Plain arrays: this runs for every label tried on a small band, and a typed array's buffer
  // costs more to make and to collect than the few hundred slots it holds.
  const indexOf: number[] = new Array<number>(n).fill(-1);
  const low: number[] = new Array<number>(n).fill(0);
  const onStack: boolean[] = new Array<boolean>(n).fill(false);
  const stack: number[] = [];
  const order: number[] = [];
  let counter = 0;
  for (let root = 0; root < n; root++) {
    if (indexOf[root] !== -1) continue;
    const frames: [node: number, next: number][] = [[root, 0]];
    indexOf[root] = low[root] = counter++;
    stack.push(root);
    onStack[root] = true;
    while (frames.length) {
      const frame = frames[frames.length - 1]!;
      const [node, next] = frame;
      const edges = mustWaitFor[node]!;
      if (next < edges.length) {
        frame[1]++;
        const to = edges[next]!;
        if (indexOf[to] === -1) {
          indexOf[to] = low[to] = counter++;
          stack.push(to);
          onStack[to] = true;
          frames.push([to, 0]);
        } else if (onStack[to]) {
          low[node] = Math.min(low[node]!, indexOf[to]!);
        }
        continue;
      }
      frames.pop();
      const parent = frames[frames.length - 1];
      if (parent) low[parent[0]] = Math.min(low[parent[0]]!, low[node]!);
      if (low[node] === indexOf[node]) {
        const component: number[] = [];
        let member: number;
        do {
          member = stack.pop()!;
          onStack[member] = false;
          component.push(member);
        } while (member !== node);
        order.push(...component.sort((a, b) => a - b));
      }
    }
  }
  return order;
}

function lowerBound(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The nearest values left and right of x in a sorted list, beyond a leader's half-width; NaN
 * on the left when a value lies within that half-width of x (a leader on the same spot).
 */
function neighbours(sorted: readonly number[], x: number): [number, number] {
  const i = lowerBound(sorted, x - POLE);
  if (i < sorted.length && sorted[i]! <= x + POLE) return [NaN, NaN];
  return [i > 0 ? sorted[i - 1]! : -Infinity, i < sorted.length ? sorted[i]! : Infinity];
}
