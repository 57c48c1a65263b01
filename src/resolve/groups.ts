// Organizations and places: one entity per lexicon or rule key, merged across articles when they share a
// written form ("international coalition"), and places with the same head when one name is part of the other
// ("al-Asad air base" ⊂ "Ain al-Asad Air Base").
import { foldText, stripParticle } from './names.js';
import type { MentionRef } from './people.js';
import { UnionFind } from './union-find.js';

const PLACE_HEADS: [RegExp, string][] = [
  [/\b(air ?base|base)$/, 'base'],
  [/\b(international )?airport$/, 'airport'],
  [/\bprovince$/, 'province'],
];

function keyOf(r: MentionRef): string {
  return r.mention.key ?? `name:${foldText(r.mention.text)}`;
}

function placeParts(text: string): { head: string; words: string[] } | null {
  const folded = foldText(text);
  for (const [re, head] of PLACE_HEADS) {
    const m = re.exec(folded);
    if (m) return { head, words: folded.slice(0, m.index).trim().split(' ').filter(Boolean).map(stripParticle).filter((w) => w !== 'al') };
  }
  return null;
}

export function clusterGroups(refs: MentionRef[], kind: 'Organization' | 'Place'): Map<string, string> {
  const uf = new UnionFind();
  const bySurface = new Map<string, string>();
  for (const r of refs) {
    const key = keyOf(r);
    uf.add(key);
    const surface = foldText(r.mention.text);
    if (!surface.includes(' ')) continue;
    const seen = bySurface.get(surface);
    if (seen) uf.union(seen, key);
    else bySurface.set(surface, key);
  }
  if (kind === 'Place') {
    const parts = [...new Set(refs.filter((r) => !r.mention.key || r.mention.key.startsWith('name:')).map(keyOf))].sort()
      .map((key) => ({ key, parts: placeParts(key.slice(key.indexOf(':') + 1)) }))
      .filter((p): p is { key: string; parts: { head: string; words: string[] } } => !!p.parts && p.parts.words.length > 0);
    for (const a of parts) {
      for (const b of parts) {
        if (a.key >= b.key || a.parts.head !== b.parts.head) continue;
        const [small, big] = a.parts.words.length <= b.parts.words.length ? [a, b] : [b, a];
        if (small.parts.words.every((w) => big.parts.words.includes(w))) uf.union(a.key, b.key);
      }
    }
  }
  const out = new Map<string, string>();
  for (const r of refs) out.set(`${r.article}:${r.index}`, uf.find(keyOf(r)));
  return out;
}
