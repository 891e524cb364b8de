import { select } from "d3-selection";

/** One row of the event table: an event's words, as the timeline shows them. */
export interface EventRow {
  id: string;
  date: string;
  title: string;
  text: string | undefined;
  group: string | undefined;
  category: string | undefined;
  /** A link that passed the safe-scheme check. */
  link: string | undefined;
}

/** Words of the table; English unless a caller passes others. */
export interface EventListWords {
  date: string;
  event: string;
  group: string;
  category: string;
  link: string;
}

/** Class that hides an element from sight but not from screen readers. */
export const VISUALLY_HIDDEN = "chronoline-visually-hidden";

/** Up to this many rows, the table is filled at once; longer tables in idle-time chunks. */
export const ROWS_AT_ONCE = 100;
/** Rows per chunk when the browser cannot tell how much idle time is left. */
const CHUNK = 250;

/** How a table is filled: the rows of the events between two indexes, and the table's words. */
export interface EventListOptions {
  shown: boolean;
  caption: string;
  words: EventListWords;
}

/** A table of every event that fills itself after the timeline is drawn. */
export interface EventList {
  /**
   * Lists `events` (in time order), with `rowsOf` giving the row of each in a slice. Up to
   * ROWS_AT_ONCE rows are built at once, more in chunks at idle time (the table is
   * `aria-busy` until it is complete); a call before the last one finished takes over from it.
   */
  render(
    events: readonly { id: string; group?: string; category?: string }[],
    rowsOf: (from: number, to: number) => readonly EventRow[],
    options: EventListOptions,
  ): void;
  /** Whether every row is in the table. */
  readonly complete: boolean;
  /**
   * While held (a zoom or pan gesture is being drawn), rows are made but not put in the table,
   * since each addition lays the whole table out again; released, they go in.
   */
  hold(on: boolean): void;
  /** Stops filling (on destroy). */
  cancel(): void;
}

type Idle = { timeRemaining(): number };

/**
 * The table of every event, in time order, in `host`: the list a screen reader can browse, where
 * nothing is lost to zoom, to clusters or to labels hidden for lack of room. `shown: false` keeps
 * it visually hidden and free of links, so that it adds no invisible tab stops; `shown: true`
 * draws it below the timeline with each event's link. Rows are keyed by id.
 *
 * A long table is complete, not virtualised: a screen reader's browse mode reads only the rows
 * that exist, and a visually hidden table never scrolls to ask for more, so every row is built.
 * But building 10,000 rows would hold up the timeline's first paint by hundreds of milliseconds,
 * so beyond ROWS_AT_ONCE rows they are made in chunks when the browser is idle
 * (requestIdleCallback after the next two frames, else a timer) and put in the table in time
 * order, in ever larger
 * batches, with `aria-busy` set on the table meanwhile.
 */
