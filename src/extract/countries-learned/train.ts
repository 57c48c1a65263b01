// `npm run train:countries [-- --train 1-400 --test 401-526 --out file --dump file]`: learns the countries model from
// the annotated real articles (tests/fixtures/real/batch*/articles and gold). Each candidate of the learned pass
// (features.ts) is labelled by the gold: a country is right when the gold gives the person an affiliation with it, and
// "none" is right when no candidate is (the gold ties the person to no candidate country, or the person is no gold
// person). A softmax over each person's candidates
// (src/learn/ranker.ts) is written to model.json (or --out); with --test, the held-out batches are scored at several
// thresholds.
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { modelFile, type Row, type TrainOptions } from '../../learn/logistic.js';
import { learnRanker } from '../../learn/ranker.js';
import { annotatedArticle } from '../../learn/batches.js';
import { loadBatches, runTrainer, type Trainer } from '../../learn/trainer.js';
import { extractArticle } from '../index.js';
import { goldNames } from '../../learn/gold-names.js';
import { rankedCountries } from '../70-roles-countries-learned.js';
import type { CountryCandidate } from './features.js';
import type { CountryModel } from './model.js';

const here = dirname(fileURLToPath(import.meta.url));

interface Example extends Row { group: string; country: string | null; gold: boolean; candidate: CountryCandidate; context: string }

/** The candidates of one article, each labelled by its gold. */
function examples(batch: number, file: string): Example[] {
  const read = annotatedArticle(batch, file);
  if (!read) return [];
  const { article, gold } = read;
  const names = goldNames(gold);
  const person = (c: CountryCandidate): string | undefined => names.person(c.personKey, c.person.canonical ?? c.person.text);
  const out: Example[] = [];
  extractArticle(article, {
    explain: false, countryModel: null, placeModel: null, participantModel: null, dateModel: null,
    onCountryCandidates: (cs) => {
      let group: Example[] = [];
      const close = (): void => {
        // "None" is right where no country of the group is.
        const none = group.find((e) => e.country === null);
        if (none) none.label = !group.some((e) => e.label);
        out.push(...group);
        group = [];
      };
      for (const c of cs) {
        if (group.length && group[0]!.candidate.personKey !== c.personKey) close();
        const p = person(c);
        const o = c.country ? names.body([c.country]) ?? c.country : null;
        const label = !!p && !!o && names.affiliated(p, o);
        const at = c.person.start;
        group.push({ features: c.features, label, group: `${batch}/${file}|${c.personKey}`, country: c.country, gold: !!p, candidate: c,
          context: `${p ?? `?${c.personKey}`} → ${c.country ?? 'none'} :: ${article.text.slice(Math.max(0, at - 60), at + 60).replace(/\s+/g, ' ')}` });
      }
      if (group.length) close();
    },
  });
  return out;
}

export const DEFAULT_TRAINING: TrainOptions = { epochs: 20, minCount: 5, l2: 1e-2, threshold: 0.7 };

let current: CountryModel | null = null;

const trainer: Trainer<Example> = {
  command: 'train:countries', modelPath: join(here, 'model.json'), defaults: DEFAULT_TRAINING, examples,
  shown: (e) => ({ group: e.group, country: e.country, context: e.context, features: e.features }),
  heading: (held) => `${new Set(held.map((e) => e.group)).size} people, ${held.filter((e) => e.label && e.country).length} gold affiliations with a country the article names`,
  report: (held, _taken, threshold) => {
    const byGroup = new Map<string, Example[]>();
    for (const e of held) (byGroup.get(e.group) ?? byGroup.set(e.group, []).get(e.group)!).push(e);
    let chosen = 0, right = 0, known = 0;
    for (const list of byGroup.values()) {
      const [ranked] = rankedCountries(list.map((e) => e.candidate), current!);
      const best = ranked!.reduce((a, b) => (b.share > a.share ? b : a));
      if (!best.c.country || best.c.barred || best.share < threshold) continue;
      chosen++;
      const e = list.find((x) => x.candidate === best.c)!;
      if (e.label) right++;
      if (e.gold) known++;
    }
    const positives = held.filter((e) => e.label && e.country).length;
    return `${chosen} people given a country, ${right} in the gold (precision ${(right / Math.max(1, chosen)).toFixed(3)}, ${(right / Math.max(1, known)).toFixed(3)} of gold people), recall ${(right / Math.max(1, positives)).toFixed(3)}`;
  },
};

/** The model learned from these batches: the same batches and options always give the same weights. */
export function learnCountryModel(train: number[], options: TrainOptions = DEFAULT_TRAINING): CountryModel {
  current = learnRanker(loadBatches(trainer, train), train, 'people', options);
  return current;
}

export { modelFile };

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) runTrainer(trainer, learnCountryModel);
