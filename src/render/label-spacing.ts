const GAP = "chronoline-label-gap";
const SVG_NS = "http://www.w3.org/2000/svg";

/**
 * Puts a space between the lines of each label (date, title lines, text lines) without moving
 * anything. Each line is its own positioned <tspan>, so a label's text runs together ("2008Mission
 * becomes an embassy") and the event's visible words are not found in its accessible name
 * ("2008: Mission becomes an embassy"), which speech-input users say to click it (WCAG 2.5.3,
 * Label in Name). The space is a <tspan> of its own, placed where the next line starts: a text
 * chunk of one blank, which shifts no line whatever the anchor and takes no underline. Writes
 * only what changed, since it runs at every frame of a zoom.
 */
export function spaceLabelLines(labels: Iterable<SVGTextElement>): void {
  for (const label of labels) {
    let previous: Element | null = null;
    for (const node of Array.from(label.children)) {
      if (node.classList.contains(GAP)) {
        // A gap stays only between two lines, where the next line starts.
        const next = node.nextElementSibling;
        if (!previous || previous.classList.contains(GAP) || !next || next.classList.contains(GAP)) {
          node.remove();
        } else {
          place(node, next);
          previous = node;
        }
        continue;
      }
      if (previous && !previous.classList.contains(GAP)) {
        const gap = label.ownerDocument.createElementNS(SVG_NS, "tspan");
        gap.setAttribute("class", GAP);
        gap.textContent = " ";
        label.insertBefore(gap, node);
        place(gap, node);
      }
      previous = node;
    }
  }
}

function place(gap: Element, line: Element): void {
  for (const name of ["x", "y"]) {
    const value = line.getAttribute(name) ?? "0";
    if (gap.getAttribute(name) !== value) gap.setAttribute(name, value);
  }
}
