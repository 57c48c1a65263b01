// The legend: one row per node type with its shape and colour from style.ts, a count, and a show/hide box.
import { h } from './dom.js';
import { NODE_TYPES, type TypeStyle } from './style.js';

const SVG = 'http://www.w3.org/2000/svg';

/** Outline of each Cytoscape shape the stylesheet uses, in a 16×16 box. */
function shapeElement(shape: TypeStyle['shape']): SVGElement {
  const polygon = (points: string) => { const p = document.createElementNS(SVG, 'polygon'); p.setAttribute('points', points); return p; };
  switch (shape) {
    case 'ellipse': { const c = document.createElementNS(SVG, 'circle'); c.setAttribute('cx', '8'); c.setAttribute('cy', '8'); c.setAttribute('r', '7'); return c; }
    case 'rectangle': return polygon('1,1 15,1 15,15 1,15');
    case 'round-rectangle': { const r = document.createElementNS(SVG, 'rect'); for (const [k, v] of [['x', '1'], ['y', '2'], ['width', '14'], ['height', '12'], ['rx', '3']]) r.setAttribute(k!, v!); return r; }
    case 'round-triangle': return polygon('8,1 15,15 1,15');
    case 'diamond': return polygon('8,0 16,8 8,16 0,8');
    case 'round-tag': return polygon('1,2 11,2 15,8 11,14 1,14');
    case 'round-hexagon': return polygon('4,1 12,1 16,8 12,15 4,15 0,8');
  }
}

function swatch(style: TypeStyle): SVGSVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 16 16');
  svg.setAttribute('width', '16');
  svg.setAttribute('height', '16');
  const shape = shapeElement(style.shape);
  shape.setAttribute('fill', style.color);
  svg.append(shape);
  return svg;
}

export interface LegendHandle {
  setChecked(shown: Set<string>): void;
}

/** `onChange` receives the set of types left ticked. */
export function renderLegend(root: HTMLElement, counts: Map<string, number>, onChange: (shown: Set<string>) => void): LegendHandle {
  const boxes = new Map<string, HTMLInputElement>();
  for (const [type, style] of Object.entries(NODE_TYPES)) {
    const count = counts.get(type) ?? 0;
    const box = h('input', { attrs: { type: 'checkbox', name: 'type', value: type }, dataset: { type } }) as HTMLInputElement;
    box.checked = true;
    box.disabled = count === 0;
    box.addEventListener('change', () => onChange(new Set([...boxes].filter(([, b]) => b.checked).map(([t]) => t))));
    boxes.set(type, box);
    root.append(h('label', { className: 'legend-row', dataset: { type } }, box, swatch(style), h('span', {}, style.label), h('span', { className: 'count' }, String(count))));
  }
  return {
    setChecked(shown) {
      for (const [type, box] of boxes) box.checked = shown.size === 0 || shown.has(type);
    },
  };
}
