// The learned event dates pass (src/extract/event-dates-learned.ts): among the dates an event's sentence tells near
// its trigger, the article's day, the day before it, its month or year, the story's last date and no date, the one a
// model learned on the annotated real articles ranks first, over the patterns' choice. Sentences and names are invented.
import { extractArticle } from '../../src/extract/index.js';
import { learnDateModel } from '../../src/extract/dates-learned/train.js';
import { bundledDateModel } from '../../src/extract/dates-learned/model.js';
import { bestDate } from '../../src/extract/event-dates-learned.js';
import { buildFromArticles } from '../../src/pipeline/index.js';
import { modelTexts } from './helpers.js';
import type { Article } from '../../src/ingest/index.js';

/** `type @ date` (a learned date marked `*`) of every event of the text. */
function dates(text: string, date: string, dateModel?: null): string[] {
  const x = extractArticle({ id: 'article:0000000000000000', text: `Report\n\n${text}`, date, title: 'Report' }, { dateModel, explain: false });
  return (x.events ?? []).map((e) => `${e.eventType} @ ${e.date ?? '-'}${e.dateRule ? '*' : ''}`);
}

const TRUCE = 'The ambush in Korvana was the first reported assault on army troops since the Northern Front declared a one-month ceasefire on 20 January to seek talks with the government.';

describe('dates no pattern chose, from the learned model', () => {
  test('"since X declared a ceasefire on 20 January": the declaring is dated by its own day, not by the article\'s month', () => {
    expect(dates(TRUCE, '2024-02')).toContain('announcement @ 2024-01-20*');
    expect(dates(TRUCE, '2024-02', null)).toContain('announcement @ 2024-02');
  });

  test('"a few weeks after it reopened": not a date after the article\'s, as counting forward from it gave', () => {
    const text = 'Northern Front rebels attack newly reopened Kesra port\nThe rebels attacked the port a few weeks after it was officially reopened, the governor told reporters.';
    const late = (lines: string[]): string[] => lines.filter((l) => l.startsWith('attack') && l.replace(/\*$/, '').split(' @ ')[1]! > '2024-03-05');
    expect(late(dates(text, '2024-03-05', null)).length).toBeGreaterThan(0);
    expect(late(dates(text, '2024-03-05'))).toEqual([]);
  });

  test('in the graph the event shows the learned date, with its words and `dateBasis: model`', () => {
    const article: Article = { id: 'article:dated1', path: 'dated1.txt', title: 'Dated', date: '2024-02', source: null, url: null, text: `Report\n\n${TRUCE}` };
    const { data } = buildFromArticles([article]);
    const declared = data.nodes.find((n) => n.type === 'Event' && n.eventType === 'announcement')!;
    expect(declared).toMatchObject({ date: '2024-01-20', dateText: 'on 20 January', dateBasis: 'model' });
  });
});

describe('the date an event takes from its candidates\' shares', () => {
  const c = (date: string | null, text: string | null, ...features: string[]) => ({ date, text, features });
  test('the shares of one date add up: the day before told two ways beats a likelier single date', () => {
    const best = bestDate([c('2024-03-05', null), c('2024-03-04', null), c('2024-03-04', 'yesterday')], [0.4, 0.35, 0.25]);
    expect(best).toMatchObject({ date: '2024-03-04', rule: false });
    expect(best!.share).toBeCloseTo(0.6, 10);
  });

  test('a date takes the words of its candidates, and is the patterns\' when any of its candidates was', () => {
    expect(bestDate([c('2024-03-04', null), c('2024-03-04', 'yesterday', 'rule'), c(null, null)], [0.5, 0.2, 0.3])).toMatchObject({ date: '2024-03-04', text: 'yesterday', rule: true });
  });

  test('"no date" can win, and then nothing changes', () => {
    expect(bestDate([c('2024-03-05', null, 'rule'), c(null, null)], [0.3, 0.7])).toMatchObject({ date: null });
  });
});

test('the bundled model is what training on its batches gives, byte for byte', () => {
  const { file, retrained } = modelTexts('src/extract/dates-learned/model.json', bundledDateModel(), (batches) => learnDateModel(batches));
  expect(retrained).toBe(file);
}, 300_000);
