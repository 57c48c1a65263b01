// `kg build --explain`: every finding with the rule that made it and the sentence it came from.
import { compareById, type GraphData } from '../../graph-schema/index.js';
import type { ArticleExtraction } from '../extract/types.js';
import type { Article } from '../ingest/types.js';

/** Each Event node with its reports: the article, the words, the rule that found it and why it joined the event. */
function explainEvents(articles: Article[], data: GraphData): string[] {
  const paths = new Map(articles.map((a) => [a.id, a.path]));
  const reports = new Map<string, string[]>();
  for (const r of data.relationships) {
    if (r.type !== 'REPORTED_IN' || !r.source.startsWith('event:')) continue;
    const [found, joined] = r.rule.split('; ');
    const line = `  ${paths.get(r.target) ?? r.target} @${r.start} "${r.mention ?? ''}" found by ${found}, ${joined === 'resolve/first-report' ? 'first report' : `joined by ${joined}`}`;
    reports.set(r.source, [...(reports.get(r.source) ?? []), line]);
  }
  const lines = ['# events: each node, its reports and why they are one event'];
  for (const node of data.nodes) {
    if (node.type !== 'Event') continue;
    lines.push(`${node.id} "${node.name}" ${node.eventType} ${node.date ?? 'undated'} ${node.modality ?? 'occurred'}, ${node.reports ?? 1} article(s)`);
    lines.push(...(reports.get(node.id) ?? []).sort());
  }
  return lines;
}

export function renderExplain(articles: Article[], extractions: ArticleExtraction[], data?: GraphData): string {
  const byId = new Map(extractions.map((extraction) => [extraction.articleId, extraction]));
  const lines: string[] = [];
  for (const article of [...articles].sort(compareById)) {
    lines.push(`# ${article.path} (${article.id}) ${article.title}`);
    const findings = [...(byId.get(article.id)?.findings ?? [])].sort((a, b) => a.start - b.start || a.end - b.end);
    for (const finding of findings) {
      const detail = finding.detail ? ` (${finding.detail})` : '';
      lines.push(`  ${finding.start}-${finding.end} ${finding.kind} "${finding.text}"${detail} by ${finding.rule}`);
      lines.push(`      in: ${finding.sentence.replace(/\s+/g, ' ').trim()}`);
    }
  }
  if (data) lines.push(...explainEvents(articles, data));
  return `${lines.join('\n')}\n`;
}
