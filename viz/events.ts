// The event list: the events the filters show, by date, each with its participants, place and how many articles
// report it; a name selects its event. Every string from the articles is set as text.
import type { Core, NodeSingular } from 'cytoscape';
import { clear, h } from './dom.js';

export interface EventRow {
  id: string;
  date: string | null;
  name: string;
  participants: string[];
  places: string[];
  reports: number;
  modality: string;
}

/** Undated last; then by date (a month before its days: "2024-01" < "2024-01-05"), then by name. */
function byDate(a: EventRow, b: EventRow): number {
  if (a.date !== b.date) {
    if (a.date === null) return 1;
    if (b.date === null) return -1;
    return a.date < b.date ? -1 : 1;
  }
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

function rowOf(node: NodeSingular): EventRow {
  const label = (n: NodeSingular) => String(n.data('label') ?? n.id());
  const participants = node.incomers('edge[type = "PARTICIPATED_IN"]').sources().map(label);
  const places = node.outgoers('edge[type = "OCCURRED_IN"]').targets().map(label);
  return {
    id: node.id(),
    date: typeof node.data('date') === 'string' ? node.data('date') : null,
    name: label(node),
    participants: [...new Set(participants)].sort(),
    places: [...new Set(places)].sort(),
    reports: Number(node.data('reports') ?? 1),
    modality: String(node.data('modality') ?? 'occurred'),
  };
}

/** The shown events, sorted; `select` opens one. */
export function renderEventList(root: HTMLElement, count: HTMLElement, cy: Core, select: (id: string) => void): EventRow[] {
  const rows = cy.nodes('[type = "Event"]').filter((n) => !n.hasClass('hidden')).map(rowOf).sort(byDate);
  clear(root);
  count.textContent = String(rows.length);
  if (rows.length === 0) {
    root.append(h('li', { className: 'muted' }, 'No events in the shown range.'));
    return rows;
  }
  for (const row of rows) {
    root.append(h('li', { className: 'event-row', dataset: { id: row.id } },
      h('time', {}, row.date ?? 'undated'),
      h('button', { className: 'node-link type-Event', attrs: { type: 'button' }, dataset: { id: row.id }, onClick: () => select(row.id) }, row.name),
      row.modality !== 'occurred' ? h('span', { className: 'modality' }, ` (${row.modality})`) : null,
      row.participants.length ? h('div', { className: 'event-who' }, row.participants.join(', ')) : null,
      h('div', { className: 'event-meta' }, row.places.length ? `in ${row.places.join(', ')} · ` : '', `${row.reports} ${row.reports === 1 ? 'report' : 'reports'}`)));
  }
  return rows;
}
