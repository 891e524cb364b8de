import type { Anchor } from "./details.js";

/** The drawn node of the event with this id, if it is drawn. */
export function eventNode(svg: SVGSVGElement, id: string | null): SVGGElement | undefined {
  if (id === null) return undefined;
  // A selector is fast on thousands of events; CSS.escape keeps any id safe in it.
  if (typeof CSS !== "undefined" && typeof CSS.escape === "function") {
    return svg.querySelector<SVGGElement>(`g.chronoline-event[data-id="${CSS.escape(id)}"]`) ?? undefined;
  }
  for (const node of svg.querySelectorAll<SVGGElement>("g.chronoline-event")) {
    if (node.dataset.id === id) return node;
  }
  return undefined;
}

/** The id of the event that `target` belongs to, or null. */
export function eventIdOf(target: EventTarget | null): string | null {
  const element = target as Element | null;
  if (typeof element?.closest !== "function") return null;
  return element.closest(".chronoline-event")?.getAttribute("data-id") ?? null;
}

/**
 * Makes the timeline one tab stop (a roving tabindex): the active event, else the first drawn,
 * has tabindex 0 and every other event -1, so Tab enters and leaves the timeline in one step and
 * the arrow keys move inside it. When no event is drawn (zoomed into an empty stretch) the SVG
 * itself is the stop, so the keys still work. Returns the id of the stop, or null.
 */
export function applyRovingTabindex(svg: SVGSVGElement, activeId: string | null): string | null {
  const nodes = Array.from(svg.querySelectorAll<SVGGElement>("g.chronoline-event"));
  const stop = nodes.find((n) => n.dataset.id === activeId) ?? nodes[0];
  for (const node of nodes) {
    const tabindex = node === stop ? "0" : "-1";
    if (node.getAttribute("tabindex") !== tabindex) node.setAttribute("tabindex", tabindex);
  }
  svg.setAttribute("tabindex", stop ? "-1" : "0");
  return stop?.dataset.id ?? null;
}

/**
 * Moves the one tab stop to the drawn event `id`, touching only the old stop and the new: after
 * a drawing, `applyRovingTabindex` has set every other event to -1 already.
 */
export function moveRovingStop(svg: SVGSVGElement, id: string): void {
  const next = eventNode(svg, id);
  if (!next) return;
  for (const stop of svg.querySelectorAll('g.chronoline-event[tabindex="0"]'))
    stop.setAttribute("tabindex", "-1");
  next.setAttribute("tabindex", "0");
  svg.setAttribute("tabindex", "-1");
}

/**
 * Where an event's mark (marker or span bar; the whole event when a cluster stands for it) is, in
 * the frame's coordinates:
 * what the details card and the tooltip are placed beside.
 */
export function anchorOf(frame: Element, node: Element): Anchor {
  const mark = node.querySelector(".chronoline-marker, .chronoline-span") ?? node;
  const r = mark.getBoundingClientRect();
  const f = frame.getBoundingClientRect();
  return { left: r.left - f.left, top: r.top - f.top, width: r.width, height: r.height };
}

/**
 * Where a box given in the SVG's own coordinates is, in the frame's coordinates: the anchor of an
 * event that has no node of its own (an unlabelled span among the plain bars).
 */
export function anchorInSvg(
  frame: Element,
  svg: SVGSVGElement,
  box: { x: number; y: number; width: number; height: number },
): Anchor {
  const s = svg.getBoundingClientRect();
  const f = frame.getBoundingClientRect();
  const scale = s.width / (Number(svg.getAttribute("width")) || s.width) || 1;
  return {
    left: s.left - f.left + box.x * scale,
    top: s.top - f.top + box.y * scale,
    width: box.width * scale,
    height: box.height * scale,
  };
}

/** `:focus-visible`, where the browser knows it (jsdom may not): focus the reader should see. */
export function hasVisibleFocus(node: Element): boolean {
  try {
    return node.matches(":focus-visible");
  } catch {
    return false;
  }
}
