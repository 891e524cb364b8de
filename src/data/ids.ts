import type { TimelineEvent } from "../types.js";

/**
 * A generated id must stay the same when other events are added or removed, so that `update`
 * keeps the DOM node of an unchanged event: it is derived from the event's own date and title,
 * never from its position. Identical events are told apart by a suffix where they are collected.
 */
export function generateId(time: number, title: string): string {
  return idOfHash(idHash(time, title));
}

/**
 * The 32 bits a generated id is made of, as a signed integer: two events get the same generated
 * id exactly when their hashes are the same.
 */
export function idHash(time: number, title: string): number {
  // The hash of `${time}|${title}`, without building that string for every event.
  const h = Number.isSafeInteger(time) ? hashInteger(time) : hash(String(time), OFFSET);
  return hash(title, Math.imul(h ^ 124, 0x01000193)); // 124: "|"
}

/** The generated id of a hash from `idHash`. */
export function idOfHash(h: number): string {
  return `ev-${(h >>> 0).toString(36)}`;
}

const DIGITS = new Uint8Array(16);

/**
 * `hash(String(time), OFFSET)` for a safe integer, without making the string: the digits of its
 * two halves (below and above 10⁹), each small enough for integer arithmetic.
 */
function hashInteger(time: number): number {
  let h = OFFSET;
  let rest = time;
  if (rest < 0) {
    h = Math.imul(h ^ 45, 0x01000193); // "-"
    rest = -rest;
  }
  const high = Math.floor(rest / 1e9);
  const low = (rest - high * 1e9) | 0; // | 0: a small integer, whose % 10 needs no fmod call while cold
  if (high === 0) return hashDigits(low, h, 0);
  if (high < 2 ** 31) return hashDigits(low, hashDigits(high, h, 0), 9);
  return hash(String(rest), h);
}

/** Hashes the decimal digits of a whole number below 2³¹, zero-padded to `width`. */
function hashDigits(value: number, h: number, width: number): number {
  let rest = value;
  let count = 0;
  do {
    DIGITS[count++] = 48 + (rest % 10);
    rest = (rest / 10) | 0;
  } while (rest > 0);
  while (count < width) DIGITS[count++] = 48;
  while (count > 0) h = Math.imul(h ^ DIGITS[--count]!, 0x01000193);
  return h;
}

// FNV-1a, 32 bits: short, stable, good enough to tell titles apart.
const OFFSET = 0x811c9dc5;

function hash(text: string, h: number): number {
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h;
}

/**
 * The ids of the events kept while parsing, each one new: an id the user gave must not be taken
 * already, and a generated one is made new with a suffix ("…-2", "…-3" for two events of the same
 * date and title).
 *
 * The map of ids taken (by the input index of their event) is made only once an event comes
 * with an id of its own. Until then each kept event gets the id made from its hash, and the
 * hashes are kept (by place among the kept events) to find the few that repeat at the end,
 * natively: without the map, parsing 10,000 events allocates 0.5 MB less (of 2.7) and makes no
 * lookups.
 */
export class EventIds {
  private taken: Map<string, number> | undefined;
  private hashes: Int32Array;

  constructor(expected: number) {
    this.hashes = new Int32Array(Math.min(expected, 1024));
  }

  /** The input index of the event that already has the user's `id`, given the events kept so far. */
  holderOf(id: string, kept: readonly TimelineEvent[]): number | undefined {
    this.taken ??= takeIds(kept);
    return this.taken.get(id);
  }

  /**
   * Takes the id of an event about to be kept as the `place`-th, first generating it when the
   * event came without one.
   */
  keep(event: TimelineEvent, place: number): void {
    const taken = this.taken;
    if (event.id === "") {
      const hash = idHash(event.start.time, event.title);
      event.id = idOfHash(hash);
      if (taken) takeNewId(event, event.id, taken);
      else {
        if (place === this.hashes.length) this.hashes = doubled(this.hashes);
        this.hashes[place] = hash;
      }
    }
    taken?.set(event.id, event.index);
  }

  /** Numbers the repeated generated ids of the kept events, when no map was made. */
  finish(kept: TimelineEvent[]): void {
    if (!this.taken) numberRepeats(kept, this.hashes.subarray(0, kept.length));
  }
}

/**
 * The ids taken by the events so far, all generated, each made new as the events came: two with
 * the same date and title get "…", "…-2", "…-3".
 */
function takeIds(events: readonly TimelineEvent[]): Map<string, number> {
  const seenIds = new Map<string, number>();
  for (let k = 0; k < events.length; k++) {
    const event = events[k]!;
    takeNewId(event, event.id, seenIds);
    seenIds.set(event.id, event.index);
  }
  return seenIds;
}

/** The first of `id`, "`id`-2", "`id`-3", … not taken. */
function takeNewId(event: TimelineEvent, id: string, seenIds: Map<string, number>): void {
  event.id = id;
  for (let n = 2; seenIds.has(event.id); n++) event.id = `${id}-${n}`;
}

/**
 * Events none of which came with an id, each named from its hash: the later events of a hash that
 * repeats become "…-2", "…-3", as takeIds would make them (no other generated id can be one of
 * these: the part after "ev-" has no "-").
 */
function numberRepeats(events: TimelineEvent[], hashes: Int32Array): void {
  const sorted = hashes.slice().sort();
  // The events seen so far of each hash that repeats, by hash: numbers, not the ids (a lookup by
  // the id string cost a new heap object per event).
  let seen: Map<number, number> | undefined;
  for (let k = 1; k < sorted.length; k++) {
    if (sorted[k] === sorted[k - 1]) (seen ??= new Map()).set(sorted[k]!, 0);
  }
  if (!seen) return;
  for (let k = 0; k < events.length; k++) {
    const count = seen.get(hashes[k]!);
    if (count === undefined) continue;
    seen.set(hashes[k]!, count + 1);
    if (count > 0) events[k]!.id = `${events[k]!.id}-${count + 1}`;
  }
}

/** A typed array twice as long, holding the same values first. */
function doubled(values: Int32Array): Int32Array {
  const more = new Int32Array(Math.max(16, values.length * 2));
  more.set(values);
  return more;
}
