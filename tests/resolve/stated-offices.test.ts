// An office placed in the story's country by guess yields to the same office the corpus states elsewhere with the
// country's own words. Invented names; real countries, because the extractor reads the gazetteer.
import { build } from './helpers.js';

/** `person → country` of every HOLDS_ROLE edge to a place. */
function placedRoles(texts: string[]): string[] {
  const data = build(texts);
  const name = new Map(data.nodes.map((n) => [n.id, 'name' in n ? String(n.name) : n.id]));
  const places = new Set(data.nodes.filter((n) => n.type === 'Place').map((n) => n.id));
  return data.relationships.filter((r) => r.type === 'HOLDS_ROLE' && places.has(r.target)).map((r) => `${name.get(r.source)} → ${name.get(r.target)}`).sort();
}

const ivoryCoast = 'Ivory Coast held its vote on Sunday, and Ivory Coast counted all night. Both President Amira Tesslan and French President Omar Vasko released statements on Monday. Ivory Coast waits.';

describe('a guessed country yields to a stated one', () => {
  test('"President X" in a story about Ivory Coast, "U.S. President X" in another article: only the United States', () => {
    const roles = placedRoles([ivoryCoast, 'U.S. President Amira Tesslan spoke in Washington on Tuesday.']);
    expect(roles).toContain('Amira Tesslan → United States');
    expect(roles).not.toContain('Amira Tesslan → Ivory Coast');
  });

  test('without the other article the story\'s country stays (the guess is all the corpus says)', () => {
    expect(placedRoles([ivoryCoast])).toContain('Amira Tesslan → Ivory Coast');
  });

  test('another office stated elsewhere does not remove the guess ("Foreign Minister X of France", "President X")', () => {
    expect(placedRoles([ivoryCoast, 'French Foreign Minister Amira Tesslan spoke in Paris on Tuesday.'])).toContain('Amira Tesslan → Ivory Coast');
  });
});
