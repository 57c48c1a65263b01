// `npm run train:roles [-- --train 1-450 --test 451-502 --out file]`: learns the roles model from the annotated real
// articles (tests/fixtures/real/batch*/articles and gold). Each candidate of the learned pass (features.ts) is labelled
// by the gold: positive when the gold gives the person an affiliation with that organization or place. A logistic
// regression over the features, fitted by stochastic gradient descent in a fixed order, is written to model.json
// (or --out); with --test, the held-out batches are scored at several thresholds.
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { learnModel, modelFile, type Row, type TrainOptions } from '../../learn/logistic.js';
import { annotatedArticle } from '../../learn/batches.js';
import { loadBatches, runTrainer, type Trainer } from '../../learn/trainer.js';
import { extractArticle } from '../index.js';
import { goldNames } from '../../learn/gold-names.js';
import type { RoleCandidate } from './features.js';
import type { RoleModel } from './model.js';

const here = dirname(fileURLToPath(import.meta.url));

interface Example extends Row { batch: number; article: string; pair: string; gold: boolean; context: string }

/** The candidates of one article, each labelled by its gold. */
function examples(batch: number, file: string): Example[] {
  const read = annotatedArticle(batch, file);
  if (!read) return [];
  const { article, gold } = read;
  const names = goldNames(gold);
  const person = (c: RoleCandidate): string | undefined => names.person(c.personKey, c.person.canonical ?? c.person.text);
  const body = (c: RoleCandidate): string | undefined => names.body([c.org.canonical ?? c.org.text, c.org.text, c.orgKey.replace(/^[a-z]+:/, '')]);
  const out: Example[] = [];
  extractArticle(article, {
    explain: false, roleModel: null,
    onRoleCandidates: (cs) => {
      for (const c of cs) {
        const p = person(c);
        const o = body(c);
        const label = !!p && !!o && names.affiliated(p, o);
        out.push({ batch, article: file, features: c.features, label, pair: `${batch}/${file}|${p ?? `?${c.personKey}`}|${o ?? `?${c.orgKey}`}`, gold: !!p && !!o, context: contextOf(article.text, c) });
      }
    },
  });
  return out;
}

function contextOf(text: string, c: RoleCandidate): string {
  const from = Math.min(c.person.start, c.org.start);
  const to = Math.max(c.person.end, c.org.end);
  return `${text.slice(Math.max(0, from - 50), from)}[${text.slice(from, to)}]${text.slice(to, to + 40)}`.replace(/\s+/g, ' ');
}

export const DEFAULT_TRAINING: TrainOptions = { epochs: 8, minCount: 5, l2: 3e-3, threshold: 0.7 };

const trainer: Trainer<Example> = {
  command: 'train:roles', modelPath: join(here, 'model.json'), defaults: DEFAULT_TRAINING, examples,
  shown: (e) => ({ pair: e.pair, context: e.context }),
  heading: (held) => `${held.length} candidates, ${new Set(held.filter((e) => e.label).map((e) => e.pair)).size} gold affiliations among them`,
  report: (held, taken) => {
    const positives = new Set(held.filter((e) => e.label).map((e) => e.pair));
    const chosen = new Set(held.filter(taken).map((e) => e.pair));
    const tp = [...chosen].filter((p) => positives.has(p)).length;
    const known = [...chosen].filter((p) => !p.includes('|?')).length;
    return `${chosen.size} pairs, ${tp} in the gold (precision ${(tp / Math.max(1, chosen.size)).toFixed(3)}, ${(tp / Math.max(1, known)).toFixed(3)} of pairs of gold entities), recall of the reachable ${(tp / Math.max(1, positives.size)).toFixed(3)}`;
  },
};

/** The model learned from these batches: the same batches and options always give the same weights. */
export function learnRoleModel(train: number[], options: TrainOptions = DEFAULT_TRAINING): RoleModel {
  return learnModel(loadBatches(trainer, train), train, 'candidates', options);
}

export { modelFile };

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) runTrainer(trainer, learnRoleModel);
