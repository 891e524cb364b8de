import { STRIP } from "./candidates.js";
import { type LabelBox, labelSpan, leaderFreeSpan, POLE } from "./label-box.js";
import { assignRows, type RowedLabel } from "./label-rows.js";
import type { Measure } from "./measure.js";
import { isLegible, truncateText } from "./truncate.js";
import { DATE_FONT, LABEL, TEXT_FONT, TITLE_FONT } from "./typography.js";
import { wrapText } from "./wrap.js";

/** Where a label went: a row on its side of the axis (0 is nearest) and a side of its leader. */
export interface PlacedLabel {
  row: number;
  side: "right" | "left";
  /** Left edge of the label block. */
  left: number;
  width: number;
  /** The title as shown: cut with an ellipsis when it did not fit. */
  title: string;
  /** The date line as shown. */
  date: string;
  /** Lines of the event's text under the title; empty unless `annotations: "full"`. */
  textLines: string[];
  /** True when the block slid sideways off its leader, which then meets its edge. */
  slid?: boolean;
}

/** What placement needs to know of the candidates of one band. */
export interface BandLabelInput {
  /** Event indexes of the candidates, in priority order (see `byPriority`). */
  order: ArrayLike<number>;
  /** x of each event's leader, by event index. */
  xs: ArrayLike<number>;
  /** Per candidate, by event index: 1 when a tie between the two sides sends it below. */
  turnBelow: (index: number) => boolean;
  title: (index: number) => string;
  date: (index: number) => string;
  /** The event's text, when labels show it (`annotations: "full"`). */
  text: (index: number) => string | undefined;
  bounds: [number, number];
  maxRows: number;
  maxLabelWidth: number;
  measure: Measure;
}

/** The labels of one band, by event index, and the rows used on each side of the axis. */
export interface BandLabels {
  placed: Map<number, PlacedLabel>;
  /** 1 where the event's label is below the axis, by position in `order`. */
  below: Map<number, boolean>;
  rows: { above: number; below: number };
}

/**
 * Places the labels of one band as flags in rows above and below the axis: the leader rises
 * from the event and the text hangs to its right (to its left near the right edge).
 *
 * Candidates are taken once each, in priority order (higher importance, then earlier date, then
 * input order), and each one's fate is decided against the labels already shown, which all have
 * higher priority. It is shown when the shown labels and it can still be stacked in `maxRows`
 * rows, each label above every label whose leader it covers, trying in turn:
 * 1. whole, on the side of the axis that fewer shown labels crowd, then on the other: hung on its
 *    preferred side, else turned to the other; in a band of few candidates (`EXACT_UP_TO`), where
 *    it faces shown labels (each covering the other's leader), those may turn to hang the same
 *    way as it, keeping their titles whole, so that the stretch stacks as a staircase;
 * 2. only then cut short of the nearest shown leader it would cover, on either side.
 * A label that is not shown changes nothing, so candidates that cannot win can be left out
 * without changing the result. Once a label fails in a strip of `STRIP` px on one side, no later
 * (less important) label there that is as wide is tried on that side: what is more important
 * wins the space.
 *
 * Then the shown labels of each side get their rows, sliding sideways to save rows where they
 * can (label-rows.ts). O(n log n) for n candidates; each label is checked against its
 * neighbours only.
 */
