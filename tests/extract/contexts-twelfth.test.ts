// General patterns from the misses of real batches 1-124 found in the twelfth session. The sentences are written here
// with invented names, places and platforms.
import { extractArticle } from '../../src/extract/index.js';
import { mentionsOf, rolesBeforeCountryModelOf, rolesOf, ruleRolesOf, speakersOf } from './helpers.js';

describe('platforms named by how the text uses them', () => {
  test.each([
    ['Ivo Horvat wrote on Chirper that the vote was fair.', 'Organization:Chirper'],
    ['Taking to Chirper, Ivo Horvat said he would stay.', 'Organization:Chirper'],
    ['Ivo Horvat took to Chirper to thank his voters.', 'Organization:Chirper'],
    ['In a post on Pocket Social, Ivo Horvat said the talks had failed.', 'Organization:Pocket Social'],
    ['The ministry said on its Squawk channel that the border was closed.', 'Organization:Squawk'],
    ['Ivo Horvat posted on Q. He said the vote was fair.', 'Organization:Q'],
    // the thirteenth session: the platform said or carried it
    ['Ivo Horvat said on Chirper she would step down.', 'Organization:Chirper'],
    ['Photos circulated on Chirper purport to show the raid.', 'Organization:Chirper'],
  ])('%s', (sentence, expected) => {
    expect(mentionsOf(`Vote in Malta\n\nThe vote ended on Sunday. ${sentence}`)).toContain(expected);
  });

  test.each([
    ['Ivo Horvat wrote on Monday that the vote was fair.', 'Monday'],
    ['Ivo Horvat took to Valletta to thank his voters.', 'Valletta'],
    ['Ivo Horvat said on a TV channel that he would stay.', 'TV'],
    ['Ana Ruiz met Ivo Horvat. The minister later wrote on Horvat that it was over.', 'Horvat'],
    // the review: a place's head word, a day's name, a person's page
    ['Protesters took to Liberty Square to demand his resignation.', 'Liberty Square'],
    ['He tweeted on Independence Day that the vote was fair.', 'Independence Day'],
    ['Ivo Horvat said on Tuesday he would stay.', 'Tuesday'],
    ['Ivo Horvat said on Horvat Street that he would stay.', 'Horvat Street'],
    ['His aide wrote on Kovalenko\'s page that the vote was fair.', 'Kovalenko'],
  ])('not "%s"', (sentence, word) => {
    expect(mentionsOf(`Vote in Malta\n\nThe vote ended on Sunday. ${sentence}`)).not.toContain(`Organization:${word}`);
  });
});

describe('bare offices of the story\'s country', () => {
  const malta = (sentence: string): string => 'Malta’s government falls\n\nMalta’s government fell on Tuesday. The parliament of Malta '
    + `voted against it. Malta will hold an election. ${sentence} Malta’s opposition welcomed the vote.`;

  test('the one person of a sentence that takes them abroad is the home country\'s', () => {
    expect(rolesOf(malta('President Ana Ruiz, who has led the country since 2019, was in Washington on a previously scheduled trip.'), true))
      .toContain('Ana Ruiz | President | Malta');
    // the review: a second place, or the way home, says the trip is not from here
    expect(rolesOf(malta('After touring Gozo, President Ana Ruiz flew back to Rome.'), true)).not.toContain('Ana Ruiz | President | Malta');
    // two persons: which of them travels is not told
    expect(rolesBeforeCountryModelOf(malta('President Ana Ruiz was in Washington on a trip with Ivo Horvat.'), true)).not.toContain('Ana Ruiz | President | Malta');
    // the trip is to the story's country: a visitor
    expect(rolesOf(malta('President Ana Ruiz arrived in Valletta on a trip.'), true)).not.toContain('Ana Ruiz | President | Malta');
  });

  test('the office holder visited or met is the host, not the visitor', () => {
    expect(rolesOf(malta('Ivo Horvat said he would visit President Ana Ruiz on Monday to hand in his resignation.'), true))
      .toContain('Ana Ruiz | President | Malta');
    expect(rolesOf(malta('He met on Wednesday with caretaker Prime Minister Ana Ruiz at her residence.'), true))
      .toContain('Ana Ruiz | caretaker Prime Minister | Malta');
    // the review: a meeting placed abroad makes the holder the host there
    expect(rolesBeforeCountryModelOf(malta('Ivo Horvat met Prime Minister Ana Ruiz in Rome on Tuesday.'), true)).not.toContain('Ana Ruiz | Prime Minister | Malta');
    // the holder is the one visiting
    expect(rolesOf(malta('Visiting President Ana Ruiz met Ivo Horvat.'), true)).not.toContain('Ana Ruiz | President | Malta');
    expect(rolesOf(malta('President Ana Ruiz visited Ivo Horvat.'), true)).not.toContain('Ana Ruiz | President | Malta');
  });

  test('a sentence before that names the story\'s country with others does not take the office from it', () => {
    const text = 'Malta’s government falls\n\nMalta’s government fell on Tuesday. The parliament of Malta voted against it. '
      + 'Malta and Italy will talk about migrants. Foreign Minister Ana Ruiz said. Malta’s opposition welcomed the vote.';
    expect(rolesOf(text, true)).toContain('Ana Ruiz | Foreign Minister | Malta');
    // another country alone before does not take it either (the story's country is clear); in the office's own
    // sentence it may be that country's office
    const other = text.replace('Malta and Italy will talk about migrants.', 'Italy will talk about migrants.');
    expect(rolesOf(other, true)).toContain('Ana Ruiz | Foreign Minister | Malta');
    const own = text.replace('Foreign Minister Ana Ruiz said.', 'Foreign Minister Ana Ruiz said Italy will talk.');
    expect(rolesBeforeCountryModelOf(own, true)).not.toContain('Ana Ruiz | Foreign Minister | Malta');
  });
});

