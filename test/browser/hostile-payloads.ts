// Text an attacker could put in a spreadsheet, a TimelineJS export or a CMS field, to be fed to a
// timeline. If any of it ever became markup, a script or a stylesheet, it would set the marker
// variable, open a dialog or fetch from evil.invalid, and the hostile-input test would see it.
import type { EraInput, EventInput } from "../../src/types.js";

/** Set on `window` by any payload that runs. */
export const MARK = "__chronolinePwned";

/** Markup that runs script when it is parsed as HTML or SVG, in many spellings. */
export const MARKUP: readonly string[] = [
  `<script>window.${MARK}=1</script>`,
  `<SCRIPT>window.${MARK}=2;alert(2)</SCRIPT>`,
  `<img src="http://evil.invalid/1.png" onerror="window.${MARK}=3">`,
  `<iMg SrC=x OnErRoR=window.${MARK}=4>`,
  `<svg onload="window.${MARK}=5"><circle r="9"/></svg>`,
  `<svg/onload=alert(6)>`,
  `"><img src=x onerror=window.${MARK}=7>`,
  `'><script>window.${MARK}=8</script>`,
  `</text></g></svg><script>window.${MARK}=9</script>`,
  `]]><script>window.${MARK}=10</script><![CDATA[`,
  `<!--<img src=x onerror=window.${MARK}=11>-->`,
  `&lt;script&gt;window.${MARK}=12&lt;/script&gt; &#60;img src=x onerror=alert(12)&#62;`,
  `<iframe src="javascript:parent.${MARK}=13"></iframe>`,
  `<a href="javascript:window.${MARK}=14">click</a>`,
  `<math><mtext><table><mglyph><style><img src=x onerror=window.${MARK}=15>`,
  `<style>@import url(http://evil.invalid/16.css);*{background:url(http://evil.invalid/16.png)}</style>`,
  `<object data="javascript:window.${MARK}=17"></object><embed src="javascript:alert(17)">`,
  `<foreignObject><body onload="window.${MARK}=18"></body></foreignObject>`,
  `<image href="http://evil.invalid/19.png" onerror="window.${MARK}=19"/>`,
  `\u0000\u0001<script>\u0008window.${MARK}=20</script>\u001f\u007f`,
  `<scr\u0000ipt>window.${MARK}=21</script>`,
  `{{constructor.constructor('window.${MARK}=22')()}} \${window.${MARK}=22}`,
  `javascript:window.${MARK}=23`,
  `<svg><animate onbegin="window.${MARK}=24" attributeName="x" dur="1s"/></svg>`,
  `<details open ontoggle="window.${MARK}=25">`,
];

/** Links that could run script or smuggle a document, in the spellings browsers still obey. */
export const UNSAFE_LINKS: readonly string[] = [
  `javascript:window.${MARK}=31`,
  `JaVaScRiPt:alert(32)`,
  `  javascript:alert(33)`,
  `java\tscript:alert(34)`,
  `java\nscript:alert(35)`,
  `\u0001javascript:alert(36)`,
  `javascript&colon;alert(37)`,
  `&#106;avascript:alert(38)`,
  `&#x6A;avascript:alert(39)`,
  `data:text/html,<script>alert(40)</script>`,
  `DATA:text/html;base64,PHNjcmlwdD5hbGVydCg0MSk8L3NjcmlwdD4=`,
  ` data:image/svg+xml,<svg onload=alert(42)>`,
  `vbscript:msgbox(43)`,
  `VBScript:msgbox(44)`,
  `file:///etc/passwd`,
  `\\\\evil.invalid\\share`,
];

/** Links that are safe, however odd they look: they must survive as they are. */
export const SAFE_LINKS: readonly string[] = [
  "https://example.org/search?q=<script>alert(1)</script>",
  "HTTPS://EXAMPLE.ORG/UPPER",
  "http://example.org/a#javascript:alert(1)",
  "mailto:someone@example.org?subject=%3Cscript%3E",
  "/relative/path?x=1",
  "#section-2",
];

/** Colours that try to break out of a style attribute or load something. */
export const CSS_PAYLOADS: readonly string[] = [
  "red;background:url(http://evil.invalid/c1.png)",
  "url(http://evil.invalid/c2.png)",
  "expression(alert(3))",
  'red"><script>alert(4)</script>',
  "red}</style><script>alert(5)</script><style>",
  "rgb(1,2,3) url(http://evil.invalid/c6.png)",
  "var(--x, url(http://evil.invalid/c7.png))",
  "#fff;--chronoline-accent:url(http://evil.invalid/c8.png)",
  "image-set(url(http://evil.invalid/c9.png) 1x)",
  "red\u0000;background:url(http://evil.invalid/c10.png)",
];

/** One event per payload, the payload in every text field; safe links only. */
export function hostileEvents(): EventInput[] {
  return MARKUP.map((payload, i) => ({
    id: i % 3 === 0 ? payload : `event-${i}`,
    date: String(1900 + i * 4),
    title: payload,
    text: `${payload} ${MARKUP[(i + 1) % MARKUP.length]!}`,
    group: MARKUP[i % 3]!,
    category: MARKUP[(i + 5) % MARKUP.length]!,
    link: SAFE_LINKS[i % SAFE_LINKS.length]!,
    ...(i % 4 === 0 ? { displayDate: payload } : {}),
  }));
}

/** Eras titled with payloads. */
export function hostileEras(): EraInput[] {
  return MARKUP.slice(0, 4).map((title, i) => ({
    start: String(1900 + i * 25),
    end: String(1920 + i * 25),
    title,
  }));
}

/** One event per unsafe link (with payload titles, too). */
export function unsafeLinkEvents(): EventInput[] {
  return UNSAFE_LINKS.map((link, i) => ({
    id: `unsafe-${i}`,
    date: String(1910 + i * 5),
    title: MARKUP[i % MARKUP.length]!,
    link,
  }));
}

/** Eras whose colours carry CSS payloads. */
export function cssEras(): EraInput[] {
  return CSS_PAYLOADS.map((color, i) => ({ start: "1950", end: "1960", title: `Colour ${i}`, color }));
}