export function createEventList(host: HTMLElement): EventList {
  const win = host.ownerDocument.defaultView;
  let job: { cancel(): void } | undefined;
  let complete = true;
  let held = false;
  let resume: (() => void) | undefined;

  const later = (run: (idle: Idle | undefined) => void): { cancel(): void } => {
    if (win && typeof win.requestIdleCallback === "function") {
      const id = win.requestIdleCallback(run, { timeout: 1000 });
      return {
        cancel: () => {
          win.cancelIdleCallback(id);
        },
      };
    }
    const id = setTimeout(() => {
      run(undefined);
    }, 0);
    return {
      cancel: () => {
        clearTimeout(id);
      },
    };
  };

  /** Idle time after the next frame has been painted: the timeline's first paint comes first. */
  const afterPaint = (run: (idle: Idle | undefined) => void): { cancel(): void } => {
    if (!win || typeof win.requestAnimationFrame !== "function") return later(run);
    let pending: { cancel(): void } | undefined;
    let frame = win.requestAnimationFrame(() => {
      frame = win.requestAnimationFrame(() => {
        frame = 0;
        pending = later(run);
      });
    });
    return {
      cancel: () => {
        if (frame) win.cancelAnimationFrame(frame);
        pending?.cancel();
      },
    };
  };

  return {
    get complete() {
      return complete;
    },
    render(events, rowsOf, options) {
      job?.cancel();
      job = undefined;
      resume = undefined;
      const { tbody, cells } = tableIn(host, events, options);
      const before = new Map<string, HTMLTableRowElement>();
      for (const tr of Array.from(tbody.rows)) before.set(tr.getAttribute("data-id") ?? "", tr);
      const table = tbody.parentElement!;
      const doc = tbody.ownerDocument;
      let built = 0; // rows made (or reused), in time order
      let attached = 0; // of which in the table
      let batch = doc.createDocumentFragment(); // made, waiting to go in
      const build = (to: number): void => {
        for (const row of rowsOf(built, to)) {
          let tr = before.get(row.id);
          if (tr) before.delete(row.id);
          else {
            tr = doc.createElement("tr");
            tr.setAttribute("data-id", row.id);
          }
          tr.replaceChildren(...cells(row));
          batch.append(tr);
        }
        built = to;
      };
      const attach = (): void => {
        tbody.insertBefore(batch, tbody.rows[attached] ?? null);
        batch = doc.createDocumentFragment();
        attached = built;
      };
      const finish = (): void => {
        // Rows of events that are gone: whatever still follows the new rows.
        while (tbody.rows.length > events.length) tbody.rows[events.length]!.remove();
        table.removeAttribute("aria-busy");
        complete = true;
        job = undefined;
        resume = undefined;
      };
      if (events.length <= ROWS_AT_ONCE) {
        build(events.length);
        attach();
        finish();
        return;
      }
      complete = false;
      table.setAttribute("aria-busy", "true");
      const step = (idle: Idle | undefined): void => {
        job = undefined;
        do build(Math.min(events.length, built + (idle ? 50 : CHUNK)));
        while (idle && built < events.length && idle.timeRemaining() > 3);
        // Adding rows lays the whole table out again (50 ms at 10,000 rows in Chromium), so rows
        // go in in batches as large as the table already is: the table is laid out about
        // log2(n / 100) times in all, never during a zoom gesture (held).
        const ready = built - attached;
        if (!held && (built === events.length || ready >= Math.max(ROWS_AT_ONCE, attached))) attach();
        if (attached === events.length) finish();
        else if (built < events.length) job = later(step);
      };
      resume = () => {
        if (!job && !complete) job = later(step);
      };
      job = afterPaint(step);
    },
    hold(on) {
      held = on;
      if (!on) resume?.();
    },
    cancel() {
      job?.cancel();
      job = undefined;
      resume = undefined;
    },
  };
}

/** The table, caption and header in `host`, and how to make a row's cells. */
function tableIn(
  host: HTMLElement,
  events: readonly { group?: string; category?: string }[],
  options: EventListOptions,
): { tbody: HTMLTableSectionElement; cells: (row: EventRow) => HTMLElement[] } {
  const { shown, words } = options;
  const columns: { heading: string; cell: (row: EventRow) => string | undefined }[] = [
    { heading: words.date, cell: (r) => r.date },
    { heading: words.event, cell: (r) => r.title },
  ];
  if (events.some((r) => r.group)) columns.push({ heading: words.group, cell: (r) => r.group });
  if (events.some((r) => r.category)) columns.push({ heading: words.category, cell: (r) => r.category });

  // The host is hidden rather than the table: a table grows to fit its cells whatever its width.
  const table = select(host)
    .classed(VISUALLY_HIDDEN, !shown)
    .selectAll<HTMLTableElement, null>("table.chronoline-table")
    .data([null])
    .join((enter) => {
      const t = enter.append("table");
      t.append("caption");
      t.append("thead").append("tr");
      t.append("tbody");
      return t;
    })
    .attr("class", "chronoline-table");
  table.select("caption").text(options.caption);
  table
    .select("thead tr")
    .selectAll("th")
    .data(columns)
    .join("th")
    .attr("scope", "col")
    .text((c) => c.heading);

  // Rows are built with plain DOM calls: a nested d3 join per row and cell cost 300 ms for
  // 10,000 events.
  const tbody = table.select<HTMLTableSectionElement>("tbody").node()!;
  const doc = tbody.ownerDocument;
  const cells = (row: EventRow): HTMLElement[] =>
    columns.map((column, i) => {
      const td = doc.createElement("td");
      if (i !== 1) td.textContent = column.cell(row) ?? "";
      else td.append(...eventCell(doc, row, shown, words.link));
      return td;
    });
  return { tbody, cells };
}

/** The event cell: its title, then its text and, when the table is shown, its link. */
function eventCell(doc: Document, row: EventRow, shown: boolean, linkWords: string): Node[] {
  const parts: Node[] = [paragraph(doc, "chronoline-table-title", row.title)];
  if (row.text) parts.push(paragraph(doc, "chronoline-table-text", row.text));
  if (shown && row.link) {
    const a = doc.createElement("a");
    a.href = row.link;
    a.textContent = linkWords;
    parts.push(a);
  }
  return parts;
}

function paragraph(doc: Document, className: string, text: string): HTMLElement {
  const span = doc.createElement("span");
  span.className = className;
  span.textContent = text;
  return span;
}
