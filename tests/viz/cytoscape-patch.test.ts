// The faster Cytoscape internals give the same styles, bounds and events as Cytoscape's own code.
import cytoscape, { type Core } from 'cytoscape';
import { generatedGraph } from '../../bench/viz-graph.js';
import { buildGraph } from '../../src/graph/build.js';
import { viewerElements, leanElements } from '../../src/serve/elements.js';
import { computeLayout } from '../../src/graph/layout.js';
import { assignFastCytoscapeInternals } from '../../viz/cytoscape-patch.js';
import { stylesheet } from '../../viz/style.js';

const graph = buildGraph(generatedGraph(120, 360));
const elements = leanElements(viewerElements(graph, undefined, computeLayout(graph)));
const hub = elements.nodes.reduce((a, b) => (Number(b.data.degree) > Number(a.data.degree) ? b : a)).data.id;

/** Builds the graph, changes it the way the viewer does, and records what a drawing depends on. */
function scenario(large: boolean): { snapshots: unknown[]; bounds: number } {
  // Headless Cytoscape loads constructor elements a tick later, so they are added here instead.
  const cy: Core = cytoscape({ headless: true, styleEnabled: true, style: stylesheet({ large }) });
  cy.add(JSON.parse(JSON.stringify(elements))); // a copy made in this realm, which Cytoscape takes for plain objects
  const snapshot = () => cy.elements().map((el) => [el.id(), el.boundingBox(), el.style('width'), el.style('line-color'), el.style('display'), el.style('opacity'), el.style('label'), el.visible(), el.effectiveOpacity()]);
  const snapshots: unknown[] = [snapshot()];
  // Counted once every element has its first style: only those first events are left out.
  let bounds = 0;
  cy.on('bounds', () => { bounds += 1; });
  const node = cy.getElementById(hub);
  node.addClass('focus');
  node.connectedEdges().addClass('near');
  cy.elements().difference(node.closedNeighborhood()).addClass('faded');
  snapshots.push(snapshot());
  node.data('degree', 80); // mapData width: the hub grows, and its edges must follow it
  node.position({ x: node.position('x') + 50, y: node.position('y') - 20 });
  cy.nodes('[type = "Statement"]').addClass('hidden');
  snapshots.push(snapshot());
  cy.elements().removeClass('focus near faded hidden');
  cy.remove(cy.nodes('[type = "Article"]'));
  const counted = bounds; // a newly added element's first style is again left out
  cy.add({ group: 'edges', data: { id: 'extra', source: hub, target: cy.nodes()[3]!.id(), type: 'SAID' } });
  snapshots.push(snapshot());
  cy.destroy();
  return { snapshots, bounds: counted };
}

test('styles, bounding boxes and later bounds events are the same with and without the faster internals', () => {
  const before = [scenario(false), scenario(true)];
  expect(assignFastCytoscapeInternals()).toBe(true);
  const after = [scenario(false), scenario(true)];
  expect(after).toEqual(before);
  expect(before[0]!.bounds).toBeGreaterThan(0);
});
