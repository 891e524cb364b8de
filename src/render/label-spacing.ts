/**
 * Puts a space between the lines of each label (date, title lines, text lines) without moving
 * them: a trailing space on each line but the last when the label is anchored at its start, a
 * leading space on each line but the first when anchored at its end, so the space always falls
 * on the side away from the anchor. Each line is its own positioned <tspan>; without the spaces a
 * label's text runs together ("2008Mission becomes an embassy"), and the event's visible words
 * would no longer be found in its accessible name ("2008: Mission becomes an embassy"), which
 * speech-input users say to click it (WCAG 2.5.3, Label in Name).
 */
export function spaceLabelLines(labels: Iterable<SVGTextElement>): void {
  for (const label of labels) {
    const lines = Array.from(label.querySelectorAll("tspan"));
    const atEnd = label.getAttribute("text-anchor") === "end";
    lines.forEach((line, i) => {
      const text = line.textContent.trim();
      const lead = atEnd && i > 0 ? " " : "";
      const trail = !atEnd && i < lines.length - 1 ? " " : "";
      line.textContent = `${lead}${text}${trail}`;
    });
  }
}
