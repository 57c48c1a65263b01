// One organization for the forms an article gives it, from the duplicate organizations of real batches 1-410 (the
// thirty-second session): acronyms the text defines after a dash, a comma and "or", a possessive or a closing quote,
// or in mixed case ("PiS"); initials that skip lower-case words ("Islamic State group" → IS); a name's opening words
// standing alone ("the Syrian Observatory"); and forms the lexicon knows (platforms, "regime", "peshmerga",
// "Fifth Fleet"). Sentences are invented; the kinds of phrase are real.
import { aliasesOf, build, names } from './helpers.js';

/** The one organization node whose name or alias is `form`, with its other forms; fails when there are two. */
function formsOf(text: string, form: string): string[] {
  const data = build([text]);
  const holders = names(data, 'Organization').filter((n) => n === form || aliasesOf(data, n).includes(form));
  expect(holders).toHaveLength(1);
  return [holders[0]!, ...aliasesOf(data, holders[0]!)];
}

describe('an acronym the article defines is the organization it spells out', () => {
  test.each([
    ['", or ELN,"', 'The government suspended talks with the Northern Liberation Army, or ELN, after an attack in Arauca. The ELN denied it.', 'ELN', 'Northern Liberation Army'],
    ['"- or PKB -"', 'The violence for which the Kurdish Patriots Brigade - or PKB - was responsible is over, the minister said in Ankara. Members of the PKB burned their rifles.', 'PKB', 'Kurdish Patriots Brigade'],
    ['"or MPSR,"', 'The junta calls itself the Movement for Safeguard and Renewal or MPSR, its French acronym. The MPSR ruled from Ouagadougou.', 'MPSR', 'Movement for Safeguard and Renewal'],
    ['a possessive before the brackets', 'He was named interim head of the Republican Civic Party’s (CHP) Istanbul branch. No member of the CHP can take part, the party said.', 'CHP', 'Republican Civic Party'],
    ['a closing quote before the brackets', 'Soldiers calling themselves the “Military Committee for Renewal” (CMR) seized state television in Bangui. The CMR closed the borders.', 'CMR', 'Military Committee for Renewal'],
    ['a gloss after a dash inside the brackets', 'The Croatian Civic Union (HGZ — Hrvatska gradjanska zajednica in Croatian) leads the coalition in Zagreb. The HGZ won the vote.', 'HGZ', 'Croatian Civic Union'],
    ['an acronym in mixed case', 'The result caught the National Renewal Party (NaR) off guard in Warsaw. NaR leaders met on Monday.', 'NaR', 'National Renewal Party'],
  ])('%s', (_, text, acronym, name) => {
    expect(formsOf(text, acronym)).toContain(name);
  });

  test('"the NaR party" after the definition is the same party', () => {
    expect(formsOf('The result caught the National Renewal Party (NaR) off guard in Warsaw. The NaR party met on Monday.', 'NaR party')).toContain('National Renewal Party');
  });

  test('"the European Union or NATO": a body the lexicon knows after "or" stays a body of its own', () => {
    const data = build(['Sanctions were imposed by the European Union or NATO, officials in Brussels said. NATO declined to comment.']);
    expect(names(data, 'Organization')).toEqual(['European Union', 'NATO']);
  });

  test('"or" and a capitalized word that is no acronym defines nothing', () => {
    const data = build(['The talks with the Northern Liberation Army, or Colombia itself, failed on Monday.']);
    expect(names(data, 'Organization')).not.toContain('Colombia');
  });
});

describe('initials leave out the lower-case words of a name', () => {
  test('"the Islamic State group … IS": one organization', () => {
    expect(formsOf('Fighters of the Islamic State group attacked a checkpoint near Mosul. Troops pushed IS back across the river.', 'IS')).toContain('Islamic State');
  });

  test('"the Tehreek-e-Nizam Party … TNP": the particle in lower case is no initial', () => {
    expect(formsOf('The Tehreek-e-Nizam Party emerged as the largest party in Lahore. Candidates were pressed to join the TNP before the vote.', 'TNP')).toContain('Tehreek-e-Nizam Party');
  });
});

describe('the opening words of a longer name in the same article name it', () => {
  test.each([
    ['"the Harbor Observatory" after "the Harbor Observatory for Human Rights"', 'The Harbor Observatory for Human Rights said 12 people died in Idlib. The Harbor Observatory gave no names.', 'Harbor Observatory', 'Harbor Observatory for Human Rights'],
    ['"the Democratic Union" beside "the Democratic Union of Kosovo"', 'The Democratic Union of Kosovo won 40 seats in Pristina. The Democratic Union refused to join the coalition.', 'Democratic Union', 'Democratic Union of Kosovo'],
    ['"the Self-Rule party" beside "the Self-Rule Movement"', 'The Self-Rule Movement won the vote in Pristina. The Self-Rule party will lead the coalition.', 'Self-Rule party', 'Self-Rule Movement'],
  ])('%s', (_, text, short, long) => {
    expect(formsOf(text, short)).toContain(long);
  });

  test('two longer names it could open leave it alone', () => {
    const data = build(['The Democratic Union of Kosovo and the Democratic Union of Albania met in Tirana. The Democratic Union said nothing.']);
    expect(aliasesOf(data, 'Democratic Union of Kosovo')).not.toContain('Democratic Union');
    expect(aliasesOf(data, 'Democratic Union of Albania')).not.toContain('Democratic Union');
  });
});

describe('forms the lexicon knows', () => {
  test('a platform named without a verb of posting: "condemned the fires on Twitter"', () => {
    expect(names(build(['President Alberto Rios condemned the fires on Twitter on Monday.']), 'Organization')).toContain('Twitter');
  });

  test('"the Syrian regime" is the Syrian government', () => {
    expect(formsOf('Strikes hit the Syrian regime’s chemical weapons sites near Homs. The Syrian government denied having any.', 'Syrian regime')).toContain('Syrian government');
  });

  test('"Kurdish peshmerga forces" in lower case, and "Peshmarga", are the Peshmerga', () => {
    const data = build(['Clashes between Kurdish peshmerga forces and Turkmen fighters erupted in Tuz Khurmatu. The Kurdish Peshmarga held the road.']);
    expect(names(data, 'Organization')).toEqual(['Peshmerga']);
  });

  test('"the US Fifth Fleet": an ordinal in words before a fleet, not before a party\'s "Force"', () => {
    const data = build(['Bahrain, home to the US Fifth Fleet, accused Iran on Monday. The First Lady spoke in Manama.']);
    expect(names(data, 'Organization')).toContain('Fifth Fleet');
    expect(names(data, 'Organization')).not.toContain('First Lady');
  });
});