describe('offices taken', () => {
  test('"X was sworn in Tuesday as prime minister of Y": the day without "on"', () => {
    expect(rolesOf('Ivo Horvat was sworn in Tuesday as prime minister of Malta for a sixth term.')).toContain('Ivo Horvat | prime minister of Malta | Malta');
    expect(rolesOf('Ivo Horvat was sworn in yesterday as prime minister of Malta.')).toContain('Ivo Horvat | prime minister of Malta | Malta');
  });
});

describe('a body coordinated with a body the text names, before a noun they share', () => {
  test.each([
    ['The Ruritan and Hamas delegations met in Cairo on Monday.', 'Organization:Ruritan'],
    ['Shiite fighters from Hezbollah and Tamrak movements took aim.', 'Organization:Tamrak'],
  ])('%s', (sentence, expected) => {
    expect(mentionsOf(`Talks in Cairo\n\nThe talks ended. ${sentence}`)).toContain(expected);
  });

  test.each([
    ['Syria and Hezbollah fighters clashed on Monday.', 'Syria'],
    ['Ana Ruiz met Ivo Horvat. Horvat and Hamas officials met on Monday.', 'Horvat'],
    ['The Ruritan and Hamas talks began.', 'Ruritan'],
    // the review: peoples, faiths and creeds share the noun too
    ['Druze and Hezbollah leaders met on Monday.', 'Druze'],
    ['Islamist and Hamas officials met on Monday.', 'Islamist'],
    ['Maronite and Hezbollah leaders met on Monday.', 'Maronite'],
  ])('not "%s"', (sentence, word) => {
    expect(mentionsOf(`Talks in Cairo\n\nThe talks ended. ${sentence}`)).not.toContain(`Organization:${word}`);
  });
});

describe('deputies of an office', () => {
  test.each([
    ['It followed the resignation of Vice-Chancellor Ivo Horvat on Saturday.', 'Ivo Horvat | Vice-Chancellor | Austria'],
    ['It followed the resignation of Vice Chancellor Ivo Horvat on Saturday.', 'Ivo Horvat | Vice Chancellor | Austria'],
    ['Deputy Speaker Ivo Horvat opened the session.', 'Ivo Horvat | Deputy Speaker | Austria\'s parliament'],
  ])('%s', (sentence, expected) => {
    expect(rolesOf(`Vote in Austria\n\nAustria voted on Sunday. Austria's parliament met. ${sentence} Austria will vote again.`, true)).toContain(expected);
  });

  test('a capitalized deputy\'s office does not take the place before a lower-case one', () => {
    expect(rolesOf('Jenin deputy governor Ivo Horvat told reporters that the raid was violent.')).toContain('Ivo Horvat | deputy governor | Jenin');
  });
});

