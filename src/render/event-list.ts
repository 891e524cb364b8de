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

/** Up to this many rows, the table is filled at once; longer tables in idle-time batches. */
export const ROWS_AT_ONCE = 100;
/**
 * Rows per `tbody`, and at most per batch. A batch is laid out in the next frame (about 0.1 ms a
 * row in Chromium), so 250 rows keep that frame short; as rows go into a group of their own, the
 * groups already filled are not laid out again.
 */
export const ROWS_PER_GROUP = 250;
/** Rows per batch when the browser cannot tell how much idle time is left. */
const CHUNK = ROWS_PER_GROUP;
/**
 * Milliseconds of row making per batch at most, though the browser may offer up to 50 of idle
 * time: the batch is then laid out in the next frame, which must stay short too.
 */
const BUILD_MS = 12;
const now = (): number => (typeof performance === "undefined" ? Date.now() : performance.now());

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
   * ROWS_AT_ONCE rows are built at once, more in batches at idle time (the table is
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
   * While held (a zoom or pan gesture is being drawn), filling pauses, so that no batch of rows
   * is laid out in the gesture's frames; released, it goes on.
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
 * so beyond ROWS_AT_ONCE rows they are made when the browser is idle (requestIdleCallback after
 * the next two frames, else a timer) and put in the table in time order, at most ROWS_PER_GROUP
 * at a time, in `tbody` groups of ROWS_PER_GROUP rows, with `aria-busy` set on the table meanwhile.
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
      const { table, cells } = tableIn(host, events, options);
      const doc = table.ownerDocument;
      // The groups of the last render: they stay, after the new rows, until those are complete.
      const old = Array.from(table.tBodies);
      const before = new Map<string, HTMLTableRowElement>();
      for (const tbody of old)
        for (const tr of Array.from(tbody.rows)) before.set(tr.getAttribute("data-id") ?? "", tr);
      const next = old[0] ?? null;
      let group: HTMLTableSectionElement | undefined; // the group being filled
      let built = 0; // rows made (or reused) and in the table, in time order
      const rowOf = (row: EventRow): HTMLTableRowElement => {
        let tr = before.get(row.id);
        if (tr) before.delete(row.id);
        else {
          tr = doc.createElement("tr");
          tr.setAttribute("role", "row");
          tr.setAttribute("data-id", row.id);
        }
        tr.replaceChildren(...cells(row));
        return tr;
      };
      /** Puts rows in the table, in groups of ROWS_PER_GROUP, before the last render's groups. */
      const put = (rows: HTMLTableRowElement[]): void => {
        for (let i = 0; i < rows.length;) {
          if (!group || group.rows.length >= ROWS_PER_GROUP) {
            group = doc.createElement("tbody");
            group.setAttribute("role", "rowgroup");
            table.insertBefore(group, next);
          }
          const take = Math.min(rows.length - i, ROWS_PER_GROUP - group.rows.length);
          group.append(...rows.slice(i, i + take));
          i += take;
        }
      };
      const finish = (): void => {
        for (const tbody of old) tbody.remove(); // by now, only rows of events that are gone
        table.removeAttribute("aria-busy");
        complete = true;
        job = undefined;
        resume = undefined;
      };
      if (events.length <= ROWS_AT_ONCE) {
        put(rowsOf(0, events.length).map(rowOf));
        finish();
        return;
      }
      complete = false;
      table.setAttribute("aria-busy", "true");
      // Each batch is at most ROWS_PER_GROUP rows, made in idle time and put in the table at once:
      // the next frame lays out those rows and their group only (see the stylesheet), whatever
      // the table's length. During a zoom or pan gesture (held) nothing goes in.
      const step = (idle: Idle | undefined): void => {
        job = undefined;
        if (held) return; // hold(false) resumes
        const start = now();
        const limit = Math.min(events.length, built + ROWS_PER_GROUP);
        const rows: HTMLTableRowElement[] = [];
        let to = built;
        do {
          const from = to;
          to = Math.min(limit, to + (idle ? 50 : CHUNK));
          for (const row of rowsOf(from, to)) rows.push(rowOf(row));
        } while (idle && to < limit && idle.timeRemaining() > 3 && now() - start < BUILD_MS);
        put(rows);
        built = to;
        if (built === events.length) finish();
        else job = later(step);
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
): { table: HTMLTableElement; cells: (row: EventRow) => HTMLElement[] } {
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
      // Roles spelled out: the visually hidden table is laid out as blocks (see the stylesheet),
      // and some browsers take a table's semantics from its CSS display.
      const t = enter.append("table").attr("role", "table");
      t.append("caption");
      t.append("thead").attr("role", "rowgroup").append("tr").attr("role", "row");
      return t;
    })
    .attr("class", "chronoline-table");
  table.select("caption").text(options.caption);
  table
    .select("thead tr")
    .selectAll("th")
    .data(columns)
    .join("th")
    .attr("role", "columnheader")
    .attr("scope", "col")
    .text((c) => c.heading);

  // Rows are built with plain DOM calls: a nested d3 join per row and cell cost 300 ms for
  // 10,000 events.
  const node = table.node()!;
  const doc = node.ownerDocument;
  const cells = (row: EventRow): HTMLElement[] =>
    columns.map((column, i) => {
      const td = doc.createElement("td");
      td.setAttribute("role", "cell");
      if (i !== 1) td.textContent = column.cell(row) ?? "";
      else td.append(...eventCell(doc, row, shown, words.link));
      return td;
    });
  return { table: node, cells };
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
