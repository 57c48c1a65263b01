// The Cytoscape stylesheet, keyed on data(type): every colour and shape of the viewer lives here.
import type { StylesheetJson } from 'cytoscape';

export interface TypeStyle {
  color: string;
  shape: 'ellipse' | 'rectangle' | 'round-rectangle' | 'round-triangle' | 'diamond' | 'round-tag' | 'round-hexagon';
  label: string;
}

/** Node types in legend order. */
export const NODE_TYPES: Record<string, TypeStyle> = {
  Person: { color: '#2563eb', shape: 'ellipse', label: 'Person' },
  Organization: { color: '#ea7a1a', shape: 'round-rectangle', label: 'Organization' },
  Place: { color: '#16a34a', shape: 'round-triangle', label: 'Place' },
  Event: { color: '#dc2640', shape: 'diamond', label: 'Event' },
  Source: { color: '#9061c2', shape: 'round-hexagon', label: 'Unnamed source' },
  Statement: { color: '#c7a218', shape: 'round-tag', label: 'Statement' },
  Article: { color: '#64748b', shape: 'rectangle', label: 'Article' },
};

export const EDGE_COLORS: Record<string, string> = {
  SAID: '#c7a218',
  REPORTED_IN: '#94a3b8',
  MENTIONS: '#cbd5e1',
  HOLDS_ROLE: '#ea7a1a',
  PARTICIPATED_IN: '#dc2640',
  OCCURRED_IN: '#16a34a',
  ABOUT: '#2563eb',
};

export const HIGHLIGHT = '#0f172a';
export const PATH_COLOR = '#e11d48';

/**
 * How a large graph's edges look: thin straight lines in their type's colour. Cytoscape draws them this way
 * only when they stand out (selected, next to the selection, on a path); edge-layer.ts draws all of them.
 */
export const LARGE_EDGE = { width: 0.6, opacity: 0.55, fallback: '#cbd5e1' } as const;

export interface StyleOptions {
  /** Many elements: straight edges without arrows or edge labels, which draw several times faster. */
  large: boolean;
}

export function stylesheet({ large }: StyleOptions): StylesheetJson {
  const types: StylesheetJson = Object.entries(NODE_TYPES).map(([type, s]) => ({
    selector: `node[type = "${type}"]`,
    style: { 'background-color': s.color, shape: s.shape },
  }));
  const edgeTypes: StylesheetJson = Object.entries(EDGE_COLORS).map(([type, color]) => ({
    selector: `edge[type = "${type}"]`,
    style: { 'line-color': color, 'target-arrow-color': color },
  }));
  return [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        'background-color': '#94a3b8',
        width: 'mapData(degree, 0, 40, 14, 48)',
        height: 'mapData(degree, 0, 40, 14, 48)',
        'font-size': 11,
        'font-family': 'system-ui, sans-serif',
        color: '#1e293b',
        'text-valign': 'bottom',
        'text-margin-y': 3,
        'text-wrap': 'ellipsis',
        'text-max-width': '140px',
        'text-outline-color': '#ffffff',
        'text-outline-width': 2,
        'min-zoomed-font-size': large ? 9 : 6,
        'border-width': 1,
        'border-color': '#ffffff',
      },
    },
    ...types,
    // Hubs keep their names when the whole graph is in view.
    ...(large ? [] : [{ selector: 'node[degree >= 10]', style: { 'min-zoomed-font-size': 2, 'font-weight': 'bold' as const } }]),
    // Quotes are long: their text shows in the panel, on the graph only when selected or next to the selection.
    { selector: 'node[type = "Statement"]', style: { label: '', width: 12, height: 12 } },
    { selector: 'node[type = "Statement"].near, node[type = "Statement"]:selected', style: { label: 'data(label)', 'font-style': 'italic' } },
    {
      selector: 'edge',
      style: large
        ? { width: LARGE_EDGE.width, 'curve-style': 'haystack', opacity: LARGE_EDGE.opacity, 'line-color': LARGE_EDGE.fallback, display: 'none' }
        : {
            width: 1.2,
            'curve-style': 'bezier',
            'target-arrow-shape': 'triangle',
            'arrow-scale': 0.7,
            label: 'data(type)',
            'font-size': 7,
            'font-family': 'system-ui, sans-serif',
            color: '#475569',
            'text-rotation': 'autorotate',
            'text-background-color': '#ffffff',
            'text-background-opacity': 0.85,
            'text-background-padding': '1px',
            'min-zoomed-font-size': 7,
            opacity: 0.8,
          },
    },
    ...edgeTypes,
    { selector: 'edge[type = "MENTIONS"]', style: { 'line-style': 'dashed', width: 0.8, 'target-arrow-shape': 'none' } },
    // On a large graph the edge layer draws every edge; Cytoscape only those that stand out (before .hidden, which wins).
    ...(large ? [{ selector: 'edge.near, edge.on-path, edge:selected', style: { display: 'element' as const } }] : []),
    { selector: '.hidden', style: { display: 'none' } },
    { selector: '.faded', style: { opacity: 0.12, 'text-opacity': 0 } },
    // Large graphs are not faded around a selection (that restyles every element); its edges stand out instead.
    ...(large ? [{ selector: 'edge.near', style: { opacity: 1, width: 2, 'z-index': 10 } }] : []),
    { selector: 'node:selected', style: { 'border-width': 4, 'border-color': HIGHLIGHT, 'z-index': 20 } },
    { selector: 'edge:selected', style: { width: 3, 'line-color': HIGHLIGHT, 'target-arrow-color': HIGHLIGHT, 'z-index': 20, opacity: 1 } },
    { selector: 'node.focus', style: { 'border-width': 4, 'border-color': PATH_COLOR, 'border-style': 'double' } },
    { selector: 'node.on-path', style: { 'border-width': 4, 'border-color': PATH_COLOR, 'z-index': 30 } },
    { selector: 'edge.on-path', style: { width: 4, 'line-color': PATH_COLOR, 'target-arrow-color': PATH_COLOR, 'z-index': 30, opacity: 1, label: 'data(type)' } },
  ];
}
