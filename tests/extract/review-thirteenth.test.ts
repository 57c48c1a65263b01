// The adversarial review of the thirteenth session's rules (533 invented inputs, 46 broken by that session's rules):
// the worst overreaches, each held back here.
import { mentionsOf, rolesOf, speakersOf } from './helpers.js';

describe('the review of the thirteenth session\'s rules', () => {
  test.each([
    // a list of "in X" items: no month, language, known body or a word the clause goes on after
    ['Talks were held in Kenya, in Uganda and in December.', 'Place:December'],
    ['Reports were written in Paris, in Rome and in Latin.', 'Place:Latin'],
    ['He worked in London, in Madrid and in Goldman Sachs\' trading unit.', 'Place:Goldman Sachs'],
    // "said on": one platform word the clause goes on after
    ['Horvat said on Capitol Hill that the bill would pass.', 'Organization:Capitol Hill'],
    ['Netanyahu said on Channel 12 that the war would go on.', 'Organization:Channel'],
    ['The senator said on Face the Nation that the deal was dead.', 'Organization:Face'],
    // a body's noun after a titled name takes no person away
    ['President Ana Ruiz administration officials said the talks would resume.', 'Organization:Ana Ruiz administration'],
    // "X and other groups": peoples form groups too
    ['Baloch and other groups protested. Baloch leaders met the governor.', 'Organization:Baloch'],
    // a body found once is not a common word opening a sentence
    ['The ministry wrote on Signal that the talks were over. Signal strength was poor in the valley.', 'Organization:Signal strength'],
    // "UN General Assembly President X" stays one body
    ['UN General Assembly President Dennis Francis opened the session.', 'Organization:General Assembly'],
    ['U.S. Joint Chiefs Chair Army General Mark Milley spoke with troops.', 'Organization:Chair Army'],
    // "said <town> <given name>" only after a quotation
    ['The report said Washington Ivo Horvat would attend.', 'Person:Washington Ivo Horvat'],
    // one name after a plural role noun is no list
    ['The bank sued former executives Goldman Sachs had hired.', 'Person:Goldman Sachs'],
  ])('%s', (text, wrong) => {
    expect(mentionsOf(text)).not.toContain(wrong);
  });

  test('"ElBaradei said": a surname with "El" is a surname', () => {
    expect(mentionsOf('The agency\'s chief met the envoy. Later, ElBaradei said the inspections would resume.')).toContain('Person:ElBaradei');
  });
  test('"endorsed X as the best candidate" gives no office', () => {
    expect(rolesOf('The union endorsed Ana Ruiz as the best candidate.')).toEqual([]);
  });
  test('"the deputy PM" is no Defence Minister', () => {
    expect(speakersOf('Defence Minister Richard Marles spoke on Monday.\n\n"We will keep going," the deputy PM said.')).not.toEqual(['Richard Marles']);
  });
});
