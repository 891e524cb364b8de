import type { TimelineOptions } from "../types.js";

/** Every option, checked against TimelineOptions by the compiler: a new option must be added here. */
const OPTIONS = Object.keys({
  events: 1,
  eras: 1,
  title: 1,
  description: 1,
  orientation: 1,
  annotations: 1,
  theme: 1,
  locale: 1,
  categoryColors: 1,
  width: 1,
  maxLabelRows: 1,
  maxLabelWidth: 1,
  measure: 1,
  details: 1,
  eventList: 1,
  onInvalid: 1,
} satisfies Record<keyof TimelineOptions, 1>);

/** The keys already warned of: a page that calls update() in a loop hears of each one once. */
const warned = new Set<string>();

/**
 * Warns, once per key, of the options chronoline does not know (a typo such as `heigth`, or an
 * option of another library), naming the option it probably meant. Not an error: an option a
 * later version adds must not break a page that runs an older one.
 */
export function warnOfUnknownOptions(options: object): void {
  for (const key of Object.keys(options)) {
    if (OPTIONS.includes(key) || warned.has(key)) continue;
    warned.add(key);
    const meant = OPTIONS.find((option) => typo(key.toLowerCase(), option.toLowerCase()));
    console.warn(`chronoline: options.${key} is not an option${meant ? `; did you mean ${meant}?` : ""}`);
  }
}

/**
 * Whether `a` is likely a typo of `b`: with what they begin and end with in common taken away,
 * at most two letters are left of each ("widht" and "width" keep "ht" and "th"), and what they
 * share is at least half of `a`.
 */
function typo(a: string, b: string): boolean {
  let start = 0;
  let end = 0;
  while (a[start] && a[start] === b[start]) start++;
  const rest = Math.min(a.length, b.length) - start;
  while (end < rest && a[a.length - 1 - end] === b[b.length - 1 - end]) end++;
  return a.length - start - end < 3 && b.length - start - end < 3 && 2 * (start + end) >= a.length;
}
