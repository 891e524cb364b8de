/** A standalone SVG document for a rendered timeline: styles already inside (the serializer adds
 * the SVG namespace). */
export function serializeSVG(svg: SVGSVGElement): string {
  const view = svg.ownerDocument.defaultView;
  if (!view) throw new Error("chronoline: cannot serialize an SVG whose document has no window");
  const copy = svg.cloneNode(true) as SVGSVGElement;
  // Interaction state does not belong in a picture.
  for (const node of Array.from(copy.querySelectorAll("[tabindex]"))) node.removeAttribute("tabindex");
  // A live timeline hides its axis from screen readers, its event table giving the dates; a
  // picture has no table.
  copy.querySelector(".chronoline-axis")?.removeAttribute("aria-hidden");
  // A picture is named by its <title>, which the page leaves empty (see renderTimeline).
  copy.querySelector("title")!.textContent = copy.getAttribute("aria-label");
  return withoutXMLForbidden(new view.XMLSerializer().serializeToString(copy));
}

// XML 1.0 forbids these anywhere in a document, and serializers write them out anyway: one
// control character in a title would leave a standalone SVG that no browser opens.
// eslint-disable-next-line no-control-regex
const XML_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** The text with the characters XML 1.0 forbids removed; tab, line feed and return are kept. */
export function withoutXMLForbidden(text: string): string {
  return text.replace(XML_FORBIDDEN, "");
}
