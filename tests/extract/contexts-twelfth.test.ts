// General patterns from the misses of real batches 1-124 found in the twelfth session. The sentences are written here
// with invented names, places and platforms.
import { mentionsOf } from './helpers.js';

describe('platforms named by how the text uses them', () => {
  test.each([
    ['Ivo Horvat wrote on Chirper that the vote was fair.', 'Organization:Chirper'],
    ['Taking to Chirper, Ivo Horvat said he would stay.', 'Organization:Chirper'],
    ['Ivo Horvat took to Chirper to thank his voters.', 'Organization:Chirper'],
    ['In a post on Pocket Square, Ivo Horvat said the talks had failed.', 'Organization:Pocket Square'],
    ['The ministry said on its Squawk channel that the border was closed.', 'Organization:Squawk'],
    ['Ivo Horvat posted on Q. He said the vote was fair.', 'Organization:Q'],
  ])('%s', (sentence, expected) => {
    expect(mentionsOf(`Vote in Malta\n\nThe vote ended on Sunday. ${sentence}`)).toContain(expected);
  });

  test.each([
    ['Ivo Horvat wrote on Monday that the vote was fair.', 'Monday'],
    ['Ivo Horvat took to Valletta to thank his voters.', 'Valletta'],
    ['Ivo Horvat said on a TV channel that he would stay.', 'TV'],
    ['Ana Ruiz met Ivo Horvat. The minister later wrote on Horvat that it was over.', 'Horvat'],
  ])('not "%s"', (sentence, word) => {
    expect(mentionsOf(`Vote in Malta\n\nThe vote ended on Sunday. ${sentence}`)).not.toContain(`Organization:${word}`);
  });
});
