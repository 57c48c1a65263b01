// What extraction returns for one article: plain, structured-cloneable values (they cross worker threads).
import type { EntityLabel } from '../../graph-schema/index.js';
import type { EventFinding } from './events/index.js';
import type { QuoteFinding } from './quotes/index.js';

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
  /** Canonical key when a lexicon or rule knows the entity (`org:islamic-state`, `inst:iraq:government`). */
  key?: string;
  /** Canonical display name that goes with `key` (`Islamic State` for `ISIS`). */
  canonical?: string;
  /** The name with the sovereign's style it was printed with (`King Abdullah II`), kept as an alias. */
  styled?: string;
}

/** "Somali" in "Somali soldiers": a country the article names by its people's word, with no pass taking the word into a name. */
export interface NationalityFinding {
  /** The country's canonical name (`Somalia`). */
  country: string;
  /** The word as printed (`Somali`). */
  text: string;
  start: number;
  end: number;
  sentence: number;
}

/** A role the text gives a person: `Defense Secretary Ivo Horvat`, `X, commander of Y`. Indices point into `mentions`. */
export interface RoleFinding {
  person: number;
  role: string;
  /** Organization (or place) mention the role is held at, when the text names one. */
  org: number | null;
  /** Country the role belongs to when only a nationality or country is given (`Iraqi Prime Minister`). */
  country: string | null;
  /** A state office of that country's government (`Prime Minister`), so it joins `<country> government` when named. */
  government: boolean;
  /** Organizations the title implies (`Defense Secretary` → Pentagon), linked only when the article names them. */
  impliedOrgs: string[];
  sentence: number;
  start: number;
  end: number;
  rule: string;
}

export interface ArticleExtraction {
  articleId: string;
  sentences: Sentence[];
  mentions: Mention[];
  findings: Finding[];
  roles?: RoleFinding[];
  quotes?: QuoteFinding[];
  events?: EventFinding[];
  /** Authors named by the article's bylines: they go on the Article, not among the actors. */
  authors?: string[];
  /** Countries named only by their people's word ("Somali soldiers"): places of the article for resolve. */
  nationalities?: NationalityFinding[];
  /** Richer findings (quotes, roles, events) are owned by src/extract and read by src/resolve. */
  [more: string]: unknown;
}

export interface ExtractInput {
  id: string;
  text: string;
  date: string | null;
  title: string;
  /** The outlet the article's metadata names (front matter `source`, an HTML page's site name), if any. */
  source?: string | null;
}
