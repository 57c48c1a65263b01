// `npm run train:participants [-- --train 1-450 --test 451-506 --out file --dump file]`: learns the participants model
// from the annotated real articles (tests/fixtures/real/batch*/articles and gold). Each candidate of the learned pass
// (features.ts) belongs to an event the extractor found; the gold event it reports is the one whose words in that
// sentence hold the trigger (else one of the same family, else the sentence's first), and the candidate is positive
// when the gold names its entity among that event's participants. A logistic regression over the features, fitted in
// a fixed order (src/learn/logistic.ts), is written to model.json (or --out); with --test, the held-out batches are
// scored at several thresholds.
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { learnModel, modelFile, type Row, type TrainOptions } from '../../learn/logistic.js';
import { annotatedArticle } from '../../learn/batches.js';
import { loadBatches, runTrainer, type Trainer } from '../../learn/trainer.js';
import { extractArticle } from '../index.js';
import { foldName } from '../../eval/fold.js';
import type { GoldEvent } from '../../eval/gold.js';
import type { EventFinding } from '../events/index.js';
import type { Mention } from '../types.js';
import type { ParticipantModel } from './model.js';

const here = dirname(fileURLToPath(import.meta.url));

interface Example extends Row { key: string; context: string }

/** Event families of the scoring rules (../shared/eval/README.md): a found event and its gold share one. */
const FAMILY: Record<string, string> = {
  attack: 'violence', 'attack-series': 'violence', strike: 'violence', killing: 'violence', meeting: 'diplomacy', talks: 'diplomacy',
  visit: 'diplomacy', call: 'diplomacy', interview: 'press', briefing: 'press', vote: 'vote', resolution: 'vote', agreement: 'decision',
  announcement: 'decision', withdrawal: 'forces', deployment: 'forces',
};
const family = (t: string): string => FAMILY[t] ?? t;

/** Where each of the gold event's words stand in the sentence [from, to). */
function spans(text: string, g: GoldEvent, from: number, to: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const words of g.mentions) {
    for (let at = text.indexOf(words, from); at >= 0 && at < to; at = text.indexOf(words, at + 1)) out.push([at, at + words.length]);
    // Words that run over the sentence's end: the sentence lies inside them.
    const inside = text.slice(from, to).trim();
    if (inside && words.length > inside.length && words.includes(inside)) out.push([from, to]);
  }
  return out;
}

/** The gold event a found event reports, if any. */
function goldOf(text: string, e: EventFinding, from: number, to: number, gold: GoldEvent[]): GoldEvent | undefined {
  const here = gold.map((g) => ({ g, at: spans(text, g, from, to) })).filter((x) => x.at.length > 0);
  return here.find((x) => x.at.some(([a, b]) => a < e.end && b > e.start))?.g
    ?? here.find((x) => family(x.g.type) === family(e.eventType))?.g
    ?? (here.length === 1 ? here[0]!.g : undefined);
}

/** The candidates of one article, each labelled by its gold. */
function examples(batch: number, file: string): Example[] {
  const read = annotatedArticle(batch, file);
  if (!read) return [];
  const { article, gold } = read;
  const namesOf = new Map<string, Set<string>>();
  for (const e of [...gold.entities, ...gold.optional]) namesOf.set(e.name, new Set([e.name, ...e.aliases].map(foldName)));
  const is = (m: Mention, name: string): boolean => {
    const names = namesOf.get(name) ?? new Set([foldName(name)]);
    if (names.has(foldName(m.canonical ?? m.text)) || names.has(foldName(m.text))) return true;
    // "Horvat" for "Ivo Horvat": a person's last name alone.
    return m.type === 'Person' && !m.text.includes(' ') && foldName(name).split(' ').pop() === foldName(m.text);
  };
  const text = article.text;
  const events = [...gold.events, ...gold.optional_events];
  const out: Example[] = [];
  extractArticle(article, {
    explain: false, participantModel: null,
    onParticipantCandidates: (cs, { events: found, mentions, sentences }) => {
      const matched = new Map<number, GoldEvent | undefined>();
      for (const c of cs) {
        const e = found[c.event]!;
        if (!matched.has(c.event)) {
          const s = sentences[e.sentence];
          matched.set(c.event, s ? goldOf(text, e, s.start, s.end, events) : undefined);
        }
        const g = matched.get(c.event);
        if (!g) continue;
        const m = mentions[c.mention]!;
        const label = g.participants.some((p) => is(m, p));
        out.push({ features: c.features, label, key: `${batch}/${file}|${c.event}|${c.mention}`, context: `${g.type} ${label ? '+' : '-'} [${m.text}] ${text.slice(Math.max(0, Math.min(m.start, e.start) - 30), Math.max(m.end, e.end) + 30).replace(/\s+/g, ' ')}` });
      }
    },
  });
  return out;
}

export const DEFAULT_TRAINING: TrainOptions = { epochs: 20, minCount: 5, l2: 1e-2, threshold: 0.5 };

const trainer: Trainer<Example> = {
  command: 'train:participants', modelPath: join(here, 'model.json'), defaults: DEFAULT_TRAINING, examples,
  shown: (e) => ({ key: e.key, context: e.context }),
  heading: (held) => `${held.length} candidates of found events, ${held.filter((e) => e.label).length} of them gold participants`,
  report: (held, taken) => {
    const chosen = held.filter(taken);
    const tp = chosen.filter((e) => e.label).length;
    return `${chosen.length} taken, ${tp} gold participants (precision ${(tp / Math.max(1, chosen.length)).toFixed(3)}), recall of the reachable ${(tp / Math.max(1, held.filter((e) => e.label).length)).toFixed(3)}`;
  },
};

/** The model learned from these batches: the same batches and options always give the same weights. */
export function learnParticipantModel(train: number[], options: TrainOptions = DEFAULT_TRAINING): ParticipantModel {
  return learnModel(loadBatches(trainer, train), train, 'candidates', options);
}

export { modelFile };

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) runTrainer(trainer, learnParticipantModel);
