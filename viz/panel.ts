// The side panel: what is known about the selected node or edge, every article string set as text.
import type { EdgeDetails, EvidenceView, NodeDetails, NodeRef, PathResult, StatementView } from './api.js';
import { append, clear, h } from './dom.js';

export interface PanelActions {
  select(id: string): void;
  focus(id: string): void;
  toggleExpand(id: string): void;
  pathEnd(id: string): void;
  isExpanded(id: string): boolean;
  isFocused(id: string): boolean;
  pathStart(): string | null;
}

/** A name that opens its node: a button, so Tab reaches it and Enter or Space activates it. */
function nodeLink(ref: NodeRef, actions: PanelActions): HTMLElement {
  return h('button', { className: `node-link type-${ref.type}`, attrs: { type: 'button' }, dataset: { id: ref.id }, onClick: () => actions.select(ref.id) }, ref.label);
}

function section(title: string, count: number | null, ...children: Array<Node | null>): HTMLElement {
  return h('section', { className: 'panel-section' }, h('h3', {}, title, count === null ? null : h('span', { className: 'count' }, String(count))), ...children);
}

function articleLine(evidence: EvidenceView | null): HTMLElement | null {
  if (!evidence?.article) return null;
  return h('div', { className: 'meta' }, evidence.article.date ?? 'undated', ' · ', h('cite', {}, evidence.article.title));
}

function evidenceBlock(evidence: EvidenceView | null): HTMLElement | null {
  if (!evidence) return null;
  return h('div', { className: 'evidence' }, h('p', { className: 'sentence' }, evidence.sentence), articleLine(evidence), h('div', { className: 'rule' }, `rule: ${evidence.rule}`));
}

function statementItem(statement: StatementView, actions: PanelActions, showSpeaker: boolean): HTMLElement {
  return h('li', { className: 'statement', dataset: { id: statement.id } },
    h('blockquote', { className: 'quote' }, statement.text),
    h('div', { className: 'meta' },
      showSpeaker && statement.speaker ? nodeLink(statement.speaker, actions) : null,
      showSpeaker && statement.speaker ? ' · ' : null,
      h('time', {}, statement.date ?? 'undated'), ' · ',
      statement.article ? h('cite', {}, statement.article.title) : 'unknown article'),
    statement.sentence && statement.sentence.trim() !== statement.text.trim()
      ? h('details', { className: 'evidence' }, h('summary', {}, 'sentence'), h('p', { className: 'sentence' }, statement.sentence))
      : null,
    statement.about.length ? h('div', { className: 'about' }, 'about ', ...statement.about.flatMap((ref, i) => [i ? ', ' : null, nodeLink(ref, actions)])) : null);
}

function actionsBar(id: string, actions: PanelActions): HTMLElement {
  const start = actions.pathStart();
  return h('div', { className: 'panel-actions' },
    h('button', { attrs: { type: 'button' }, dataset: { action: 'focus' }, onClick: () => actions.focus(id) }, actions.isFocused(id) ? 'Leave focus' : 'Focus (ego network)'),
    h('button', { attrs: { type: 'button' }, dataset: { action: 'expand' }, onClick: () => actions.toggleExpand(id) }, actions.isExpanded(id) ? 'Collapse neighbours' : 'Expand neighbours'),
    h('button', { attrs: { type: 'button' }, dataset: { action: 'path' }, onClick: () => actions.pathEnd(id) }, start && start !== id ? 'Path to here' : 'Path from here'));
}

/** Where an event's date comes from, when not from its own date words: the reader should know it is a reading. */
const DATE_BASIS: Record<string, string> = { article: 'the article\'s date', context: 'the time the article last gave' };

function dateFact(node: NodeDetails['node']): unknown {
  const date = node.date ?? node.dateText;
  const basis = typeof node.dateBasis === 'string' ? DATE_BASIS[node.dateBasis] : undefined;
  return typeof date === 'string' && basis ? `${date} (${basis})` : date;
}

