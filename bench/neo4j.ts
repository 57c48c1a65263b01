// `npm run bench:neo4j`: batched UNWIND/MERGE load of ~100k nodes and 300k relationships versus a naive
// one-statement-per-row load of a sample. Uses NEO4J_URI if set, otherwise starts a throwaway local server.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resolveConfig } from '../src/config/index.js';
import { openNeo4jStore } from '../src/store/index.js';
import { mergeNodesStatement, mergeRelationshipsStatement } from '../src/store/neo4j/statements.js';
import { groupRows } from '../src/store/neo4j/rows.js';
import { freePort, startServer, type RunningServer } from '../src/store/neo4j/server/launcher.js';
import { syntheticGraph } from './neo4j-graph.js';
import { describeLoad, loadAverage, measureLoad } from './neo4j-measure.js';

const NODES = Number(process.env.BENCH_NODES ?? 100_000);
const SAMPLE = Number(process.env.BENCH_SAMPLE ?? 2_000);
const PASSWORD = 'kg-bench-password';
const say = (line: string) => process.stdout.write(`${line}\n`);
const rate = (count: number, ms: number) => Math.round((count * 1000) / ms);

let server: RunningServer | undefined;
let home: string | undefined;
let config = resolveConfig();
if (!process.env.NEO4J_URI) {
  home = mkdtempSync(join(tmpdir(), 'kg-bench-neo4j-'));
  say('starting a throwaway Neo4j…');
  server = await startServer({ home, port: await freePort(), password: PASSWORD, heap: '3g', pageCacheMb: 1024, stopOnStdinClose: true });
  config = resolveConfig({ neo4j: { uri: server.uri, password: PASSWORD } });
}

try {
  const data = syntheticGraph(NODES);
  say(`graph: ${data.nodes.length} nodes, ${data.relationships.length} relationships; batch size ${config.neo4j.batchSize}; Neo4j at ${config.neo4j.uri}`);
  const store = await openNeo4jStore(config);
  const driver = store.connection.driver;
  try {
    await store.clear();
    await store.load({ nodes: [], relationships: [] }); // constraints and indexes, outside the timing
    // The first load on a fresh server also pays the JIT compiling Neo4j's hot paths (~8 s of CPU for the
    // relationships); the second, on another graph of the same size, is the steady state the targets are about.
    const cold = await measureLoad(store, syntheticGraph(NODES, 99), server?.pid);
    await store.clear();
    for (const line of describeLoad('cold server (first load)', cold)) say(line);
    say(`load average before: ${loadAverage()} (2 cores)`);
    const warm = await measureLoad(store, data, server?.pid);
    for (const line of describeLoad('batched', warm)) say(line);
    const batchedNodes = warm.nodes.perSecond;
    const batchedRels = warm.relationships.perSecond;

    // Naive: the same statements, one row per auto-commit statement, on a sample.
    await store.clear();
    const grouped = groupRows(data);
    const session = driver.session();
    const nodeSample = grouped.nodes.flatMap((g) => g.rows.slice(0, Math.ceil(SAMPLE / grouped.nodes.length)).map((row) => ({ g, row }))).slice(0, SAMPLE);
    let t = performance.now();
    for (const { g, row } of nodeSample) await session.run(mergeNodesStatement(g.label), { rows: [row] });
    const naiveNodes = rate(nodeSample.length, performance.now() - t);
    await session.close();
    await store.clear();
    await store.load({ nodes: data.nodes, relationships: [] });
    const relSession = driver.session();
    const relSample = grouped.relationships.flatMap((g) => g.rows.slice(0, Math.ceil(SAMPLE / grouped.relationships.length)).map((row) => ({ g, row }))).slice(0, SAMPLE);
    t = performance.now();
    for (const { g, row } of relSample) await relSession.run(mergeRelationshipsStatement(g.type, g.from, g.to, g.hasExtra), { rows: [row] });
    const naiveRels = rate(relSample.length, performance.now() - t);
    await relSession.close();
    say(`naive (one statement per row, sample of ${SAMPLE}): ${naiveNodes} nodes/s; ${naiveRels} relationships/s`);
    say(`ratio batched/naive: nodes ${(batchedNodes / naiveNodes).toFixed(1)}x, relationships ${(batchedRels / naiveRels).toFixed(1)}x`);
    const ok = batchedRels >= 20_000 && batchedRels / naiveRels >= 20;
    say(`targets (>= 20000 relationships/s, >= 20x naive): ${ok ? 'met' : 'NOT met'}`);
    await store.clear();
  } finally {
    await store.close();
  }
} finally {
  await server?.stop();
  if (home) rmSync(home, { recursive: true, force: true });
}
