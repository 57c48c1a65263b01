// General patterns from the misses of real batches 71-74 (invented sentences and names, none from the articles).
import { extract, mentionsOf, rolesOf, speakersOf } from './helpers.js';

describe('names the first passes cut or took for places', () => {
  test('a surname of short lower-case links after the given name ("Chan-o-cha") is part of the name', () => {
    expect(mentionsOf('Prime Minister Narong Tha-o-wen’s government fell.')).toContain('Person:Narong Tha-o-wen');
    expect(mentionsOf('President Ana Ruiz, the Commander-in-chief, spoke.')).not.toContain('Person:Ana Ruiz, the Commander-in-chief');
  });

  test('a title abbreviation that ends a sentence after a title and a given name is the surname', () => {
    const text = 'The opposition faced the government of Prime Minister Lor Sen. Dara Vanna, 61, was jailed.';
    expect(mentionsOf(text)).toEqual(expect.arrayContaining(['Person:Lor Sen', 'Person:Dara Vanna']));
    expect(rolesOf(text)).not.toContainEqual(expect.stringMatching(/^Dara Vanna \| Sen\./));
    // still a title where it stands before a name
    expect(rolesOf('Minnesota Sen. Ana Ruiz said no.')).toContainEqual(expect.stringMatching(/^Ana Ruiz \| Sen\./));
  });

  test('a one-word country before an unknown word after a title is a given name', () => {
    expect(mentionsOf('“We are tired,” march organiser Samoa Tchirigou told reporters.')).toContain('Person:Samoa Tchirigou');
    expect(mentionsOf('The envoy Jordan Smith met the president.')).toContain('Person:Jordan Smith');
  });
});

describe('the country an article is about', () => {
  test('an adjective inside a place name ("Indian Ocean") does not make a second country', () => {
    const text = 'Police in Comoros arrested a candidate. He challenged President Halidi Boina on Sunday. Parties in the Indian Ocean country called for new polls.';
    expect(rolesOf(text)).toContain('Halidi Boina | President | Comoros');
  });

  test('languages ("speak French or Haitian Creole") are no countries of an office', () => {
    const text = 'Gunmen killed the president in Port-au-Prince on Wednesday. The killing shocked Port-au-Prince. '
      + 'Haiti mourned. Prime Minister Joel Fabre said the gunmen spoke English and Spanish, in a country where most speak French or Haitian Creole.';
    expect(rolesOf(text)).toContain('Joel Fabre | Prime Minister | Haiti');
  });
});

describe('places of Arabic names and small towns', () => {
  test('a capitalized word and "al" before a one-word known place make one place ("Ras al Ain", not the French "Ain")', () => {
    const found = mentionsOf('Rebels advanced into Ras al Ain on Saturday.');
    expect(found).toContain('Place:Ras al Ain');
    expect(found).not.toContain('Place:Ain');
    expect(mentionsOf('Hassan al Basra said no.')).toContain('Person:Hassan al Basra');
  });

  test('a town of the gazetteer after a word of place is no person though it starts with a given name; any spelling of "tall"', () => {
    expect(mentionsOf('Rebels advanced into Kobani and Tel Abyad on Saturday.')).toContain('Place:Tel Abyad');
    expect(mentionsOf('Aid reached the towns of Tel Abyad and Kobani.')).toContain('Place:Tel Abyad');
    expect(mentionsOf('Hassan Nasser, a farmer, said he left.')).toContain('Person:Hassan Nasser');
  });

  test('an attack that "claimed 26 lives" makes no speaker of the place before it', () => {
    expect(mentionsOf('Days after an attack in Kashmir’s Baisaran claimed 26 lives, the talks began.')).not.toContain('Person:Baisaran');
    expect(mentionsOf('Later Hamdan claimed the vote was rigged.')).toContain('Person:Hamdan');
  });

  test('"officer" is a title before a name, and a city\'s police before it is the force', () => {
    expect(rolesOf('Busan police officer Ryu Min-jae spoke at a briefing.')).toContain('Ryu Min-jae | police officer | Busan police');
  });
});

