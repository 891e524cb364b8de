/** How long an update's transition takes, in milliseconds. */
const DURATION = 300;
const EASING = "cubic-bezier(0.2, 0, 0, 1)";
// The parts of an event that move on their own when the layout changes.
const PARTS = [".chronoline-marker", ".chronoline-span", ".chronoline-connector", ".chronoline-label"];

export interface KeyedTransition {
  /**
   * Runs `render`, which swaps the events inside `svg` (joined by id), and animates the change:
   * events still present glide from where they were (their nodes are kept), new ones fade in,
   * removed ones fade out. Without animation support, or with `animate` false, only renders.
   */
  run(svg: SVGSVGElement, animate: boolean, render: () => void): void;
  /** Ends every running animation and removes the fading copies of removed events. */
  cancel(): void;
}

/**
 * The keyed transition of `update()`, with the Web Animations API on the nodes the renderer keeps
 * (FLIP: measure first, render, then animate from the old place to the new). A removed event's
 * node is gone once rendered, so a copy of it, hidden from screen readers, fades out in its place.
 */
export function createKeyedTransition(): KeyedTransition {
  const running = new Set<Animation>();
  const ghosts = new Set<Element>();

  const track = (animation: Animation, after?: () => void): void => {
    running.add(animation);
    animation.onfinish = () => {
      running.delete(animation);
      after?.();
    };
  };

  return {
    run(svg, animate, render) {
      const eventsOf = (): Map<string, SVGGElement> =>
        new Map(
          Array.from(svg.querySelectorAll<SVGGElement>("g.chronoline-event"), (g) => [g.dataset.id ?? "", g]),
        );
      if (!animate || typeof svg.animate !== "function") {
        render();
        return;
      }
      const before = eventsOf();
      const places = new Map<Element, DOMRect>();
      for (const g of before.values()) {
        for (const part of g.querySelectorAll<SVGGraphicsElement>(PARTS.join(",")))
          places.set(part, part.getBBox());
      }
      render();
      const after = eventsOf();
      for (const [id, g] of before) {
        if (after.get(id) === g) continue;
        // Removed: a copy of it fades out where it was.
        const ghost = g.cloneNode(true) as SVGGElement;
        ghost.removeAttribute("data-id");
        ghost.removeAttribute("tabindex");
        ghost.setAttribute("class", "chronoline-leaving");
        ghost.setAttribute("aria-hidden", "true");
        ghost.style.pointerEvents = "none";
        svg.append(ghost);
        ghosts.add(ghost);
        track(ghost.animate([{ opacity: 1 }, { opacity: 0 }], { duration: DURATION, easing: EASING }), () => {
          ghost.remove();
          ghosts.delete(ghost);
        });
      }
      for (const [id, g] of after) {
        if (before.get(id) !== g) {
          track(g.animate([{ opacity: 0 }, { opacity: 1 }], { duration: DURATION, easing: EASING }));
          continue;
        }
        for (const part of g.querySelectorAll<SVGGraphicsElement>(PARTS.join(","))) {
          const was = places.get(part);
          if (!was) continue;
          const now = part.getBBox();
          const [dx, dy] = [was.x - now.x, was.y - now.y];
          if (Math.abs(dx) < 0.5 && Math.abs(dy) < 0.5) continue;
          track(
            part.animate([{ transform: `translate(${dx}px, ${dy}px)` }, { transform: "translate(0, 0)" }], {
              duration: DURATION,
              easing: EASING,
            }),
          );
        }
      }
    },
    cancel() {
      for (const animation of running) animation.cancel();
      running.clear();
      for (const ghost of ghosts) ghost.remove();
      ghosts.clear();
    },
  };
}
