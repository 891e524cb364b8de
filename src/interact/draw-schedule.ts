/** A drawing (layout and DOM) costlier than this, in ms, is not redone at every frame of a zoom. */
export const CHEAP_DRAW_MS = 8;
/** A zoom or pan has settled when the view has not changed for this long, in ms. */
export const SETTLE_MS = 150;

/** What the schedule drives: the live timeline's two ways of showing a new view. */
export interface DrawSteps {
  /** Lays out and draws now; calls `drawing()` first and `drew(ms)` last. */
  draw: () => void;
  /** Moves what is drawn to the view without a layout; calls `previewed()` last. */
  preview: () => void;
  /** Whether there is a drawing to move (no preview before the first draw). */
  canPreview: () => boolean;
}

/**
 * When a live timeline lays out again while its view changes. A zoom or pan changes the view at
 * every input event; a timeline that lays out quickly is drawn again at once, at most once per
 * animation frame, and a large one is moved to the view (a preview) at each change and laid out
 * once the view settles.
 */
export interface DrawSchedule {
  /** The view changed during a gesture or an animated zoom. */
  viewChanged(): void;
  /** A drawing starts: whatever was waiting to draw is no longer needed. */
  drawing(): void;
  /** A drawing ended, having cost `ms`. */
  drew(ms: number): void;
  /** The drawing was moved to the view: lay out once the view stops changing. */
  previewed(): void;
  /** True between a preview and the next drawing: the layout's places are stale. */
  readonly previewing: boolean;
  /** Stops every frame and timer (on destroy). */
  cancel(): void;
}

/** The draw schedule of one timeline, in `win`'s frames (drawn at once where there is no window). */
export function createDrawSchedule(win: Window | null, steps: DrawSteps): DrawSchedule {
  let frameRequest = 0;
  let lastDrawMs = 0; // what the last drawing cost: whether the next frame of a zoom may lay out
  let drewThisFrame = false;
  let frameReset = 0;
  let settleTimer: ReturnType<typeof setTimeout> | undefined;
  let settleFrame = 0;
  let previews = 0; // view changes moved to, counted, so that settling can tell a gesture goes on
  let previewing = false;

  const cancelFrame = (id: number): void => {
    if (id) win?.cancelAnimationFrame(id);
  };

  /** Draws at the next animation frame, once however many changes come before it. */
  function requestDraw(): void {
    if (!win) steps.draw();
    else if (!frameRequest) frameRequest = win.requestAnimationFrame(steps.draw);
  }

  /**
   * Lays out again once the view has stopped changing: SETTLE_MS after the last change, and then
   * only if the next animation frame brings no change either (after a long frame the timer is
   * due before the next input of an ongoing gesture is handled).
   */
  function settleSoon(): void {
    if (settleTimer !== undefined) clearTimeout(settleTimer);
    cancelFrame(settleFrame);
    settleFrame = 0;
    settleTimer = setTimeout(() => {
      settleTimer = undefined;
      if (!win) {
        steps.draw();
        return;
      }
      const seen = previews;
      settleFrame = win.requestAnimationFrame(() => {
        settleFrame = 0;
        if (previews === seen) steps.draw();
        else settleSoon();
      });
    }, SETTLE_MS);
  }

  return {
    // Drawn again in the input event's own task, so that nothing reads layout after the writes.
    viewChanged() {
      if (lastDrawMs > CHEAP_DRAW_MS && steps.canPreview()) steps.preview();
      else if (drewThisFrame) requestDraw();
      else steps.draw();
    },
    drawing() {
      cancelFrame(frameRequest);
      frameRequest = 0;
      if (settleTimer !== undefined) clearTimeout(settleTimer);
      cancelFrame(settleFrame);
      settleTimer = undefined;
      settleFrame = 0;
      previewing = false;
    },
    drew(ms) {
      lastDrawMs = ms;
      drewThisFrame = true;
      if (win && !frameReset)
        frameReset = win.requestAnimationFrame(() => {
          frameReset = 0;
          drewThisFrame = false;
        });
    },
    previewed() {
      previewing = true;
      cancelFrame(frameRequest);
      frameRequest = 0;
      previews++;
      settleSoon();
    },
    get previewing() {
      return previewing;
    },
    cancel() {
      cancelFrame(frameRequest);
      cancelFrame(frameReset);
      if (settleTimer !== undefined) clearTimeout(settleTimer);
      cancelFrame(settleFrame);
    },
  };
}
