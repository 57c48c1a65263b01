// An office the extractor gave a person by the story's country alone ("President Ana Ruiz" in a story about Ivory
// Coast, `+article-country`) yields to the same office the corpus states, by the text's own words, in another country
// ("U.S. President Ana Ruiz" in another article): the guess is dropped, the stated country kept.
import type { Resolution, ResolveInput } from './index.js';

/** Rules that place an office in the story's or the dateline's country, or the learned countries pass's choice, with
 * no country beside the words. */
const GUESSED = /\+(?:article|dateline|learned)-country\b/;

/** The office's head word: "Prime Minister" → "minister"; "president-elect" → "president-elect". */
function officeOf(role: string): string {
  return role.toLowerCase().trim().split(/\s+/).pop() ?? '';
}

/** Whether a role placed by guess contradicts an office of the same name the corpus states elsewhere for that person. */
export type GuessContradicted = (personId: string, role: { role: string; country?: string | null; rule: string }) => boolean;

export function statedOffices(items: readonly ResolveInput[], resolution: Resolution): GuessContradicted {
  const stated = new Map<string, Set<string>>();
  items.forEach(({ extraction }, a) => {
    for (const role of extraction.roles ?? []) {
      if (!role.country || GUESSED.test(role.rule)) continue;
      const person = resolution.entityOf(a, role.person);
      if (!person || person.type !== 'Person') continue;
      const key = `${person.id}\u0000${officeOf(role.role)}`;
      let countries = stated.get(key);
      if (!countries) stated.set(key, (countries = new Set()));
      countries.add(role.country);
    }
  });
  return (personId, role) => {
    if (!role.country || !GUESSED.test(role.rule)) return false;
    const countries = stated.get(`${personId}\u0000${officeOf(role.role)}`);
    return !!countries && !countries.has(role.country);
  };
}
