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

/**
 * Renders every event, in time order, as a table in `host`: the list a screen reader can browse,
 * where nothing is lost to zoom or to labels hidden for lack of room. `shown: false` keeps it
 * visually hidden and free of links, so that it adds no invisible tab stops; `shown: true` draws
 * it below the timeline with each event's link. Rows are keyed by id.
 */
export function renderEventList(
  host: HTMLElement,
  rows: readonly EventRow[],
  options: { shown: boolean; caption: string; words: EventListWords },
): void {
  const { shown, words } = options;
  const columns: { heading: string; cell: (row: EventRow) => string | undefined }[] = [
    { heading: words.date, cell: (r) => r.date },
    { heading: words.event, cell: (r) => r.title },
  ];
  if (rows.some((r) => r.group)) columns.push({ heading: words.group, cell: (r) => r.group });
  if (rows.some((r) => r.category)) columns.push({ heading: words.category, cell: (r) => r.category });

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

  const tr = table
    .select("tbody")
    .selectAll<HTMLTableRowElement, EventRow>("tr")
    .data(rows, (r) => r.id)
    .join("tr")
    .order()
    .attr("data-id", (r) => r.id);
  tr.selectAll<HTMLTableCellElement, (typeof columns)[number]>("td")
    .data(columns)
    .join("td")
    .each(function (column, i) {
      const row = select(this.parentElement).datum() as EventRow;
      if (i !== 1) {
        this.textContent = column.cell(row) ?? "";
        return;
      }
      // The event cell: its title, then its text and link.
      const doc = this.ownerDocument;
      const parts: Node[] = [paragraph(doc, "chronoline-table-title", row.title)];
      if (row.text) parts.push(paragraph(doc, "chronoline-table-text", row.text));
      if (shown && row.link) {
        const a = doc.createElement("a");
        a.href = row.link;
        a.textContent = words.link;
        parts.push(a);
      }
      this.replaceChildren(...parts);
    });
}

function paragraph(doc: Document, className: string, text: string): HTMLElement {
  const span = doc.createElement("span");
  span.className = className;
  span.textContent = text;
  return span;
}
