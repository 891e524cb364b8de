import type { KeyCommand } from "./keyboard.js";

/** What the keys can ask of a live timeline; the timeline does the asking's work. */
export interface KeyTarget {
  /** How many events there are, and where the tab stop is among them (time order). */
  count(): number;
  activeIndex(): number;
  /** Whether a key pressed on `target` belongs to the timeline (not to its card or buttons). */
  owns(target: EventTarget | null): boolean;
  /** Whether an event's details are open. */
  hasSelection(): boolean;
  focusAt(index: number): void;
  /** Opens (or closes) the details of the event the key was pressed on, else the active one. */
  toggle(target: EventTarget | null): boolean;
  close(): void;
  zoom(factor: number, target: EventTarget | null): void;
  reset(): void;
}

/** Does what a key command asks; true when it did something (the key then does nothing else). */
export function runKeyCommand(command: KeyCommand, event: KeyboardEvent, timeline: KeyTarget): boolean {
  if (command.kind === "close") {
    // Escape works from anywhere in the frame, the card included.
    if (!timeline.hasSelection()) return false;
    timeline.close();
    return true;
  }
  if (!timeline.owns(event.target)) return false;
  const last = timeline.count() - 1;
  switch (command.kind) {
    case "move":
    case "first":
    case "last": {
      if (last < 0) return false;
      const to =
        command.kind === "first" ? 0 : command.kind === "last" ? last : timeline.activeIndex() + command.by;
      timeline.focusAt(Math.min(last, Math.max(0, to)));
      return true;
    }
    case "open":
      return timeline.toggle(event.target);
    case "zoom":
      timeline.zoom(command.factor, event.target);
      return true;
    case "reset":
      timeline.reset();
      return true;
  }
}