describe('offices the article gives a country or a body', () => {
  test('a president is not placed by another person of the same surname', () => {
    const text = 'Buenos Aires was calm on Friday. Argentina’s Vice President Marta Quiroga of Argentina survived the attack in Buenos Aires. '
      + 'Argentina mourned. President Tomás Quiroga condemned the attack in a broadcast.';
    expect(rolesOf(text)).toContain('Tomás Quiroga | President | Argentina');
  });

  test('a host who meets "his Japanese counterpart" at home holds his own country’s office; a visitor does not', () => {
    const host = 'India signed a pact. India hosted the talks. Defence Minister Arun Mehta held talks with his Japanese counterpart in New Delhi on Monday.';
    expect(rolesOf(host)).toContain('Arun Mehta | Defence Minister | India');
    const visitor = 'India signed a pact. India hosted the talks. Defence Minister Arun Mehta held talks with his counterpart in New Delhi on Monday.';
    expect(rolesOf(visitor)).toContain('Arun Mehta | Defence Minister | ');
  });

  test('"Party spokesman X" opening a sentence speaks for the party named before', () => {
    expect(rolesOf('Kim Do-hyun, the head of the main opposition Unity Party, was hurt.\nDoctors operated on him.\nParty spokesman Park Min-ho told reporters he was stable.'))
      .toContain('Park Min-ho | spokesman | Unity Party');
  });

  test('a family name written first is the person’s surname, unless two people of the article share it', () => {
    expect(mentionsOf('Opposition leader Kim Do-hyun was stabbed. Kim was airlifted to Seoul.')).toContain('Person:Kim');
    expect(mentionsOf('Spokesman Kim Min-su said Opposition leader Kim Do-hyun was stabbed. Kim was airlifted to Seoul.')).not.toContain('Person:Kim');
    expect(mentionsOf('The crown said “I’m Kim Do-hyun.”')).toContain('Person:Kim Do-hyun');
  });

  test('an office with "-designate" or "-elect", and "voted for X as" an office', () => {
    expect(rolesOf('The lineup of Prime Minister-designate Ali Tamimi was approved.')).toContainEqual(expect.stringMatching(/^Ali Tamimi \| Prime Minister-designate/));
    expect(rolesOf('Parliament voted for Fuad Karim as Deputy Prime Minister on Monday.')).toContainEqual(expect.stringMatching(/^Fuad Karim \| Deputy Prime Minister/));
  });

  test('a first line that is a finished sentence with articles is a lead, not a headline', () => {
    expect(mentionsOf('Basra: The Iraqi Parliament has approved the new cabinet lineup presented by Prime Minister-designate Mohammed Ali Tamimi.', true))
      .toContain('Person:Mohammed Ali Tamimi');
  });
});

describe('names and offices of batches 77-78', () => {
  test('initials written with stops are a given name ("J.D."), a known abbreviation is not; "H.E." is a courtesy title', () => {
    expect(mentionsOf('Vice President T.J. Marsh will travel on Friday.')).toContain('Person:T.J. Marsh');
    expect(mentionsOf('The U.N. Security Council met.')).not.toContainEqual(expect.stringMatching(/^Person:/));
    const honoured = 'The message from H.E. Ana Maria Ruiz was read.';
    expect(mentionsOf(honoured)).toContain('Person:Ana Maria Ruiz');
    expect(rolesOf(honoured)).toEqual([]);
  });

  test('"X, former opposition leader has been sworn into office as <country> new president"', () => {
    expect(rolesOf('Tomas Banda, former opposition leader has been sworn into office as Malawi new president after the re-run.'))
      .toContain('Tomas Banda | Malawi new president | Malawi');
  });
});

describe('quotations whose marks the page ran together', () => {
  test('paragraphs of one speech on one line, each opened and only the last closed, are quotes of one speaker', () => {
    const text = 'In his victory speech, Mr Ruiz said: “Today begins the rebuilding. Today ends the decline. “The model has come to an end. “We will work with all nations.”';
    const quotes = extract(text).quotes!.map((q) => q.text.slice(0, 12));
    expect(quotes).toEqual(['Today begins', 'The model ha', 'We will work']);
    expect(speakersOf(text)).toEqual(['Ruiz', 'Ruiz', 'Ruiz']);
  });

  test('a lost closing mark before an inline "said X" ends the quote there', () => {
    expect(speakersOf('“We know they want to strike again, said Col. Tom Hale, a spokesperson. “This raid is a blow.”')).toEqual(['Tom Hale', 'Tom Hale']);
  });

  test('a curly quote closed by a lone straight mark ends there, not at the next opening mark', () => {
    const text = 'Karim called the attack “blatant, criminal and terrorist" in comments to reporters after a meeting. “It is an attack on us,” Karim said.';
    expect(extract(text).quotes!.map((q) => q.text)).toEqual(['blatant, criminal and terrorist', 'It is an attack on us']);
  });
});

