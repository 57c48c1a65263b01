// `npm run train:dates [-- --train 1-400 --test 401-514 --out file --dump file]`: learns the event dates model from the
// annotated real articles (tests/fixtures/real/batch*/articles and gold). Each candidate of the learned pass
// (features.ts) belongs to an event the extractor found; the gold event it reports is found as for the participants
// (src/learn/gold-events.ts), and the candidate is positive when its date is that event's date at the gold's
// precision (the candidate of no date, when the gold gives none). A softmax over each event's candidates
// (src/learn/ranker.ts) is written to model.json (or --out); with --test, the held-out batches are scored at several
// thresholds.
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { extractArticle } from '../index.js';
import { modelFile, type TrainOptions } from '../../learn/logistic.js';
import { choices, learnRanker } from '../../learn/ranker.js';
import { loadBatches, runTrainer, type Trainer } from '../../learn/trainer.js';
import { annotatedArticle } from '../../learn/batches.js';
import { goldOfFound, type EventExample } from '../../learn/event-examples.js';
import type { DateModel } from './model.js';
import { bestDate } from '../event-dates-learned.js';

const here = dirname(fileURLToPath(import.meta.url));

/** A candidate as the trainer keeps it: its date and words beside the features. */
interface DateExample extends EventExample { date: string | null; text: string | null }

/** The candidates of one article's events that report a gold event, positive when they give the gold's date. */
function examples(batch: number, file: string): DateExample[] {
  const read = annotatedArticle(batch, file);
  if (!read) return [];
  const { article, gold } = read;
  const events = [...gold.events, ...gold.optional_events];
  const text = article.text;
  const out: DateExample[] = [];
  extractArticle(article, {
    explain: false, placeModel: null, participantModel: null, dateModel: null,
    onDateCandidates: (cs, { events: found, sentences }) => {
      const goldOf = goldOfFound(text, events, found, sentences);
      for (const c of cs) {
        const e = found[c.event]!;
        const g = goldOf(c.event);
        if (!g) continue;
        // Right as the scoring rules count a date: at least as precise as the gold's and agreeing with it.
        const yes = g.date === null ? c.date === null : c.date !== null && c.date.startsWith(g.date);
        out.push({ features: c.features, label: yes, date: c.date, text: c.text, key: `${batch}/${file}|${c.event}|${c.source}|${c.date}`, event: `${batch}/${file}|${c.event}`,
          context: `${g.type} ${g.date} ${yes ? '+' : '-'} [${c.text ?? c.source} = ${c.date}] ${text.slice(Math.max(0, e.start - 60), e.end + 60).replace(/\s+/g, ' ')}` });
      }
    },
  });
  return out;
}

export const DEFAULT_TRAINING: TrainOptions = { epochs: 20, minCount: 5, l2: 1e-2, threshold: 0.3 };

/** The held-out line at one threshold: of the events whose date the model would change, how many it gets right. */
function report(model: () => DateModel): (held: DateExample[], taken: (e: DateExample) => boolean, threshold: number) => string {
  return (held, _taken, threshold) => {
    const byEvent = new Map<string, DateExample[]>();
    for (const e of held) (byEvent.get(e.event) ?? byEvent.set(e.event, []).get(e.event)!).push(e);
    let before = 0, after = 0, changed = 0;
    let dated = 0;
    for (const list of byEvent.values()) {
      // Only events the gold dates count, as in the scoring rules.
      if (list.some((e) => e.label && e.features.includes('src:none'))) continue;
      dated++;
      const best = bestDate(list, choices(model(), list));
      const ruleRight = list.some((e) => e.label && e.features.includes('rule'));
      before += ruleRight ? 1 : 0;
      const change = best !== null && best.share >= threshold && !best.rule && best.date !== null;
      if (change) changed++;
      const right = change && list.some((e) => e.label && e.date === best.date);
      after += change ? (right ? 1 : 0) : ruleRight ? 1 : 0;
    }
    return `${dated} events the gold dates: patterns right for ${before}, with the model ${after} (${changed} changed)`;
  };
}

let current: DateModel | null = null;
const trainer: Trainer<DateExample> = {
  command: 'train:dates', modelPath: join(here, 'model.json'), defaults: DEFAULT_TRAINING, examples,
  shown: (e) => ({ key: e.key, context: e.context }),
  heading: (held) => `${held.length} candidates of ${new Set(held.map((e) => e.event)).size} found events, ${held.filter((e) => e.label).length} of them the gold's date`,
  report: report(() => current!),
};

/** The model learned from these batches: the same batches and options always give the same weights. */
export function learnDateModel(train: number[], options: TrainOptions = DEFAULT_TRAINING): DateModel {
  current = learnRanker(loadBatches(trainer, train).map((e) => ({ ...e, group: e.event })), train, 'events', options);
  return current;
}

export { modelFile };

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) runTrainer(trainer, learnDateModel);