export function placeBandLabels(input: BandLabelInput): BandLabels {
  const { order, xs, bounds, maxRows, maxLabelWidth, measure } = input;
  const maxX = bounds[1];
  const exact = order.length <= EXACT_UP_TO;
  const sides = [new Side(maxRows, exact, bounds), new Side(maxRows, exact, bounds)]; // above, below
  const stripCount = Math.max(1, Math.ceil((maxX + 1) / STRIP) + 1);
  // Per side and strip: the narrowest label that failed there (see above).
  const closed = [new Float64Array(stripCount).fill(Infinity), new Float64Array(stripCount).fill(Infinity)];
  const below = new Map<number, boolean>();

  for (let r = 0; r < order.length; r++) {
    const index = order[r]!;
    const x = xs[index]!;
    const strip = Math.min(stripCount - 1, Math.max(0, Math.floor(x / STRIP)));
    const title = input.title(index);
    const titleWidth = measure(title, TITLE_FONT);
    const size = Math.min(maxLabelWidth, LABEL.indent + titleWidth);
    const open0 = size < closed[0]![strip]!;
    const open1 = size < closed[1]![strip]!;
    if (!open0 && !open1) continue;

    // The side that fewer shown labels crowd over the title's stretch; on a tie, alternate.
    const load0 = sides[0]!.load(x, x + titleWidth);
    const load1 = sides[1]!.load(x, x + titleWidth);
    const first = load0 === load1 ? (input.turnBelow(index) ? 1 : 0) : load0 > load1 ? 1 : 0;
    const request = { x, title, titleWidth, date: input.date(index), text: input.text(index) };
    const hangings = hangingsOf(request, index, bounds, maxLabelWidth, measure);
    // A title that is legible in no hanging closes nothing.
    if (hangings.boxes.length === 0) continue;
    const open = [open0, open1];
    const tries = [first, 1 - first].filter((s) => open[s]);
    const failed: number[] = [];
    const shows = (s: number, boxes: readonly LabelBox[], turning = false): boolean => {
      if (sides[s]!.insertAny(boxes, r, titleWidth, turning)) return true;
      if (!failed.includes(s)) failed.push(s);
      return false;
    };
    // Whole, the less crowded side first (1 above); cut only as the last resort (2).
    let shownOn = tries.find((s) => shows(s, hangings.boxes, true));
    shownOn ??= tries.find((s) => shows(s, cutHangings(sides[s]!, request, hangings)));
    if (shownOn !== undefined) below.set(index, shownOn === 1);
    // A side where it found no room is closed to later labels of its strip as wide.
    for (const s of failed) if (s !== shownOn) closed[s]![strip] = Math.min(closed[s]![strip]!, size);
  }

  const placed = new Map<number, PlacedLabel>();
  const rows = { above: 0, below: 0 };
  sides.forEach((side, s) => {
    const rowed = side.rows();
    const used = [...new Set(rowed.map((p) => p.row))].sort((a, b) => a - b);
    const newRow = new Map(used.map((row, k) => [row, k]));
    for (const p of rowed) {
      const { row, side: hanging, left, width, title, date, textLines, slid } = p;
      placed.set(p.index, {
        row: newRow.get(row)!,
        side: hanging,
        left,
        width,
        title,
        date,
        textLines,
        slid,
      });
    }
    rows[s === 0 ? "above" : "below"] = used.length;
  });
  return { placed, below, rows };
}

interface Request {
  x: number;
  title: string;
  titleWidth: number;
  date: string;
  text: string | undefined;
}

/** A label's legible hangings, whole where there is room: preferred first, then turned. */
interface Hangings {
  boxes: LabelBox[];
  bounds: [number, number];
  /** The label hung on one side within narrower bounds, its title cut to the room there. */
  make: (hanging: "right" | "left", within: [number, number]) => LabelBox;
}

function hangingsOf(
  request: Request,
  index: number,
  bounds: [number, number],
  maxLabelWidth: number,
  measure: Measure,
): Hangings {
  const [minX, maxX] = bounds;
  const dateWidth = measure(request.date, DATE_FONT);
  const make = (hanging: "right" | "left", within: [number, number] = bounds): LabelBox =>
    labelBox(request, index, hanging, within, maxLabelWidth, measure, dateWidth);
  const preferred = make(preferredSide(request, dateWidth, bounds, maxLabelWidth));
  const turned = make(preferred.side === "right" ? "left" : "right");
  // Turn only when the label keeps most of its title on the other side.
  const mayTurn =
    turned.title !== "" &&
    turned.title.length >= Math.min(preferred.title.length || Infinity, 16) &&
    turned.left >= minX &&
    turned.left + turned.width <= maxX;
  const boxes = [preferred, ...(mayTurn ? [turned] : [])].filter((box) => box.title !== "");
  return { boxes, bounds, make };
}

/**
 * The hangings cut short of the nearest shown leader they would cover on one side of the axis,
 * so as to stack under no label there; only those that are legible and narrower than whole.
 */
