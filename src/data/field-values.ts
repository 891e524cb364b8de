// The checks of one field's value shared by events and eras: each returns the value to keep, or
// undefined with an issue that names the field.
import type { DateInput, TimePoint } from "../types.js";
import { isPlainColor } from "./colors.js";
import { commonPoint, parseDate } from "./dates.js";
import { describeValue } from "./describe.js";
import type { DataIssue } from "./errors.js";
import { safeLink } from "./links.js";
import { unreadable } from "./read-safely.js";

export function datePoint(value: unknown, field: string, issues: DataIssue[]): TimePoint | undefined {
  // The common shapes first, without the result object that parseDate wraps their point in.
  const common = typeof value === "string" ? commonPoint(value) : undefined;
  if (common) return common;
  let result;
  try {
    result = parseDate(value as DateInput | undefined); // reads { year, month, day } getters
  } catch (error) {
    issues.push(unreadable(field, error));
    return undefined;
  }
  if (result.ok) return result.point;
  issues.push({ path: field, message: result.message });
  return undefined;
}

// Control characters (other than tab and line breaks) mean nothing in a title; browsers draw
// them as empty boxes, and XML forbids them, so a standalone SVG holding one would not open.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

/** Text to show: without control characters, and trimmed again once they are gone. */
function shownText(text: string | undefined): string | undefined {
  const cleaned = text?.replace(CONTROL, "").trim();
  return cleaned === "" ? undefined : cleaned;
}

export function requireText(value: unknown, field: string, issues: DataIssue[]): string | undefined {
  if (typeof value !== "string") {
    issues.push({
      path: field,
      message:
        value === undefined || value === null ? "is missing" : `must be text, got ${describeValue(value)}`,
    });
    return undefined;
  }
  const shown = shownText(value);
  if (shown === undefined) issues.push({ path: field, message: "is empty" });
  return shown;
}

export function optionalText(value: unknown, field: string, issues: DataIssue[]): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "string") {
    issues.push({ path: field, message: `must be text, got ${describeValue(value)}` });
    return undefined;
  }
  const trimmed = value.trim();
  return trimmed === "" ? undefined : trimmed;
}

/** Optional text to show (see shownText): a field not given costs one call, not two. */
export function optionalShownText(value: unknown, field: string, issues: DataIssue[]): string | undefined {
  return value === undefined || value === null ? undefined : shownText(optionalText(value, field, issues));
}

export function optionalNumber(value: unknown, field: string, issues: DataIssue[]): number | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "number" || !Number.isFinite(value)) {
    issues.push({ path: field, message: `must be a finite number, got ${describeValue(value)}` });
    return undefined;
  }
  return value;
}

export function optionalLink(value: unknown, field: string, issues: DataIssue[]): string | undefined {
  const text = optionalText(value, field, issues);
  if (text === undefined) return undefined;
  const link = safeLink(text);
  if (link === undefined) {
    issues.push({
      path: field,
      message: `${describeValue(text)} is not allowed; use an http(s), mailto or relative URL`,
    });
  }
  return link;
}

export function optionalColor(value: unknown, field: string, issues: DataIssue[]): string | undefined {
  const text = optionalText(value, field, issues);
  if (text === undefined) return undefined;
  if (!isPlainColor(text)) {
    issues.push({
      path: field,
      message: `${describeValue(text)} is not a colour; use a name, #hex, rgb() or hsl()`,
    });
    return undefined;
  }
  return text;
}
