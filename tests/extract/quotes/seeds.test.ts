// The five seed articles against their gold quotes, scored the way the evaluator scores a graph:
// found = some quote contains the gold quote's first six words; attributed = one such quote has the gold speaker.
import { findQuotes } from '../../../src/extract/quotes/index.js';
import { loadSeeds, mentionsOf, naiveSentences, normName } from './helpers.js';

describe('findQuotes on the seed articles', () => {
  const seeds = loadSeeds();
  let total = 0;
  let found = 0;
  let attributed = 0;
  const misses: string[] = [];
  for (const seed of seeds) {
    const sentences = naiveSentences(seed.text);
    const mentions = mentionsOf(seed.text, seed.table, sentences);
    const quotes = findQuotes(seed.text, sentences, mentions);
    for (const gold of seed.quotes) {
      total++;
      const six = gold.starts.split(/\s+/).slice(0, 6).join(' ');
      const hits = quotes.filter((q) => q.text.replace(/\s+/g, ' ').includes(six));
      if (hits.length === 0) {
        misses.push(`${seed.name}: not found: ${gold.starts}`);
        continue;
      }
      found++;
      const names = (seed.names.get(gold.speaker) ?? [gold.speaker]).map(normName);
      const ok = hits.some((q) => {
        const said = q.speaker === null ? '' : q.speaker.kind === 'mention' ? mentions[q.speaker.mention]!.text : q.speaker.text;
        const n = normName(said);
        // The resolver names unnamed sources with and without their article ("a joint statement" / "joint statement").
        return names.includes(n) || names.includes(n.replace(/^an? /, ''));
      });
      if (ok) attributed++;
      else misses.push(`${seed.name}: wrong speaker: ${gold.starts} (gold ${gold.speaker})`);
    }
  }

  test('finds at least 90% of the gold quotes', () => {
    expect(total).toBe(50);
    expect({ found, misses }).toEqual({ found: expect.any(Number), misses: expect.any(Array) });
    expect(found / total).toBeGreaterThanOrEqual(0.9);
  });

  test('attributes at least 90% of the gold quotes to the gold speaker', () => {
    expect(attributed / total).toBeGreaterThanOrEqual(0.9);
  });

  test('keeps the scare quotes the gold skips', () => {
    const all = seeds.flatMap((s) => findQuotes(s.text, naiveSentences(s.text), mentionsOf(s.text, s.table)).map((q) => q.text));
    for (const scare of ['Iraqis first', 'higher military commission', 'we all realize']) expect(all).not.toContain(scare);
    expect(all).toContain('important progress');
  });

  test('a long text of 100 copies yields the quotes of every copy (speed is measured by npm run bench)', () => {
    const seed = seeds[3]!;
    const once = findQuotes(seed.text, naiveSentences(seed.text), mentionsOf(seed.text, seed.table)).length;
    const big = Array.from({ length: 100 }, () => seed.text).join('\n\n');
    const sentences = naiveSentences(big);
    const quotes = findQuotes(big, sentences, mentionsOf(big, seed.table, sentences));
    expect(once).toBeGreaterThan(10);
    expect(quotes.length).toBe(100 * once);
  });
});
