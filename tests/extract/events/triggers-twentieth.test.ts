// Words that name a happening, from the misses of the real batches 259-262 (twentieth session): riots and
// by-elections; and the words that date it to the article's day or the day before ("yesterday", "last night"). Sentences are invented; the places are real because the extractor reads the gazetteer.
import { extract } from '../helpers.js';
import { extractArticle } from '../../../src/extract/index.js';

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

describe('the article\'s day and the day before it date an event', () => {
  const dates = (text: string): (string | null)[] => (extractArticle({ id: 'article:0000000000000000', text: `Report\n\n${text}`, date: '2024-03-10', title: 'Report' }).events ?? []).map((e) => e.date);

  test('"killed in an attack in Baghdad yesterday", "attacked a checkpoint last night"', () => {
    expect(dates('Amira Tesslan was killed in an attack in Baghdad yesterday.')).toEqual(['2024-03-09']);
    expect(dates('Gunmen attacked a checkpoint in Mosul last night.')).toEqual(['2024-03-09']);
  });

  test('"rallied in Basra today", "this morning"', () => {
    expect(dates('Protesters rallied in Basra today.')).toEqual(['2024-03-10']);
    expect(dates('Protesters rallied in Basra this morning.')).toEqual(['2024-03-10']);
  });

  test('not a word inside another ("todays", "yesterday-style")', () => {
    expect(dates('Protesters rallied in Basra in a yesterday-style march.')).not.toContain('2024-03-09');
  });
});
