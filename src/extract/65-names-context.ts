// Pass 65: people the first name pass could not be sure of. A capitalized phrase is a name when its context
// says so ("…," said X; X, a spokesman; it has `al-`); a lone word is a person when it is the surname of a
// person the article has named ("Hale said", "Al-Sadr", "Zubaidi's").
import { lexicons } from './lexicon.js';
import { capitalChunks } from './chunks.js';
import { isLexiconPhrase, nameEnd } from './names-shape.js';
import { addMention, note, type ExtractState } from './state.js';

const ARABIC_PARTICLE = /^(?:al|el)-\p{Lu}/u;

/** Surname forms of a full name: "Muqtada al-Sadr" → "al-Sadr", "Al-Sadr", "Sadr". */
export function surnameForms(name: string): string[] {
  const parts = name.split(/\s+/);
  const last = parts[parts.length - 1]!;
  const forms = new Set([last]);
  const bare = last.replace(/^(?:al|el|Al|El)-/, '');
  if (bare !== last) {
    forms.add(bare);
    forms.add(`Al-${bare}`);
    forms.add(`al-${bare}`);
  }
  return [...forms];
}

function contextSaysPerson(state: ExtractState, from: number, to: number): string | null {
  const lex = lexicons();
  const tokens = state.tokens;
  const after = tokens[to];
  const before = tokens[from - 1];
  if (after && lex.speechVerbs.has(after.text)) return 'speech-verb-after';
  if (before && lex.speechVerbs.has(before.text)) return 'speech-verb-before';
  if (after?.text === ',' && tokens[to + 1] && /^(a|an|the)$/.test(tokens[to + 1]!.text)) {
    for (let k = to + 2; k < Math.min(to + 9, tokens.length) && tokens[k]!.word; k++) if (lex.roleNouns.has(tokens[k]!.text)) return 'role-apposition';
  }
  if (tokens.slice(from, to).some((t) => ARABIC_PARTICLE.test(t.text)) && to - from >= 2) return 'arabic-particle';
  return null;
}

export function findContextNames(state: ExtractState): void {
  const lex = lexicons();
  const tokens = state.tokens;
  for (const chunk of capitalChunks(state, false)) {
    if (state.headline.has(tokens[chunk.from]!.sentence)) continue;
    const to = nameEnd(state, chunk.from);
    const end = Math.min(to, chunk.to);
    if (end - chunk.from < 2 || isLexiconPhrase(state, chunk.from, end)) continue;
    if (tokens.slice(chunk.from, end).some((t) => lex.notNames.has(t.text))) continue;
    const why = contextSaysPerson(state, chunk.from, end);
    if (why) addMention(state, 'Person', chunk.from, end, `65-names-context/${why}`);
    else if (state.explain) note(state, { kind: 'skip', text: state.text.slice(tokens[chunk.from]!.start, tokens[end - 1]!.end), rule: '65-names-context/no-evidence', start: tokens[chunk.from]!.start, end: tokens[end - 1]!.end, sentenceIndex: tokens[chunk.from]!.sentence });
  }
  // Surnames of people already named in the article.
  const surnames = new Set<string>();
  for (const m of state.mentions) if (m.type === 'Person' && m.text.includes(' ')) for (const form of surnameForms(m.text)) surnames.add(form);
  tokens.forEach((t, i) => {
    if (!t.cap || state.owner[i] || state.skipped[i] || state.inTitle[i]) return;
    if (surnames.has(t.text)) addMention(state, 'Person', i, i + 1, '65-names-context/surname');
  });
}
