// Hand-made graphs written as out/graph.json by the real export, for the server and browser tests.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeEdgeId, makeId, type GraphData, type Node, type Relationship } from '../../graph-schema/index.js';
import { toGraphJSON } from '../../src/export/json.js';
import { buildGraph } from '../../src/graph/build.js';

export const A2018 = makeId('article', '000-4de6c415b655a544');
export const A2024 = makeId('article', '003-0e5b8b2c2de05b78');
export const SADR = makeId('person', 'Muqtada al-Sadr');
export const DUNFORD = makeId('person', 'Joseph Dunford');
export const VANNACCI = makeId('person', 'Roberto Vannacci');

class Builder {
  nodes: Node[] = [];
  relationships: Relationship[] = [];
  private offset = 0;

  node<T extends Node>(node: T): string {
    this.nodes.push(node);
    return node.id;
  }

  edge(type: Relationship['type'], source: string, target: string, extra: Record<string, unknown> = {}, articleId?: string, sentence?: string): string {
    const evidence = articleId ? { articleId, sentence: sentence ?? 'A sentence.', start: (this.offset += 40), end: this.offset + 30, rule: 'fixture' } : undefined;
    const id = makeEdgeId(type, source, target, evidence);
    this.relationships.push({ id, type, source, target, ...extra, ...(evidence ?? {}) } as Relationship);
    return id;
  }

  statement(speaker: string, articleId: string, text: string, about: string[] = []): string {
    const start = (this.offset += 100);
    const id = this.node({ id: makeId('statement', articleId.split(':')[1]!, String(start)), type: 'Statement', text, articleId, start, end: start + text.length });
    this.edge('SAID', speaker, id, {}, articleId, `“${text},” the speaker said.`);
    this.edge('REPORTED_IN', id, articleId, {}, articleId, `“${text},” the speaker said.`);
    for (const target of about) this.edge('ABOUT', id, target, {}, articleId, `“${text},” the speaker said.`);
    return id;
  }

  mention(articleId: string, target: string, count = 1): void {
    this.edge('MENTIONS', articleId, target, { count });
  }

  data(): GraphData {
    return { nodes: this.nodes, relationships: this.relationships };
  }
}

