// A label column of a vertical timeline: era titles pinned at the top of their bands, and the
// labels spread around them so that nothing in the column overlaps.
import type { TimelineEra } from "../types.js";
import { spreadApart } from "./spread.js";

/** Space between two blocks of a column (labels, era titles), in pixels. */
export const LABEL_GAP = 8;
/** Room kept above and below an era title inside its band. */
const ERA_TITLE_PAD = 1;
/** Weight of an era title among the labels that spreadApart moves: it all but stays put. */
const PINNED = 1e9;

/** An era title's place in the left column: its box's top and height, when it is shown. */
export interface EraTitle {
  /** Where the box's top is pinned: just inside the top of the band (or of the view). */
  top: number;
  height: number;
  lines: string[];
  /** The y where the era begins: labels of events before it go above the title, others below. */
  y1: number;
  /** Lowest its box's bottom may go: just inside the bottom of the band (or of the spine). */
  end: number;
  shown: boolean;
}

/**
 * Pins each era title at the top of its band (not above `min`, not below `bottom`), in the left
 * label column: titles of eras that begin close together stack downwards, and a title that
 * would leave its band (or the spine's stretch) is not shown.
 */
export function placeEraTitles(
  eras: readonly TimelineEra[],
  lines: readonly string[][],
  yOf: (time: number) => number,
  min: number,
  bottom: number,
  heightOf: (lines: readonly string[]) => number,
): EraTitle[] {
  const titles: EraTitle[] = eras.map((era, k) => {
    const y1 = yOf(era.start.time);
    return {
      top: Math.max(y1, min) + ERA_TITLE_PAD,
      height: heightOf(lines[k]!),
      lines: lines[k]!,
      y1,
      end: Math.min(yOf(era.end.until), bottom) - ERA_TITLE_PAD,
      shown: lines[k]!.length > 0,
    };
  });
  const byTop = titles
    .map((_, k) => k)
    .filter((k) => titles[k]!.shown)
    .sort((a, b) => titles[a]!.top - titles[b]!.top || a - b);
  let free = -Infinity;
  for (const k of byTop) {
    const t = titles[k]!;
    t.top = Math.max(t.top, free);
    if (t.top + t.height > t.end) t.shown = false;
    else free = t.top + t.height + LABEL_GAP;
  }
  return titles;
}

/**
 * Tops of a column's labels (`items`, in time order, each wanting to be centred on its event's
 * y): moved as little as possible so that none overlap (spreadApart), around the era titles,
 * which all but stay where they are pinned. Labels crowding between two titles may still push
 * them apart: a title may then move down inside its band. When some are pushed above their
 * pinned place or out of their band, the one with the shortest band is not shown, and the
 * column is spread again without it.
 */
export function spreadColumn(
  items: readonly { y: number; height: number }[],
  titles: EraTitle[],
  min: number,
): number[] {
  for (;;) {
    const shown = titles.filter((t) => t.shown).sort((a, b) => a.top - b.top);
    // Labels and titles in one sequence: a label goes before a title when its event is earlier
    // than the title's era.
    const ideal: number[] = [];
    const heights: number[] = [];
    const weights: number[] = [];
    const labelAt: number[] = [];
    const titleAt: number[] = [];
    let t = 0;
    const push = (at: number, height: number, weight: number): void => {
      ideal.push(at);
      heights.push(height);
      weights.push(weight);
    };
    const pushTitle = (title: EraTitle): void => {
      titleAt.push(ideal.length);
      push(title.top, title.height, PINNED);
    };
    items.forEach((item, k) => {
      while (t < shown.length && shown[t]!.y1 <= item.y) pushTitle(shown[t++]!);
      labelAt[k] = ideal.length;
      push(item.y - item.height / 2, item.height, 1);
    });
    while (t < shown.length) pushTitle(shown[t++]!);
    const tops = spreadApart(ideal, heights, LABEL_GAP, min, weights);
    const moved = shown.filter((title, k) => {
      const at = tops[titleAt[k]!]!;
      return at < title.top - 0.5 || at + title.height > title.end;
    });
    if (moved.length === 0) {
      shown.forEach((title, k) => (title.top = tops[titleAt[k]!]!));
      return labelAt.map((p) => tops[p]!);
    }
    // The title of the shortest band gives way (of equal ones, the later).
    const room = (title: EraTitle): number => title.end - title.top;
    moved.reduce((least, title) => (room(title) <= room(least) ? title : least)).shown = false;
  }
}
