import { tickStep } from "d3-array";
import { formatLocale } from "d3-format";
import type { TimelineLocale } from "../types.js";
import { DEEP_YEARS, fractionalYear, historianYear } from "./deep-time.js";

/** Words for deep time when the locale has none. */
const ENGLISH = {
  million: "{n} million years ago",
  billion: "{n} billion years ago",
  millionTick: "{n} Ma",
  billionTick: "{n} Ga",
};

/** Years a million and more before 1 CE, as a locale writes them. */
export interface DeepYearFormat {
  /** True for a year (astronomical) a million years or more before 1 CE. */
  isDeep(year: number): boolean;
  /** "65 million years ago", "13.8 billion years ago": the number to four significant digits. */
  long(year: number): string;
  /** Two deep years in one unit written once: "66 – 65 million years ago"; else undefined. */
  range(startYear: number, endYear: number): string | undefined;
  /**
   * A tick on a deep-time axis over `domain` (milliseconds): "13.8 Ga", "65 Ma", "0"; undefined
   * when the axis stays within a million years, where ticks are written as years ("250,000 BCE").
   */
  tick(year: number, domain: readonly [number, number]): string | undefined;
}

const UNIT = { million: 1e6, billion: 1e9 } as const;

/** The deep-time writer of a locale. */
export function createDeepYearFormat(locale: TimelineLocale): DeepYearFormat {
  const words = { ...ENGLISH, ...locale.deepTime };
  const numbers = formatLocale({
    decimal: locale.number?.decimal ?? ".",
    thousands: locale.number?.thousands ?? ",",
    grouping: [...(locale.number?.grouping ?? [3])],
    currency: ["", ""],
  });
  const significant = numbers.format(",.4~r");
  const fill = (pattern: string, n: string) => pattern.replace("{n}", n);

  /** Years before 1 CE in the unit that reads best, as text, and the unit. */
  const ago = (year: number): [string, keyof typeof UNIT] => {
    const count = 1 - year; // astronomical 0 is 1 BCE, one year before 1 CE
    // 999,960,000 years rounds to "1000 million": write it as billions.
    const unit = count >= 999_950_000 ? "billion" : "million";
    return [significant(count / UNIT[unit]), unit];
  };

  return {
    isDeep: (year) => 1 - year >= DEEP_YEARS,
    long(year) {
      const [n, unit] = ago(year);
      return fill(words[unit], n);
    },
    range(startYear, endYear) {
      if (1 - startYear < DEEP_YEARS || 1 - endYear < DEEP_YEARS) return undefined;
      const [[a, unitA], [b, unitB]] = [ago(startYear), ago(endYear)];
      return unitA === unitB ? fill(words[unitA], `${a} – ${b}`) : undefined;
    },
    tick(year, [t0, t1]) {
      const [h0, h1] = [fractionalYear(t0), fractionalYear(t1)];
      const magnitude = Math.max(Math.abs(h0), Math.abs(h1));
      if (magnitude < DEEP_YEARS) return undefined;
      const unit = magnitude >= UNIT.billion ? "billion" : "million";
      const size = UNIT[unit];
      // Enough decimals for the finest ticks an axis of this domain could have.
      const step = Math.abs(tickStep(h0, h1, 10)) || size;
      const decimals = Math.min(12, Math.max(0, Math.ceil(-Math.log10(step / size) - 1e-9)));
      const h = historianYear(year);
      const n = Math.abs(h) / size;
      if (n < 0.5 * 10 ** -decimals) return "0";
      const text = numbers.format(`,.${decimals}~f`)(n);
      return fill(unit === "billion" ? words.billionTick : words.millionTick, h > 0 ? `+${text}` : text);
    },
  };
}
