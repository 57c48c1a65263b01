// `npm run bench:neo4j`: batched UNWIND/MERGE load of ~100k nodes and 300k relationships versus a naive
// one-statement-per-row load of a sample. Uses NEO4J_URI if set, otherwise starts a throwaway local server.
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resolveConfig } from '../src/config/index.js';
import { openNeo4jStore, type LoadProgress } from '../src/store/index.js';
import { mergeNodesStatement, mergeRelationshipsStatement } from '../src/store/neo4j/statements.js';
import { groupRows } from '../src/store/neo4j/rows.js';
import { freePort, startServer, type RunningServer } from '../src/store/neo4j/server/launcher.js';
import { syntheticGraph } from './neo4j-graph.js';

const NODES = Number(process.env.BENCH_NODES ?? 100_000);
const SAMPLE = Number(process.env.BENCH_SAMPLE ?? 2_000);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 30_000);
const PASSWORD = 'kg-bench-password';
const say = (line: string) => process.stdout.write(`${line}\n`);
const rate = (count: number, ms: number) => Math.round((count * 1000) / ms);
/** CPU seconds the local server has used (Linux /proc), to tell its work from the machine's other load. */
const serverCpu = (): number => {
  if (!server) return NaN;
  const fields = readFileSync(`/proc/${server.pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
};
/** The server's CPU seconds by kind of thread: JIT compiler and GC threads are warm-up and overhead, the rest is the load. */
const serverThreads = (): { jit: number; gc: number } => {
  const out = { jit: 0, gc: 0 };
  if (!server) return out;
  for (const tid of readdirSync(`/proc/${server.pid}/task`)) {
    let raw: string;
    try { raw = readFileSync(`/proc/${server.pid}/task/${tid}/stat`, 'utf8'); } catch { continue; }
    const name = raw.slice(raw.indexOf('(') + 1, raw.lastIndexOf(')'));
    const fields = raw.slice(raw.lastIndexOf(') ') + 2).split(' ');
    const seconds = (Number(fields[11]) + Number(fields[12])) / 100;
    if (/Compiler/.test(name)) out.jit += seconds;
    else if (/^GC /.test(name)) out.gc += seconds;
  }
  return out;
};
const loadAverage = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');

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
    // JIT warm-up, so the figures are the steady state: with 10,000 nodes the JIT still spent ~9 s compiling during
    // the measured relationships; the compiler's CPU in the measured phase is reported below.
    await store.load(syntheticGraph(WARMUP, 99));
    await store.clear();
    say(`load average before: ${loadAverage()} (2 cores)`);

    const marks: Record<string, number> = {};
    const started = performance.now();
    const cpuStart = serverCpu();
    const clientStart = process.cpuUsage();
    const summary = await store.load(data, {
      onProgress: (p: LoadProgress) => {
        if (p.phase === 'nodes') {
          marks.nodesEnd = performance.now(); marks.cpuNodes = serverCpu();
          const threads = serverThreads(); marks.jitNodes = threads.jit; marks.gcNodes = threads.gc;
          const client = process.cpuUsage(clientStart); marks.clientNodes = (client.user + client.system) / 1e6;
        }
      },
    });
    const ended = performance.now();
    const cpuEnd = serverCpu();
    const threadsEnd = serverThreads();
    const clientEnd = process.cpuUsage(clientStart);
    const nodeMs = marks.nodesEnd! - started;
    const relMs = ended - marks.nodesEnd!;
    if (summary.nodesCreated !== data.nodes.length || summary.relationshipsCreated !== data.relationships.length) {
      throw new Error(`batched load created ${summary.nodesCreated} nodes and ${summary.relationshipsCreated} relationships`);
    }
    const batchedNodes = rate(data.nodes.length, nodeMs);
    const batchedRels = rate(data.relationships.length, relMs);
    say(`batched: ${data.nodes.length} nodes in ${(nodeMs / 1000).toFixed(1)} s = ${batchedNodes} nodes/s; ${data.relationships.length} relationships in ${(relMs / 1000).toFixed(1)} s = ${batchedRels} relationships/s`);
    if (server) {
      const relCpu = cpuEnd - marks.cpuNodes!;
      const jit = threadsEnd.jit - marks.jitNodes!;
      const gc = threadsEnd.gc - marks.gcNodes!;
      const client = (clientEnd.user + clientEnd.system) / 1e6 - marks.clientNodes!;
      say(`server CPU: nodes ${(marks.cpuNodes! - cpuStart).toFixed(1)} s, relationships ${relCpu.toFixed(1)} s ` +
        `(JIT compiler ${jit.toFixed(1)} s, GC ${gc.toFixed(1)} s) = ${(relCpu * 1000 / (data.relationships.length / 1000)).toFixed(1)} ms per 1,000 relationships ` +
        `(${((relCpu - jit) * 1000 / (data.relationships.length / 1000)).toFixed(1)} ms without the JIT); ` +
        `bench client CPU for the relationships ${client.toFixed(1)} s; load average after: ${loadAverage()}`);
    }

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
