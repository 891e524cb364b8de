import { describeValue } from "../data/describe.js";
import type { TimeLocaleDefinition, TimelineLocale } from "../types.js";
import { createDateFormatter, type DateFormatter } from "./date-formatter.js";
import { EN_US, LOCALES } from "./locales.js";

/** What the `locale` option accepts. */
export type LocaleInput = string | TimelineLocale | TimeLocaleDefinition | undefined;

/** The locale an option names, or the reason it names none. */
export type LocaleResult = { ok: true; locale: TimelineLocale } | { ok: false; message: string };

const NAMES = Object.keys(LOCALES)
  .map((name) => `"${name}"`)
  .join(", ");

/** Reads the `locale` option: a ready-made name, a chronoline locale, or a d3-time-format one. */
export function resolveLocale(input: unknown): LocaleResult {
  if (input === undefined || input === null) return { ok: true, locale: EN_US };
  if (typeof input === "string") {
    const named =
      LOCALES[input] ??
      LOCALES[Object.keys(LOCALES).find((k) => k.toLowerCase() === input.toLowerCase()) ?? ""];
    return named
      ? { ok: true, locale: named }
      : {
          ok: false,
          message: `${describeValue(input)} is not a ready-made locale; use ${NAMES}, or pass a locale object`,
        };
  }
  if (typeof input !== "object") {
    return { ok: false, message: `must be a locale name or object, got ${describeValue(input)}` };
  }
  // A d3 definition has its own string `time` (the %X pattern) beside its month names.
  const locale = "months" in input ? { time: input as TimeLocaleDefinition } : (input as TimelineLocale);
  const problem = checkTimeLocale(locale.time);
  return problem ? { ok: false, message: problem } : { ok: true, locale };
}

function checkTimeLocale(time: unknown): string | undefined {
  if (typeof time !== "object" || time === null)
    return "needs month and weekday names (a d3-time-format locale)";
  const t = time as Record<string, unknown>;
  const lists: [string, number][] = [
    ["months", 12],
    ["shortMonths", 12],
    ["days", 7],
    ["shortDays", 7],
  ];
  for (const [key, length] of lists) {
    const list = t[key];
    if (!Array.isArray(list) || list.length !== length || !list.every((s) => typeof s === "string")) {
      return `${key} must list ${length} names, as in a d3-time-format locale`;
    }
  }
  for (const key of ["dateTime", "date", "time"]) {
    if (typeof t[key] !== "string") return `${key} must be a d3-time-format pattern such as "%x"`;
  }
  return undefined;
}

const named = new Map<string, DateFormatter>();
const custom = new WeakMap<object, DateFormatter>();

/** The formatter for a `locale` option, made once per locale; throws on a bad option. */
export function dateFormatterFor(input: unknown): DateFormatter {
  const result = resolveLocale(input);
  if (!result.ok) throw new Error(`chronoline: locale: ${result.message}`);
  const isObject = typeof input === "object" && input !== null;
  const name = result.locale.tag ?? "en-US";
  let formatter = isObject ? custom.get(input) : named.get(name);
  if (!formatter) {
    formatter = createDateFormatter(result.locale);
    if (isObject) custom.set(input, formatter);
    else named.set(name, formatter);
  }
  return formatter;
}
