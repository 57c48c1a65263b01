// Gold annotation files (shared/eval/gold/*.gold.json): schema, loading, and the corpus-level view the scorer uses.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { KgError } from '../errors.js';
import { foldName } from './fold.js';

const GoldEntity = z.object({ name: z.string().min(1), type: z.string(), aliases: z.array(z.string()).default([]) });
const Modality = z.enum(['occurred', 'planned', 'hypothetical', 'negated']);
export const GoldEvent = z.object({
  id: z.string().min(1),
  type: z.string().min(1),
  mentions: z.array(z.string().min(1)).min(1),
  date: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'date must be YYYY, YYYY-MM or YYYY-MM-DD').nullable().default(null),
  dateText: z.string().nullable().optional(),
  place: z.string().nullable().default(null),
  participants: z.array(z.string()).default([]),
  modality: Modality.default('occurred'),
  salience: z.enum(['main', 'background']).default('main'),
  sameAs: z.string().nullable().optional(),
});
export type GoldEvent = z.infer<typeof GoldEvent>;
export const Stance = z.enum(['oppose', 'support', 'neutral', 'n/a']);
export const GoldFile = z.object({
  article: z.string(),
  date: z.string().nullable().optional(),
  entities: z.array(GoldEntity),
  optional: z.array(GoldEntity).default([]),
  quotes: z.array(z.object({ speaker: z.string(), starts: z.string(), stance: Stance.optional() })).default([]),
  affiliations: z.array(z.object({ person: z.string(), org: z.string(), role: z.string().default('') })).default([]),
  events: z.array(GoldEvent).default([]),
  optional_events: z.array(GoldEvent).default([]),
});
export type GoldFile = z.infer<typeof GoldFile>;

/** One gold entity of the whole corpus: every file's name and aliases for it, folded. */
export interface CorpusEntity { type: string; name: string; names: Set<string> }

export interface CorpusGold {
  entities: CorpusEntity[];
  optional: Set<string>;
  quotes: { speaker: string; starts: string; article: string; stance?: z.infer<typeof Stance> }[];
  affiliations: { person: string; org: string; role: string }[];
  /** Folded canonical name → all folded names of that entity (any type). */
  namesOf(name: string): Set<string>;
  /** The same, counting the names of optional entries too (event participants and places may be optional entities). */
  namesOfAny(name: string): Set<string>;
}

export function corpusGold(files: GoldFile[]): CorpusGold {
  const byKey = new Map<string, CorpusEntity>();
  const allNames = new Map<string, Set<string>>();
  const optional = new Set<string>();
  for (const file of files) {
    for (const e of file.entities) {
      const key = `${e.type}|${foldName(e.name)}`;
      let entry = byKey.get(key);
      if (!entry) byKey.set(key, (entry = { type: e.type, name: e.name, names: new Set() }));
      for (const n of [e.name, ...e.aliases]) entry.names.add(foldName(n));
      let names = allNames.get(foldName(e.name));
      if (!names) allNames.set(foldName(e.name), (names = new Set()));
      for (const n of entry.names) names.add(n);
    }
    for (const e of file.optional) for (const n of [e.name, ...e.aliases]) optional.add(foldName(n));
  }
  const anyNames = new Map<string, Set<string>>();
  for (const file of files) {
    for (const e of [...file.entities, ...file.optional]) {
      let names = anyNames.get(foldName(e.name));
      if (!names) anyNames.set(foldName(e.name), (names = new Set()));
      for (const n of [e.name, ...e.aliases]) names.add(foldName(n));
      for (const n of allNames.get(foldName(e.name)) ?? []) names.add(n);
    }
  }
  const seen = new Set<string>();
  const affiliations: CorpusGold['affiliations'] = [];
  for (const file of files) {
    for (const a of file.affiliations) {
      const key = `${foldName(a.person)}|${foldName(a.org)}|${a.org ? '' : foldName(a.role)}`;
      if (seen.has(key)) continue;
      seen.add(key);
      affiliations.push(a);
    }
  }
  return {
    entities: [...byKey.values()],
    optional,
    quotes: files.flatMap((f) => f.quotes.map((q) => ({ ...q, article: f.article }))),
    affiliations,
    namesOf: (name) => allNames.get(foldName(name)) ?? new Set([foldName(name)]),
    namesOfAny: (name) => anyNames.get(foldName(name)) ?? new Set([foldName(name)]),
  };
}

/** Reads gold files from files or directories (`*.gold.json`), sorted by path. */
export function loadGold(paths: string[]): GoldFile[] {
  const files: string[] = [];
  for (const path of paths) {
    let stat;
    try { stat = statSync(path); } catch (cause) {
      throw new KgError('eval', 'GOLD_NOT_FOUND', `${path} does not exist; pass --gold <dir with *.gold.json>`, { cause });
    }
    if (stat.isDirectory()) files.push(...readdirSync(path).filter((f) => f.endsWith('.gold.json')).map((f) => join(path, f)));
    else files.push(path);
  }
  if (files.length === 0) throw new KgError('eval', 'GOLD_EMPTY', `no *.gold.json files in ${paths.join(', ')}; pass --gold <dir>`);
  return files.sort().map((file) => {
    let raw: unknown;
    try { raw = JSON.parse(readFileSync(file, 'utf8')); } catch (cause) {
      throw new KgError('eval', 'GOLD_UNREADABLE', `${file} is not readable JSON; fix the file`, { cause });
    }
    const parsed = GoldFile.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new KgError('eval', 'GOLD_INVALID', `${file}: ${issue.path.join('.')} ${issue.message}; fix the gold file`);
    }
    return parsed.data;
  });
}
