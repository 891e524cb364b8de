/**
 * Rich text from other tools (TimelineJS slides hold HTML) turned into plain text without ever
 * parsing it as live DOM: no element is created, so no script, handler or image can run or load,
 * and the same code works in Node. Tags are dropped, entities decoded, and the href of each link
 * is kept aside so that a caller can offer it as a safe `link`.
 */

/** Plain text from HTML, and the hrefs of its links in order. */
export interface PlainText {
  text: string;
  hrefs: string[];
}

// Elements whose content is never text a reader should see.
const HIDDEN =
  /<(script|style|template|noscript|iframe|object|svg|math|head|title)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
const COMMENT = /<!--[\s\S]*?(?:-->|$)|<!\[CDATA\[[\s\S]*?(?:\]\]>|$)|<![^>]*>|<\?[^>]*>/g;
// A tag: name, then attributes where quoted values may hold ">".
const TAG = /<\/?([a-zA-Z][\w:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;
const BLOCK =
  /^(p|div|br|li|ul|ol|h[1-6]|blockquote|tr|table|section|article|header|footer|dd|dt|hr|figure|figcaption|pre)$/i;
const HREF = /\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/i;

/** Converts an HTML fragment to plain text; whitespace is collapsed, paragraphs become line breaks. */
export function htmlToText(html: string): PlainText {
  const hrefs: string[] = [];
  const stripped = html
    .replace(COMMENT, "")
    .replace(HIDDEN, "")
    .replace(/[ \t\n\r\f]+/g, " ") // as in a browser, only markup breaks lines
    .replace(TAG, (_tag, name: string, attributes: string) => {
      if (name.toLowerCase() === "a") {
        const href = HREF.exec(attributes);
        const value = href?.[1] ?? href?.[2] ?? href?.[3];
        if (value !== undefined) hrefs.push(decodeEntities(value));
      }
      return BLOCK.test(name) ? "\n" : "";
    })
    // A "<" that starts no tag is text ("a < b"); one left unclosed at the end is cut markup.
    .replace(/<[a-zA-Z/!?][^>]*$/, "");
  const text = decodeEntities(stripped)
    .split("\n")
    .map((line) => line.replace(/[ \t\r\f]+/g, " ").replace(/^[ \t]+|[ \t]+$/g, ""))
    .filter(Boolean)
    .join("\n");
  return { text, hrefs };
}

// The named entities that appear in real text; others are numeric in practice, or left as written.
// One string of name and character pairs ("amp&lt<…"): smaller in the bundle than an object
// literal, and a Map answers no inherited name ("&constructor;" stays as written).
const NAMED = new Map(
  Array.from(
    "amp&lt<gt>quot\"apos'nbsp\u00a0ndash–mdash—hellip…lsquo‘rsquo’sbquo‚ldquo“rdquo”bdquo„laquo«raquo»copy©reg®trade™deg°middot·bull•times×divide÷minus−plusmn±frac12½frac14¼frac34¾euro€pound£yen¥cent¢sect§para¶shy\u00adthinsp\u2009ensp\u2002emsp\u2003zwj\u200dzwnj\u200cprime′Prime″dagger†iexcl¡iquest¿aacuteáeacuteéiacuteíoacuteóuacuteúagraveàegraveèograveòacircâecircêocircôaumläeumlëiumlïoumlöuumlüAumlÄOumlÖUumlÜszligßntildeñccedilçEacuteÉaringåoslashøaeligæ".matchAll(
      /(\w+)(.)/gu,
    ),
    ([, name, char]) => [name!, char!],
  ),
);

/** Decodes character references: `&amp;`, `&#8212;`, `&#x2014;`; unknown ones stay as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#[xX][0-9a-fA-F]+|#\d+|[a-zA-Z][a-zA-Z0-9]*);?/g, (whole, ref: string) => {
    if (ref.startsWith("#")) {
      const code = ref[1] === "x" || ref[1] === "X" ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      // Like a browser: NUL, surrogates and out-of-range numbers read as the replacement character.
      const valid = code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff);
      return String.fromCodePoint(valid ? code : 0xfffd);
    }
    return NAMED.get(ref) ?? whole;
  });
}
