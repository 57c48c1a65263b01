// The viewer: loads the graph with precomputed positions, wires filters, search, panel, focus, path and export.
import cytoscape, { type Core, type NodeSingular } from 'cytoscape';
import { api, type NodeRef, type PathResult } from './api.js';
import { assignFastCytoscapeInternals } from './cytoscape-patch.js';
import { byId, h } from './dom.js';
import { EdgeLayer } from './edge-layer.js';
import { renderLegend } from './legend.js';
import { renderEdge, renderEmpty, renderNode, renderPath, type PanelActions } from './panel.js';
import { attachSearch } from './search.js';
import { emptyState, parseHash, writeHash, type ViewState } from './state.js';
import { EDGE_COLORS, LARGE_EDGE, stylesheet } from './style.js';
import { renderTimeline } from './timeline.js';
import { renderEventList } from './events.js';
import { applyVisible, computeVisible, dateKey, dateKeysOf } from './visibility.js';

assignFastCytoscapeInternals();

// Loaded when first used, so a page starts without them: the focus layout, and the exports with the schema code.
let fcoseLoaded: Promise<void> | null = null;
const loadFcose = (): Promise<void> => (fcoseLoaded ??= import('cytoscape-fcose').then((m) => { cytoscape.use(m.default); }));
const exporting = () => import('./exporting.js');

/** Above this many elements the edges are drawn by the edge layer, without arrows or labels. */
const LARGE = 3000;
/** Edges added to Cytoscape per task after a large graph's first picture. */
const EDGE_SLICE = 2500;

declare global {
  interface Window { __kg?: Record<string, unknown> }
}

function rendererOptions(total: number): { webgl: boolean; large: boolean } {
  const choice = new URLSearchParams(location.search).get('renderer');
  const large = total > LARGE;
  // WebGL only on request: where Chromium has no GPU it falls back to software GL, several times slower than canvas.
  return { large, webgl: choice === 'webgl' };
}

/**
 * Resolves with the time when what Cytoscape has been asked to draw is on screen: it draws in its own
 * animation frame, so two frames later that drawing is shown (the WebGL renderer emits no `render` event).
 */
function painted(mark: string): Promise<number> {
  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => {
    performance.mark(mark);
    resolve(performance.now());
  })));
}

