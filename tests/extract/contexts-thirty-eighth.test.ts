// Rules from the misses of real batches 451-454 (thirty-eighth session): a country's name that ends in another
// country's name ("Papua New Guinea"), an institution that a head word continues into a longer name ("X Police
// Service"), plural titles before a list of names ("Inspector Generals A and B") and a relative "who" with no comma.
// Sentences are invented; the kinds of phrase are real.
import { mentionsOf } from './helpers.js';

describe('a country named by more words than its last', () => {
  test('"Papua New Guinea police" is not Guinea\'s police', () => {
    const found = mentionsOf('Papua New Guinea police and soldiers exchanged fire in Port Moresby on Sunday.');
    expect(found).toContain('Organization:Papua New Guinea police');
    expect(found).not.toContain('Organization:Guinea police');
    expect(found).not.toContain('Place:Guinea');
  });

  test('"The Netherlands government" and "the East Timorese Government" keep their country', () => {
    expect(mentionsOf('The Netherlands government has collapsed.')).toContain('Organization:Netherlands government');
    expect(mentionsOf('He says the East Timorese Government wants help.')).toContain('Organization:Timorese Government');
  });
});

describe('an institution a head word continues', () => {
  test.each([
    ['For Ruvala Police Service, the president appointed a new chief.', 'Organization:Ruvala Police Service'],
    ['The Zambia Police Service said two officers were hurt.', 'Organization:Zambia Police Service'],
    ['A Nigeria Police Force spokesman said the road was closed.', 'Organization:Nigeria Police Force'],
  ])('%s', (text, org) => {
    expect(mentionsOf(text)).toContain(org);
  });

  test('a possessive still gives the country\'s institution: "Iraq\'s army"', () => {
    expect(mentionsOf("Iraq's army said the road was open.")).toContain("Organization:Iraq's army");
  });
});

describe('plural titles and a relative "who" with no comma', () => {
  test('"Deputy Inspector Generals A and B" lists two people', () => {
    const found = mentionsOf('The president retired two Police Deputy Inspector Generals Charity Mwale and Richard Banda.');
    expect(found).toEqual(expect.arrayContaining(['Person:Charity Mwale', 'Person:Richard Banda']));
    expect(found.some((m) => m.includes('Generals'))).toBe(false);
  });

  test('"taking over from X Y who has been relieved": a person', () => {
    expect(mentionsOf('Lemmy Banda took over as Inspector General from Kakoma Chisanga who has been relieved of his duties.')).toContain('Person:Kakoma Chisanga');
  });
});
