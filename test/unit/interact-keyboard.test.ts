import { describe, expect, it, vi } from "vitest";
import { keyCommand, listenForKeys } from "../../src/interact/keyboard.js";

const key = (k: string, mods: Partial<Record<"ctrlKey" | "altKey" | "metaKey", boolean>> = {}) => ({
  key: k,
  ctrlKey: false,
  altKey: false,
  metaKey: false,
  ...mods,
});

describe("keyCommand", () => {
  it("keyCommand maps the arrows of both orientations to walking the events in time order", () => {
    expect(keyCommand(key("ArrowRight"))).toEqual({ kind: "move", by: 1 });
    expect(keyCommand(key("ArrowDown"))).toEqual({ kind: "move", by: 1 });
    expect(keyCommand(key("ArrowLeft"))).toEqual({ kind: "move", by: -1 });
    expect(keyCommand(key("ArrowUp"))).toEqual({ kind: "move", by: -1 });
  });

  it("keyCommand maps Home, End, Enter, Space, Escape, + − and 0", () => {
    expect(keyCommand(key("Home"))).toEqual({ kind: "first" });
    expect(keyCommand(key("End"))).toEqual({ kind: "last" });
    expect(keyCommand(key("Enter"))).toEqual({ kind: "open" });
    expect(keyCommand(key(" "))).toEqual({ kind: "open" });
    expect(keyCommand(key("Escape"))).toEqual({ kind: "close" });
    expect(keyCommand(key("+"))).toEqual({ kind: "zoom", factor: 2 });
    expect(keyCommand(key("="))).toEqual({ kind: "zoom", factor: 2 });
    expect(keyCommand(key("-"))).toEqual({ kind: "zoom", factor: 0.5 });
    expect(keyCommand(key("0"))).toEqual({ kind: "reset" });
  });

  it("keyCommand leaves other keys, and presses with Ctrl, Alt or Meta, to the browser", () => {
    expect(keyCommand(key("a"))).toBeUndefined();
    expect(keyCommand(key("Tab"))).toBeUndefined();
    expect(keyCommand(key("+", { ctrlKey: true }))).toBeUndefined(); // the page's own zoom
    expect(keyCommand(key("ArrowRight", { altKey: true }))).toBeUndefined(); // history back
    expect(keyCommand(key("0", { metaKey: true }))).toBeUndefined();
  });
});

describe("listenForKeys", () => {
  it("listenForKeys prevents the default of the presses it handles only, and its remover stops it", () => {
    const element = document.createElement("div");
    const run = vi.fn((command: { kind: string }) => command.kind === "move");
    const stop = listenForKeys(element, run);
    const press = (k: string) => {
      const event = new KeyboardEvent("keydown", { key: k, cancelable: true });
      element.dispatchEvent(event);
      return event.defaultPrevented;
    };
    expect(press("ArrowRight")).toBe(true);
    expect(press("Enter")).toBe(false); // run said it did not handle it
    expect(press("q")).toBe(false);
    expect(run).toHaveBeenCalledTimes(2);
    stop();
    press("ArrowRight");
    expect(run).toHaveBeenCalledTimes(2);
  });
});
