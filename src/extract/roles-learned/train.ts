// `npm run train:roles [-- --train 1-450 --test 451-502 --out file]`: learns the roles model from the annotated real
// articles (tests/fixtures/real/batch*/articles and gold). Each candidate of the learned pass (features.ts) is labelled
// by the gold: positive when the gold gives the person an affiliation with that organization or place. A logistic
// regression over the features, fitted by stochastic gradient descent in a fixed order, is written to model.json
// (or --out); with --test, the held-out batches are scored at several thresholds.
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { learnModel, modelFile, probability, type Row, type TrainOptions } from '../../learn/logistic.js';
import { arg, fixtures, trainOptions, trainTestBatches } from '../../learn/batches.js';
import { extractArticle } from '../index.js';
import { parseTextArticle } from '../../ingest/text-article.js';
import { foldName } from '../../eval/fold.js';
import { loadGold } from '../../eval/gold.js';
import type { RoleCandidate } from './features.js';
import type { RoleModel } from './model.js';

const here = dirname(fileURLToPath(import.meta.url));

interface Example extends Row { batch: number; article: string; pair: string; gold: boolean; context: string }

/** The candidates of one article, each labelled by its gold. */
function examples(batch: number, file: string): Example[] {
  const raw = readFileSync(join(fixtures, `batch${batch}`, 'articles', file), 'utf8');
  const parsed = parseTextArticle(raw);
  if (!parsed.ok) return [];
  const goldPath = join(fixtures, `batch${batch}`, 'gold', file.replace(/\.[a-z]+$/, '.gold.json'));
  if (!existsSync(goldPath)) return [];
  const gold = loadGold([goldPath])[0]!;
  const people = new Map<string, string>();
  const bodies = new Map<string, string>();
  const surnames = new Map<string, Set<string>>();
  for (const e of [...gold.entities, ...gold.optional]) {
    const into = e.type === 'Person' ? people : bodies;
    for (const n of [e.name, ...e.aliases]) {
      into.set(foldName(n), e.name);
      if (e.type === 'Person') {
        const last = foldName(n).split(' ').pop()!;
        if (!surnames.has(last)) surnames.set(last, new Set());
        surnames.get(last)!.add(e.name);
      }
    }
  }
  const person = (c: RoleCandidate): string | undefined => {
    for (const t of [c.personKey, c.person.canonical ?? c.person.text]) {
      const hit = people.get(foldName(t));
      if (hit) return hit;
    }
    const last = surnames.get(foldName(c.personKey).split(' ').pop()!);
    return last?.size === 1 ? [...last][0] : undefined;
  };
  const body = (c: RoleCandidate): string | undefined => {
    for (const t of [c.org.canonical ?? c.org.text, c.org.text, c.orgKey.replace(/^[a-z]+:/, '')]) {
      const hit = bodies.get(foldName(t));
      if (hit) return hit;
    }
    return undefined;
  };
  const affiliations = new Set(gold.affiliations.filter((a) => a.org).map((a) => `${foldName(a.person)}|${foldName(a.org)}`));
  const out: Example[] = [];
  extractArticle({ id: file, text: parsed.fields.text, date: parsed.fields.date, title: parsed.fields.title, source: parsed.fields.source }, {
    explain: false, roleModel: null,
    onRoleCandidates: (cs) => {
      for (const c of cs) {
        const p = person(c);
        const o = body(c);
        const label = !!p && !!o && affiliations.has(`${foldName(p)}|${foldName(o)}`);
        out.push({ batch, article: file, features: c.features, label, pair: `${batch}/${file}|${p ?? `?${c.personKey}`}|${o ?? `?${c.orgKey}`}`, gold: !!p && !!o, context: contextOf(parsed.fields.text, c) });
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

function load(batches: number[]): Example[] {
  return batches.flatMap((b) => readdirSync(join(fixtures, `batch${b}`, 'articles')).sort().flatMap((f) => examples(b, f)));
}

/** The model learned from these batches: the same batches and options always give the same weights. */
export function learnRoleModel(train: number[], options: TrainOptions = DEFAULT_TRAINING): RoleModel {
  return learnModel(load(train), train, 'candidates', options);
}

export { modelFile };

function main(): void {
  const { train, test } = trainTestBatches('train:roles');
  const model = learnRoleModel(train, trainOptions(DEFAULT_TRAINING));
  const out = arg('out') ?? join(here, 'model.json');
  writeFileSync(out, modelFile(model));
  console.log(`${model.trainedOn}: ${Object.keys(model.weights).length} weights → ${out}`);
  if (!test.length) return;
  const held = load(test);
  const dump = arg('dump');
  if (dump) writeFileSync(dump, held.map((e) => JSON.stringify({ p: Math.round(probability(model, e.features) * 1000) / 1000, label: e.label, pair: e.pair, context: e.context })).join('\n'));
  const positives = new Set(held.filter((e) => e.label).map((e) => e.pair));
  console.log(`held out ${test[0]}-${test[test.length - 1]}: ${held.length} candidates, ${positives.size} gold affiliations among them`);
  for (const t of [0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9]) {
    const chosen = new Set(held.filter((e) => probability(model, e.features) >= t).map((e) => e.pair));
    const tp = [...chosen].filter((p) => positives.has(p)).length;
    const known = [...chosen].filter((p) => !p.includes('|?')).length;
    console.log(`  threshold ${t}: ${chosen.size} pairs, ${tp} in the gold (precision ${(tp / Math.max(1, chosen.size)).toFixed(3)}, ${(tp / Math.max(1, known)).toFixed(3)} of pairs of gold entities), recall of the reachable ${(tp / Math.max(1, positives.size)).toFixed(3)}`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
