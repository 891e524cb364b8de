import { type EventListOptions, type EventRow, tableIn } from "./event-table.js";

export type { EventListOptions, EventRow } from "./event-table.js";

/** Up to this many rows, the table is filled at once; longer tables in idle-time batches. */
export const ROWS_AT_ONCE = 100;
/**
 * Rows per `tbody`. Rows go into a group of their own, contained (see the stylesheet), so the
 * groups already filled are not laid out or painted again.
 */
export const ROWS_PER_GROUP = 250;
/**
 * Milliseconds of row making per batch, one batch per idle period. A budget of time, not a count
 * of rows: rows with long texts, a slow device or a busy page make fewer rows per batch, not
 * longer frames.
 */
export const BUILD_MS = 8;
/**
 * Milliseconds that the frame after a batch may take, from its start to the idle time after it,
 * with the batch's layout and paint (rows cost about 0.05 ms each in the hidden table, 0.1 ms in
 * the shown one, in Chromium). That frame is timed: shorter, the next batch may be larger; more
 * than twice as long, it is smaller. (A frame is not all the table's doing — other work on the
 * page or the machine lengthens it too — so batches are sized by steps, not in proportion.)
 */
export const FRAME_MS = 12;
/** Rows in the first batch, before a frame has been timed. */
const FIRST_BATCH = 100;
/** The fewest rows a batch is cut to, however long frames are (on a busy machine, say). */
export const FEWEST = 40;
/** The most rows in a batch, however quick frames are. */
export const MOST = 1_000;
/**
 * The most rows for the next batch, from the most allowed so far, the rows of the last batch and
 * how long the frame that laid them out took (ms). A quick frame after a batch smaller than the
 * most (cut short by BUILD_MS or idle time) says nothing about a larger one.
 */
export function nextBatchSize(most: number, last: number, frameMs: number): number {
  if (last === 0) return most;
  if (frameMs > 2 * FRAME_MS) return Math.max(FEWEST, Math.round(most * 0.6));
  if (frameMs < FRAME_MS && last >= most) return Math.min(MOST, Math.round(most * 1.25));
  return most;
}
/** Rows made between two looks at the clock: a batch overshoots BUILD_MS by a slice at most. */
const SLICE = 10;
const now = (): number => (typeof performance === "undefined" ? Date.now() : performance.now());

/** A table of every event that fills itself after the timeline is drawn. */
export interface EventList {
  /**
   * Lists `events` (any order: how many, and which columns they fill), with `rowsOf` giving the
   * rows of a slice of them in time order. Up to
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
 * the next two frames, else a timer) and put in the table in time order, in batches sized to the
 * time they take to make (BUILD_MS) and to lay out (FRAME_MS), in `tbody` groups of ROWS_PER_GROUP
 * rows, with `aria-busy` set on the table meanwhile.
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

  /**
   * Idle time after the next frame, and how long that frame took from its start (the layout and
   * paint of the last batch, with whatever else the page drew in it); undefined where there are
   * no frames. Without requestIdleCallback (Safari), a timer after the frame.
   */
  const afterFrame = (
    run: (idle: Idle | undefined, frameMs: number | undefined) => void,
  ): { cancel(): void } => {
    if (!win || typeof win.requestAnimationFrame !== "function")
      return later((idle) => {
        run(idle, undefined);
      });
    let pending: { cancel(): void } | undefined;
    let frame = win.requestAnimationFrame(() => {
      frame = 0;
      const started = now();
      pending = later((idle) => {
        run(idle, now() - started);
      });
    });
    return {
      cancel: () => {
        if (frame) win.cancelAnimationFrame(frame);
        pending?.cancel();
      },
    };
  };
  /** Rows per batch at most: what the timed frames say fits in FRAME_MS. */
  let most = FIRST_BATCH;
  /** Tables rendered so far: only the first, made with the timeline, waits for its paint. */
  let renders = 0;
  let shownAgain: { cancel(): void } | undefined;

  /**
   * A hidden table built at once is left out of the timeline's first paint: its rows are in the
   * DOM (the handle's callers can read them at once), but not styled or laid out until the
   * paint is done (a hundred rows cost the first frame about as much as the drawing). The
   * table is visually hidden, so nothing on screen changes.
   */
  const keepOutOfFirstPaint = (): void => {
    if (!win || typeof win.requestAnimationFrame !== "function" || shownAgain) return;
    host.style.display = "none";
    let frame = win.requestAnimationFrame(() => {
      frame = win.requestAnimationFrame(() => {
        host.style.removeProperty("display");
      });
    });
    shownAgain = {
      cancel: () => {
        win.cancelAnimationFrame(frame);
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
      renders++;
      job?.cancel();
      job = undefined;
      resume = undefined;
      const { table, rowFor } = tableIn(host, events, options);
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
        const made = rowFor(row);
        const tr = before.get(row.id);
        if (!tr) return made;
        before.delete(row.id); // a row of the last render keeps its node, with new cells
        tr.replaceChildren(...made.childNodes);
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
        if (!options.shown && renders === 1) keepOutOfFirstPaint();
        return;
      }
      complete = false;
      table.setAttribute("aria-busy", "true");
      // Each batch is what BUILD_MS of making gives, at most as many rows as the last frame says
      // can be laid out and painted in FRAME_MS (or fewer, when the browser has less idle time),
      // put in the table at once: the next frame lays out those rows and their group only (see
      // the stylesheet), whatever the table's length. During a zoom or pan gesture (held) nothing
      // goes in.
      let last = 0; // rows in the last batch
      const step = (idle: Idle | undefined, frameMs?: number): void => {
        job = undefined;
        if (held) return; // hold(false) resumes
        if (frameMs !== undefined) most = nextBatchSize(most, last, frameMs);
        const start = now();
        const rows: HTMLTableRowElement[] = [];
        const limit = Math.min(events.length, built + most);
        let to = built;
        do {
          const from = to;
          to = Math.min(limit, to + SLICE);
          for (const row of rowsOf(from, to)) rows.push(rowOf(row));
        } while (to < limit && now() - start < BUILD_MS && (!idle || idle.timeRemaining() > 1));
        put(rows);
        built = to;
        last = rows.length;
        if (built === events.length) finish();
        else job = afterFrame(step);
      };
      resume = () => {
        last = 0; // the frames of the gesture were not this table's
        if (!job && !complete) job = afterFrame(step);
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
      shownAgain?.cancel();
    },
  };
}