async function start(): Promise<void> {
  const status = byId('status');
  const panel = byId('panel');
  status.textContent = 'Loading graph…';
  const payload = await api.graph();
  performance.mark('kg:data');
  const total = payload.elements.nodes.length + payload.elements.edges.length;
  const { large, webgl } = rendererOptions(total);
  // A large graph's edges are drawn by the edge layer from the payload, so the whole graph is on screen once
  // Cytoscape has its nodes. With no shared view to apply, its edges join Cytoscape's model after that
  // picture, a slice at a time so the page stays responsive (bench:viz prints both times).
  const progressive = large && !location.hash.replace(/^#/, '');
  const cy: Core = cytoscape({
    container: byId('cy'),
    elements: (progressive ? { nodes: payload.elements.nodes, edges: [] } : payload.elements) as never,
    layout: { name: 'preset', fit: true, padding: 30 },
    style: stylesheet({ large }),
    // Edges stay drawn while the view moves: on a large graph Cytoscape draws only the few that stand out.
    hideEdgesOnViewport: false,
    motionBlur: false,
    pixelRatio: large ? 1 : 'auto',
    minZoom: 0.02,
    maxZoom: 5,
    boxSelectionEnabled: false,
    selectionType: 'single',
    // The WebGL renderer (Cytoscape 3.31+) is not in the published option types yet.
    ...({ renderer: { name: 'canvas', webgl } } as object),
  });
  performance.mark('kg:cy');
  const layer = large ? new EdgeLayer(cy, byId('cy'), payload.elements.edges.map((e) => e.data as never), { colors: EDGE_COLORS, minPixels: 0.35, webgl, ...LARGE_EDGE }) : null;
  const rendered = painted('kg:rendered');
  /** Resolves with the time when every edge is in Cytoscape's model: selections and filters wait for it. */
  const edgesIn: Promise<number | null> = progressive ? (async () => {
    await rendered;
    status.textContent = `Loading ${payload.elements.edges.length.toLocaleString('en')} relationships…`;
    const edges = payload.elements.edges;
    for (let i = 0; i < edges.length; i += EDGE_SLICE) {
      cy.add(edges.slice(i, i + EDGE_SLICE) as never);
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    performance.mark('kg:edges');
    return performance.now();
  })() : Promise.resolve(null);

  const preset = new Map(payload.elements.nodes.map((n) => [n.data.id, n.position ?? { x: 0, y: 0 }]));
  const articleDates = new Map(payload.articles.map((a) => [a.id, a.date]));
  let state: ViewState = parseHash(location.hash);
  let pathResult: PathResult | null = null;
  let laidOutFor = '';
  // With nothing in the link to apply, the graph goes on screen before the filter column is built;
  // a shared view is applied first, so it never flashes the whole graph.
  if (!location.hash.replace(/^#/, '')) await rendered;

  const ref = (id: string): NodeRef => {
    const el = cy.getElementById(id);
    return { id, type: String(el.data('type') ?? ''), label: String(el.data('label') ?? id) };
  };

  // Filters in the left column.
  const typeCounts = new Map<string, number>();
  cy.nodes().forEach((n) => { typeCounts.set(n.data('type'), (typeCounts.get(n.data('type')) ?? 0) + 1); });
  const presentTypes = [...typeCounts.keys()];
  const legend = renderLegend(byId('legend'), typeCounts, (shown) => {
    state.types = presentTypes.every((t) => shown.has(t)) ? new Set() : shown;
    void refresh({ fit: true });
  });
  for (const [type, color] of Object.entries(EDGE_COLORS)) {
    const line = h('span', { className: 'edge-swatch' });
    line.style.borderTopColor = color;
    byId('edge-legend').append(h('div', { className: 'legend-row', dataset: { type } }, line, h('span', {}, type)));
  }
  const articleSelect = byId<HTMLSelectElement>('article');
  articleSelect.append(h('option', { attrs: { value: '' } }, `All articles (${payload.articles.length})`));
  for (const a of payload.articles) articleSelect.append(h('option', { attrs: { value: a.id } }, `${a.date ?? 'undated'} · ${a.title}`));
  articleSelect.addEventListener('change', () => { state.article = articleSelect.value || null; void refresh({ fit: true }); });

  const dated = cy.nodes('[type = "Event"], [type = "Statement"]');
  const timeCounts = new Map<string, number>();
  dated.forEach((n) => { for (const k of dateKeysOf(n, articleDates)) timeCounts.set(k, (timeCounts.get(k) ?? 0) + 1); });
  const keys = [...new Set([...timeCounts.keys(), ...payload.articles.map((a) => dateKey(a.date)).filter((k): k is string => !!k)])].sort();
  const timeline = renderTimeline(byId('timeline'), keys, timeCounts, (from, to) => { state.from = from; state.to = to; void refresh({ fit: true }); });

  const degree = byId<HTMLInputElement>('degree');
  const degrees = cy.nodes().map((n) => Number(n.data('degree') ?? 0)).sort((a, b) => a - b);
  degree.max = String(Math.max(1, Math.min(degrees[degrees.length - 1] ?? 1, degrees[Math.floor(degrees.length * 0.98)] ?? 1)));
  degree.addEventListener('input', () => { state.minDegree = Number(degree.value); byId('degree-value').textContent = degree.value; void refresh({ fit: true }); });
  const depth = byId<HTMLSelectElement>('depth');
  depth.addEventListener('change', () => { state.depth = Number(depth.value); void refresh(); });

  const syncControls = () => {
    legend.setChecked(state.types);
    articleSelect.value = state.article ?? '';
    timeline.set(state.from, state.to);
    degree.value = String(state.minDegree);
    byId('degree-value').textContent = String(state.minDegree);
    depth.value = String(state.depth);
  };

  const actions: PanelActions = {
    select: (id) => void select(id, true),
    focus: (id) => { state.focus = state.focus === id ? null : id; void refresh().then(showSelection); },
    toggleExpand: (id) => { if (!state.expanded.delete(id)) state.expanded.add(id); void refresh().then(showSelection); },
    pathEnd: (id) => {
      if (!state.pathStart || state.pathStart === id) {
        state.pathStart = id;
        status.textContent = `Path from ${ref(id).label}: select another node and choose “Path to here”.`;
        void showSelection();
      } else {
        state.path = [state.pathStart, id];
        state.pathStart = null;
        void refresh().then(showSelection);
      }
    },
    isExpanded: (id) => state.expanded.has(id),
    isFocused: (id) => state.focus === id,
    pathStart: () => state.pathStart,
  };

  /** Fits `eles` in the window without blowing a handful of nodes up to full size. */
  const fitTo = (eles: ReturnType<Core['elements']>, padding = 40) => {
    if (eles.empty()) return;
    cy.stop();
    cy.fit(eles, padding);
    if (cy.zoom() > 1.5) { cy.zoom(1.5); cy.center(eles); }
  };

  /** Re-applies filters, focus, expansions and path; lays out again only when the focus view changed. */
  async function refresh(options: { fit?: boolean } = {}): Promise<void> {
    await edgesIn;
    const pathKey = state.path?.join(',') ?? '';
    let newPath = false;
    if (pathKey && pathResult?.from + ',' + pathResult?.to !== pathKey) {
      pathResult = await api.path(state.path![0], state.path![1]).catch(() => null);
      newPath = true;
    } else if (!pathKey) pathResult = null;
    const visible = computeVisible(cy, state, articleDates, pathResult?.nodes ?? []);
    const shown = applyVisible(cy, visible);
    layer?.update();
    cy.batch(() => {
      cy.elements('.focus, .on-path, .faded, .near').removeClass('focus on-path faded near');
      if (state.focus) cy.getElementById(state.focus).addClass('focus');
      if (pathResult?.found) {
        const onPath = cy.collection();
        for (const id of [...pathResult.nodes, ...pathResult.edges]) onPath.merge(cy.getElementById(id));
        onPath.addClass('on-path near');
        if (!large) visible.difference(onPath).addClass('faded');
      } else if (state.selected) {
        const el = cy.getElementById(state.selected);
        const near = el.closedNeighborhood().union(el.connectedNodes());
        near.addClass('near');
        // Fading the rest restyles every element: on a large graph the neighbourhood is drawn stronger instead.
        if (el.isNode() && !large) visible.difference(near).addClass('faded');
      }
    });
    const layoutKey = state.focus ? JSON.stringify([state.focus, state.depth, [...state.expanded], state.types.size, state.article, state.from, state.to, state.minDegree, pathKey]) : '';
    if (layoutKey !== laidOutFor) {
      if (layoutKey) {
        await loadFcose();
        visible.layout({ name: 'fcose', animate: false, randomize: false, fit: false, nodeRepulsion: () => 9000, idealEdgeLength: () => 90 } as never).run();
      } else {
        cy.batch(() => cy.nodes().forEach((n) => { n.position(preset.get(n.id()) ?? { x: 0, y: 0 }); }));
      }
      laidOutFor = layoutKey;
      fitTo(visible);
    } else if (newPath && pathResult?.found) {
      fitTo(cy.elements('.on-path'), 80);
    } else if (options.fit) {
      fitTo(visible);
    }
    renderEventList(byId('event-list'), byId('event-count'), cy, (id) => void select(id, true));
    byId('focus-note').hidden = !state.focus;
    status.textContent = `${shown.nodes} of ${cy.nodes().length} nodes, ${shown.edges} of ${cy.edges().length} edges shown`
      + (state.focus ? ` · focus on ${ref(state.focus).label}` : '') + (webgl ? ' · WebGL' : '');
    writeHash(state);
  }

  async function showSelection(): Promise<void> {
    const id = state.selected;
    if (pathResult && state.path && !id) {
      renderPath(panel, pathResult, ref, actions, () => { state.path = null; void refresh().then(showSelection); });
      return;
    }
    if (!id || cy.getElementById(id).empty()) { renderEmpty(panel, 'Click a node or a relationship to see where it comes from.'); return; }
    const el = cy.getElementById(id);
    try {
      if (el.isNode()) renderNode(panel, await api.node(id), actions);
      else renderEdge(panel, await api.edge(id), actions);
    } catch (error) {
      renderEmpty(panel, (error as Error).message);
    }
    if (pathResult && state.path) {
      const note = h('div', { className: 'path-note' });
      renderPath(note, pathResult, ref, actions, () => { state.path = null; void refresh().then(showSelection); });
      panel.prepend(note);
    }
  }

  async function select(id: string | null, center: boolean): Promise<void> {
    state.selected = id;
    cy.elements(':selected').unselect();
    await refresh();
    if (id) {
      const el = cy.getElementById(id);
      el.select();
      if (center && el.nonempty()) cy.animate({ center: { eles: el }, zoom: Math.max(cy.zoom(), 1.1) }, { duration: 250 });
    }
    await showSelection();
  }

  cy.on('tap', 'node, edge', (event) => void select(event.target.id(), false));
  // On a large graph the lines are the edge layer's: a click on the background selects the line under it, if any.
  cy.on('tap', (event) => { if (event.target === cy) void select(layer?.nearest(event.position, 4) ?? null, false); });
  attachSearch(byId<HTMLInputElement>('search'), byId('suggestions'), (id) => void select(id, true));
  byId('fit').addEventListener('click', () => fitTo(cy.elements(':visible'), 30));
  byId('reset').addEventListener('click', () => {
    state = emptyState();
    syncControls();
    void select(null, false).then(() => fitTo(cy.elements(), 30));
  });
  byId('export-png').addEventListener('click', () => void exporting().then((m) => m.exportPng(cy, layer)));
  byId('export-graphml').addEventListener('click', () => void exporting().then((m) => m.exportGraphML(cy)));
  byId('export-json').addEventListener('click', () => void exporting().then((m) => m.exportJson(cy)));
  window.addEventListener('hashchange', () => {
    state = parseHash(location.hash);
    syncControls();
    void select(state.selected, true);
  });

  syncControls();
  await select(state.selected, false);
  performance.mark('kg:refreshed');
  const firstRenderMs = await rendered;
  const edgesMs = await edgesIn;
  window.__kg = {
    cy,
    ready: true,
    webgl,
    large,
    firstRenderMs,
    /** When every edge was in Cytoscape's model, so selections and filters answer at once. */
    interactiveMs: edgesMs ?? firstRenderMs,
    layer,
    state: () => ({ ...state, types: [...state.types], expanded: [...state.expanded] }),
    visible: () => ({ nodes: cy.nodes().not('.hidden').length, edges: cy.edges().not('.hidden').length }),
    nodeVisible: (id: string) => (cy.getElementById(id) as unknown as NodeSingular).visible(),
  };
  document.body.dataset.ready = 'true';
}

start().catch((error: unknown) => {
  const status = document.getElementById('status');
  if (status) status.textContent = `The graph could not be shown: ${(error as Error).message}`;
  document.body.dataset.ready = 'error';
});
