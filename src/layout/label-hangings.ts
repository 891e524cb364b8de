import { type LabelBox, POLE } from "./label-box.js";
import type { Side } from "./label-side.js";
import type { Measure } from "./measure.js";
import { type Cut, isLegible, textCutter } from "./truncate.js";
import { DATE_FONT, LABEL, TEXT_FONT, TITLE_FONT } from "./typography.js";
import { wrapText } from "./wrap.js";

// The candidate boxes of one label for placeBandLabels (labels.ts): its hangings to the right
// and to the left, each with its title cut to the room there and its text wrapped, and the same
// cut short of a shown leader.

export interface Request {
  x: number;
  title: string;
  titleWidth: number;
  date: string;
  text: string | undefined;
  /** The title cut to a width, each place it may be cut measured once (made when first needed). */
  cut?: (maxWidth: number) => Cut;
}

/** A label's legible hangings, whole where there is room: preferred first, then turned. */
export interface Hangings {
  boxes: LabelBox[];
  bounds: [number, number];
  /**
   * The label hung on one side within narrower bounds, its title cut to the room there;
   * undefined when what is left of it is not legible.
   */
  make: (hanging: "right" | "left", within: [number, number]) => LabelBox | undefined;
}

export function hangingsOf(
  request: Request,
  index: number,
  bounds: [number, number],
  maxLabelWidth: number,
  measure: Measure,
  anyOne = false,
): Hangings {
  // Bounds read by index here and below: destructuring an array runs the iterator protocol in
  // code not yet optimized (objects made for each candidate label).
  const minX = bounds[0];
  const maxX = bounds[1];
  const dateWidth = measure(request.date, DATE_FONT);
  const make = (hanging: "right" | "left", within: [number, number] = bounds): LabelBox | undefined =>
    labelBox(request, index, hanging, within, maxLabelWidth, measure, dateWidth);
  const side = preferredSide(request, dateWidth, bounds, maxLabelWidth);
  const preferred = make(side);
  // Asked only whether it has a legible hanging: the preferred one says yes.
  if (anyOne && preferred) return { boxes: [preferred], bounds, make };
  const turned = make(side === "right" ? "left" : "right");
  // Turn only when the label keeps most of its title on the other side.
  const mayTurn =
    turned !== undefined &&
    turned.title.length >= Math.min(preferred?.title.length ?? Infinity, 16) &&
    turned.left >= minX &&
    turned.left + turned.width <= maxX;
  const boxes: LabelBox[] = [];
  if (preferred) boxes.push(preferred);
  if (turned && mayTurn) boxes.push(turned);
  return { boxes, bounds, make };
}

/**
 * The hangings cut short of the nearest shown leader they would cover on one side of the axis,
 * so as to stack under no label there; only those that are legible and narrower than whole.
 */
export function cutHangings(side: Side, request: Request, { boxes, bounds, make }: Hangings): LabelBox[] {
  const minX = bounds[0];
  const maxX = bounds[1];
  const cuts: LabelBox[] = [];
  for (let b = 0; b < boxes.length; b++) {
    const box = boxes[b]!;
    const limit = side.nearestLeader(request.x, box.side);
    if (limit === undefined) continue;
    const within: [number, number] =
      box.side === "right"
        ? [minX, Math.min(maxX, limit - POLE - LABEL.gap / 2)]
        : [Math.max(minX, limit + POLE + LABEL.gap / 2), maxX];
    if (within[1] <= within[0]) continue;
    const cut = make(box.side, within);
    if (cut && cut.width < box.width) cuts.push(cut);
  }
  return cuts;
}

/**
 * Hang right, as text reads; left where a label of the widest size would not fit to the right
 * and this one fits whole to the left. Labels near the right edge then all hang left and stack
 * as a staircase, instead of hanging right over the leaders of the left-hanging ones after them.
 */
function preferredSide(
  request: Request,
  dateWidth: number,
  bounds: [number, number],
  maxLabelWidth: number,
): "right" | "left" {
  const minX = bounds[0];
  const maxX = bounds[1];
  const x = request.x;
  const width = Math.min(maxLabelWidth, LABEL.indent + Math.max(request.titleWidth, dateWidth));
  if (width > maxX - x) return maxX - x >= x - minX ? "right" : "left";
  return x + maxLabelWidth > maxX && width <= x - minX ? "left" : "right";
}

/**
 * The label block of one event hung on one side, its title cut to the room there; undefined
 * when the title would be cut to noise or the date would be cut at all: such a label is no label.
 */
function labelBox(
  request: Request,
  index: number,
  side: "right" | "left",
  within: [number, number],
  maxLabelWidth: number,
  measure: Measure,
  dateWidth: number,
): LabelBox | undefined {
  const minX = within[0];
  const maxX = within[1];
  const x = request.x;
  const room = Math.max(0, Math.min(maxLabelWidth, side === "right" ? maxX - x : x - minX) - LABEL.indent);
  // The date is never cut: the visible words must read on, in order, into the title (the
  // accessible name is "date: title", and speech-input users say what they see). So a date that
  // does not fit leaves the label out, and its title need not be cut at all.
  if (dateWidth > room) return undefined;
  const date = request.date;
  // Cut only what does not fit; most labels fit whole, and then nothing is measured again.
  let title = request.title;
  let titleWidth = request.titleWidth;
  if (titleWidth > room) {
    request.cut ??= textCutter(request.title, TITLE_FONT, measure, request.titleWidth);
    ({ text: title, width: titleWidth } = request.cut(room));
  }
  // A label cut to noise is no label: placement leaves it out.
  if (!isLegible(title, request.title)) return undefined;
  // Text wraps under the title, as wide as the title but never narrower than a short column.
  const wrapWidth = Math.min(room, Math.max(titleWidth, LABEL.textWidth));
  const textLines = request.text
    ? wrapText(request.text, TEXT_FONT, wrapWidth, LABEL.textLines, measure)
    : [];
  let textWidth = 0;
  for (let l = 0; l < textLines.length; l++)
    textWidth = Math.max(textWidth, measure(textLines[l]!, TEXT_FONT));
  const width = LABEL.indent + Math.max(titleWidth, dateWidth, textWidth);
  return { index, x, side, left: side === "right" ? x : x - width, width, title, date, textLines };
}
