// The table of every event, as DOM: its caption, header and the cells of one row. How and when
// it is filled is event-list.ts.
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

/** How a table is filled: the rows of the events between two indexes, and the table's words. */
export interface EventListOptions {
  shown: boolean;
  caption: string;
  words: EventListWords;
}

/** The table, caption and header in `host`, and how to make a row's cells. */
export function tableIn(
  host: HTMLElement,
  events: readonly { group?: string; category?: string }[],
  options: EventListOptions,
): { table: HTMLTableElement; rowFor: (row: EventRow) => HTMLTableRowElement } {
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

  // Rows are copies of one blank row (its roles and cells set once), filled with textContent: a
  // nested d3 join per row and cell cost 300 ms for 10,000 events, and a copy is cheaper than
  // making and setting up each element.
  const node = table.node()!;
  const doc = node.ownerDocument;
  const blank = doc.createElement("tr");
  blank.setAttribute("role", "row");
  for (let i = 0; i < columns.length; i++) {
    const td = doc.createElement("td");
    td.setAttribute("role", "cell");
    // Where a narrow table stacks its cells, group and category say what they are (stylesheet).
    if (i >= 2) td.setAttribute("data-heading", columns[i]!.heading);
    blank.append(td);
  }
  blank.cells[1]!.append(paragraph(doc, "chronoline-table-title", ""));
  const rowFor = (row: EventRow): HTMLTableRowElement => {
    const tr = blank.cloneNode(true) as HTMLTableRowElement;
    tr.setAttribute("data-id", row.id);
    const { cells } = tr;
    for (let i = 0; i < columns.length; i++) {
      const td = cells[i]!;
      if (i === 1) eventCell(doc, td, row, shown, words.link);
      else {
        const text = columns[i]!.cell(row);
        if (text) td.textContent = text;
      }
    }
    return tr;
  };
  return { table: node, rowFor };
}

/** Fills the event cell: its title, then its text and, when the table is shown, its link. */
function eventCell(
  doc: Document,
  td: HTMLTableCellElement,
  row: EventRow,
  shown: boolean,
  linkWords: string,
): void {
  td.firstChild!.textContent = row.title;
  if (row.text) td.append(paragraph(doc, "chronoline-table-text", row.text));
  if (shown && row.link) {
    const a = doc.createElement("a");
    a.href = row.link;
    a.textContent = linkWords;
    td.append(a);
  }
}

function paragraph(doc: Document, className: string, text: string): HTMLElement {
  const span = doc.createElement("span");
  span.className = className;
  span.textContent = text;
  return span;
}
