// What extraction returns for one article: plain, structured-cloneable values (they cross worker threads).
import type { EntityLabel } from '../../graph-schema/index.js';

/** One line of `kg build --explain`: what was found, by which rule, in which sentence. */
export interface Finding {
  kind: 'mention' | 'quote' | 'speaker' | 'role' | 'event' | 'date' | 'alias' | 'skip';
  text: string;
  /** Stable rule name, `pass-file/rule`, e.g. `20-titles/title-before-name`. */
  rule: string;
  start: number;
  end: number;
  sentence: string;
  detail?: string;
}

export interface Sentence {
  start: number;
  end: number;
  text: string;
}

export interface Mention {
  type: EntityLabel;
  /** Surface form as printed, titles and possessives removed. */
  text: string;
  start: number;
  end: number;
  sentence: number;
  rule: string;
}

export interface ArticleExtraction {
  articleId: string;
  sentences: Sentence[];
  mentions: Mention[];
  findings: Finding[];
  /** Richer findings (quotes, roles, events) are owned by src/extract and read by src/resolve. */
  [more: string]: unknown;
}

export interface ExtractInput {
  id: string;
  text: string;
  date: string | null;
  title: string;
}
