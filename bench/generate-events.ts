// Seeded, realistic timeline data for the layout benchmark and the cost test: dates spread over
// 1900–2025 at day, month or year precision, one event in five a span, titles of 2–9 words.
import type { EventInput } from "../src/types.js";

/** mulberry32: a small seeded generator, so that every run lays out the same data. */
export function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SUBJECTS = ["Treaty", "Election", "Reform", "Summit", "Agreement", "Census", "Strike", "Expo"];
const WORDS = [
  "of",
  "the",
  "new",
  "capital",
  "trade",
  "railway",
  "opens",
  "signed",
  "national",
  "bank",
  "university",
  "founded",
  "between",
  "Kazakhstan",
  "Singapore",
  "ministers",
  "agree",
  "on",
  "energy",
  "first",
];

const pad = (n: number): string => String(n).padStart(2, "0");

/** `n` events from `seed`: the same arguments give the same events. */
export function generateEvents(n: number, seed = 1): EventInput[] {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const events: EventInput[] = [];
  for (let i = 0; i < n; i++) {
    const year = 1900 + Math.floor(random() * 126);
    const month = 1 + Math.floor(random() * 12);
    const precision = random();
    const date =
      precision < 0.5
        ? `${year}-${pad(month)}-${pad(1 + Math.floor(random() * 28))}`
        : precision < 0.8
          ? `${year}-${pad(month)}`
          : String(year);
    const words = Array.from({ length: 1 + Math.floor(random() * 8) }, () => pick(WORDS));
    const title = `${pick(SUBJECTS)} ${words.join(" ")}`;
    const importance = random() < 0.1 ? 1 + Math.floor(random() * 3) : undefined;
    const event: EventInput =
      random() < 0.2
        ? { start: date, end: String(Math.min(2025, year + 1 + Math.floor(random() * 10))), title }
        : { date, title };
    if (importance !== undefined) event.importance = importance;
    events.push(event);
  }
  return events;
}
