/** A standalone SVG document for a rendered timeline: styles already inside (the serializer adds
 * the SVG namespace). */
export function serializeSVG(svg: SVGSVGElement): string {
  const view = svg.ownerDocument.defaultView;
  if (!view) throw new Error("chronoline: cannot serialize an SVG whose document has no window");
  const copy = svg.cloneNode(true) as SVGSVGElement;
  // Interaction state does not belong in a picture.
  for (const node of Array.from(copy.querySelectorAll("[tabindex]"))) node.removeAttribute("tabindex");
  return new view.XMLSerializer().serializeToString(copy);
}