function cutHangings(side: Side, request: Request, { boxes, bounds, make }: Hangings): LabelBox[] {
  const [minX, maxX] = bounds;
  const cuts: LabelBox[] = [];
  for (const box of boxes) {
    const limit = side.nearestLeader(request.x, box.side);
    if (limit === undefined) continue;
    const within: [number, number] =
      box.side === "right"
        ? [minX, Math.min(maxX, limit - POLE - LABEL.gap / 2)]
        : [Math.max(minX, limit + POLE + LABEL.gap / 2), maxX];
    if (within[1] <= within[0]) continue;
    const cut = make(box.side, within);
    if (cut.title !== "" && cut.width < box.width) cuts.push(cut);
  }
  return cuts;
}

/**
 * Up to this many candidates in a band, each label is tried by packing the rows afresh (with
 * sliding, which saves rows), and shown labels may turn to make room; beyond, by the stacking
 * of flags, which takes a few neighbours. A fixed bound, so the packing's cost stays constant.
 */
const EXACT_UP_TO = 300;

/** A shown label on one side, with the row it needs in the stacking so far. */
interface Shown {
  box: LabelBox;
  /** The stretch its title claims, [x, x + title width), for choosing sides. */
  claim: number;
  /** Priority rank: labels are shown in rank order. */
  rank: number;
  row: number;
  /** Row while an insertion is being tried; `trial` says which insertion. */
  tentative: number;
  trial: number;
  /** Equal to the insertion being tried when this label must stay under the new one. */
  under: number;
  /** The label's span and the stretch no other leader may cross. */
  lo: number;
  hi: number;
  freeLo: number;
  freeHi: number;
}

/**
 * The labels shown on one side of the axis, sorted by leader x, stacked as low as they can be
 * while each sits above every label whose leader it covers (its longest chain of such labels).
 */
class Side {
  private readonly shown: Shown[] = [];
  private widest = 0;
  private widestClaim = 0;
  private trials = 0;

  /** Exact mode: the shown labels in priority order, and their rows as last packed. */
  private readonly byRank: LabelBox[] = [];
  /** Exact mode: the other whole hanging of a shown label, by event index, where it has one. */
  private readonly otherHanging = new Map<number, LabelBox>();
  private packed: RowedLabel[] = [];

  constructor(
    private readonly maxRows: number,
    private readonly exact: boolean,
    private readonly bounds: [number, number],
  ) {}

  /** How many shown labels claim a stretch overlapping [lo, hi). */
  load(lo: number, hi: number): number {
    let count = 0;
    const list = this.shown;
    for (let k = this.firstFrom(lo - this.widestClaim); k < list.length && list[k]!.box.x < hi; k++) {
      const s = list[k]!;
      if (s.box.x + s.claim > lo) count++;
    }
    return count;
  }

  /**
   * The nearest leader of a shown label on the side a label at x would hang to (not one on the
   * same spot, which it shares).
   */
  nearestLeader(x: number, hanging: "right" | "left"): number | undefined {
    const list = this.shown;
    const reach = this.widest + LABEL.gap;
    let best: number | undefined;
    for (let k = this.firstFrom(x - reach); k < list.length && list[k]!.box.x <= x + reach; k++) {
      const s = list[k]!;
      if (Math.abs(s.box.x - x) <= POLE) continue;
      if (hanging === "right" && s.box.x > x && (best === undefined || s.box.x < best)) best = s.box.x;
      if (hanging === "left" && s.box.x < x && (best === undefined || s.box.x > best)) best = s.box.x;
    }
    return best;
  }

  /**
   * Shows the first of the boxes that can be stacked with those shown (see `insert`). The others
   * with the same title are kept as the label's other hanging, for `insertTurning`.
   */
  insertAny(boxes: readonly LabelBox[], rank: number, claim: number, turning: boolean): boolean {
    return boxes.some((box) => {
      if (!this.insert(box, rank, claim) && !(turning && this.insertTurning(box, rank, claim))) return false;
      const other = boxes.find((b) => b !== box && b.title === box.title);
      if (other) this.otherHanging.set(box.index, other);
      return true;
    });
  }

