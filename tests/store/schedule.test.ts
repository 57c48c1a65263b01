// Relationship batches in flight together must not share a node, or they wait on each other's locks.
import { groupRows } from '../../src/store/neo4j/rows.js';
import { planRelationshipPhases } from '../../src/store/neo4j/schedule.js';
import { syntheticGraph } from '../../bench/neo4j-graph.js';

const data = syntheticGraph(3_000);
const groups = groupRows(data).relationships;

describe('planRelationshipPhases', () => {
  it.each([1, 2, 3])('with %i lanes writes every relationship exactly once, in batches no larger than asked', (lanes) => {
    const phases = planRelationshipPhases(groups, 500, lanes);
    const ids = phases.flat(2).flatMap((batch) => batch.rows.map((row) => row.id as string));
    expect(ids).toHaveLength(data.relationships.length);
    expect(new Set(ids).size).toBe(data.relationships.length);
    for (const batch of phases.flat(2)) expect(batch.rows.length).toBeLessThanOrEqual(500);
    for (const phase of phases) expect(phase.length).toBeLessThanOrEqual(lanes);
  });

  it('gives lanes of one phase disjoint nodes, and keeps both lanes busy', () => {
    const phases = planRelationshipPhases(groups, 500, 2);
    for (const phase of phases) {
      const seen = new Map<string, number>();
      phase.forEach((lane, index) => {
        for (const batch of lane) {
          for (const row of batch.rows) {
            for (const node of [row.source as string, row.target as string]) {
              expect(seen.get(node) ?? index).toBe(index);
              seen.set(node, index);
            }
          }
        }
      });
    }
    const rowsIn = (lane: { rows: unknown[] }[]) => lane.reduce((n, batch) => n + batch.rows.length, 0);
    const busiest = phases.map((phase) => Math.max(...phase.map(rowsIn))).reduce((a, b) => a + b, 0);
    // Two lanes finish the work in little more than half the time one would take.
    expect(busiest).toBeLessThan(data.relationships.length * 0.6);
  });
});
