// An event the lead tells with no date words ("X has conceded defeat": dated by the article's day) and the same event
// told below with its day ("conceded on Sunday") are one event on the day the text gives (thirty-third session; dates
// over real batches 1-414). Invented sentences.
import type { EventNode } from '../../graph-schema/index.js';
import { build } from './helpers.js';

const events = (text: string): EventNode[] => build([text]).nodes.filter((n): n is EventNode => n.type === 'Event');

describe('a lead dated by the article and the day the text gives', () => {
  test('one event, on the day the text gives', () => {
    const found = events('Prime Minister Sanna Marin has conceded defeat to Petteri Orpo. '
      + 'Sanna Marin conceded defeat to Petteri Orpo on Sunday in Helsinki.');
    const concessions = found.filter((e) => /conce/i.test(e.name) || e.eventType === 'announcement');
    expect(concessions.map((e) => e.date)).toEqual(['2023-12-31']);
  });

  test('a day more than a week away is another event', () => {
    const found = events('Prime Minister Sanna Marin has conceded defeat to Petteri Orpo. '
      + 'Sanna Marin conceded defeat to Petteri Orpo on December 3 in Helsinki.');
    const concessions = found.filter((e) => /conce/i.test(e.name) || e.eventType === 'announcement');
    expect(concessions.map((e) => e.date).sort()).toEqual(['2023-12-03', '2024-01-01']);
  });
});

describe('a lead dated by the article is not another event of the same kind', () => {
  test('a meeting with other parties in another place stays another event (review)', () => {
    const found = events('Turkish President Recep Tayyip Erdogan has met US President Joe Biden in Ankara. '
      + 'Erdogan met Russian President Vladimir Putin in Sochi on Saturday.');
    const meetings = found.filter((e) => e.eventType === 'meeting');
    expect(meetings.map((e) => e.date).sort()).toEqual(['2023-12-30', '2024-01-01']);
  });
});
