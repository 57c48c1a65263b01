// [date words, article date, expected] — relative dates across month and year boundaries, partial dates stay partial.
import { normalizeDate } from '../../../src/extract/events/index.js';

const rows: [string, string | null, string | null][] = [
  ['Tuesday', '2024-01-25', '2024-01-23'],
  ['Thursday', '2024-01-25', '2024-01-25'],
  ['Monday', '2024-01-03', '2024-01-01'],
  ['Sunday', '2024-01-03', '2023-12-31'],
  ['Tuesday', '2018-05', null],
  ['last month', '2024-01-25', '2023-12'],
  ['last month', '2018-05', '2018-04'],
  ['this month', '2020-07-08', '2020-07'],
  ['next month', '2018-12', '2019-01'],
  ['last year', '2021-04-07', '2020'],
  ['last week', '2024-01-03', '2023-12'],
  ['in 2011', '2024-01-17', '2011'],
  ['late 2011', '2024-01-25', '2011'],
  ['2003', null, '2003'],
  ['Jan. 8', '2020-07-08', '2020-01-08'],
  ['on January 8', '2020-07-08', '2020-01-08'],
  ['Oct. 7', '2024-01-25', '2023-10-07'],
  ['Dec. 30', '2024-01-02', '2023-12-30'],
  ['Since Oct. 17', '2024-01-17', '2023-10-17'],
  ['January 2020', '2024-01-17', '2020-01'],
  ['in March 2003', '2024-01-25', '2003-03'],
  ['in December 2011', '2024-01-17', '2011-12'],
  ['January 8, 2020', null, '2020-01-08'],
  ['two months later', '2020-01-08', '2020-03'],
  ['in August', '2024-01-25', '2023-08'],
  ['Jan. 8', null, null],
  ['no date here', '2024-01-25', null],
];

test.each(rows)('%s (article %s) → %s', (words, article, expected) => {
  expect(normalizeDate(words, article)).toBe(expected);
});