describe('a role phrase opening the sentence, set off by one comma', () => {
  test('"Vice-President of Malta, X has been elected": the name then the verb', () => {
    expect(rolesOf('Vice-President of Malta, Ana Ruiz has been elected as the first female president.')).toContain('Ana Ruiz | Vice-President of Malta | Malta');
    expect(rolesOf('The Vice-President of Malta, Ana Ruiz, said no.')).toContain('Ana Ruiz | Vice-President of Malta | Malta');
  });

  test('not inside a sentence, nor with another person in the phrase', () => {
    // The rule's guard (the learned roles pass, retrained in the forty-sixth session, ties Ana Ruiz to Malta here, as a
    // reader would).
    expect(ruleRolesOf('He met the minister of Malta, Ana Ruiz in Valletta.').some((r) => r.startsWith('Ana Ruiz'))).toBe(false);
    expect(rolesOf('Peace talks\n\nThe talks began. Ivo Horvat eighth President, Ana Ruiz as Speaker took office.').some((r) => r.startsWith('Ana Ruiz | Ivo'))).toBe(false);
  });
});

describe('speakers named by their organization and role', () => {
  const story = (intro: string): string => `NATO stays in Iraq\n\n${intro}\n\nRelations have become shaky after rocket attacks in January.\n\n`
    + 'Officials paused operations across Iraq after the attacks.\n\nParliament passed a resolution on January 5.\n\n'
    + '“There were a number of attacks on bases,” explained the NATO spokesperson.';

  test('"explained the NATO spokesperson" paragraphs after "NATO spokesperson Col. X" is X', () => {
    expect(speakersOf(story('NATO spokesperson Col. Ivo Horvat told Rudaw on Friday that the mission would stay.'))).toEqual(['Ivo Horvat']);
  });

  test('"NATO spokesman X" … "the NATO spokesperson": the spokes- words are one role', () => {
    expect(speakersOf(story('NATO spokesman Col. Ivo Horvat told Rudaw on Friday that the mission would stay.'))).toEqual(['Ivo Horvat']);
  });

  test('two persons introduced so: the organization speaks', () => {
    expect(speakersOf(story('NATO spokesperson Col. Ivo Horvat told Rudaw on Friday that the mission would stay. '
      + 'NATO spokesperson Maj. Ana Ruiz said the same on Monday.'))).toEqual(['NATO']);
  });
});

describe('pronouns after a sentence whose subject is a description', () => {
  test('"The party official stressed that President X instructed …" ¶ "“…,” he said" is the official quoted before', () => {
    const text = 'Deal signed in Cairo\n\nThe delegations signed a deal in Cairo on Thursday.\n\n'
      + '“What has been announced is the essence of the deal,” Ivo Horvat said at a press conference in Cairo.\n\n'
      + 'Horvat said the government would manage the crossings.\n\n'
      + 'The party official stressed that President Ana Ruiz instructed the delegation not to return without a deal.\n\n'
      + '“We must close the page of division forever,” he said.';
    expect(speakersOf(text)).toEqual(['Ivo Horvat', 'Horvat']);
  });

  test('a name after "said that" is not the sentence\'s subject', () => {
    const text = 'Talks in Amman\n\nIn an interview published on Tuesday, Ivo Horvat praised the army.\n\n'
      + 'Asked about the region, he said that the kingdom, under King Ana Ruiz, leads the way. The army is among the “most reliable partners,” he said.';
    expect(speakersOf(text)).toEqual(['Ivo Horvat']);
  });
});

describe('places written with a curly apostrophe', () => {
  test('"Sana’a" and "Nuku’alofa" are the gazetteer\'s "Sana\'a" and "Nuku\'alofa"', () => {
    const m = mentionsOf('Talks in Yemen\n\nThe talks ended. Houthis seized Sana’a in 2014. Protesters gathered in Nuku’alofa on Monday.');
    expect(m).toContain('Place:Sana’a');
    expect(m).toContain('Place:Nuku’alofa');
  });
});

describe('outlets named as sources', () => {
  test('"an exclusive interview with al-Monitor": an Arabic article before the capital', () => {
    expect(mentionsOf('Talks in Syria\n\nThe talks ended. This came during an exclusive interview with al-Qalam on Monday.')).toContain('Organization:al-Qalam');
    // after "told", one such word may be a surname
    expect(mentionsOf('Talks in Syria\n\nThe talks ended. Ivo Horvat told al-Qalam on Monday that it was over.')).not.toContain('Organization:al-Qalam');
  });

  test('"told Rudaw during a press briefing": the article\'s own outlet before "during"', () => {
    const text = 'US and SDF\n\n“We stay,” spokesman Ivo Horvat told Qalam during a press briefing on Tuesday.';
    const x = extractArticle({ id: 'article:0000000000000000', text, date: '2024-08-13', title: 'US and SDF', source: 'Qalam' });
    expect(x.mentions.map((m) => `${m.type}:${m.text}`)).toContain('Organization:Qalam');
  });
});

