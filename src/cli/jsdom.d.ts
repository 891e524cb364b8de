// The part of jsdom's API the command line and the tests use (jsdom ships no types of its own).
declare module "jsdom" {
  export class JSDOM {
    /** pretendToBeVisual gives the window requestAnimationFrame, which a live timeline needs. */
    constructor(html?: string, options?: { pretendToBeVisual?: boolean });
    readonly window: Window & typeof globalThis;
  }
}
