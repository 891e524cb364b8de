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
