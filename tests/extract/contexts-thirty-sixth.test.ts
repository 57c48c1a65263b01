// Affiliations from the misses of real batches 427-434 (thirty-sixth session): a leader described before the name
// after "led by", a body named before the noun of its kind, a body's office for a place with its acronym or the words of
// the office's level between, and people listed right after a body's plural role. Sentences are invented; the kinds of
// phrase are real.
import { mentionsOf, rolesOf, speakersOf } from './helpers.js';
import { graphRolesOf } from '../resolve/helpers.js';

describe('"led by" and a description of the leader before the name', () => {
  test('"led by Sunni politician X"', () => {
    expect(rolesOf('The Harbor Movement, led by Sunni politician Karim Haddad, left the talks on Monday.')).toContain('Karim Haddad | leader | Harbor Movement');
  });

  test('"led by the Cairo-born Islamist militant X"', () => {
    expect(rolesOf('The Northern Front, led by the Cairo-born Islamist militant Samir Nasser, claimed the attack.')).toContain('Samir Nasser | leader | Northern Front');
  });

  test('"the X group headed by Jordanian-born militant Y": the body before the noun of its kind', () => {
    expect(rolesOf('The Valley Brigades group headed by Jordanian-born militant Omar Fadel claimed responsibility.')).toContain('Omar Fadel | leader | Valley Brigades');
  });

  test('not a talk or an inquiry led by someone', () => {
    const roles = rolesOf('The Harbor Movement rejected an inquiry led by veteran judge Karim Haddad.');
    expect(roles.filter((r) => r.startsWith('Karim Haddad |') && r.endsWith('| Harbor Movement'))).toEqual([]);
  });
});

describe("a body's office for a place", () => {
  test('the body\'s acronym in brackets between body and place: "Harbor Party (HP) Diyarbakır lawmaker"', () => {
    expect(rolesOf('Speaking to reporters, Harbor Democratic Party (HDP) Diyarbakır lawmaker Nesrin Aydan said she had asked for permission.')).toContainEqual(expect.stringMatching(/^Nesrin Aydan \| Diyarbakır lawmaker \| (?:HDP|Harbor Democratic Party)$/));
  });

  test('words of the office\'s level between place and title: "HDP Diyarbakır provincial co-chair X"', () => {
    expect(rolesOf('HDP Diyarbakır provincial co-chair Zehra Ceylan said the police came at dawn.')).toContain('Zehra Ceylan | Diyarbakır provincial co-chair | HDP');
  });
});

describe("people listed right after a body's plural role", () => {
  test('"senior Harbor Party leaders A and B"', () => {
    const roles = rolesOf('The court jailed senior Harbor Party leaders Ivo Horvat and Ana Ruiz on Friday.');
    expect(roles).toContain('Ivo Horvat | leader | Harbor Party');
    expect(roles).toContain('Ana Ruiz | leader | Harbor Party');
  });

  test('"HDP Diyarbakır provincial co-chairs A and B as well as HDP Yenişehir district co-chairs C and D"', () => {
    const roles = rolesOf('The police detained HDP Diyarbakır provincial co-chairs Hülya Uyanık and Zehra Ceylan as well as HDP Yenişehir district co-chairs Kasım Kaya and Remziye Sızıcı.');
    expect(roles).toContain('Zehra Ceylan | Diyarbakır provincial co-chair | HDP');
    expect(roles).toContain('Remziye Sızıcı | Yenişehir district co-chair | HDP');
  });

  test('not the object of a verb after the plural', () => {
    expect(rolesOf('Harbor Party leaders met Ivo Horvat and Ana Ruiz on Friday.').filter((r) => r.endsWith('| Harbor Party'))).toEqual([]);
  });
});

describe("an acronym's expansion with a plural's bare apostrophe inside", () => {
  test('"the Peoples’ Harbor Party (PHP)" keeps its first word', () => {
    expect(mentionsOf('The Peoples’ Harbor Party (PHP) said on Monday that it would appeal.')).toContain('Organization:Peoples’ Harbor Party');
  });

  test('an owner\'s plural before the name is still cut off', () => {
    const orgs = mentionsOf('The rebels’ Supreme Harbor Council (SHC) met on Monday.');
    expect(orgs).toContain('Organization:Supreme Harbor Council');
  });
});

