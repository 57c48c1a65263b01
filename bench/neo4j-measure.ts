// Times one batched load, nodes and relationships apart, with the CPU the server, its JIT and the bench itself used.
import { readFileSync, readdirSync } from 'node:fs';
import type { GraphData } from '../graph-schema/index.js';
import type { GraphStore, LoadProgress } from '../src/store/index.js';

interface Cpu { total: number; jit: number; gc: number; client: number }

/** Linux /proc: the server's CPU seconds in all, in JIT compiler threads and in GC threads; the bench's own CPU. */
function cpuNow(pid: number | undefined): Cpu {
  const client = process.cpuUsage();
  const out: Cpu = { total: NaN, jit: NaN, gc: NaN, client: (client.user + client.system) / 1e6 };
  if (pid === undefined) return out;
  const seconds = (stat: string) => {
    const fields = stat.slice(stat.lastIndexOf(') ') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  };
  out.total = seconds(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  out.jit = 0;
  out.gc = 0;
  for (const tid of readdirSync(`/proc/${pid}/task`)) {
    let stat: string;
    try { stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8'); } catch { continue; }
    const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
    if (/Compiler/.test(name)) out.jit += seconds(stat);
    else if (/^GC /.test(name)) out.gc += seconds(stat);
  }
  return out;
}

const minus = (a: Cpu, b: Cpu): Cpu => ({ total: a.total - b.total, jit: a.jit - b.jit, gc: a.gc - b.gc, client: a.client - b.client });

export interface PhaseFigures { count: number; ms: number; perSecond: number; cpu: Cpu }
export interface LoadFigures { nodes: PhaseFigures; relationships: PhaseFigures }

export const loadAverage = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');

export async function measureLoad(store: GraphStore, data: GraphData, serverPid: number | undefined): Promise<LoadFigures> {
  const started = performance.now();
  const cpuStart = cpuNow(serverPid);
  let nodesEnd = started;
  let cpuNodes = cpuStart;
  const summary = await store.load(data, {
    onProgress: (p: LoadProgress) => {
      if (p.phase === 'nodes') { nodesEnd = performance.now(); cpuNodes = cpuNow(serverPid); }
    },
  });
  const ended = performance.now();
  const cpuEnd = cpuNow(serverPid);
  if (summary.nodesCreated !== data.nodes.length || summary.relationshipsCreated !== data.relationships.length) {
    throw new Error(`batched load created ${summary.nodesCreated} nodes and ${summary.relationshipsCreated} relationships`);
  }
  const phase = (count: number, ms: number, cpu: Cpu): PhaseFigures => ({ count, ms, perSecond: Math.round((count * 1000) / ms), cpu });
  return {
    nodes: phase(data.nodes.length, nodesEnd - started, minus(cpuNodes, cpuStart)),
    relationships: phase(data.relationships.length, ended - nodesEnd, minus(cpuEnd, cpuNodes)),
  };
}

/** Two lines: the rates, then the CPU per 1,000 relationships (the figure other load on the machine does not change). */
export function describeLoad(label: string, figures: LoadFigures): string[] {
  const { nodes, relationships: rels } = figures;
  const perThousand = (seconds: number) => ((seconds * 1000) / (rels.count / 1000)).toFixed(1);
  const lines = [
    `${label}: ${nodes.count} nodes in ${(nodes.ms / 1000).toFixed(1)} s = ${nodes.perSecond} nodes/s; ` +
      `${rels.count} relationships in ${(rels.ms / 1000).toFixed(1)} s = ${rels.perSecond} relationships/s`,
  ];
  if (!Number.isNaN(rels.cpu.total)) {
    lines.push(`  server CPU: nodes ${nodes.cpu.total.toFixed(1)} s; relationships ${rels.cpu.total.toFixed(1)} s ` +
      `(JIT compiler ${rels.cpu.jit.toFixed(1)} s, GC ${rels.cpu.gc.toFixed(1)} s) = ${perThousand(rels.cpu.total)} ms per 1,000 relationships, ` +
      `${perThousand(rels.cpu.total - rels.cpu.jit)} ms without the JIT; bench client CPU ${perThousand(rels.cpu.client)} ms per 1,000; ` +
      `load average after: ${loadAverage()}`);
  }
  return lines;
}
