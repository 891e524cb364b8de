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

  // Rows are built with plain DOM calls: a nested d3 join per row and cell cost 300 ms for
  // 10,000 events. Rows are keyed by id, so that a row present before and after is kept.
  const tbody = table.select<HTMLTableSectionElement>("tbody").node()!;
  const doc = tbody.ownerDocument;
  const before = new Map<string, HTMLTableRowElement>();
  for (const tr of Array.from(tbody.rows)) before.set(tr.getAttribute("data-id") ?? "", tr);
  const fragment = doc.createDocumentFragment();
  for (const row of rows) {
    let tr = before.get(row.id);
    if (tr) before.delete(row.id);
    else {
      tr = doc.createElement("tr");
      tr.setAttribute("data-id", row.id);
    }
    const cells = columns.map((column, i) => {
      const td = doc.createElement("td");
      if (i !== 1) td.textContent = column.cell(row) ?? "";
      else td.append(...eventCell(doc, row, shown, words.link));
      return td;
    });
    tr.replaceChildren(...cells);
    fragment.append(tr);
  }
  tbody.replaceChildren(fragment);
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
