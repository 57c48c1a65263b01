// A national body named by its country's adjective also answers to its formal name ("Supreme Court of Cameroon").
import { build } from './helpers.js';

function org(data: ReturnType<typeof build>, name: string): { name: string; aliases?: string[] } | undefined {
  return data.nodes.find((n) => n.type === 'Organization' && 'name' in n && n.name === name) as { name: string; aliases?: string[] } | undefined;
}

describe('formal names of national bodies', () => {
  test('"the Cameroonian Supreme Court" is also the "Supreme Court of Cameroon"', () => {
    const data = build(['The Cameroonian Supreme Court upheld the result on Friday.']);
    expect(org(data, 'Cameroonian Supreme Court')?.aliases).toContain('Supreme Court of Cameroon');
  });

  test('a body of several words is written in capitals ("Election Commission of Bhutan")', () => {
    const data = build(['The Bhutanese election commission said turnout was high.']);
    expect(org(data, 'Bhutanese election commission')?.aliases).toContain('Election Commission of Bhutan');
  });

  test('a name made of a state\'s form takes "the" ("Government of the United States"), others not ("Parliament of Honduras")', () => {
    const data = build(['The US government said on Friday it would send aid.']);
    const node = data.nodes.find((n) => n.type === 'Organization' && 'aliases' in n && (n.aliases ?? []).includes('Government of the United States'));
    expect(node).toBeDefined();
    expect(org(build(['The Honduran parliament voted on Friday.']), 'Honduran parliament')?.aliases).toContain('Parliament of Honduras');
  });

  test('a ministry keeps only the names it was written with', () => {
    const data = build(['The Turkish defence ministry said the strikes hit their targets.']);
    const names = data.nodes.filter((n) => n.type === 'Organization').flatMap((n) => ('aliases' in n ? [n.name, ...(n.aliases ?? [])] : []));
    expect(names.some((n) => / of Turkey$/.test(n))).toBe(false);
  });
});
