// Given names from the locale lists, places that share a given name, and the roles of headlines, from the misses of
// real batches 1-382 (twenty-fifth session). Sentences and surnames are invented; the given names and towns are real.
import { mentionsOf, rolesOf } from './helpers.js';

describe('given names of many languages start a name with no other evidence', () => {
  test.each([
    // Indian, Indonesian, Danish, South African given names the six-language list lacked.
    ['Narendra Kovilpatti met the delegation on Tuesday.', 'Person:Narendra Kovilpatti'],
    ['Joko Wirasena met the delegation on Tuesday.', 'Person:Joko Wirasena'],
    ['Mette Halvorsby met the delegation on Tuesday.', 'Person:Mette Halvorsby'],
    ['Cyril Mabundane met the delegation on Tuesday.', 'Person:Cyril Mabundane'],
  ])('%s', (text, expected) => {
    expect(mentionsOf(text)).toContain(expected);
  });

  test('a word that opens a place name is no given name, whatever list holds it ("Jabal", "Tel")', () => {
    expect(mentionsOf('Fighters held Jabal Shahwan on Friday.')).not.toContain('Person:Jabal Shahwan');
    expect(mentionsOf('Fighters held Tel Rummaneh on Friday.')).not.toContain('Person:Tel Rummaneh');
  });

  test('holidays are no given names ("Easter Day")', () => {
    expect(mentionsOf('Voters went to the polls on Easter Day.').filter((m) => m.startsWith('Person:'))).toEqual([]);
  });
});

describe('a town that starts with a given name, in a place context', () => {
  test('"a Piet Retief township", "neighborhoods, including Morne Vert"', () => {
    expect(mentionsOf('Several properties were set alight in a Piet Retief township, police said.')).toContain('Place:Piet Retief');
    expect(mentionsOf('Residents in neighborhoods, including Morne Vert and Toruvu, set up roadblocks.')).toEqual(['Place:Morne Vert', 'Place:Toruvu']);
  });

  test('a lone given name listed before a plural place noun is a village; a list of given names alone is not', () => {
    expect(mentionsOf('The attacks occurred in the Fungzai and Kubat villages on Monday.')).toEqual(['Place:Fungzai', 'Place:Kubat']);
    expect(mentionsOf('The attacks occurred in the Hassan and Ali areas on Monday.').filter((m) => m.startsWith('Place:'))).toEqual([]);
  });
});

describe('offices in a headline\'s grammar', () => {
  /** A headline line, then a body that names the person in full. */
  const story = (headline: string, body: string) => rolesOf(`${headline}\n\n${body}`, true);

  test.each([
    // A passive without its auxiliary.
    ['Halvorsby sworn in as first female president of Mexico', 'Ana Halvorsby took the oath on Tuesday.', 'Halvorsby | first female president of Mexico | Mexico'],
    ['Wirasena elected president of Bolivia', 'Joko Wirasena won the runoff on Sunday.', 'Wirasena | president of Bolivia | Bolivia'],
    // A term of office won.
    ['Kovilpatti wins third term as president of Azerbaijan', 'Narendra Kovilpatti won the vote on Sunday.', 'Kovilpatti | president of Azerbaijan | Azerbaijan'],
  ])('%s', (headline, body, expected) => {
    expect(story(headline, body)).toContain(expected);
  });

  test('in the body too: set off by commas, and a possessor\'s term of office', () => {
    expect(rolesOf('Ana Halvorsby, sworn in as president of Mexico on Tuesday, spoke.')).toContain('Ana Halvorsby | president of Mexico | Mexico');
    expect(rolesOf('It was Joko Wirasena\'s second term as president of Bolivia.')).toContain('Joko Wirasena | president of Bolivia | Bolivia');
  });

  test('an active verb whose object is a person or an office phrase gives the subject nothing', () => {
    expect(rolesOf('King Ahmed Halvorsby appointed a new prime minister on Tuesday.').filter((r) => r.includes('prime minister'))).toEqual([]);
    expect(rolesOf('Joko Wirasena appointed Ana Halvorsby foreign minister on Tuesday.').filter((r) => r.startsWith('Joko'))).toEqual([]);
  });
});

describe('datelines and titles of real batches 383-386', () => {
  test('a dateline with a full date, the day before or after the month ("SANA\'A, 30 Aug 2009 -", "TOKYO, June 2, 2010 --")', () => {
    expect(mentionsOf('SANA\'A, 30 Aug 2009 - Battles between the army and the rebels continue.')).toContain('Place:SANA\'A');
    expect(mentionsOf('TOKYO, June 2, 2010 -- The prime minister resigned on Wednesday.')).toContain('Place:TOKYO');
  });

  test('an outlet\'s domain before the city ("REPUBLIKA.CO.ID, RAMALLAH --"): the outlet is a body, the city a place', () => {
    const x = mentionsOf('REPUBLIKA.CO.ID, RAMALLAH -- Soldiers shot and killed a man on Tuesday.');
    expect(x).toContain('Organization:REPUBLIKA.CO.ID');
    expect(x).toContain('Place:RAMALLAH');
    expect(x).not.toContain('Place:REPUBLIKA.CO.ID');
  });

  test.each([
    ['Chief Constable Ana Halvorsby said the attack was cowardly.', 'Ana Halvorsby | Chief Constable | '],
    ['Detective Chief Superintendent Joko Wirasena led the inquiry.', 'Joko Wirasena | Detective Chief Superintendent | '],
    ['Undersecretary Narendra Kovilpatti was in the car.', 'Narendra Kovilpatti | Undersecretary | '],
  ])('a police rank or an undersecretary is a title, not part of the name: %s', (text, expected) => {
    expect(rolesOf(text)).toContain(expected);
  });
});
