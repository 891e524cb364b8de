// The bars of unlabelled spans, drawn together: one path per colour (a live timeline's and a
// static drawing's plain bars).
import { type EventLayerModel, make, paintColor, r2, set } from "./events.js";

/**
 * The bars of unlabelled spans, drawn together in `layer`: one path per colour, each bar a
 * rounded rectangle like a span's own (`rx` 2); bars of one colour that overlap in one lane are
 * one rectangle. Thousands of spans cost a few nodes instead of
 * two each, which is most of the drawing's style and layout on a large timeline. The layer is
 * hidden from screen readers (the event table lists every event, and the arrow keys reach each
 * one, pinned); pointer hits on a bar are found from geometry (interact/hit-test.ts).
 */
export function renderBars(layer: SVGGElement, model: EventLayerModel): void {
  if (layer.hasAttribute("transform")) layer.removeAttribute("transform");
  set(layer, "aria-hidden", "true");
  const pinned = new Set(model.pinnedIds ?? []);
  // Bars of one colour in one lane that overlap are drawn as one: at 100,000 events thousands
  // of bars share each lane, and rastering every one of them at each frame of a zoom is what
  // the GPU then waits on.
  // Bars as [start, lane, length, thickness] along the time axis (y on a vertical timeline).
  // (Plain statements and indexes, no destructuring, spreads, for…of or Math.max: this runs cold
  // at the first paint, for thousands of bars, and there each iterator step makes an object and
  // each Math.max or subtraction of fractional numbers a new number.)
  const down = model.layout.spine !== undefined;
  // Lanes by colour, then by place across the time axis and thickness (numbers, not a string
  // made per bar).
  const lanes = new Map<string | null, Map<number, Map<number, Bar[]>>>();
  const events = model.layout.events;
  for (let i = 0; i < events.length; i++) {
    const d = events[i]!;
    const b = d.bar;
    if (d.label !== undefined || !b || pinned.has(d.event.id)) continue;
    const color = model.colorOf(d.event) ?? null;
    const w = atLeastZero(b.width);
    const h = atLeastZero(b.height);
    const bar: Bar = down ? [b.y, b.x, h, w] : [b.x, b.y, w, h];
    let byPlace = lanes.get(color);
    if (!byPlace) lanes.set(color, (byPlace = new Map<number, Map<number, Bar[]>>()));
    let byThickness = byPlace.get(bar[1]);
    if (!byThickness) byPlace.set(bar[1], (byThickness = new Map<number, Bar[]>()));
    const lane = byThickness.get(bar[3]);
    if (lane) lane.push(bar);
    else byThickness.set(bar[3], [bar]);
  }
  const byColor = new Map<string | null, string[]>();
  const draw = (run: Bar): string =>
    down ? roundedRect(run[1], run[0], run[3], run[2]) : roundedRect(run[0], run[1], run[2], run[3]);
  for (const [color, byPlace] of lanes) {
    const paths: string[] = [];
    byColor.set(color, paths);
    for (const byThickness of byPlace.values()) {
      for (const bars of byThickness.values()) {
        bars.sort(byStart);
        let run: Bar | undefined;
        for (let i = 0; i < bars.length; i++) {
          const bar = bars[i]!;
          if (run && bar[0] <= run[0] + run[2]) {
            const length = bar[0] + bar[2] - run[0];
            if (length > run[2] || length !== length) run[2] = length; // Math.max, NaN and all
          } else {
            if (run) paths.push(draw(run));
            run = [bar[0], bar[1], bar[2], bar[3]];
          }
        }
        if (run) paths.push(draw(run));
      }
    }
  }
  const existing = Array.from(layer.children);
  let k = 0;
  for (const [color, paths] of byColor) {
    let path = existing[k++];
    if (!path) path = layer.appendChild(make(layer.ownerDocument, "path", "chronoline-span chronoline-bars"));
    set(path, "cursor", "pointer");
    set(path, "d", paths.join(""));
    paintColor(path, color);
  }
  for (const extra of existing.slice(k)) extra.remove();
}

/** A bar as [start, place across, length, thickness] along the time axis. */
type Bar = [number, number, number, number];

/** By start; the sign of the difference, without making the difference (a new number when cold). */
const byStart = (p: Bar, q: Bar): number => (p[0] < q[0] ? -1 : p[0] > q[0] ? 1 : 0);

/** Math.max(0, x), NaN and -0 included, without making a new number as Math.max does when cold. */
const atLeastZero = (x: number): number => (x > 0 || x !== x ? x : 0);

/** Path data of a rectangle with corners rounded as `<rect rx="2">` rounds them. */
function roundedRect(x: number, y: number, w: number, h: number): string {
  const rx = Math.min(2, w / 2);
  const ry = Math.min(2, h / 2);
  if (rx <= 0 || ry <= 0) return `M${r2(x)},${r2(y)}h${r2(w)}v${r2(h)}h${r2(-w)}z`;
  // The four corner arcs differ only in their signs.
  const px = r2(rx);
  const py = r2(ry);
  const nx = r2(-rx);
  const ny = r2(-ry);
  const radii = `a${px},${py} 0 0 1 `;
  return (
    `M${r2(x + rx)},${r2(y)}h${r2(w - 2 * rx)}${radii}${px},${py}v${r2(h - 2 * ry)}${radii}${nx},${py}` +
    `h${r2(-(w - 2 * rx))}${radii}${nx},${ny}v${r2(-(h - 2 * ry))}${radii}${px},${ny}z`
  );
}