describe('places and local offices of batches 79-80', () => {
  test('hotels, cathedrals and shrines are places; a name with its head before "and" another name is one', () => {
    const found = mentionsOf('The three hotels hit were the Harbor View Hotel, Lantern Hotel and Cedar Grand on Sunday near the Imam Musa Shrine.');
    expect(found).toEqual(expect.arrayContaining(['Place:Harbor View Hotel', 'Place:Lantern Hotel', 'Place:Imam Musa Shrine']));
  });

  test('a lower-case local office after a known city is a title ("former Jakarta governor X", "Kirkuk governor X")', () => {
    expect(rolesOf('Rivals included former Jakarta governor Budi Santoso on Monday.')).toContain('Budi Santoso | former governor | Jakarta');
    expect(rolesOf('Kirkuk governor Rakan Saleh said the curfew was lifted.')).toContain('Rakan Saleh | governor | Kirkuk');
  });
});

describe('legislators of a country (batches 81-82)', () => {
  test('"parliament speaker X" of the article’s country presides over its parliament, and its MPs and deputy speaker sit in it', () => {
    const text = 'BASRA - Iraq’s top court on Tuesday ended the term of parliament speaker Karim Saleh, state media said. Iraq was calm. '
      + 'Deputy speaker Omar Taha will act as speaker, said MP Ali Nouri.';
    const roles = rolesOf(text);
    expect(roles).toContain('Karim Saleh | parliament speaker | parliament');
    expect(roles).toContain('Omar Taha | Deputy speaker | parliament');
    expect(mentionsOf(text)).toContain('Organization:parliament');
  });
});

// The adversarial review of this session's rules (its faults, each fixed; invented sentences).
describe('review of the rules from batches 71-82', () => {
  test('a person after "in" or "around" stays a person though a town has the name', () => {
    expect(mentionsOf('The opposition called a vote of no confidence in Pedro Sánchez after the scandal.')).toContain('Person:Pedro Sánchez');
  });

  test('a head of a body is not given the organization a sentence opens with', () => {
    expect(rolesOf('Hezbollah must withdraw its fighters from the border, Secretary-General Ana Ruiz told reporters.')).not.toContainEqual(expect.stringMatching(/Hezbollah/));
  });

  test('a regional parliament’s speaker is not the national parliament’s', () => {
    const roles = rolesOf('In Iraq, Kurdistan parliament speaker Rewan Saleh said the session was postponed. Iraq was calm.');
    expect(roles).not.toContainEqual(expect.stringMatching(/\| parliament$/));
  });

  test('a quotation that opens inside a clause is not continued over narration to the next opening mark', () => {
    const text = 'Hale called the ruling “a disgrace. The White House said it would appeal. “This will not stand,” spokeswoman Ana Ruiz said.';
    expect(extract(text).quotes!.map((q) => q.text)).not.toContainEqual(expect.stringContaining('White House'));
  });

  test('", said resident X" and ", he said" end a quote whose closing mark was lost', () => {
    expect(speakersOf('“We will not leave, said resident Ahmed Saleh. “This is our land,” added his neighbour Fatima Omar.')[0]).toBe('Ahmed Saleh');
  });

  test('a family name that is an English word is no surname alone; an Arabic article before a country makes no place', () => {
    expect(mentionsOf('Moon Jae-in returned to his home. NASA said the Moon mission was delayed.')).not.toContain('Person:Moon');
    expect(mentionsOf('Radio al Kuwait reported the decision.')).not.toContain('Place:Radio al Kuwait');
  });
});

describe('speakers named by their title far from their name (batch 84)', () => {
  test('"The Prime Minister added" many paragraphs after "Prime Minister X" is X', () => {
    const paragraphs = ['Prime Minister Tomas Berg said: “We respect the verdict.”'];
    for (let i = 0; i < 6; i++) paragraphs.push(`The court heard argument number ${i + 1} on Monday.`);
    paragraphs.push('The Prime Minister added: “The prerogative is a very old one.”');
    expect(speakersOf(paragraphs.join('\n\n'))).toEqual(['Tomas Berg', 'Tomas Berg']);
  });
});

describe('state media (batches 73 and 85)', () => {
  test('"the Iranian state television" is an outlet of that country; a named agency after "state news agency" is the outlet itself', () => {
    expect(mentionsOf('The minister told the Harbor state television that teams were deployed.')).not.toContainEqual(expect.stringMatching(/^Organization:Harbor/));
    expect(mentionsOf('The minister told the Iranian state television that teams were deployed.')).toContain('Organization:Iranian state television');
    const named = mentionsOf('Syria’s state news agency SANA reported the strike.');
    expect(named).toContain('Organization:SANA');
    expect(named).not.toContain('Organization:Syria’s state news agency');
  });
});
