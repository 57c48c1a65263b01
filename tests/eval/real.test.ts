// Regression guard on the real development corpus (tests/fixtures/real): batches of ten published reports, each
// with its first-contact record. Floors sit a little under the summed figures reached; a drop below one means a
// change broke a rule that generalised. The first-contact figures themselves live in each batch's first-contact.json.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadGold, scoreGraph } from '../../src/eval/index.js';
import { eventF1, eventFiguresOf, f1, figuresOf, FirstContact, sumEventFigures, sumFigures, type EventFigures, type SetFigures } from '../../src/eval/sets.js';
import { readArticles } from '../../src/ingest/index.js';
import { buildFromArticles } from '../../src/pipeline/index.js';

const root = join(process.cwd(), 'tests/fixtures/real');
const batches = readdirSync(root).filter((d) => /^batch\d+$/.test(d)).sort();

describe('real development corpus', () => {
  const figures: SetFigures[] = [];
  const events: EventFigures[] = [];

  beforeAll(async () => {
    for (const batch of batches) {
      const { articles, rejected } = await readArticles([join(root, batch, 'articles')], { maxBytes: 10_000_000 });
      expect(rejected).toEqual([]);
      const { data, failed } = buildFromArticles(articles);
      expect(failed).toEqual([]);
      const report = scoreGraph(data, loadGold([join(root, batch, 'gold')]), new Map(articles.map((a) => [a.path.split('/').pop()!, a.id])));
      figures.push(figuresOf(report, articles.length));
      events.push(eventFiguresOf(report));
    }
  }, 300_000);

  test('FIRST_CONTACT.md records every batch with the entity figures of its first-contact.json', () => {
    // A rewrite that emptied the record once went unnoticed for a session.
    const record = readFileSync(join(root, 'FIRST_CONTACT.md'), 'utf8').split('\n');
    const missing: string[] = [];
    for (const batch of batches) {
      const n = batch.slice('batch'.length);
      const { figures: fc } = JSON.parse(readFileSync(join(root, batch, 'first-contact.json'), 'utf8')) as { figures: Record<string, { tp: number; fp: number; fn: number }> };
      const want = ['Person', 'Organization', 'Place'].map((type) => f1(fc[type]!));
      // The row prints each F1 to three places as `kg eval` did (0.9375 may read 0.937 or 0.938).
      const rows = record.filter((line) => line.startsWith(`| ${n} | `)).map((line) => /\| (\d\.\d{3}) \/ (\d\.\d{3}) \/ (\d\.\d{3}) \|/.exec(line)?.slice(1).map(Number));
      if (!rows.some((got) => got && got.every((x, k) => Math.abs(x - want[k]!) <= 0.0006))) missing.push(`batch${n} (${want.map((x) => x.toFixed(3)).join(' / ')})`);
    }
    expect(missing).toEqual([]);
  });

  test('holds at least 40 articles in at least four batches, each with its gold and a valid first-contact record', () => {
    expect(batches.length).toBeGreaterThanOrEqual(4);
    expect(figures.reduce((n, f) => n + f.articles, 0)).toBeGreaterThanOrEqual(40);
    for (const batch of batches) {
      const record = FirstContact.safeParse(JSON.parse(readFileSync(join(root, batch, 'first-contact.json'), 'utf8')));
      expect(record.success).toBe(true);
      for (const article of readdirSync(join(root, batch, 'articles'))) {
        expect(existsSync(join(root, batch, 'gold', article.replace(/\.txt$/, '.gold.json')))).toBe(true);
      }
    }
  });

  // Place 0.915: batches 163-174 came in at 0.76-0.94 on first contact (territories and microstates whose villages and
  // parishes no gazetteer list holds); the 1,740 articles read 0.920. Organization 0.84: batches 179-186 came in at
  // 0.69-0.93 (the bodies of territories and regions: exile cabinets, island councils, electoral lists); the 1,860
  // articles read 0.843. Place 0.91: batches 187-202 came in at 0.68-0.96 (the villages and districts of the regions
  // the world batches moved to: Rakhine, Plateau State, North West); the 2,020 articles read 0.914. Organization 0.835:
  // batches 203-214 came in at 0.57-0.91 (204: 0.565, the parties and bodies of Mexico's and Italy's regions); the 2,140
  // articles read 0.8397. Place 0.905: batches 203-222 came in at 0.74-0.94 (204: 0.740, the towns and counties of
  // casualty reports in Katsina, Lamu and Hela); the 2,220 articles read 0.9095. Place 0.90: batches 223-234 came in at
  // 0.60-0.92 (234: 0.595, 230: 0.651, 226: 0.690, the curfew towns, villages and constituencies of regions' stories);
  // the 2,340 articles read 0.904, the 2,220 before them 0.910.
  test.each([['Person', 0.94], ['Organization', 0.835], ['Place', 0.90]] as const)('%s F1 over all batches stays at or above %d', (type, floor) => {
    expect(f1(sumFigures(figures)[type])).toBeGreaterThanOrEqual(floor);
  });

  // 80%: the corpus grew by 12 held-back batches (59-70) whose quotes, counted in once their first contact was recorded, read
  // lower than the tuned ones (700 articles: 1666/2058, 81.0%). 60%: batches 73-84 came in with affiliations at 40-61% on
  // first contact (840 articles: 1474/2425, 60.8%; the 720 before them went from 1262 to 1271 found meanwhile). 59.5%:
  // batches 97-106 came in at 36-56% (1,060 articles: 1900/3175, 59.8%; the 960 before them went from 1687 to 1718 found
  // in the same session). 59%: batches 107-120 came in at 38-77% (1,200 articles: 2168/3652, 59.4%; the 1,060 before
  // them went from 1900 to 1917 found in the same session). 58%: batches 163-174 came in at 21-90% (172: 14 of 66, the
  // members of a territory's assembly), 1,740 articles: 3155/5384, 58.6%; the 1,620 before them went from 2934 to 2969
  // found in the same session. 57%: batches 179-194 came in at 18-67% (192: 10 of 57, a regional council's members and
  // party slates; 194: 12 of 48), 1,940 articles: 3501/6082, 57.6%; the 1,780 before them went from 3224 to 3258 found
  // in the same session. 56.5%: batches 203-214 came in at 25-67% (211: 12 of 33, 212: 8 of 32, regions' officers and
  // parties the lexicons lack), 2,140 articles: 3790/6696, 56.6%; the 2,020 before them went from 3619 to 3625 found in
  // the same session. 56%: batches 223-230 came in at 32-71% (223: 7 of 22, 226: 12 of 33, a territory's new members
  // and regional officers), 2,300 articles: 4021/7118, 56.49%; the 2,220 before them went from 3903 to 3919 found in
  // the same session. 55.5%: batches 235-254 came in at 31-67% (254: 14 of 43, party leaders of ten countries; 241: 11
  // of 33; 239: 12 of 35, eight Indian Navy veterans' ranks and employer), 2,540 articles: 4402/7861, 55.998%; the 2,340
  // before them went from 4073 to 4097 found in the same session.
  test('at least 80% of the quotations go to the right speaker and 55.5% of the affiliations are found', () => {
    const sum = sumFigures(figures);
    expect(sum.quotes.attributed / sum.quotes.total).toBeGreaterThanOrEqual(0.80);
    expect(sum.affiliations.found / sum.affiliations.total).toBeGreaterThanOrEqual(0.555);
  });

  // 63%: batches 79-84 came in with 43-46% of their main events found on first contact (840 articles: 1262/1952, 64.7%);
  // no event rule has changed since, and batches 149-160 came in at 34-69% (1,600 articles: 2527/3980, 63.5%). 62%:
  // batches 163-174 came in at 33-79% (1,740 articles: 62.8%); still no event rule changed. F1 0.615: batches 175-178
  // came in at 0.51-0.60 (1,780 articles: 0.620 summed, 0.6195 unrounded); no event rule changed.
  // 56.5%: batches 105-106 came in with 40% of their dated events on the right day (1,060 articles: 1451/2551, 56.9%), many
  // of them in articles the page dates by month only while the gold gives the day.
  test('events: F1 at or above 0.615, 62% of the main events and 56.5% of the dated ones on the right date, every batch with its event first contact', () => {
    const sum = sumEventFigures(events);
    expect(eventF1(sum).f1).toBeGreaterThanOrEqual(0.615);
    expect(sum.main.found / sum.main.total).toBeGreaterThanOrEqual(0.62);
    expect(sum.date.right / sum.date.total).toBeGreaterThanOrEqual(0.565);
    for (const batch of batches) {
      const record = FirstContact.parse(JSON.parse(readFileSync(join(root, batch, 'first-contact.json'), 'utf8')));
      expect(record.events?.figures.gold).toBeGreaterThan(0);
    }
  });
});
