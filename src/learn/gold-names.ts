// The gold names of one annotated article for a trainer: which gold person a found person is (by the fullest name, the
// name as printed, or a surname only one gold person has) and which gold body or place a found name is.
import type { GoldFile } from '../eval/gold.js';
import { foldName } from '../eval/fold.js';

export interface GoldNames {
  /** The gold person a found person is, from its fullest name first. */
  person(fullName: string, printed: string): string | undefined;
  /** The gold organization or place any of these names is. */
  body(names: string[]): string | undefined;
  /** Whether the gold gives this gold person an affiliation with this gold body or place. */
  affiliated(person: string, body: string): boolean;
}

export function goldNames(gold: GoldFile): GoldNames {
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
  const affiliations = new Set(gold.affiliations.filter((a) => a.org).map((a) => `${foldName(a.person)}|${foldName(a.org)}`));
  return {
    affiliated: (person, body) => affiliations.has(`${foldName(person)}|${foldName(body)}`),
    person(fullName, printed) {
      for (const t of [fullName, printed]) {
        const hit = people.get(foldName(t));
        if (hit) return hit;
      }
      const last = surnames.get(foldName(fullName).split(' ').pop()!);
      return last?.size === 1 ? [...last][0] : undefined;
    },
    body(names) {
      for (const t of names) {
        const hit = bodies.get(foldName(t));
        if (hit) return hit;
      }
      return undefined;
    },
  };
}
