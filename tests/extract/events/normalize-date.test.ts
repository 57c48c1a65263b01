// [date words, article date, future?, expected] — relative dates across month and year boundaries, partial dates stay
// partial, and a clause about the future resolves forward ("could be announced at the summit in July").
import { normalizeDate } from '../../../src/extract/events/index.js';

const rows: [string, string | null, boolean, string | null][] = [
  ['Tuesday', '2024-01-25', false, '2024-01-23'],
  ['Thursday', '2024-01-25', false, '2024-01-25'],
  ['Monday', '2024-01-03', false, '2024-01-01'],
  ['Sunday', '2024-01-03', false, '2023-12-31'],
  ['Tuesday', '2018-05', false, '2018-05'],
  ['last Tuesday', '2024-01-23', false, '2024-01-16'],
  ['next Monday', '2024-01-25', false, '2024-01-29'],
  ['last month', '2024-01-25', false, '2023-12'],
  // twentieth session: the article's own day and the day before it
  ['yesterday', '2024-03-01', false, '2024-02-29'],
  ['last night', '2024-01-01', false, '2023-12-31'],
  ['earlier today', '2024-03-10', false, '2024-03-10'],
  ['this morning', '2024-03-10', false, '2024-03-10'],
  ['overnight', '2024-03-10', false, '2024-03-10'],
  // fortieth session: in an article dated only by its month, that month (as "Tuesday" is; real batch 483)
  ['yesterday', '2024-03', false, '2024-03'],
  ['this morning', '2024-03', false, '2024-03'],
  ['yesterday', '2024', false, null],
  // real batch 105: a month with its year said in words, whatever tense the clause has
  ['in December last year', '2019-04-26', true, '2018-12'],
  ['late January last year', '2019-04-26', false, '2018-01'],
  ['in June next year', '2019-04-26', false, '2020-06'],
  ['March this year', '2019-04-26', true, '2019-03'],
  // "the November 27 ceasefire": an article before the date changes nothing
  ['the November 27', '2025-08', false, '2024-11-27'],
  ['last month', '2018-05', false, '2018-04'],
  ['this month', '2020-07-08', false, '2020-07'],
  ['next month', '2018-12', false, '2019-01'],
  ['last year', '2021-04-07', false, '2020'],
  ['last week', '2024-01-03', false, '2023-12'],
  ['in 2011', '2024-01-17', false, '2011'],
  ['late 2011', '2024-01-25', false, '2011'],
  ['in late 2011', '2024-01-25', false, '2011'],
  ['2003', null, false, '2003'],
  ['Jan. 8', '2020-07-08', false, '2020-01-08'],
  ['on January 8', '2020-07-08', false, '2020-01-08'],
  ['Oct. 7', '2024-01-25', false, '2023-10-07'],
  ['Dec. 30', '2024-01-02', false, '2023-12-30'],
  ['Since Oct. 17', '2024-01-17', false, '2023-10-17'],
  ['January 2020', '2024-01-17', false, '2020-01'],
  ['in March 2003', '2024-01-25', false, '2003-03'],
  ['in December 2011', '2024-01-17', false, '2011-12'],
  ['January 8, 2020', null, false, '2020-01-08'],
  ['8 January 2020', null, false, '2020-01-08'],
  ['two months later', '2020-01-08', false, '2020-03'],
  ['Ten days later', '2023-10-07', false, '2023-10-17'],
  ['three years ago', '2021-04-07', false, '2018'],
  ['in August', '2024-01-25', false, '2023-08'],
  ['In August', '2023-08-02', false, '2023-08'],
  ['Jan. 8', null, false, null],
  ['no date here', '2024-01-25', false, null],
  // The future: "could be announced at the NATO summit in July" in a May 2018 article is July 2018, not 2017.
  ['in July', '2018-05', true, '2018-07'],
  ['in March', '2018-05', true, '2019-03'],
  ['in May', '2018-05', true, '2018-05'],
  ['Friday', '2024-01-25', true, '2024-01-26'],
  ['Thursday', '2024-01-25', true, '2024-01-25'],
  ['Jan. 8', '2020-07-08', true, '2021-01-08'],
  ['Dec. 30', '2024-01-02', true, '2024-12-30'],
  ['in 2025', '2024-01-02', true, '2025'],
  ['January 8, 2020', '2024-01-02', true, '2020-01-08'],
  // A day a few weeks after the article's is that coming day, whatever the tense (real batch 17: "A meeting on Aug 4"
  // in a July 28 article was dated a year back); "since" always looks back, even in a clause about the future.
  ['on Aug 4', '2025-07-28', false, '2025-08-04'],
  ['on Jan 5', '2025-12-30', false, '2026-01-05'],
  ['on Oct 4', '2025-07-28', false, '2024-10-04'],
  ['since October 8', '2024-11-19', true, '2024-10-08'],
  // Phrasings the date pass never hands over still parse (chrono-node fallback).
  ['the 5th of March 2019', null, false, '2019-03-05'],
];

test.each(rows)('%s (article %s, future %s) → %s', (words, article, future, expected) => {
  expect(normalizeDate(words, article, future)).toBe(expected);
});
