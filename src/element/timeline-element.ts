import { createTimeline } from "../api/create-timeline.js";
import { type FileFormat, importTimeline } from "../data/import-file.js";
import type { ImportedTimeline, Timeline, TimelineEvent, TimelineOptions } from "../types.js";

/**
 * `<chrono-line>`: a timeline from markup alone. Data comes from `src` (a JSON, CSV or TimelineJS
 * file) or from an inline `<script type="application/json">` (or `text/csv`) child; the other
 * attributes are options. Everything it draws lives in its shadow root.
 */

/** The attributes `<chrono-line>` reads; a change to any of them re-renders it. */
export const TIMELINE_ELEMENT_ATTRIBUTES = ["src", "orientation", "theme", "locale", "title"] as const;

/** What a `<chrono-line>` element offers to scripts, beyond HTMLElement. */
export interface TimelineElement extends HTMLElement {
  /** The live timeline, once data has loaded; `undefined` before, or after an error. */
  readonly timeline: Timeline | undefined;
  /** Reads the data again (from `src` or the inline script) and redraws. */
  refresh(): Promise<void>;
}

/** The `detail` of the `chronoline-select` DOM event: the chosen event. */
export type TimelineSelectDetail = TimelineEvent;

const STYLE = `
:host { display: block; position: relative; }
:host([hidden]) { display: none; }
.timeline { min-height: 1px; }
.error {
  margin: 0; padding: 10px 14px; white-space: pre-line;
  font: 14px/1.45 var(--chronoline-font-family, "Helvetica Neue", Helvetica, Arial, sans-serif);
  color: var(--chronoline-error, #b42318);
  background: var(--chronoline-error-background, #fef3f2);
  border: 1px solid currentColor; border-radius: 6px;
}
.error[hidden] { display: none; }
`;

const INLINE = 'script[type="application/json"], script[type="text/csv"]';

