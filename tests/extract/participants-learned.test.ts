// The learned participants pass (src/extract/event-participants-learned.ts): a name in an event's sentence that no
// pattern made a party becomes one when the words around it say so in the annotated real articles. Names are
// invented; the model never sees them, only the words around them.
import { extractArticle } from '../../src/extract/index.js';
import { learnParticipantModel } from '../../src/extract/participants-learned/train.js';
import { bundledParticipantModel } from '../../src/extract/participants-learned/model.js';
import { buildFromArticles } from '../../src/pipeline/index.js';
import { modelTexts } from './helpers.js';
import type { Article } from '../../src/ingest/index.js';

/** `name:role` (a learned party marked `*`) of every party of the text's events of this type. */
function parties(text: string, type: string, participantModel?: null): string[] {
  const x = extractArticle({ id: 'article:0000000000000000', text: `Report\n\n${text}`, date: '2024-03-05', title: 'Report' }, { participantModel });
  return (x.events ?? []).filter((e) => e.eventType === type).flatMap((e) => e.participants.map((p) => `${x.mentions[p.mention]!.text}:${p.role}${p.learned ? '*' : ''}`));
}

const RAID = 'Rebels loyal to the Harbor Front attacked an army outpost near Vila Nova on Monday, killing four soldiers, the Defence Ministry said.';
const DIED = 'The eleventh defendant was Luis Prado, who died in prison last year.';

describe('parties no pattern gives, from the learned model', () => {
  test('"X attacked …, killing four soldiers": the attacker of the raid takes part in the killing its clause tells', () => {
    expect(parties(RAID, 'killing')).toContain('Harbor Front:participant*');
    expect(parties(RAID, 'attack')).toContain('Harbor Front:attacker');
  });

  test('"X, who died in prison": the person the relative clause is about', () => {
    expect(parties(DIED, 'death')).toEqual(['Luis Prado:participant*']);
  });

  test('with the model left out (participantModel: null) the pass adds nothing', () => {
    expect(parties(RAID, 'killing', null)).toEqual([]);
    expect(parties(DIED, 'death', null)).toEqual([]);
  });

  test('the event\'s place is never also a learned party to it', () => {
    const article: Article = { id: 'article:learned2', path: 'learned2.txt', title: 'Learned', date: '2024-03-05', source: null, url: null, text: 'Report\n\nRights groups condemned the execution of three men in Bahrain on Saturday.' };
    const { data } = buildFromArticles([article]);
    const placed = data.relationships.filter((r) => r.type === 'OCCURRED_IN').map((r) => `${r.source} ${r.target}`);
    const parties = data.relationships.filter((r) => r.type === 'PARTICIPATED_IN').map((r) => `${r.target} ${r.source}`);
    expect(placed).toContain('event:killing:2024-03-02:bahrain place:bahrain');
    expect(parties.filter((p) => placed.includes(p))).toEqual([]);
  });

  test('in the graph a learned party is a PARTICIPATED_IN with role "participant" and the model as its rule', () => {
    const article: Article = { id: 'article:learned1', path: 'learned1.txt', title: 'Learned', date: '2024-03-05', source: null, url: null, text: `Report\n\n${DIED}` };
    const { data } = buildFromArticles([article]);
    const death = data.nodes.find((n) => n.type === 'Event' && n.eventType === 'death')!;
    const edges = data.relationships.filter((r) => r.type === 'PARTICIPATED_IN' && r.target === death.id);
    expect(edges.map((r) => [r.source, 'role' in r ? r.role : null])).toEqual([['person:luis-prado', 'participant']]);
    expect(String('rule' in edges[0]! ? edges[0]!.rule : '')).toContain('event-participants-learned/model');
    expect('sentence' in edges[0]! ? edges[0]!.sentence : '').toContain('who died in prison');
  });
});

test('the bundled model is what training on its batches gives, byte for byte', () => {
  const { file, retrained } = modelTexts('src/extract/participants-learned/model.json', bundledParticipantModel(), (batches) => learnParticipantModel(batches));
  expect(retrained).toBe(file);
}, 300_000);
