import type { Selection } from "d3-selection";
import type { EventGeometry } from "../layout/layout.js";

const BOX = "chronoline-label-box";
/** Room around a label that still counts as on it, in pixels. */
const PAD = 3;

/**
 * Gives each label a transparent box behind it (its event's first child), so that a click or tap
 * anywhere on the label's block, between lines and glyphs too, lands on the event and shows the
 * pointer cursor. Unlabelled events get none; O(1) per event and nothing rewritten that did not
 * change, since this runs at every frame of a zoom, over thousands of events.
 */
export function renderLabelBoxes(events: Selection<SVGGElement, EventGeometry, SVGGElement, unknown>): void {
  events.each(function (d) {
    const first = this.firstElementChild;
    // Kept first; a leader line that appears later is inserted before it, so look further then.
    let box = first?.classList.contains(BOX) ? first : null;
    if (!box && d.label) box = Array.from(this.children).find((c) => c.classList.contains(BOX)) ?? null;
    if (box && box !== first) this.insertBefore(box, first);
    if (!d.label) {
      // Without a label, a box (kept first) is the first child if there is one.
      box?.remove();
      return;
    }
    if (!box)
      box = this.insertBefore(
        this.ownerDocument.createElementNS("http://www.w3.org/2000/svg", "rect"),
        first,
      );
    const values: [string, number][] = [
      ["x", d.label.left - PAD],
      ["y", d.label.top - PAD],
      ["width", d.label.width + 2 * PAD],
      ["height", d.label.height + 2 * PAD],
    ];
    box.setAttribute("class", BOX);
    for (const [name, value] of values) {
      const text = String(value);
      if (box.getAttribute(name) !== text) box.setAttribute(name, text);
    }
  });
}