describe('a backtick typed for the apostrophe', () => {
  test('"Malta`s Foreign Minister X" is a possessive, "I`ll" no name', () => {
    expect(rolesOf('Talks in Rome\n\nThe talks ended. Malta`s Foreign Minister Ivo Horvat met Ana Ruiz in Rome.', true)).toContain('Ivo Horvat | Foreign Minister | Malta');
    expect(mentionsOf('Vote in Malta\n\nThe vote ended. “I`ll go,” he said.')).not.toContain('Person:I`ll');
  });
});

describe('a sentence a possessive pronoun opens', () => {
  test('"His comments came during a visit, where he was received by President X" ¶ "“…,” he told …": not X', () => {
    const text = 'Syria joins coalition\n\nTomas Ruiz said on Monday that the forces should stay.\n\n'
      + 'His comments came during a visit to the US, where he was received by President Ivo Horvat.\n\n'
      + '“I believe the best solution is that the troops stay,” he told a newspaper in an interview.';
    expect(speakersOf(text)).not.toContain('Ivo Horvat');
  });

  test('"His rival, Prime Minister X, rejected the claim" ¶ "“…,” he said": X, set off in commas, is the subject', () => {
    const text = 'Vote in Malta\n\n“The vote was stolen,” opposition leader Ana Ruiz said on Monday.\n\n'
      + 'Her rival, Prime Minister Ivo Horvat, rejected the claim.\n\n“We will finish the job,” he said.';
    expect(speakersOf(text)).toEqual(['Ana Ruiz', 'Ivo Horvat']);
  });

  test('"He said …, a sentiment that X echoed" ¶ "“…,” he said" is still X', () => {
    const text = 'Treaty signed\n\n“We commit ourselves,” Ana Ruiz declared at a press conference.\n\n'
      + 'He said it was “a great honour” – a sentiment that Mr Ivo Horvat echoed.\n\n“I want to say thank you very much,” he said.';
    expect(speakersOf(text).pop()).toBe('Ivo Horvat');
  });
});

describe('a wire story\'s subheading framed by dashes', () => {
  test('"- Kingmaker Horvat -" is a headline: no given name "Kingmaker"', () => {
    const text = 'Snap polls called\n\nThe president met party chief Ivo Horvat on Tuesday.\n\n- Kingmaker Horvat -\n\nHorvat stunned observers on Tuesday.';
    const m = mentionsOf(text, true);
    expect(m).not.toContain('Person:Kingmaker Horvat');
    expect(m).toContain('Person:Ivo Horvat');
  });
});

describe('Spanish particles of two words', () => {
  test('"Juan de los Santos", "María de los Ángeles Pineda" keep "de los"', () => {
    const m = mentionsOf('Arrests in Mexico\n\nThe arrests came on Tuesday. Juan de los Santos was arrested on Tuesday. María de los Ángeles Pineda was arrested too.');
    expect(m).toContain('Person:Juan de los Santos');
    expect(m).toContain('Person:María de los Ángeles Pineda');
  });
});

describe('parties and coalitions named with "for" or "of" a country', () => {
  test('"Macri\'s Together for Change coalition", "Her Brothers of Italy party"', () => {
    const m = mentionsOf('Vote in Rome\n\nThe vote ended. The candidate for Macri’s Together for Change coalition won. Her Brothers of Italy party won.');
    expect(m).toContain('Organization:Together for Change coalition');
    expect(m).toContain('Organization:Brothers of Italy party');
    // several names, not one
    expect(mentionsOf('Vote in Rome\n\nThe vote ended. The Russia and Iran alliance held.').some((x) => x.startsWith('Organization:'))).toBe(false);
  });
});

describe('quotations set off by straight single marks', () => {
  test('"\'Dear compatriots, it is with huge grief …,\' a state TV presenter said": a quotation', () => {
    const text = 'President dies\n\nThe president has died, state television announced.\n\n'
      + '\'Dear compatriots, it is with huge grief in our hearts that we announce his death,\' a state TV presenter said.';
    expect(speakersOf(text)).toEqual(['a state TV presenter']);
  });

  test('not a headline\'s short phrase, an apostrophe or "rock \'n\' roll"', () => {
    expect(speakersOf('Vote in Malta\n\nThe vote was \'Grave injustice\' for some. It\'s the \'80s again, rock \'n\' roll, Ivo Horvat said.')).toEqual([]);
  });
});
