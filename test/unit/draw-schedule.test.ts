// When a live timeline lays out during a zoom or pan: what a reader sees while the view moves
// (drawn at once, at most once per frame, or slid and laid out once the gesture stops).
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { CHEAP_DRAW_MS, createDrawSchedule, SETTLE_MS } from "../../src/interact/draw-schedule.js";

/** A window whose animation frames run when the test says. */
function fakeWindow() {
  let next = 1;
  const frames = new Map<number, FrameRequestCallback>();
  const win = {
    requestAnimationFrame: (callback: FrameRequestCallback) => {
      frames.set(next, callback);
      return next++;
    },
    cancelAnimationFrame: (id: number) => {
      frames.delete(id);
    },
  } as unknown as Window;
  const runFrame = () => {
    const due = [...frames.values()];
    frames.clear();
    for (const callback of due) callback(0);
  };
  return { win, runFrame, pending: () => frames.size };
}

/** A schedule whose draws cost `cost` ms, counting draws and previews. */
function timeline(cost: number, win: Window | null) {
  const counts = { draws: 0, previews: 0 };
  const schedule = createDrawSchedule(win, {
    draw: () => {
      schedule.drawing();
      counts.draws++;
      schedule.drew(cost);
    },
    preview: () => {
      counts.previews++;
      schedule.previewed();
    },
    canPreview: () => counts.draws > 0,
  });
  return { schedule, counts };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe("a timeline that lays out quickly", () => {
  it("is drawn again at the first change of a frame, and once more at the next frame for the rest", () => {
    const { win, runFrame } = fakeWindow();
    const { schedule, counts } = timeline(CHEAP_DRAW_MS / 2, win);
    schedule.viewChanged();
    expect(counts.draws).toBe(1);
    schedule.viewChanged();
    schedule.viewChanged();
    expect(counts.draws).toBe(1); // not twice in one frame
    runFrame();
    expect(counts.draws).toBe(2); // the later changes, drawn once
    expect(counts.previews).toBe(0);
  });
});

describe("a timeline that lays out slowly", () => {
  it("slides at each change and lays out once the view has been still for SETTLE_MS and a frame", () => {
    const { win, runFrame } = fakeWindow();
    const { schedule, counts } = timeline(CHEAP_DRAW_MS * 4, win);
    schedule.viewChanged(); // no drawing yet to slide: drawn
    expect(counts.draws).toBe(1);
    for (let k = 0; k < 5; k++) {
      schedule.viewChanged();
      runFrame();
      vi.advanceTimersByTime(SETTLE_MS / 2);
    }
    expect(counts.previews).toBe(5);
    expect(schedule.previewing).toBe(true);
    expect(counts.draws).toBe(1); // the gesture goes on: no layout yet
    vi.advanceTimersByTime(SETTLE_MS);
    runFrame();
    expect(counts.draws).toBe(2);
    expect(schedule.previewing).toBe(false);
  });

  it("waits again when the view changes in the frame after the settle timer", () => {
    const { win, runFrame } = fakeWindow();
    const { schedule, counts } = timeline(CHEAP_DRAW_MS * 4, win);
    schedule.viewChanged();
    schedule.viewChanged();
    vi.advanceTimersByTime(SETTLE_MS);
    schedule.viewChanged(); // input handled before the settle frame
    runFrame();
    expect(counts.draws).toBe(1);
    vi.advanceTimersByTime(SETTLE_MS);
    runFrame();
    expect(counts.draws).toBe(2);
  });

  it("stops every frame and timer when cancelled", () => {
    const { win, runFrame, pending } = fakeWindow();
    const { schedule, counts } = timeline(CHEAP_DRAW_MS * 4, win);
    schedule.viewChanged();
    schedule.viewChanged();
    schedule.cancel();
    vi.advanceTimersByTime(SETTLE_MS * 2);
    runFrame();
    expect(pending()).toBe(0);
    expect(counts.draws).toBe(1);
  });
});

it("without a window (server-side), draws at once and settles by the timer alone", () => {
  const { schedule, counts } = timeline(CHEAP_DRAW_MS * 4, null);
  schedule.viewChanged();
  schedule.viewChanged();
  expect(counts.previews).toBe(1);
  vi.advanceTimersByTime(SETTLE_MS);
  expect(counts.draws).toBe(2);
});