export function renderNode(root: HTMLElement, details: NodeDetails, actions: PanelActions): void {
  clear(root);
  const { node } = details;
  append(root, h('header', { className: 'panel-head' }, h('span', { className: `badge type-${node.type}` }, node.type), h('h2', { className: 'panel-title' }, node.label)));
  append(root, actionsBar(node.id, actions));
  const facts: Array<[string, unknown]> = [
    ['kind', node.kind], ['event type', node.eventType], ['date', dateFact(node)], ['source', node.type === 'Article' ? node.source : null],
  ];
  const dl = h('dl', { className: 'facts' });
  for (const [key, value] of facts) if (typeof value === 'string' && value) append(dl, h('dt', {}, key), h('dd', {}, value));
  if (node.type === 'Article' && typeof node.url === 'string') append(dl, h('dt', {}, 'url'), h('dd', {}, h('a', { href: node.url }, node.url)));
  if (dl.childElementCount) append(root, dl);
  if (details.aliases.length) append(root, section('Also called', details.aliases.length, h('ul', { className: 'aliases' }, ...details.aliases.map((a) => h('li', {}, a)))));
  if (details.roles.length) {
    append(root, section('Roles', details.roles.length, h('ul', { className: 'roles' }, ...details.roles.map((r) =>
      h('li', {}, h('span', { className: 'role' }, r.role), r.of ? ', ' : null, r.of ? nodeLink(r.of, actions) : null, evidenceBlock(r.evidence))))));
  }
  if (details.statements.length) {
    const own = node.type === 'Statement';
    append(root, section(own ? 'Quote' : 'Statements', own ? null : details.statements.length,
      h('ol', { className: 'statements' }, ...details.statements.map((s) => statementItem(s, actions, own)))));
  }
  if (details.statementsAbout.length) {
    append(root, section('Statements about', details.statementsAbout.length,
      h('ol', { className: 'statements about-list' }, ...details.statementsAbout.map((s) => statementItem(s, actions, true)))));
  }
  if (details.articles.length && node.type !== 'Article') {
    append(root, section('Articles', details.articles.length, h('ul', { className: 'articles' }, ...details.articles.map((a) =>
      h('li', {}, nodeLink({ id: a.id, type: 'Article', label: a.title }, actions), h('span', { className: 'meta' }, ` ${a.date ?? 'undated'}${a.count ? ` · ${a.count}×` : ''}`))))));
  }
  const withEvidence = details.relations.filter((r) => r.type !== 'MENTIONS');
  if (withEvidence.length) {
    append(root, section('Relationships', withEvidence.length, h('ul', { className: 'relations' }, ...withEvidence.map((r) =>
      h('li', { dataset: { edge: r.edgeId } },
        h('span', { className: 'rel-type' }, r.direction === 'out' ? `${r.type} →` : `← ${r.type}`), ' ',
        nodeLink(r.other, actions), r.role ? h('span', { className: 'meta' }, ` (${r.role})`) : null,
        r.evidence ? h('details', { className: 'evidence' }, h('summary', {}, 'evidence'), evidenceBlock(r.evidence)) : null)))));
  }
}

export function renderEdge(root: HTMLElement, details: EdgeDetails, actions: PanelActions): void {
  clear(root);
  const { edge } = details;
  append(root, h('header', { className: 'panel-head' }, h('span', { className: 'badge edge' }, 'relationship'), h('h2', { className: 'panel-title' }, edge.type)));
  append(root, h('p', { className: 'edge-ends' }, nodeLink(details.source, actions), ` —${edge.type}→ `, nodeLink(details.target, actions)));
  const dl = h('dl', { className: 'facts' });
  if (typeof edge.role === 'string') append(dl, h('dt', {}, 'role'), h('dd', {}, edge.role));
  if (typeof edge.count === 'number') append(dl, h('dt', {}, 'mentions'), h('dd', {}, String(edge.count)));
  if (dl.childElementCount) append(root, dl);
  append(root, section('Evidence', null, evidenceBlock(details.evidence) ?? h('p', { className: 'muted' }, 'A mention count; no single sentence.')));
}

export function renderPath(root: HTMLElement, result: PathResult, labels: (id: string) => NodeRef, actions: PanelActions, onClear: () => void): void {
  clear(root);
  append(root, h('header', { className: 'panel-head' }, h('span', { className: 'badge edge' }, 'path'), h('h2', { className: 'panel-title' }, `${labels(result.from).label} → ${labels(result.to).label}`)));
  append(root, h('div', { className: 'panel-actions' }, h('button', { attrs: { type: 'button' }, dataset: { action: 'clear-path' }, onClick: onClear }, 'Clear path')));
  if (!result.found) { append(root, h('p', { className: 'muted' }, 'No connection between these two in the graph.')); return; }
  if (result.viaArticles) append(root, h('p', { className: 'muted' }, 'Only connected through an article that mentions both.'));
  append(root, h('ol', { className: 'path-steps' }, ...result.nodes.map((id) => h('li', {}, nodeLink(labels(id), actions)))));
}

export function renderEmpty(root: HTMLElement, message: string): void {
  clear(root);
  append(root, h('p', { className: 'muted panel-empty' }, message));
}
