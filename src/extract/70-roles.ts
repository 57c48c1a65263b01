// Pass 70: roles. A title before a name ("Iraqi Prime Minister X", "Pentagon press secretary X"); an apposition
// after it ("X, commander of US Central Command") or before it ("A Pentagon spokeswoman, X,"); "X … who advised Y";
// "Y, led from Baghdad by X"; authors of bylines. "former" and "then-" stay on the role.
import { lexicons } from './lexicon.js';
import { titlesBefore } from './30-titles.js';
import { note, tokenStartingAt, type ExtractState, type RoleDraft } from './state.js';
import type { Mention } from './types.js';

const COURTESY = new Set(['Mr.', 'Mrs.', 'Ms.', 'Dr.', 'Prof.']);
const CLAUSE_END = new Set([',', '.', ';', ':', '—', '–', '“', '”', '"', '(', ')', 'who', 'which', 'that', 'said', 'told', 'says']);
const ADVERBS = new Set(['once', 'also', 'previously', 'later', 'now', 'currently', 'formerly', 'still', 'then']);

function tokenIndex(state: ExtractState, offset: number): number {
  return tokenStartingAt(state, offset);
}

function endIndex(state: ExtractState, m: Mention): number {
  let i = tokenIndex(state, m.start);
  while (i < state.tokens.length && state.tokens[i]!.end <= m.end) i++;
  return i;
}

function orgOwner(state: ExtractState, i: number): Mention | null {
  const m = state.owner[i];
  return m && (m.type === 'Organization') ? m : null;
}

function push(state: ExtractState, draft: RoleDraft, at: number): void {
  state.roles.push(draft);
  const where = draft.org ? ` at ${draft.org.text}` : draft.country ? ` of ${draft.country}` : '';
  note(state, { kind: 'role', text: `${draft.person.text}: ${draft.role}${where}`, rule: draft.rule, start: at, end: draft.person.end, sentenceIndex: draft.sentence });
}

/** "US President Donald Trump", "Iraq's then-Prime Minister Nouri al-Maliki", "Pentagon press secretary John Kirby". */
function titleRoles(state: ExtractState, person: Mention): void {
  const lex = lexicons();
  const tokens = state.tokens;
  const from = tokenIndex(state, person.start);
  const chain = titlesBefore(state, from);
  if (!chain) return;
  const modifiers: string[] = [];
  const prefix = /^(then|ex|former)-/i.exec(tokens[chain.from]!.text)?.[0];
  if (prefix) modifiers.push(prefix);
  let country: string | null = null;
  let org: Mention | null = null;
  let k = chain.from - 1;
  for (; k >= 0 && tokens[k]!.sentence === person.sentence; k--) {
    const t = tokens[k]!;
    if (lex.titleModifiers.has(t.text.toLowerCase())) { modifiers.unshift(t.text); continue; }
    if (t.possessive) continue;
    const owner = orgOwner(state, k);
    if (owner && !org && !lex.military.has(owner.text)) { org = owner; k = tokenIndex(state, owner.start); continue; }
    if (owner && lex.military.has(owner.text)) { k = tokenIndex(state, owner.start); continue; }
    const c = lex.countryOf.get(t.text);
    if (c && t.cap && !country) { country = c.name; continue; }
    if (lex.military.has(t.text)) continue;
    break;
  }
  const mods = modifiers.filter((m) => !/-$/.test(m)).join(' ');
  chain.titles.forEach((title) => {
    if (COURTESY.has(title)) return;
    const base = [mods, title].filter(Boolean).join(' ');
    push(state, {
      person, role: base, org, country: chain.state ? country : null, government: chain.government,
      impliedOrgs: chain.orgs, sentence: person.sentence, rule: '70-roles/title',
    }, tokens[chain.from]!.start);
  });
}

/** Role phrase ending at a role noun, with "of/at/for <organization>" complements after it. */
function rolePhrase(state: ExtractState, from: number, limit: number): { to: number; roleAt: number } | null {
  const lex = lexicons();
  const tokens = state.tokens;
  let roleAt = -1;
  for (let k = from; k < Math.min(from + 9, limit); k++) {
    const t = tokens[k]!;
    if (!t.word && !t.possessive && t.text !== '-') break;
    if (CLAUSE_END.has(t.text)) break;
    if (!t.cap && lex.roleNouns.has(t.text)) roleAt = k;
  }
  if (roleAt < 0) return null;
  let to = roleAt + 1;
  // "chairman of the joint chiefs", "director of the … Program at the Middle East Institute".
  for (;;) {
    const prep = tokens[to];
    if (!prep || !/^(of|at|for|with|in)$/.test(prep.text)) break;
    let k = to + 1;
    if (tokens[k] && /^(the|The)$/.test(tokens[k]!.text)) k++;
    const m = state.owner[k];
    if (!m || m.type === 'Person') break;
    to = endIndex(state, m);
  }
  return { to, roleAt };
}

