// Words that name a happening, from the misses of the real batches 259-262 (twentieth session): riots and
// by-elections. Sentences are invented; the places are real because the extractor reads the gazetteer.
import { extract } from '../helpers.js';

const types = (text: string): string[] => (extract(text).events ?? []).map((e) => e.eventType);

describe('riots and by-elections are events', () => {
  test('"Rioting broke out in the capital" is a protest', () => {
    expect(types('Rioting broke out in Lusaka overnight after the count was delayed.')).toContain('protest');
  });

  test('"protestors" and "demonstrators" gathered', () => {
    expect(types('About 2,000 protestors gathered in Cartagena on Monday.')).toContain('protest');
    expect(types('Thousands of demonstrators filled the square in Quito on Friday.')).toContain('protest');
  });

  test('"Thursday\'s presidential by-election" is an election', () => {
    expect(types('Amira Tesslan took the lead in Thursday\'s presidential by-election in Zambia.')).toContain('election');
  });

  test('not the month ("in March the ministry said")', () => {
    expect(types('In March the ministry said the budget was ready.')).toEqual([]);
  });
});