/** Two articles six years apart: the 2018 election briefing and 2024 talks on the coalition's end. */
export function newsGraph(): GraphData {
  const b = new Builder();
  b.node({ id: A2018, type: 'Article', title: 'Iraqi elections cast doubt on future of US troop presence', date: '2018-05', source: 'Military Times', url: 'https://example.org/2018' });
  b.node({ id: A2024, type: 'Article', title: 'Iraq and US begin talks on ending the coalition mission', date: '2024-01-17', source: 'Wire', url: 'https://example.org/2024' });
  b.node({ id: SADR, type: 'Person', name: 'Muqtada al-Sadr', aliases: ['al-Sadr', 'Sadr'], roles: ['cleric'] });
  b.node({ id: DUNFORD, type: 'Person', name: 'Joseph Dunford', aliases: ['Dunford'] });
  b.node({ id: VANNACCI, type: 'Person', name: 'Roberto Vannacci', aliases: ['Vannacci'], roles: ['deputy commanding general for training in Iraq'] });
  const mahdi = b.node({ id: makeId('organization', 'Mahdi Army'), type: 'Organization', name: 'Mahdi Army', aliases: [] });
  const jcs = b.node({ id: makeId('organization', 'Joint Chiefs of Staff'), type: 'Organization', name: 'Joint Chiefs of Staff', aliases: ['joint chiefs'] });
  const pentagon = b.node({ id: makeId('organization', 'Pentagon'), type: 'Organization', name: 'Pentagon', aliases: [] });
  const iraq = b.node({ id: makeId('place', 'Iraq'), type: 'Place', name: 'Iraq', aliases: [] });
  const baghdad = b.node({ id: makeId('place', 'Baghdad'), type: 'Place', name: 'Baghdad', aliases: ['BAGHDAD'] });
  const reporter = b.node({ id: makeId('source', 'a reporter'), type: 'Source', name: 'a reporter', aliases: [], kind: 'unnamed-person' });
  const election = b.node({ id: makeId('event', 'iraqi elections 2018'), type: 'Event', name: 'Iraqi elections', eventType: 'election', date: '2018-05', dateText: null, dateBasis: 'context', reports: 1 });
  const talks = b.node({ id: makeId('event', 'coalition talks 2024'), type: 'Event', name: 'talks on the coalition mission', eventType: 'talks', date: '2024-01', dateText: 'January', dateBasis: 'text', reports: 2, modality: 'planned' });

  b.edge('HOLDS_ROLE', SADR, mahdi, { role: 'leader' }, A2018, 'Al-Sadr led the Iraqi Shiite militia known as the Mahdi Army.');
  b.edge('HOLDS_ROLE', DUNFORD, jcs, { role: 'chairman' }, A2018, 'Gen. Joseph Dunford, chairman of the Joint Chiefs of Staff, said the relationship was a partnership.');
  b.edge('PARTICIPATED_IN', SADR, election, { role: 'winner' }, A2018, 'The victory scored by a coalition backed by al-Sadr has injected new uncertainty.');
  b.edge('OCCURRED_IN', election, iraq, {}, A2018, 'Iraqi elections cast doubt on future of US troop presence.');
  b.edge('PARTICIPATED_IN', SADR, talks, { role: 'critic' }, A2024, 'Sadr has called for the talks to end the coalition mission.');
  b.edge('OCCURRED_IN', talks, baghdad, {}, A2024, 'The talks began in Baghdad.');
  b.statement(reporter, A2018, 'General, now that Muqtada al-Sadr’s bloc has won the election, are you preparing to leave Iraq?', [SADR]);
  b.statement(VANNACCI, A2018, 'This is a very good question', []);
  b.statement(DUNFORD, A2018, 'We view our relationship with Iraq as a partnership', [iraq]);
  b.statement(SADR, A2018, 'Fixture quote: the new government must be formed by Iraqis alone', [iraq]);
  b.statement(SADR, A2024, 'Fixture quote: the occupation forces must leave our land', [pentagon]);
  for (const [article, target, count] of [[A2018, SADR, 6], [A2018, DUNFORD, 3], [A2018, VANNACCI, 2], [A2018, mahdi, 1], [A2018, jcs, 1], [A2018, pentagon, 2],
    [A2018, iraq, 8], [A2018, baghdad, 1], [A2018, election, 2], [A2024, SADR, 2], [A2024, iraq, 5], [A2024, baghdad, 2], [A2024, talks, 3], [A2024, pentagon, 1]] as const) {
    b.mention(article, target, count);
  }
  return b.data();
}

export const PAYLOAD_IMG = '<img src=x onerror="window.__pwned=(window.__pwned||0)+1">';
export const PAYLOAD_SCRIPT = '<script>window.__pwned=(window.__pwned||0)+1</script>';

/** Names, aliases, titles and quotes that are markup: they must show as characters and never run. */
export function hostileGraph(): GraphData {
  const b = new Builder();
  const article = b.node({ id: makeId('article', 'hostile'), type: 'Article', title: `Title ${PAYLOAD_SCRIPT}`, date: '2020-01-01', source: null, url: 'javascript:window.__pwned=99' });
  const person = b.node({ id: makeId('person', 'hostile person'), type: 'Person', name: `Evil ${PAYLOAD_IMG}`, aliases: [PAYLOAD_SCRIPT, 'Evil alias'] });
  const org = b.node({ id: makeId('organization', 'hostile org'), type: 'Organization', name: `Org ${PAYLOAD_SCRIPT}`, aliases: [] });
  b.edge('HOLDS_ROLE', person, org, { role: `boss ${PAYLOAD_IMG}` }, article, `Sentence ${PAYLOAD_IMG} ${PAYLOAD_SCRIPT}`);
  b.statement(person, article, `Quote ${PAYLOAD_IMG} and ${PAYLOAD_SCRIPT}`, [org]);
  b.mention(article, person, 2);
  b.mention(article, org, 1);
  return b.data();
}

/** A fresh directory holding graph.json for `data`, as `kg build --out` writes it. */
export function writeOutDir(data: GraphData): string {
  const dir = mkdtempSync(join(tmpdir(), 'kg-serve-'));
  writeGraph(dir, data);
  return dir;
}

export function writeGraph(dir: string, data: GraphData): void {
  writeFileSync(join(dir, 'graph.json'), toGraphJSON(buildGraph(data)));
}
