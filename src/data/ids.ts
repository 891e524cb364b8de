/**
 * A generated id must stay the same when other events are added or removed, so that `update`
 * keeps the DOM node of an unchanged event: it is derived from the event's own date and title,
 * never from its position. Identical events are told apart by a suffix where they are collected.
 */
export function generateId(time: number, title: string): string {
  return `ev-${hash(`${time}|${title}`)}`;
}

// FNV-1a, 32 bits: short, stable, good enough to tell titles apart.
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}
