/**
 * Links are the one place where user text becomes behaviour, so only schemes that cannot run
 * code are let through: http, https, mailto and relative URLs.
 */
const SAFE_SCHEMES = new Set(["http", "https", "mailto"]);

/** Returns the link to use, or `undefined` when the link must be refused. */
export function safeLink(raw: string): string | undefined {
  // Browsers ignore control characters and surrounding whitespace when they read a scheme
  // ("java\tscript:"), so the check must ignore them too.
  // eslint-disable-next-line no-control-regex
  const cleaned = raw.replace(/[\u0000-\u001F\u007F\s]+/g, "");
  if (cleaned === "") return undefined;
  const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(cleaned);
  if (scheme) return SAFE_SCHEMES.has(scheme[1]!.toLowerCase()) ? raw.trim() : undefined;
  // No scheme: relative, unless it smuggles an entity or a backslash that a browser may resolve.
  if (/[&\\]/.test(cleaned.split(/[?#]/)[0]!)) return undefined;
  return raw.trim();
}
