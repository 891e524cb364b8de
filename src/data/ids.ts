/**
 * A generated id must stay the same when other events are added or removed, so that `update`
 * keeps the DOM node of an unchanged event: it is derived from the event's own date and title,
 * never from its position. Identical events are told apart by a suffix where they are collected.
 */
export function generateId(time: number, title: string): string {
  // The hash of `${time}|${title}`, without building that string for every event.
  return `ev-${(hash(title, hash("|", hash(String(time), OFFSET))) >>> 0).toString(36)}`;
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
