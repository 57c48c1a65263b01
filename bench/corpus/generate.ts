// Writes news-like articles: a cast of titled people at organizations, places, dated events and quotes
// with speech verbs, in the shapes the extractor reads. Each article differs from every other one.
import { readFileSync } from 'node:fs';
import { Random } from './random.js';

const words = JSON.parse(readFileSync(new URL('./words.json', import.meta.url), 'utf8')) as Record<string, string[]>;
const w = (key: string): string[] => words[key]!;

interface Person {
  name: string;
  last: string;
  title: string;
  role: string;
  org: string;
}

export interface GeneratedArticle {
  title: string;
  date: string;
  source: string;
  url: string;
  body: string;
}

const cap = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
const an = (word: string): string => `${/^[aeiou]/i.test(word) ? 'an' : 'a'} ${word}`;
/** `the Pentagon`, but `NATO` without an article. */
const the = (org: string): string => (/^[A-Z.]+$/.test(org) ? org : `the ${org}`);

function two<T>(r: Random, items: T[]): [T, T] {
  const a = r.pick(items);
  const rest = items.filter((item) => item !== a);
  return [a, rest.length > 0 ? r.pick(rest) : a];
}

function person(r: Random): Person {
  const last = r.pick(w('lastNames'));
  return { name: `${r.pick(w('firstNames'))} ${last}`, last, title: r.pick(w('titles')), role: r.pick(w('roles')), org: r.pick(w('organizations')) };
}

function clause(r: Random): string {
  const tail = r.chance(0.7) ? ` ${r.pick(w('tails'))}` : '';
  return `${r.pick(w('subjects'))} ${r.pick(w('modals'))} ${r.pick(w('verbs'))} ${r.pick(w('objects'))}${tail}`;
}

function quote(r: Random): string {
  const first = cap(`${r.pick(['we', 'the government', 'our forces', 'nobody', 'the people', 'this country'])} ${r.pick(w('modals'))} ${r.pick(w('verbs'))} ${r.pick(w('objects'))}`);
  return r.chance(0.4) ? `${first}. ${cap(clause(r))}` : first;
}

function date(r: Random, year: number, month: number): string {
  return `${w('months')[month - 1]} ${r.int(1, 28)}, ${year}`;
}

type Paragraph = (r: Random, cast: Person[], year: number, month: number) => string;

const PARAGRAPHS: Paragraph[] = [
  (r, c) => `“${quote(r)},” ${r.pick(c).last} ${r.pick(w('speechVerbs'))} ${r.pick(['at a news conference', 'in an interview', 'in a statement', 'on television'])} in ${r.pick(w('places'))}.`,
  (r, c) => { const p = r.pick(c); return `“${quote(r)},” said ${p.name}, the ${p.role} of ${the(p.org)}.`; },
  (r, c) => { const p = r.pick(c); return `${p.title} ${p.name} ${r.pick(w('speechVerbs'))}: “${quote(r)}.”`; },
  (r, c) => { const p = r.pick(c); return `${p.name}, ${an(p.role)} at ${the(p.org)}, told ${r.pick(w('outlets'))} that ${clause(r)}.`; },
  (r, _c, y, m) => `On ${date(r, y, m)}, ${r.pick(w('attacks'))} near ${r.pick(w('places'))} killed at least ${r.int(2, 40)} people, according to ${the(r.pick(w('organizations')))}.`,
  (r, _c, y) => `${cap(the(r.pick(w('organizations'))))} has sought to ${r.pick(w('verbs'))} ${r.pick(w('objects'))} since ${y - r.int(1, 12)}, when ${clause(r)}.`,
  (r) => `A senior ${r.pick(w('organizations'))} official, who spoke on the condition of anonymity to discuss ${r.pick(w('topics'))}, said ${clause(r)}.`,
  (r, c) => { const [a, b] = two(r, c); return `${a.name} met ${b.title} ${b.last} in ${r.pick(w('places'))} on ${r.pick(w('days'))} to discuss ${r.pick(w('topics'))}.`; },
  (r) => `Analysts in ${r.pick(w('places'))} said ${clause(r)}, and warned that ${clause(r)}.`,
  (r, c) => `${r.pick(c).last} ${r.pick(w('speechVerbs'))} that ${clause(r)}. “${quote(r)}. ${quote(r)},” ${r.pick(['he', 'she'])} said.`,
];

/** One article; `index` goes into the URL and the dateline numbers, so no two articles share a text. */
export function generateArticle(r: Random, index: number): GeneratedArticle {
  const year = r.int(2003, 2024);
  const month = r.int(1, 12);
  const cast = Array.from({ length: r.int(3, 6) }, () => person(r));
  const lead = cast[0]!;
  const place = r.pick(w('places'));
  const title = `${r.pick(w('organizations'))} ${r.pick(w('headlineVerbs'))} ${r.pick(w('topics'))} in ${place}`;
  const paragraphs = [
    title,
    `${place.toUpperCase()} — ${lead.title} ${lead.name} said ${r.pick(w('days'))} that ${clause(r)}, a move that ${r.pick(['could reshape', 'may complicate', 'is likely to test', 'was seen as a response to'])} ${r.pick(w('topics'))}.`,
  ];
  const count = r.int(8, 22);
  for (let i = 0; i < count; i++) paragraphs.push(cap(r.pick(PARAGRAPHS)(r, cast, year, month)));
  paragraphs.push(`${r.pick(w('firstNames'))} ${r.pick(w('lastNames'))} in ${r.pick(w('places'))} contributed to this report (${index}).`);
  const day = String(r.int(1, 28)).padStart(2, '0');
  const mm = String(month).padStart(2, '0');
  const slug = title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  const source = r.pick(w('outlets'));
  return { title, date: `${year}-${mm}-${day}`, source, url: `https://news.example/${year}/${mm}/${slug}-${index}`, body: `${paragraphs.join('\n\n')}\n` };
}

/** The article as a file: YAML front matter, then the body. */
export function toFile(article: GeneratedArticle): string {
  const q = JSON.stringify;
  return `---\ntitle: ${q(article.title)}\ndate: ${q(article.date)}\nsource: ${q(article.source)}\nurl: ${q(article.url)}\n---\n${article.body}`;
}