function appositionRole(state: ExtractState, person: Mention, from: number, to: number, rule: string): void {
  const lex = lexicons();
  const tokens = state.tokens;
  let start = from;
  if (tokens[start] && /^(a|an|the|A|An|The)$/.test(tokens[start]!.text)) start++;
  // "Zubaidi's diplomatic adviser": the possessor is not part of the role.
  if (tokens[start + 1]?.possessive && tokens[start]!.cap && state.owner[start]?.type !== 'Organization') start += 2;
  const orgs = new Set<Mention>();
  let country: string | null = null;
  for (let k = start; k < to; k++) {
    const m = state.owner[k];
    if (m?.type === 'Organization') orgs.add(m);
    const c = lex.countryOf.get(tokens[k]!.text);
    if (!m && c && tokens[k]!.cap && !country) country = c.name;
    if (m?.type === 'Place' && m.key?.startsWith('place:') && lex.countries.has(m.canonical ?? '') && !country && !/^(of|at|for|in|with)$/.test(tokens[k - 1]?.text ?? '')) country = m.canonical!;
  }
  const role = state.text.slice(tokens[start]!.start, tokens[to - 1]!.end);
  if (orgs.size === 0) {
    push(state, { person, role, org: null, country, government: false, impliedOrgs: [], sentence: person.sentence, rule }, tokens[from]!.start);
    return;
  }
  for (const org of orgs) {
    push(state, { person, role, org, country: null, government: false, impliedOrgs: [], sentence: person.sentence, rule }, tokens[from]!.start);
    const branch = serviceBranch(state, org);
    if (branch) push(state, { person, role, org: branch, country: null, government: false, impliedOrgs: [], sentence: person.sentence, rule: `${rule}+service-branch` }, tokens[from]!.start);
  }
}

/** "Army Special Forces" is part of the Army: the article's own mention of that service ("U.S. Army"), if any. */
function serviceBranch(state: ExtractState, org: Mention): Mention | null {
  const lex = lexicons();
  const branch = [...lex.military].filter((b) => org.text.startsWith(`${b} `)).sort((a, b) => b.length - a.length)[0];
  if (!branch) return null;
  return state.mentions.find((m) => m !== org && m.type === 'Organization' && (m.text === branch || m.text.endsWith(` ${branch}`))) ?? null;
}

function appositions(state: ExtractState, person: Mention): void {
  const tokens = state.tokens;
  const end = endIndex(state, person);
  const sentenceEnd = (() => { let k = end; while (k < tokens.length && tokens[k]!.sentence === person.sentence) k++; return k; })();
  // "X, commander of Y" / "X, the Pentagon spokesman"
  if (tokens[end]?.text === ',') {
    const phrase = rolePhrase(state, end + 1, sentenceEnd);
    if (phrase) appositionRole(state, person, end + 1, phrase.to, '70-roles/apposition-after');
  }
  // "A Pentagon spokeswoman, Laura Chen, denied"
  const start = tokenIndex(state, person.start);
  if (tokens[start - 1]?.text === ',' && (tokens[end]?.text === ',' || tokens[end]?.text === 'said')) {
    let k = start - 2;
    while (k >= 0 && tokens[k]!.sentence === person.sentence && tokens[k]!.text !== ',' && start - k < 10) k--;
    const from = k + 1;
    const phrase = rolePhrase(state, from, start - 1);
    if (phrase && phrase.to === start - 1) appositionRole(state, person, from, phrase.to, '70-roles/apposition-before');
  }
}

/** "… cleric who led the Iraqi Shiite militia known as the Mahdi Army" → leader of the Mahdi Army. */
function whoClauses(state: ExtractState): void {
  const lex = lexicons();
  const tokens = state.tokens;
  tokens.forEach((t, i) => {
    if (t.text !== 'who') return;
    let subject: Mention | null = null;
    for (const m of state.mentions) if (m.type === 'Person' && m.sentence === t.sentence && m.end <= t.start && (!subject || m.end > subject.end)) subject = m;
    if (!subject) return;
    let v = i + 1;
    while (tokens[v] && ADVERBS.has(tokens[v]!.text)) v++;
    const one = tokens[v]?.text ?? '';
    const two = `${one} ${tokens[v + 1]?.text ?? ''}`;
    const role = lex.whoVerbs.get(two) ?? lex.whoVerbs.get(one);
    if (!role) return;
    for (let k = v + 1; k < tokens.length && tokens[k]!.sentence === t.sentence && !/^[,.;]$/.test(tokens[k]!.text) && tokens[k]!.text !== 'which'; k++) {
      const m = state.owner[k];
      if (m?.type === 'Organization') {
        push(state, { person: subject, role, org: m, country: null, government: false, impliedOrgs: [], sentence: t.sentence, rule: '70-roles/who-clause' }, t.start);
        return;
      }
    }
  });
}

/** "The coalition, led from Baghdad by U.S. Marine Brig. Gen. Mark Ellison". */
function ledBy(state: ExtractState, person: Mention): void {
  const lex = lexicons();
  const tokens = state.tokens;
  let k = tokenIndex(state, person.start) - 1;
  const chain = titlesBefore(state, k + 1);
  if (chain) k = chain.from - 1;
  while (k >= 0 && (lex.countryOf.has(tokens[k]!.text) || lex.military.has(tokens[k]!.text) || lex.titleModifiers.has(tokens[k]!.text))) k--;
  if (tokens[k]?.text !== 'by') return;
  for (let v = k - 1; v >= Math.max(0, k - 6) && tokens[v]!.sentence === person.sentence; v--) {
    if (!lex.ledBy.has(tokens[v]!.text)) continue;
    const before = tokens[v - 1]?.text === ',' ? v - 2 : v - 1;
    const org = orgOwner(state, before);
    if (!org) return;
    const role = chain ? chain.titles.join(' ') : 'leader';
    push(state, { person, role, org, country: null, government: false, impliedOrgs: [], sentence: person.sentence, rule: '70-roles/led-by' }, org.start);
    return;
  }
}

export function findRoles(state: ExtractState): void {
  const lex = lexicons();
  const people = state.mentions.filter((m) => m.type === 'Person').sort((a, b) => a.start - b.start);
  for (const person of people) {
    titleRoles(state, person);
    appositions(state, person);
    ledBy(state, person);
  }
  whoClauses(state);
  for (const author of state.authors) {
    push(state, { person: author, role: lex.authorRole, org: state.publication, country: null, government: false, impliedOrgs: [], sentence: author.sentence, rule: '70-roles/author' }, author.start);
  }
}