describe('a list after a plural role needs the body right before it', () => {
  test('"the agency said liberal candidates A and B": no office of the agency', () => {
    expect(rolesOf('The official KUNA news agency said liberal candidates Aseel Awadi and Rola Dashan came second.').filter((r) => r.endsWith('| KUNA'))).toEqual([]);
  });
});

describe('a place named with an Arabic word of bodies is a place', () => {
  test('"Tahrir Square" is a square, not a body', () => {
    const found = mentionsOf('Thousands of protesters gathered again in Cairo’s Tahrir Square on Monday.');
    expect(found).toContain('Place:Tahrir Square');
    expect(found).not.toContain('Organization:Tahrir Square');
  });

  test('the complement of "the area of" and the home of "a member from" are no person', () => {
    const found = mentionsOf('The drone struck a car in the area of Qaaqaait al-Jisr on Monday. The dead man was a Hezbollah member from Qaaqaait al-Jisr.');
    expect(found.filter((m) => m.startsWith('Person:'))).toEqual([]);
  });
});

describe('a minister of a country whose government the article names is a member of that government', () => {
  test('ministers in apposition, and "the Kuwaiti government" named', () => {
    const roles = rolesOf('KUWAIT CITY — The new ministers of the Kuwaiti government took the oath today.\n\nAhmad Al Mualifa, the education minister, and Ali Al Abidan, the health minister, pledged allegiance at the ceremony.');
    expect(roles).toContain('Ahmad Al Mualifa | education minister | Kuwait');
    expect(graphRolesOf('KUWAIT CITY — The new ministers of the Kuwaiti government took the oath today.\n\nAhmad Al Mualifa, the education minister, and Ali Al Abidan, the health minister, pledged allegiance at the ceremony.')).toContain('Ahmad Al Mualifa | education minister | Kuwaiti government');
  });
});

describe('a person named by the party they are of', () => {
  const text = "RIGA (Reuters) - Latvia's parliament voted on Friday to confirm Evita Salina of the centre-right New Harbor party as the next prime minister, following the resignation last month of Krisjanis Karlins.\n\nThe government of Karlins, who will now become foreign minister, was a critic of Russia.";

  test('"to confirm X of the centre-right Y party as the next prime minister"', () => {
    const roles = rolesOf(text);
    expect(roles).toContain('Evita Salina | member | New Harbor party');
    expect(roles).toContain('Evita Salina | next prime minister | Latvia');
  });

  test('one word no list knows before ", who" is a person, and its full name too', () => {
    const people = mentionsOf(text).filter((m) => m.startsWith('Person:'));
    expect(people).toContain('Person:Krisjanis Karlins');
  });

  test('not a word written once, after a preposition: "a resident of Bamba, who spoke"', () => {
    expect(mentionsOf('A resident of Bamba, who spoke on condition of anonymity, said the town was calm.').filter((m) => m.startsWith('Person:'))).toEqual([]);
  });

  test('not a people\'s plural before ", who"', () => {
    expect(mentionsOf('The clashes pitted the army against Alawites, who make up a tenth of the population.').filter((m) => m.startsWith('Person:'))).toEqual([]);
  });
});

describe('a pronoun agrees with the speaker it points back to', () => {
  test('"she said" after a spokeswoman who named a man: the spokeswoman, not the man', () => {
    const speakers = speakersOf('A Briton killed in the attack has been named by the Foreign Office.\n\nA Foreign Office spokeswoman named the dead Briton as Jonathan Addams but could not say where he lived.\n\n"We have contacted next of kin and they do not want us to release any information," she said.');
    expect(speakers).toEqual(['a Foreign Office spokeswoman']);
  });

  test('"he said" after a woman quoted and a man named: the man', () => {
    const speakers = speakersOf('"We will not back down," said Maria Ostrova, the party leader.\n\nHer deputy Jonathan Reeve spoke to reporters outside.\n\n"The vote is next week," he said.');
    expect(speakers).toEqual(['Maria Ostrova', 'Jonathan Reeve']);
  });
});
