// Pass 50, after the outlets: platforms named by how the text uses them, whatever their name: "posted on Telegram",
// "took to Twitter to", "in a post on Truth Social", "on his Instagram account". A name the article gives a person,
// a place or a given name is left alone ("posted on Monday", "took to Paris").
import { lexicons } from './lexicon.js';
import { addMention, isFree, personWords, type ExtractState } from './state.js';
import { nameKey } from './org-keys.js';
import { CALENDAR } from './chunks.js';

/** Verbs and nouns of posting before "on": "wrote on", "a post on", "a message on Twitter" (not "a message on Christmas Day"). */
const POSTING = new Set(['posted', 'wrote', 'shared', 'published', 'tweeted', 'uploaded', 'post', 'posts', 'tweet', 'tweets', 'message', 'messages', 'video', 'videos']);
/** "said on Facebook she would step down", "Photos circulated on Twitter": verbs that say or carry, whose "on" may name a
 * platform: one word the clause goes on after (not "said on Capitol Hill", "said on Channel 12", "said on Face the
 * Nation"). */
const SAYING = new Set(['said', 'says', 'announced', 'circulated', 'circulating']);
/** "took to Twitter", "Taking to Facebook". */
const TAKING = new Set(['took', 'taking', 'take', 'takes']);
/** "on his Telegram channel": what a platform holds. */
const HOLDINGS = new Set(['account', 'accounts', 'channel', 'channels', 'page', 'pages', 'feed', 'handle', 'profile']);
/** A possessive owner only: not "on a TV channel", "on the Student Blockade account" (the account's name). */
const OWNERS = new Set(['his', 'her', 'its', 'their', 'our', 'my']);

export function platforms(state: ExtractState): void {
  const tokens = state.tokens;
  for (let i = 2; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.cap || !t.word || !isFree(state, i, i + 1)) continue;
    const before = tokens[i - 1]!;
    const before2 = tokens[i - 2]!;
    if (before.sentence !== t.sentence) continue;
    const run = shortRun(state, i);
    if (run === i) continue;
    const after = tokens[run];
    const afterText = after && after.sentence === t.sentence ? after.lower : '.';
    const saying = before.lower === 'on' && SAYING.has(before2.lower) && before2.sentence === t.sentence
      && run === i + 1 && !/^(?:the|a|an|\d.*)$/i.test(afterText);
    const posting = (before.lower === 'on' && POSTING.has(before2.lower) && before2.sentence === t.sentence) || saying;
    // "took to Twitter to say", "Taking to Facebook, she wrote": not "took to the streets" (no capital).
    const taking = before.lower === 'to' && TAKING.has(before2.lower) && before2.sentence === t.sentence && (afterText === 'to' || afterText === ',');
    // "on his Telegram channel", "on its X account".
    const holding = OWNERS.has(before.lower) && tokens[i - 2]?.lower === 'on' && HOLDINGS.has(afterText);
    if (!(posting || taking || holding)) continue;
    // "posted on Monday", "wrote on Trump's page" (the possessive ends the run), "took to Paris".
    if (!plausible(state, i, run)) continue;
    // "wrote on Kovalenko's page", "posted on Valentine's Day": a possessive after the name makes it an owner.
    if (after?.possessive && after.sentence === t.sentence) continue;
    // After the name, the clause goes on in lower case or ends: "on Facebook that", "on X, saying".
    // ("posted on X. He said": the letter's full stop ends the sentence the splitter kept whole.)
    if (after && after.sentence === t.sentence && after.cap && !/^\p{Lu}\.$/u.test(t.text)) continue;
    // "posted on X." read as an initial: the letter without its full stop.
    const text = state.text.slice(t.start, tokens[run - 1]!.end).replace(/(?<=^\p{Lu})\.$/u, '');
    addMention(state, 'Organization', i, run, '50-organizations/platform-by-use', { key: nameKey(text), end: t.start + text.length });
    i = run - 1;
  }
}

/** One or two free capitalized words from `i` in its sentence, no possessive ("Telegram", "Truth Social"). */
function shortRun(state: ExtractState, i: number): number {
  const tokens = state.tokens;
  let to = i;
  // "posted on X. He says": a letter with a full stop is the whole name.
  if (/^\p{Lu}\.$/u.test(tokens[i]!.text)) return isFree(state, i, i + 1) ? i + 1 : i;
  while (to < i + 2 && tokens[to]?.cap && tokens[to]!.word && !tokens[to]!.possessive && tokens[to]!.sentence === tokens[i]!.sentence && isFree(state, to, to + 1)) to++;
  return to;
}

/** No person's word of the article, place, given name, title, day or month. */
function plausible(state: ExtractState, from: number, to: number): boolean {
  const lex = lexicons();
  const words = state.tokens.slice(from, to).map((t) => t.text);
  const people = personWords(state);
  // "Truth Social": a word that opens no name may follow the first.
  if (lex.notNames.has(words[0]!) || words.some((w) => people.has(w.toLowerCase()) || CALENDAR.test(w) || lex.places.has(w) || lex.countryOf.has(w) || lex.titles.has(w))) return false;
  // "took to Independence Square", "posted on Main Street", "tweeted on Independence Day": a place's head word or a
  // day's name ends no platform's name.
  const last = words[words.length - 1]!;
  if (lex.placeHeads.has(last) || /^(?:Day|Eve)$/.test(last)) return false;
  // "Telegram", "Twitter", "Signal": a platform's name is often a common word; the use above decides.
  if (lex.firstNames.has(words[0]!)) return false;
  return !lex.places.has(words.join(' '));
}