  /**
   * Exact mode: shows the label after turning the shown labels it faces (each covers the other's
   * leader, so neither can sit above the other) to hang the other way, when each can turn with
   * its title whole and all labels still stack in `maxRows` rows. The shown labels stay shown.
   */
  insertTurning(box: LabelBox, rank: number, claim: number): boolean {
    if (!this.exact) return false;
    const [freeLo, freeHi] = leaderFreeSpan(box);
    // Those it faces turn; then those that a turned label faces turn too, and so on.
    const turned = new Map<number, LabelBox>();
    const facing = [box];
    while (facing.length) {
      const f = facing.pop()!;
      const [fLo, fHi] = leaderFreeSpan(f);
      for (const b of this.byRank) {
        if (turned.has(b.index)) continue;
        const [lo, hi] = leaderFreeSpan(b);
        if (!covers(lo, hi, f.x) || !covers(fLo, fHi, b.x)) continue;
        const other = this.otherHanging.get(b.index);
        if (!other) return false;
        turned.set(b.index, other);
        facing.push(other);
      }
    }
    if (turned.size === 0) return false;
    const byRank = this.byRank.map((b) => turned.get(b.index) ?? b);
    const packed = assignRows([...byRank, box], unturned, this.bounds, this.maxRows);
    if (!packed.every((p) => p !== undefined)) return false;
    for (const [index, other] of turned) {
      const k = this.byRank.findIndex((b) => b.index === index);
      this.otherHanging.set(index, this.byRank[k]!);
      this.byRank[k] = other;
      const shown = this.shown.find((s) => s.box.index === index)!;
      [shown.lo, shown.hi] = labelSpan(other);
      [shown.freeLo, shown.freeHi] = leaderFreeSpan(other);
      shown.box = other;
    }
    this.packed = packed;
    this.byRank.push(box);
    const [lo, hi] = labelSpan(box);
    this.add({ box, claim, rank, row: 0, tentative: 0, trial: 0, under: 0, lo, hi, freeLo, freeHi });
    return true;
  }

  /**
   * Shows the label when it can be stacked with those shown: it goes above every label whose
   * leader it covers (and every label it overlaps that does not cover its own leader), and the
   * labels over its leader rise above it, and so on up. Fails, changing nothing, when that
   * needs more than `maxRows` rows or a label would have to be both above and below another.
   */
  insert(box: LabelBox, rank: number, claim: number): boolean {
    const [lo, hi] = labelSpan(box);
    const [freeLo, freeHi] = leaderFreeSpan(box);
    if (this.exact) {
      const packed = assignRows([...this.byRank, box], unturned, this.bounds, this.maxRows);
      if (!packed.every((p) => p !== undefined)) return false;
      this.packed = packed;
      this.byRank.push(box);
      this.add({ box, claim, rank, row: 0, tentative: 0, trial: 0, under: 0, lo, hi, freeLo, freeHi });
      return true;
    }
    const trial = ++this.trials;
    const list = this.shown;
    const reach = this.widest + LABEL.gap + POLE;
    // Its row: above every label under it.
    let row = 0;
    const over: Shown[] = [];
    for (let k = this.firstFrom(lo - reach); k < list.length && list[k]!.box.x < hi + reach; k++) {
      const s = list[k]!;
      const coversIt = covers(s.freeLo, s.freeHi, box.x);
      const coversThem = covers(freeLo, freeHi, s.box.x);
      if (coversIt && coversThem) return false;
      if (coversIt) over.push(s);
      else if (coversThem || (s.lo < hi && lo < s.hi)) {
        row = Math.max(row, s.row + 1);
        s.under = trial;
      }
    }
    if (row >= this.maxRows) return false;
    // Labels over its leader rise above it, and whatever is over them rises in turn.
    const stack: Shown[] = [];
    const wants: number[] = [];
    for (const s of over) {
      stack.push(s);
      wants.push(row + 1);
    }
    const touched: Shown[] = [];
    while (stack.length) {
      const s = stack.pop()!;
      const wanted = wants.pop()!;
      if (wanted <= (s.trial === trial ? s.tentative : s.row)) continue;
      // Over the new label and under it: no stacking can do both.
      if (wanted >= this.maxRows || s.under === trial) return false;
      if (s.trial !== trial) touched.push(s);
      s.trial = trial;
      s.tentative = wanted;
      for (let k = this.firstFrom(s.lo - reach); k < list.length && list[k]!.box.x < s.hi + reach; k++) {
        const t = list[k]!;
        if (t === s) continue;
        // Over s: a label that covers its leader, or a later one that overlaps it otherwise.
        const overS =
          covers(t.freeLo, t.freeHi, s.box.x) ||
          (t.rank > s.rank && t.lo < s.hi && s.lo < t.hi && !covers(s.freeLo, s.freeHi, t.box.x));
        if (overS) {
          stack.push(t);
          wants.push(wanted + 1);
        }
      }
    }
    for (const s of touched) s.row = s.tentative;
    this.add({ box, claim, rank, row, tentative: row, trial: 0, under: 0, lo, hi, freeLo, freeHi });
    return true;
  }

