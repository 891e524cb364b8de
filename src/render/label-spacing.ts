const GAP = "chronoline-label-gap";

/**
 * Puts a space between the lines of each label (date, title lines, text lines) without moving
 * anything. Each line is its own positioned <tspan>, so a label's text runs together ("2008Mission
 * becomes an embassy") and the event's visible words are not found in its accessible name
 * ("2008: Mission becomes an embassy"), which speech-input users say to click it (WCAG 2.5.3,
 * Label in Name). The space is a <tspan> of its own, placed where the next line starts: a text
 * chunk of one blank, which shifts no line whatever the anchor and takes no underline.
 */
export function spaceLabelLines(labels: Iterable<SVGTextElement>): void {
  for (const label of labels) {
    for (const gap of Array.from(label.querySelectorAll(`tspan.${GAP}`))) gap.remove();
    const lines = Array.from(label.querySelectorAll("tspan"));
    for (const line of lines.slice(1)) {
      const gap = label.ownerDocument.createElementNS("http://www.w3.org/2000/svg", "tspan");
      gap.setAttribute("class", GAP);
      gap.setAttribute("x", line.getAttribute("x") ?? "0");
      gap.setAttribute("y", line.getAttribute("y") ?? "0");
      gap.textContent = " ";
      label.insertBefore(gap, line);
    }
  }
}
