import type { Frame } from "./frame.js";
import type { InterfaceWords } from "../types.js";
import { fill, WORDS } from "./words.js";

/** What the details card shows: an event's words, as plain text. */
export interface Details {
  date: string;
  title: string;
  text: string | undefined;
  /** A link that passed the safe-scheme check. */
  link: string | undefined;
  group: string | undefined;
  category: string | undefined;
  /** The event's colour, for the card's edge. */
  color: string | undefined;
}

/** A box in the frame's own coordinates, in pixels. */
export interface Anchor {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface DetailsCard {
  readonly element: HTMLElement;
  /** Fills the card and shows it beside `anchor`, inside the frame and the window. */
  open(details: Details, anchor: Anchor): void;
  /** Moves the open card beside its event's new place; undefined hides it (event out of view). */
  follow(anchor: Anchor | undefined): void;
  close(): void;
  readonly isOpen: boolean;
  /** Labels the card (close button, group, category, link) in the timeline's language. */
  setWords(words: InterfaceWords): void;
}

const GAP = 10; // between the event and the card
const MARGIN = 8; // between the card and the edges of the frame and the window
let cards = 0;

/**
 * The HTML card that shows one event's details inside the timeline's frame: its date at its
 * precision, title, text, group, category and a safe link, with a close button. All text goes in
 * as text, never as markup. `onClose` runs when the reader closes it (button).
 */
export function createDetailsCard(frame: Pick<Frame, "root" | "add">, onClose: () => void): DetailsCard {
  const doc = frame.root.ownerDocument;
  const id = `chronoline-card-${++cards}`;
  const make = <K extends keyof HTMLElementTagNameMap>(
    tag: K,
    className: string,
  ): HTMLElementTagNameMap[K] => {
    const element = doc.createElement(tag);
    element.className = className;
    return element;
  };

  const card = make("div", "chronoline-card");
  card.hidden = true;
  card.setAttribute("role", "group");
  card.setAttribute("aria-labelledby", `${id}-title`);
  const date = make("p", "chronoline-card-date");
  const close = make("button", "chronoline-card-close");
  close.type = "button";
  let words: InterfaceWords = WORDS;
  close.setAttribute("aria-label", words.close);
  close.textContent = "×";
  close.addEventListener("click", onClose);
  const head = make("div", "chronoline-card-head");
  head.append(date, close);
  const title = make("p", "chronoline-card-title");
  title.id = `${id}-title`;
  const body = make("div", "chronoline-card-body");
  card.append(head, title, body);
  frame.add(card);

  let anchor: Anchor | undefined;
  let open = false;

  function place(scrollIntoView: boolean): void {
    if (!anchor) {
      card.hidden = true;
      return;
    }
    card.hidden = false;
    const view = doc.defaultView;
    const box = frame.root.getBoundingClientRect();
    const [w, h] = [card.offsetWidth, card.offsetHeight];
    const [windowWidth, windowHeight] = [view?.innerWidth ?? box.right, view?.innerHeight ?? box.bottom];
    // Where the card may go, in order of preference: under the event, over it, or beside it
    // (left, then right; for short timelines). The first that keeps it inside both the drawing and
    // the window wins, else the first inside the window (scrolled to if need be), else below.
    const centred = anchor.left + anchor.width / 2 - w / 2;
    const across = (left: number): number =>
      Math.min(
        Math.max(Math.min(Math.max(left, MARGIN), box.width - w - MARGIN), MARGIN - box.left),
        windowWidth - box.left - w - MARGIN,
      );
    // Best inside the drawing itself, so that the zoom buttons below it stay free.
    const drawing = frame.root.querySelector("svg")?.getBoundingClientRect();
    const floor = drawing && drawing.height > 0 ? drawing.bottom - box.top : box.height;
    const middle = Math.min(Math.max(anchor.top + anchor.height / 2 - h / 2, 0), floor - h);
    const places = [
      { left: across(centred), top: anchor.top + anchor.height + GAP },
      { left: across(centred), top: anchor.top - GAP - h },
      { left: anchor.left - GAP - w, top: middle },
      { left: anchor.left + anchor.width + GAP, top: middle },
    ];
    const inWindow = (p: { left: number; top: number }): boolean =>
      box.top + p.top >= MARGIN &&
      box.top + p.top + h <= windowHeight - MARGIN &&
      box.left + p.left >= 0 &&
      box.left + p.left + w <= windowWidth;
    const inFrame = (p: { left: number; top: number }): boolean =>
      p.top >= 0 && p.top + h <= floor && p.left >= 0 && p.left + w <= box.width;
    const { left, top } =
      places.find((p) => inFrame(p) && inWindow(p)) ?? places.slice(0, 2).find(inWindow) ?? places[0]!;
    card.style.left = `${Math.round(left)}px`;
    card.style.top = `${Math.round(top)}px`;
    // jsdom lacks scrollIntoView.
    if (scrollIntoView && typeof card.scrollIntoView === "function")
      card.scrollIntoView({ block: "nearest", inline: "nearest" });
  }

  return {
    setWords(next) {
      words = next;
      close.setAttribute("aria-label", words.close);
    },
    element: card,
    get isOpen() {
      return open;
    },
    open(details, at) {
      date.textContent = details.date;
      title.textContent = details.title;
      body.replaceChildren(...bodyOf(doc, details, words));
      card.style.setProperty("--chronoline-event-color", details.color ?? null);
      anchor = at;
      open = true;
      place(true);
    },
    follow(at) {
      if (!open) return;
      anchor = at;
      place(false);
    },
    close() {
      open = false;
      anchor = undefined;
      card.hidden = true;
    },
  };
}

/** The card's body: text, then group and category as a small list of facts, then the link. */
function bodyOf(doc: Document, details: Details, words: InterfaceWords): Node[] {
  const nodes: Node[] = [];
  if (details.text) {
    const text = doc.createElement("p");
    text.className = "chronoline-card-text";
    text.textContent = details.text;
    nodes.push(text);
  }
  const facts: [string, string][] = [];
  if (details.group) facts.push([words.group, details.group]);
  if (details.category) facts.push([words.category, details.category]);
  if (facts.length) {
    const list = doc.createElement("dl");
    list.className = "chronoline-card-facts";
    for (const [term, value] of facts) {
      const dt = doc.createElement("dt");
      dt.textContent = term;
      const dd = doc.createElement("dd");
      dd.textContent = value;
      list.append(dt, dd);
    }
    nodes.push(list);
  }
  if (details.link) {
    const link = doc.createElement("a");
    link.className = "chronoline-card-link";
    link.href = details.link;
    link.textContent = linkText(details.link, doc.baseURI, words);
    nodes.push(link);
  }
  return nodes;
}

/** "Read more on example.org" for a web link, else "Read more". */
function linkText(link: string, base: string, words: InterfaceWords): string {
  try {
    const url = new URL(link, base);
    if ((url.protocol === "http:" || url.protocol === "https:") && /^[a-z]+:/i.test(link)) {
      return fill(words.readMoreOn, { host: url.hostname.replace(/^www\./, "") });
    }
  } catch {
    // Not a URL the browser can read: the plain words will do.
  }
  return words.readMore;
}
