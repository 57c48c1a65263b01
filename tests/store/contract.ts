// The store contract, run against every GraphStore (graphology's specs(Graph) pattern): memory and Neo4j.
import { validateGraphData } from '../../graph-schema/index.js';
import { assignGraphData, buildGraph, toGraphData } from '../../src/graph/index.js';
import type { GraphStore } from '../../src/store/index.js';
import { corpusA, corpusB, ids } from './fixtures.js';

export function storeContract(name: string, open: () => Promise<GraphStore>, close: (store: GraphStore) => Promise<void> = (s) => s.close()): void {
  describe(`${name} store contract`, () => {
    let store: GraphStore;
    beforeAll(async () => { store = await open(); });
    afterAll(async () => { if (store) await close(store); });
    beforeEach(async () => { await store.clear(); });

    test('the fixtures are valid graphs', () => {
      expect(validateGraphData(corpusA)).toEqual([]);
      expect(validateGraphData(corpusB)).toEqual([]);
    });

    test('load then read back gives the same nodes, relationships and properties', async () => {
      const summary = await store.load(buildGraph(corpusA));
      expect(summary).toMatchObject({ nodesCreated: 6, nodesUpdated: 0, relationshipsCreated: 9, relationshipsUpdated: 0, relationshipsSkipped: 0 });
      expect(toGraphData(await store.readGraph())).toEqual(toGraphData(buildGraph(corpusA)));
    });

    test('loading the same graph twice changes nothing and reports updates, not creations', async () => {
      await store.load(corpusA);
      const again = await store.load(corpusA);
      expect(again).toMatchObject({ nodesCreated: 0, nodesUpdated: 6, relationshipsCreated: 0, relationshipsUpdated: 9 });
      expect(await store.counts()).toEqual({ nodes: 6, relationships: 9 });
      expect(toGraphData(await store.readGraph())).toEqual(toGraphData(buildGraph(corpusA)));
    });

    test('two overlapping corpora in turn: one node per id, aliases unioned, properties updated', async () => {
      await store.load(corpusA);
      const second = await store.load(corpusB);
      expect(second).toMatchObject({ nodesCreated: 3, nodesUpdated: 2, relationshipsCreated: 5 });
      expect(await store.counts()).toEqual({ nodes: 9, relationships: 14 });
      const graph = await store.readGraph();
      expect(graph.getNodeAttribute(ids.MCKENZIE, 'aliases')).toEqual(['Gen. Frank McKenzie', 'Kenneth F. McKenzie', 'McKenzie']);
      expect(graph.getNodeAttribute(ids.MCKENZIE, 'roles')).toEqual(['general']);
      expect(graph.getNodeAttribute(ids.IRAQ, 'aliases')).toEqual(['Republic of Iraq']);
      expect(toGraphData(graph)).toEqual(toGraphData(assignGraphData(buildGraph(corpusA), corpusB)));
      // the other order gives the same graph
      await store.clear();
      await store.load(corpusB);
      await store.load(corpusA);
      expect(await store.counts()).toEqual({ nodes: 9, relationships: 14 });
      expect((await store.readGraph()).getNodeAttribute(ids.MCKENZIE, 'aliases')).toEqual(['Gen. Frank McKenzie', 'Kenneth F. McKenzie', 'McKenzie']);
    });

    test('neighbourhood: the node and everything one or two hops away, with the relationships among them', async () => {
      await store.load(corpusA);
      await store.load(corpusB);
      const one = await store.readNeighbourhood(ids.MCKENZIE, 1);
      expect(one.nodes().sort()).toEqual([
        ids.A, ids.B, 'event:talks:2020-01', 'organization:us-central-command', ids.MCKENZIE,
        'statement:aaaaaaaaaaaaaaaa:27', 'statement:bbbbbbbbbbbbbbbb:24',
      ].sort());
      expect(one.size).toBe(7 + 2);
      expect(one.getNodeAttributes(ids.MCKENZIE)).toMatchObject({ type: 'Person', name: 'Frank McKenzie' });
      const two = await store.readNeighbourhood(ids.MCKENZIE, 2);
      expect(two.hasNode(ids.IRAQ)).toBe(true);
      expect(two.hasNode('source:a-senior-defense-official')).toBe(false);
      expect((await store.readNeighbourhood('person:nobody', 1)).order).toBe(0);
    });

    test('replace removes the previous graph first', async () => {
      await store.load(corpusA);
      const summary = await store.load(corpusB, { replace: true });
      expect(summary.nodesDeleted).toBe(6);
      expect(await store.counts()).toEqual({ nodes: 5, relationships: 5 });
      expect((await store.readGraph()).getNodeAttribute(ids.MCKENZIE, 'aliases')).toEqual(['Kenneth F. McKenzie', 'McKenzie']);
    });

    test('properties outside the schema (a newer exporter) survive the round trip too', async () => {
      const [first, second, ...rest] = corpusA.relationships;
      const data = { nodes: corpusA.nodes.map((n) => (n.id === ids.A ? { ...n, wordCount: 812 } : n)), relationships: [{ ...first!, confidence: 0.75 }, second!, ...rest] };
      await store.load(data as typeof corpusA);
      const graph = await store.readGraph();
      expect(graph.getEdgeAttribute(first!.id, 'confidence')).toBe(0.75);
      expect(graph.getEdgeAttribute(first!.id, 'sentence')).toBe((first as { sentence: string }).sentence);
      expect(graph.getEdgeAttribute(second!.id, 'confidence')).toBeUndefined();
      expect(graph.getNodeAttribute(ids.A, 'wordCount')).toBe(812);
    });

    test('a relationship whose endpoint is missing is skipped and counted, not half-written', async () => {
      const broken = { nodes: corpusA.nodes, relationships: [...corpusA.relationships, { ...corpusA.relationships[6]!, id: 'mentions:x', target: 'person:ghost' }] };
      const summary = await store.load(broken);
      expect(summary.relationshipsSkipped).toBe(1);
      expect(await store.counts()).toEqual({ nodes: 6, relationships: 9 });
    });
  });
}
