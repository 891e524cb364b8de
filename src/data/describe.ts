/** A short, safe rendering of a bad value for an error message. */
export function describeValue(value: unknown): string {
  if (typeof value === "string") {
    const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
    return JSON.stringify(shown);
  }
  try {
    if (value instanceof Date) return Number.isNaN(value.getTime()) ? "an invalid Date" : "a Date";
    if (Array.isArray(value)) return "an array";
  } catch {
    return "an object that cannot be read"; // a revoked Proxy throws at instanceof
  }
  if (value === null) return "null";
  switch (typeof value) {
    case "number":
    case "boolean":
    case "bigint":
      return String(value);
    case "symbol":
      return value.toString();
    case "undefined":
      return "undefined";
    case "function":
      return "a function";
    default:
      return "an object";
  }
}
