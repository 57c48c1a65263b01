// `npm run train:roles [-- --train 1-450 --test 451-502 --out file]`: learns the roles model from the annotated real
// articles (tests/fixtures/real/batch*/articles and gold). Each candidate of the learned pass (features.ts) is labelled
// by the gold: positive when the gold gives the person an affiliation with that organization or place. A logistic
// regression over the features, fitted by stochastic gradient descent in a fixed order, is written to model.json
// (or --out); with --test, the held-out batches are scored at several thresholds.
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { extractArticle } from '../index.js';
import { parseTextArticle } from '../../ingest/text-article.js';
import { foldName } from '../../eval/fold.js';
import { loadGold } from '../../eval/gold.js';
import type { RoleCandidate } from './features.js';
import { probability, type RoleModel } from './model.js';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..', '..');
const fixtures = join(root, 'tests', 'fixtures', 'real');

interface Example { batch: number; article: string; features: string[]; label: boolean; pair: string; gold: boolean; context: string }

function range(text: string | undefined, all: number[]): number[] {
  if (!text) return all;
  const [a, b] = text.split('-').map(Number);
  return all.filter((n) => n >= a! && n <= (b ?? a!));
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
}

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

/** A small deterministic generator, so the same articles always give the same weights. */
function mulberry32(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function fit(data: Example[], epochs: number, minCount: number, l2: number): { bias: number; weights: Map<string, number> } {
  const counts = new Map<string, number>();
  for (const e of data) for (const f of e.features) counts.set(f, (counts.get(f) ?? 0) + 1);
  const keep = (f: string) => (counts.get(f) ?? 0) >= minCount;
  const rows = data.map((e) => ({ f: e.features.filter(keep), y: e.label ? 1 : 0 }));
  const weights = new Map<string, number>();
  let bias = 0;
  const random = mulberry32(42);
  const order = rows.map((_, i) => i);
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) { const j = Math.floor(random() * (i + 1)); [order[i], order[j]] = [order[j]!, order[i]!]; }
    const rate = 0.2 / (1 + epoch);
    for (const i of order) {
      const { f, y } = rows[i]!;
      let z = bias;
      for (const k of f) z += weights.get(k) ?? 0;
      const g = y - 1 / (1 + Math.exp(-z));
      bias += rate * g;
      for (const k of f) { const w = weights.get(k) ?? 0; weights.set(k, w + rate * (g - l2 * w)); }
    }
  }
  return { bias, weights };
}


export interface TrainOptions { epochs: number; minCount: number; l2: number; threshold: number }
export const DEFAULT_TRAINING: TrainOptions = { epochs: 8, minCount: 5, l2: 3e-3, threshold: 0.7 };

/** The annotated batches under tests/fixtures/real, in order. */
export function annotatedBatches(): number[] {
  return readdirSync(fixtures).map((d) => /^batch(\d+)$/.exec(d)?.[1]).filter(Boolean).map(Number).sort((a, b) => a - b);
}

function load(batches: number[]): Example[] {
  return batches.flatMap((b) => readdirSync(join(fixtures, `batch${b}`, 'articles')).sort().flatMap((f) => examples(b, f)));
}

/** The model learned from these batches: the same batches and options always give the same weights. */
export function learnRoleModel(train: number[], options: TrainOptions = DEFAULT_TRAINING): RoleModel {
  const data = load(train);
  const { epochs, minCount, l2, threshold } = options;
  const { bias, weights } = fit(data, epochs, minCount, l2);
  const kept = [...weights].filter(([, w]) => Math.abs(w) >= 0.001).sort((a, b) => (a[0] < b[0] ? -1 : 1));
  return {
    batches: `${train[0]}-${train[train.length - 1]}`,
    trainedOn: `tests/fixtures/real batches ${train[0]}-${train[train.length - 1]} (${train.length} batches), ${data.length} candidates, ${data.filter((e) => e.label).length} positive; epochs ${epochs}, min count ${minCount}, l2 ${l2}`,
    threshold, bias: Math.round(bias * 1e4) / 1e4,
    weights: Object.fromEntries(kept.map(([f, w]) => [f, Math.round(w * 1e4) / 1e4])),
  };
}

export function modelFile(model: RoleModel): string {
  return `${JSON.stringify(model, null, 1)}\n`;
}

function main(): void {
  const all = annotatedBatches();
  const train = range(arg('train'), all);
  const test = arg('test') ? range(arg('test'), all) : [];
  if (!train.length || (arg('test') && !test.length)) {
    console.error(`train:roles: no annotated batch in ${!train.length ? `--train ${arg('train')}` : `--test ${arg('test')}`} (batches ${all[0]}-${all[all.length - 1]} exist under ${fixtures})`);
    process.exit(2);
  }
  const options: TrainOptions = {
    epochs: Number(arg('epochs') ?? DEFAULT_TRAINING.epochs), minCount: Number(arg('min-count') ?? DEFAULT_TRAINING.minCount),
    l2: Number(arg('l2') ?? DEFAULT_TRAINING.l2), threshold: Number(arg('threshold') ?? DEFAULT_TRAINING.threshold),
  };
  const model = learnRoleModel(train, options);
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