  private add(shown: Shown): void {
    this.shown.splice(this.firstFrom(shown.box.x), 0, shown);
    this.widest = Math.max(this.widest, shown.hi - shown.lo);
    this.widestClaim = Math.max(this.widestClaim, shown.claim);
  }

  /**
   * Rows for the shown labels: packed afresh, lowest first and sliding where that saves a row
   * (label-rows.ts); when that packing cannot seat them all, the stacking that showed them.
   */
  rows(): RowedLabel[] {
    if (this.exact) return this.packed;
    const byRank = [...this.shown].sort((a, b) => a.rank - b.rank);
    const packed = assignRows(
      byRank.map((s) => s.box),
      unturned,
      this.bounds,
      this.maxRows,
    );
    if (packed.every((p) => p !== undefined)) return packed;
    return byRank.map((s) => ({ ...s.box, row: s.row }));
  }

  /** Position of the first shown label with leader x at or after x. */
  private firstFrom(x: number): number {
    const list = this.shown;
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (list[mid]!.box.x < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

/** Packing never turns a label: its hanging was chosen when it was shown. */
const unturned = (box: LabelBox): LabelBox => ({ ...box, title: "" });

/** True when a label whose leader-free stretch is [freeLo, freeHi) covers the leader at x. */
function covers(freeLo: number, freeHi: number, x: number): boolean {
  return freeLo < x + POLE && x - POLE < freeHi;
}

/**
 * Hang right, as text reads; left where a label of the widest size would not fit to the right
 * and this one fits whole to the left. Labels near the right edge then all hang left and stack
 * as a staircase, instead of hanging right over the leaders of the left-hanging ones after them.
 */
function preferredSide(
  request: Request,
  dateWidth: number,
  [minX, maxX]: [number, number],
  maxLabelWidth: number,
): "right" | "left" {
  const x = request.x;
  const width = Math.min(maxLabelWidth, LABEL.indent + Math.max(request.titleWidth, dateWidth));
  if (width > maxX - x) return maxX - x >= x - minX ? "right" : "left";
  return x + maxLabelWidth > maxX && width <= x - minX ? "left" : "right";
}

/** The label block of one event hung on one side, its title cut to the room there. */
function labelBox(
  request: Request,
  index: number,
  side: "right" | "left",
  [minX, maxX]: [number, number],
  maxLabelWidth: number,
  measure: Measure,
  dateWidth: number,
): LabelBox {
  const x = request.x;
  const room = Math.max(0, Math.min(maxLabelWidth, side === "right" ? maxX - x : x - minX) - LABEL.indent);
  // Cut only what does not fit; most labels fit whole, and then nothing is measured again.
  const title =
    request.titleWidth <= room ? request.title : truncateText(request.title, TITLE_FONT, room, measure);
  const date = dateWidth <= room ? request.date : truncateText(request.date, DATE_FONT, room, measure);
  const titleWidth = title === request.title ? request.titleWidth : measure(title, TITLE_FONT);
  const shownDateWidth = date === request.date ? dateWidth : measure(date, DATE_FONT);
  // Text wraps under the title, as wide as the title but never narrower than a short column.
  const wrapWidth = Math.min(room, Math.max(titleWidth, LABEL.textWidth));
  const textLines = request.text
    ? wrapText(request.text, TEXT_FONT, wrapWidth, LABEL.textLines, measure)
    : [];
  const textWidth = textLines.reduce((most, line) => Math.max(most, measure(line, TEXT_FONT)), 0);
  const width = LABEL.indent + Math.max(titleWidth, shownDateWidth, textWidth);
  // A label cut to noise is no label: an empty title makes placement leave it out. The date is
  // never cut: the visible words must read on, in order, into the title (the accessible name
  // is "date: title", and speech-input users say what they see).
  const legible = isLegible(title, request.title) && date === request.date;
  return {
    index,
    x,
    side,
    left: side === "right" ? x : x - width,
    width,
    title: legible ? title : "",
    date,
    textLines,
  };
}