/** The class behind `<chrono-line>`, built on the given window's HTMLElement (no global at load). */
export function createTimelineElementClass(view: Window & typeof globalThis): CustomElementConstructor {
  return class ChronoLineElement extends view.HTMLElement implements TimelineElement {
    static readonly observedAttributes = TIMELINE_ELEMENT_ATTRIBUTES;
    #timeline: Timeline | undefined;
    #data: ImportedTimeline | undefined;
    #loads = 0; // a newer load makes older ones stale
    #observer: MutationObserver | undefined;
    readonly #container: HTMLDivElement;
    readonly #error: HTMLParagraphElement;

    constructor() {
      super();
      const root = this.attachShadow({ mode: "open" });
      const style = view.document.createElement("style");
      style.textContent = STYLE;
      this.#container = view.document.createElement("div");
      this.#container.className = "timeline";
      this.#container.setAttribute("part", "timeline");
      this.#error = view.document.createElement("p");
      this.#error.className = "error";
      this.#error.setAttribute("part", "error");
      this.#error.setAttribute("role", "alert");
      this.#error.hidden = true;
      root.append(style, this.#container, this.#error);
    }

    get timeline(): Timeline | undefined {
      return this.#timeline;
    }

    connectedCallback(): void {
      // Inline data may be edited later, or parsed after the element itself.
      this.#observer = new view.MutationObserver(() => {
        if (!this.hasAttribute("src")) void this.refresh();
      });
      this.#observer.observe(this, { childList: true, subtree: true, characterData: true });
      void this.refresh();
    }

    disconnectedCallback(): void {
      this.#observer?.disconnect();
      this.#loads++;
      this.#timeline?.destroy();
      this.#timeline = undefined;
    }

    attributeChangedCallback(name: string, before: string | null, after: string | null): void {
      if (!this.isConnected || before === after) return;
      if (name === "src") void this.refresh();
      else if (this.#data) this.#draw(this.#data);
    }

    async refresh(): Promise<void> {
      const load = ++this.#loads;
      const src = this.getAttribute("src");
      try {
        // Always asynchronous, so that a listener added just after the element is made hears
        // its first render or error, whether the data is inline or fetched.
        const data = src ? await this.#fetch(src) : await Promise.resolve().then(() => this.#inline());
        if (load !== this.#loads) return;
        if (!data) {
          // The inline script may still be coming while the page is parsed; after, say how to
          // give data (a drawing already made stays).
          const doc = view.document;
          if (doc.readyState === "loading")
            doc.addEventListener(
              "DOMContentLoaded",
              () => {
                if (!this.#data) void this.refresh();
              },
              { once: true },
            );
          else if (!this.#data) this.#noData();
          return;
        }
        this.#data = data;
        this.#draw(data);
      } catch (error) {
        if (load === this.#loads)
          this.#fail(error, src ? `could not load ${src}` : "could not read the inline data");
      }
    }

    async #fetch(src: string): Promise<ImportedTimeline> {
      const url = new URL(src, view.document.baseURI);
      const response = await view.fetch(url);
      if (!response.ok) throw new Error(`HTTP ${response.status} ${response.statusText}`.trim());
      const type = response.headers.get("content-type") ?? "";
      const format: FileFormat | undefined = /csv/.test(type) ? "csv" : undefined;
      return importTimeline(await response.text(), {
        name: url.pathname,
        source: src,
        ...(format ? { format } : {}),
      });
    }

    #inline(): ImportedTimeline | undefined {
      const script = this.querySelector(INLINE);
      if (!script) return undefined;
      const format: FileFormat | undefined = script.getAttribute("type") === "text/csv" ? "csv" : undefined;
      return importTimeline(script.textContent, {
        source: `inline JSON of <${this.localName}>`,
        ...(format ? { format } : {}),
      });
    }

    #options(data: ImportedTimeline): TimelineOptions {
      const options: TimelineOptions = { events: data.events, eras: data.eras };
      const title = this.getAttribute("title") ?? data.title;
      if (title) options.title = title;
      if (data.description) options.description = data.description;
      // Attribute values pass through as they are: the timeline validates them and says what is wrong.
      for (const name of ["orientation", "theme", "locale"] as const) {
        const value = this.getAttribute(name);
        if (value !== null) (options as unknown as Record<string, string>)[name] = value;
      }
      return options;
    }

    #draw(data: ImportedTimeline): void {
      try {
        const options = this.#options(data);
        if (this.#timeline) this.#timeline.update({ title: undefined, description: undefined, ...options });
        else {
          this.#timeline = createTimeline(this.#container, options);
          this.#timeline.on("select", (event) => {
            this.dispatchEvent(
              new view.CustomEvent("chronoline-select", { detail: event, bubbles: true, composed: true }),
            );
          });
        }
        // Pages style the drawing itself through ::part(svg), e.g. its --chronoline-* colours.
        this.#container.querySelector("svg.chronoline")?.setAttribute("part", "svg");
        this.#error.hidden = true;
        this.#error.textContent = "";
        this.dispatchEvent(new view.CustomEvent("chronoline-render", { bubbles: true, composed: true }));
      } catch (error) {
        this.#timeline?.destroy();
        this.#timeline = undefined;
        this.#fail(error, "could not draw the timeline");
      }
    }

    #noData(): void {
      const message = `chronoline: <${this.localName}> has no data: set its src, or put a <script type="application/json"> or "text/csv" inside it`;
      if (this.#error.hidden) console.warn(message); // once, not at each change of its children
      this.#show(message);
    }

    #fail(error: unknown, what: string): void {
      const reason = error instanceof Error ? error.message.replace(/^chronoline: /, "") : String(error);
      this.#timeline?.destroy();
      this.#timeline = undefined;
      this.#show(`chronoline: ${what}: ${reason}`);
      console.error(`chronoline: ${what}:`, error);
      this.dispatchEvent(
        new view.CustomEvent("chronoline-error", { detail: error, bubbles: true, composed: true }),
      );
    }

    /** Shows a message in place of the timeline: as text, never markup. */
    #show(message: string): void {
      this.#error.textContent = message;
      this.#error.hidden = false;
    }
  };
}
