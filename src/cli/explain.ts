// `kg build --explain`: every finding with the rule that made it and the sentence it came from.
import { compareById } from '../../graph-schema/index.js';
import type { ArticleExtraction } from '../extract/types.js';
import type { Article } from '../ingest/types.js';

export function renderExplain(articles: Article[], extractions: ArticleExtraction[]): string {
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
  return `${lines.join('\n')}\n`;
}
