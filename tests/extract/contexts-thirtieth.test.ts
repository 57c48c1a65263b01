// Speakers named after a role's complement or in an unclosed apposition, participles of a speech verb, offices taken
// "as", parts of a body, and the country of a headline and lead, from the speaker and affiliation misses of real batches
// 1-402 (thirtieth session). Sentences are invented; the kinds of phrase are real.
import { extract, rolesOf, rolesOfArticle, speakersOf, ruleRolesOf } from './helpers.js';

describe('a speaker named after a role and the place or body it serves', () => {
  test.each([
    ['“The talks are over,” U.S. ambassador to Iraq Ravi Toma said.', ['Ravi Toma']],
    ['“The talks are over,” said U.S. ambassador to Iraq Ravi Toma.', ['Ravi Toma']],
    ['UN envoy for Yemen Ravi Toma said “the talks are over.”', ['Ravi Toma']],
  ])('%s', (text, expected) => {
    expect(speakersOf(text)).toEqual(expected);
  });

  test('a title in the complement makes the name the complement\'s, not the speaker\'s', () => {
    expect(speakersOf('“The talks are over,” a spokesman for President Ravi Toma said.')).toEqual(['a spokesman for President Ravi Toma']);
  });
});

describe('a name before an apposition the page left open', () => {
  test('"X, head of the … team said"', () => {
    expect(speakersOf('“Today we have reached a peace agreement,” Ravi Toma, head of the Norland mediating team said before the signing.')).toEqual(['Ravi Toma']);
  });
});

describe('speech verbs', () => {
  test('"pointed out" attributes the quote before it', () => {
    expect(speakersOf('Ravi Toma thanked the hosts. “We thank the government for its efforts,” Toma pointed out.')).toEqual(['Toma']);
  });

  test('"stating" attributes the quote after it', () => {
    expect(speakersOf('The agency quoted Ravi Toma as stating that the base “is under the authority of the army.”')).toEqual(['Ravi Toma']);
  });

  test.each([
    ['Ravi Toma explained that the deadline had been set for 19 September, adding: “This deadline will not be extended.”'],
    ['Ravi Toma confirmed the deal. He said that the situation would remain stable, stating, “There will be no problem there,” and left.'],
  ])('a participle after a reported clause shares the speech verb\'s subject: %s', (text) => {
    expect(speakersOf(text)).toEqual([expect.stringMatching(/Toma|He/)]);
    expect(speakersOf(text)).not.toEqual([expect.stringMatching(/deadline|situation/)]);
  });
});

describe('an office the subject takes, keeps or leaves "as"', () => {
  test.each([
    ['Ravi Toma stood down as leader of the Harbor Front yesterday.'],
    ['Ravi Toma took over as leader of the Harbor Front in 2017.'],
    ['Ravi Toma emerged as the leader of the Harbor Front in 2017.'],
  ])('%s', (text) => {
    expect(rolesOf(text)).toContainEqual(expect.stringMatching(/^Ravi Toma \| leader of the Harbor Front \| Harbor Front$/));
  });

  test('"took" with an object of its own gives no office', () => {
    expect(ruleRolesOf('Ravi Toma took Gaza as leader of the Harbor Front in 2017.')).toEqual([]);
  });
});

describe('a part of a body named after it', () => {
  test.each([
    ['The head of the Harbor Front delegation, Ravi Toma, said they were ready.', 'Ravi Toma | head of the Harbor Front delegation | Harbor Front'],
    ['The head of the Shammar tribe, Ravi Toma, has called for help.', 'Ravi Toma | head of the Shammar tribe | Shammar'],
  ])('%s', (text, expected) => {
    expect(rolesOf(text)).toContain(expected);
  });
});

describe('the country of the headline and the lead is the story\'s, named once more than any other', () => {
  const body = [
    'Guinea-Bissau soldiers have arrested the army chief and the prime minister in an apparent coup bid.',
    'There were varying accounts on Thursday of whether Prime Minister Carlos Gomes Junior had been released.',
    'There was international condemnation of the developments, from the UN and the US.',
  ].join('\n');

  test('a bare office is the headline country\'s', () => {
    expect(rolesOfArticle('Guinea-Bissau soldiers arrest PM, army chief', body)).toContain('Carlos Gomes Junior | Prime Minister | Guinea-Bissau');
  });

  test('a headline naming no country leaves the office bare', () => {
    expect(rolesOfArticle('Soldiers arrest PM, army chief', body)).toContain('Carlos Gomes Junior | Prime Minister | ');
  });
});

describe('the one day a sentence names dates its happenings, however far from the trigger', () => {
  // The patterns' dates, where the learned dates pass chose another (tests/extract/dates-learned.test.ts).
  const dates = (text: string): string[] => (extract(text).events ?? []).map((e) => `${e.eventType} ${(e.patternDate ? e.patternDate.date : e.date) ?? 'undated'}`);

  test('"A … drone strike killed four members of … in northern Iraq on Sunday"', () => {
    expect(dates('A Turkish drone strike killed at least four members of the Kurdistan Workers’ Party (PKK) in northern Iraq on Sunday, officials said.'))
      .toContain('strike 2024-01-14');
  });

  test('a trigger inside a quotation takes no day from the words around it', () => {
    expect(dates('“The strike on the convoy was a crime against the Kurdistan Workers’ Party,” officials said on Sunday.')).not.toContain('strike 2024-01-14');
  });

  test('a happening ahead takes no far day: "pressing to begin the talks, and raised the matter … on Monday"', () => {
    const text = 'Ravi Toma has been pressing to begin the talks, and raised the matter with national security adviser Jake Sullivan in a meeting at Davos on Monday, according to officials.';
    expect(dates(text)).toContain('meeting 2024-01-15');
    expect(dates(text)).not.toContain('talks 2024-01-22');
  });

  test('the day alone does not make an event of a bare noun with no party', () => {
    expect(dates('On Sunday the ministry published its annual review of roads, bridges, ports and railways across the whole of the country, and said that talks had resumed.')).toEqual([]);
  });
});
