/**
 * Colours end up in style attributes and custom properties, so only plain colour syntax is
 * accepted: a name, #hex, or rgb(), hsl(), oklch(), oklab() (and their "a" forms) with numbers
 * inside. No url(), expression(), var(), semicolons, braces or quotes: nothing can load or break
 * out of the declaration.
 */
const COLOR = /^(#[0-9a-fA-F]{3,8}|[a-zA-Z]+|(rgb|rgba|hsl|hsla|oklch|oklab)\([\d\s.,%/-]+\))$/;

/** True when `text` (already trimmed) is a colour in the plain syntax chronoline accepts. */
export function isPlainColor(text: string): boolean {
  return COLOR.test(text);
}
