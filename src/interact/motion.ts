/**
 * True when the reader asked for less motion (`prefers-reduced-motion: reduce`): zooms then jump
 * instead of gliding, and updates swap events without fading or moving them. Read at each use,
 * so a change of the setting applies at once.
 */
export function prefersReducedMotion(view: Window | null): boolean {
  // jsdom has no matchMedia; without it there is nothing to animate for anyway.
  if (typeof (view as { matchMedia?: unknown } | null)?.matchMedia !== "function") return true;
  return view!.matchMedia("(prefers-reduced-motion: reduce)").matches;
}
