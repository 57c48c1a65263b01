// The one speech-verb lexicon (src/extract/speech-verbs.json): its shape, and every pass that reads speech verbs
// seeing all of it. A pass that went back to a list of its own would miss the verbs only this file holds.
import lexicon from '../../src/extract/speech-verbs.json' with { type: 'json' };
import { extract } from './helpers.js';

const QUOTE = '“The troops will stay in the country for another year,”';
const quoteOnly = new Set(lexicon.quoteOnly);
const otherSenses = new Set(lexicon.otherSenses);

describe('the speech-verb lexicon', () => {
  const all = [...lexicon.verbs, ...lexicon.phrases];

  it('is lower case, without repeats, verbs single words and phrases several', () => {
    for (const w of all) expect(w).toBe(w.toLowerCase());
    expect(new Set(all).size).toBe(all.length);
    expect(lexicon.verbs.filter((w) => /\s/.test(w))).toEqual([]);
    expect(lexicon.phrases.filter((w) => !/\s/.test(w))).toEqual([]);
  });

  it('tags only words it lists', () => {
    const known = new Set(all);
    for (const tag of [lexicon.quoteOnly, lexicon.otherSenses, lexicon.verbFirst, lexicon.reporting]) {
      expect(tag.filter((w) => !known.has(w))).toEqual([]);
    }
  });

  it('holds no attitude verbs', () => {
    expect(all.filter((w) => /^hope/.test(w))).toEqual([]);
  });
});

/** The people found and the speaker of the first quote. */
function namesAndSpeaker(text: string): [string[], string | null] {
  const x = extract(text);
  const q = x.quotes?.[0];
  const speaker = q?.speaker?.kind === 'mention' ? x.mentions[q.speaker.mention]!.text : null;
  return [x.mentions.filter((m) => m.type === 'Person').map((m) => m.text), speaker];
}

describe('every speech verb of the lexicon, in the names and quotes passes', () => {
  // "reiterated" was once only in the quotes list, "testified" only in the names list.
  // (An outlet's verbs, "reported", are no evidence of a person: contexts-twentyfourth.test.ts.)
  it.each(lexicon.verbs.filter((v) => !quoteOnly.has(v) && !lexicon.outlets.includes(v)))('“…,” Zorvek Malandru %s.', (verb) => {
    expect(namesAndSpeaker(`${QUOTE} Zorvek Malandru ${verb}.`)).toEqual([['Zorvek Malandru'], 'Zorvek Malandru']);
  });

  it('needs the verb: without one there is neither a person nor a speaker', () => {
    expect(namesAndSpeaker(`${QUOTE} Zorvek Malandru visited.`)).toEqual([[], null]);
  });

  it('a quote-only verb is no evidence of a person: "a group called …"', () => {
    expect(namesAndSpeaker('The fighters joined a group called Northern Wind in May.')[0]).toEqual([]);
  });
});

/** Participants of the events found. */
/** The parties of the talks ("announced" is an event of its own, an announcement, whose party is the speaker). */
function participants(text: string): string[] {
  // The patterns' parties: the learned participants pass may take the speaker of "Iran said it held talks" as the
  // "it" that held them (the forty-sixth session's retrained model does).
  const x = extract(text, false, { participantModel: null });
  return (x.events ?? []).filter((e) => e.eventType === 'talks').flatMap((e) => e.participants.map((p) => x.mentions[p.mention]!.text));
}

describe('every speech verb of the lexicon, in the events pass', () => {
  it('without a verb between, the subject takes part', () => {
    expect(participants('Iran held talks with Norway in June.')).toEqual(['Iran', 'Norway']);
  });

  // The speaker of "Iran said it held talks" is not made a party by the link through "held".
  it.each([...lexicon.verbs, ...lexicon.phrases].filter((v) => !otherSenses.has(v)))('Iran %s it held talks with Norway', (verb) => {
    expect(participants(`Iran ${verb} it held talks with Norway in June.`)).toEqual(['Norway']);
  });

  it('a verb with another sense is not read as speech: "Iran concluded talks"', () => {
    expect(otherSenses.has('concluded')).toBe(true);
    expect(participants('Iran concluded talks with Norway in June.')).toEqual(['Iran', 'Norway']);
  });

  it('an attitude verb (the events pass\'s own list) also ends the reach: "Iran hoped it held talks"', () => {
    expect(participants('Iran hoped it held talks with Norway in June.')).toEqual(['Norway']);
  });
});
