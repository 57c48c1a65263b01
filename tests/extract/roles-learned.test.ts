// The learned roles pass (src/extract/70-roles-learned.ts): a person and a body in one sentence that no rule links become
// a role when the words around them say so in the annotated real articles. Names are invented; the model never sees
// them, only the words around them.
import { extractArticle } from '../../src/extract/index.js';
import { learnRoleModel } from '../../src/extract/roles-learned/train.js';
import { bundledRoleModel } from '../../src/extract/roles-learned/model.js';
import { rolesOf, modelTexts } from './helpers.js';

describe('roles no rule gives, from the learned model', () => {
  test('"X from the Ministry of Defence", "senior P lawmakers, including X": the person works for the body', () => {
    expect(rolesOf('Ognjen Kadić from the Ministry of Defence said the camp was closed.')).toContain('Ognjen Kadić | affiliated | Ministry of Defence');
    expect(rolesOf('Speculation has landed on senior HDP lawmakers, including Ivo Horvat.')).toContain('Ivo Horvat | affiliated | HDP');
  });

  test('a title the rules leave without its country takes the possessive country before it', () => {
    expect(rolesOf('It came a day after Jordan’s army chief, Gen. Omar Haddad, rejected a U.S.-backed call for talks.')).toContain('Omar Haddad | Gen. | Jordan');
  });

  test('the person’s own speech, another person, or a dateline’s dash between them links nothing', () => {
    expect(rolesOf('MANILA — Talks began. President Ana Ruiz said Turkey would reply.').some((r) => r.endsWith('| Turkey'))).toBe(false);
    expect(rolesOf('LISBON, Portugal (AP) — President Ana Ruiz, after meetings with Portuguese leaders, said trade would grow.', true).some((r) => r.endsWith('| Portugal'))).toBe(false);
    expect(rolesOf('Ana Ruiz met Ivo Horvat of the Harbor Front on Monday.').some((r) => r.startsWith('Ana Ruiz') && r.endsWith('| Harbor Front'))).toBe(false);
  });

  test('with the model left out (roleModel: null) the pass adds nothing', () => {
    const text = 'Ognjen Kadić from the Ministry of Defence said the camp was closed.';
    const x = extractArticle({ id: 'article:0000000000000000', text, date: '2024-01-17', title: 'Report' }, { roleModel: null });
    expect((x.roles ?? []).filter((r) => r.rule === '70-roles-learned/model')).toEqual([]);
  });
});

test('the bundled model is what training on its batches gives, byte for byte', () => {
  const { file, retrained } = modelTexts('src/extract/roles-learned/model.json', bundledRoleModel(), (batches) => learnRoleModel(batches));
  expect(retrained).toBe(file);
}, 300_000);
