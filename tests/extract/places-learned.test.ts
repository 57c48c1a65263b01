// The learned event places pass (src/extract/event-places-learned.ts): the place named near an event's trigger that the
// words around it mark as where it happened, over the patterns' choice, from a model learned on the annotated real
// articles. Sentences are invented; places come from the gazetteer.
import { extractArticle } from '../../src/extract/index.js';
import { learnPlaceModel } from '../../src/extract/places-learned/train.js';
import { bundledPlaceModel } from '../../src/extract/places-learned/model.js';
import { buildFromArticles } from '../../src/pipeline/index.js';
import { modelTexts } from './helpers.js';
import type { Article } from '../../src/ingest/index.js';

/** `type @ place` (a learned place marked `*`) of every event of the text. */
function places(text: string, placeModel?: null): string[] {
  const x = extractArticle({ id: 'article:0000000000000000', text: `Report\n\n${text}`, date: '2024-03-05', title: 'Report' }, { placeModel });
  return (x.events ?? []).map((e) => `${e.eventType} @ ${e.place !== null ? x.mentions[e.place]!.text : '-'}${e.placeRule ? '*' : ''}`);
}

const VILLAGE = 'Rebels opened fire on an army post near the village of Kocakoy in Diyarbakir early on Sunday, killing a sergeant.';
const PORT = 'Militants killed 13 troops in an attack in the Red Sea port city of Mokha, officials said on Sunday.';

describe('places no pattern chose, from the learned model', () => {
  test('"near the village of X in Y, killing …": the village, not the province', () => {
    expect(places(VILLAGE)).toEqual(['killing @ Kocakoy*']);
    expect(places(VILLAGE, null)).toEqual(['killing @ Diyarbakir']);
  });

  test('"an attack in the Red Sea port city of X": the city, not the sea', () => {
    expect(places(PORT)).toEqual(['attack @ Mokha*']);
    expect(places(PORT, null)).toEqual(['attack @ Red Sea']);
  });

  test('"protesters … in the city of X": a place where the patterns found none', () => {
    const text = 'Police rounded up 30 protesters, who were shouting slogans in the city of Mardin, on Sunday.';
    expect(places(text)).toContain('protest @ Mardin*');
    expect(places(text, null)).toContain('protest @ -');
  });

  test('no place from a relative clause the event is not in ("X, who was born in the village of Y, was killed in a strike")', () => {
    expect(places('Kellan Marsh, who was born in the village of Qana, was killed in an Israeli strike on Monday.')).not.toContain('strike @ Qana*');
  });

  test('the same place under a shorter name is no change ("the Democratic Republic of the Congo (DRC) … the country")', () => {
    const text = 'Joint technical teams in the Democratic Republic of the Congo (DRC) have worked out a plan to withdraw the UN peacekeeping mission in the country, a UN spokesman said on Wednesday.';
    expect(places(text).filter((l) => l.startsWith('withdrawal'))).toEqual(places(text, null).filter((l) => l.startsWith('withdrawal')));
  });

  test('in the graph the learned place is the OCCURRED_IN, with the model in its rule, and the event\'s name says it', () => {
    const article: Article = { id: 'article:placed1', path: 'placed1.txt', title: 'Placed', date: '2024-03-05', source: null, url: null, text: `Report\n\n${VILLAGE}` };
    const { data } = buildFromArticles([article]);
    const killing = data.nodes.find((n) => n.type === 'Event' && n.eventType === 'killing')!;
    const placed = data.relationships.filter((r) => r.type === 'OCCURRED_IN' && r.source === killing.id);
    const name = new Map(data.nodes.map((n) => [n.id, 'name' in n ? n.name : n.id]));
    expect(placed.map((r) => name.get(r.target))).toEqual(['Kocakoy']);
    expect(String('rule' in placed[0]! ? placed[0]!.rule : '')).toContain('event-places-learned/model');
    expect('name' in killing ? killing.name : '').toBe('killing in Kocakoy');
  });
});

test('the bundled model is what training on its batches gives, byte for byte', () => {
  const { file, retrained } = modelTexts('src/extract/places-learned/model.json', bundledPlaceModel(), (batches) => learnPlaceModel(batches));
  expect(retrained).toBe(file);
}, 300_000);
