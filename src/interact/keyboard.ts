/** What a key press asks of the timeline. */
export type KeyCommand =
  | { kind: "move"; by: -1 | 1 }
  | { kind: "first" }
  | { kind: "last" }
  | { kind: "open" }
  | { kind: "close" }
  | { kind: "zoom"; factor: number }
  | { kind: "reset" };

/**
 * The command of a key press on the timeline, or undefined for keys it leaves alone:
 * ←/→ and ↑/↓ walk the events in time order, Home/End jump to the first and last, Enter and Space
 * open the details, Escape closes them, + and − zoom, 0 shows everything. Presses with Ctrl, Alt
 * or Meta are left to the browser (Ctrl + is the page's own zoom).
 */
export function keyCommand(
  event: Pick<KeyboardEvent, "key" | "ctrlKey" | "altKey" | "metaKey">,
): KeyCommand | undefined {
  if (event.ctrlKey || event.altKey || event.metaKey) return undefined;
  switch (event.key) {
    case "ArrowRight":
    case "ArrowDown":
      return { kind: "move", by: 1 };
    case "ArrowLeft":
    case "ArrowUp":
      return { kind: "move", by: -1 };
    case "Home":
      return { kind: "first" };
    case "End":
      return { kind: "last" };
    case "Enter":
    case " ":
      return { kind: "open" };
    case "Escape":
      return { kind: "close" };
    case "+":
    case "=":
      return { kind: "zoom", factor: 2 };
    case "-":
    case "_":
      return { kind: "zoom", factor: 0.5 };
    case "0":
      return { kind: "reset" };
    default:
      return undefined;
  }
}

/**
 * Calls `run` with the command of each key press inside `element`; a press that `run` handles
 * (returns true) does nothing else, so arrows do not scroll the page. Returns the remover.
 */
export function listenForKeys(
  element: Element,
  run: (command: KeyCommand, event: KeyboardEvent) => boolean,
): () => void {
  const onKeyDown = (event: Event): void => {
    const key = event as KeyboardEvent;
    const command = keyCommand(key);
    if (command && run(command, key)) event.preventDefault();
  };
  element.addEventListener("keydown", onKeyDown);
  return () => {
    element.removeEventListener("keydown", onKeyDown);
  };
}
