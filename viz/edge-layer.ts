// The edges of a large graph, drawn on a canvas of our own under Cytoscape's.
//
// Cytoscape spends most of the time to first render of a large graph styling, measuring and drawing its
// edges one by one (75% of its elements); stroking thousands of straight lines on a plain canvas takes a
// few milliseconds. So on a large graph every edge is drawn here, straight and thin, in its type's colour,
// with the view's pan and zoom, and Cytoscape draws only the few edges that stand out (the selection's,
// a path's). Its edges still exist for everything else (neighbourhoods, paths, exports), hidden from its
// renderer; `nearest` lets a click on a line select that edge.
import type { Core, NodeSingular } from 'cytoscape';

export interface LayerEdge {
  id: string;
  source: string;
  target: string;
  type: string;
}

export interface EdgeLayerOptions {
  /** Line colour per relationship type; others get `fallback`. */
  colors: Record<string, string>;
  fallback: string;
  /** Line width in graph units, as Cytoscape's `width`, never thinner than `minPixels` on screen. */
  width: number;
  minPixels: number;
  opacity: number;
  /**
   * Cytoscape's canvas renderer emits `render` after each frame it draws, and the layer draws right after it,
   * in the same frame. Its WebGL renderer emits none: then the layer draws in the next animation frame after
   * the view or a node moves.
   */
  webgl: boolean;
}

export class EdgeLayer {
  readonly canvas: HTMLCanvasElement;
  private readonly ctx: CanvasRenderingContext2D;
  private readonly ids: string[];
  private readonly sources: NodeSingular[];
  private readonly targets: NodeSingular[];
  /** Edge indexes by colour, so each colour is one path and one stroke. */
  private readonly byColor: Array<[string, number[]]>;
  /** 1 where the edge is shown: both its ends are. */
  private shown: Uint8Array;
  private frame = 0;

  constructor(private readonly cy: Core, container: HTMLElement, edges: LayerEdge[], private readonly options: EdgeLayerOptions) {
    this.canvas = document.createElement('canvas');
    this.canvas.className = 'edge-layer';
    this.canvas.setAttribute('aria-hidden', 'true');
    container.prepend(this.canvas);
    this.ctx = this.canvas.getContext('2d')!;
    this.ids = edges.map((e) => e.id);
    this.sources = edges.map((e) => cy.getElementById(e.source) as unknown as NodeSingular);
    this.targets = edges.map((e) => cy.getElementById(e.target) as unknown as NodeSingular);
    const groups = new Map<string, number[]>();
    edges.forEach((e, i) => {
      const color = options.colors[e.type] ?? options.fallback;
      if (!groups.has(color)) groups.set(color, []);
      groups.get(color)!.push(i);
    });
    this.byColor = [...groups];
    this.shown = new Uint8Array(edges.length).fill(1);
    if (options.webgl) {
      let pending = false;
      cy.on('viewport position resize add remove', () => {
        if (pending) return;
        pending = true;
        requestAnimationFrame(() => { pending = false; this.draw(); });
      });
      requestAnimationFrame(() => this.draw());
    } else {
      cy.on('render', () => this.draw());
      cy.on('resize', () => this.draw());
    }
  }

  get size(): number { return this.ids.length; }

  /** Re-reads which nodes are hidden (the `hidden` class); call after the filters change. */
  update(): void {
    const hidden = (n: NodeSingular) => n.hasClass('hidden');
    for (let i = 0; i < this.ids.length; i += 1) this.shown[i] = hidden(this.sources[i]!) || hidden(this.targets[i]!) ? 0 : 1;
    this.draw();
  }

  shownCount(): number {
    let count = 0;
    for (const s of this.shown) count += s;
    return count;
  }

  /** Draws the shown edges at the view's pan and zoom, on this layer or, for an export, on `target`. */
  draw(target?: { ctx: CanvasRenderingContext2D; scale: number; width: number; height: number }): void {
    const ratio = target?.scale ?? 1;
    const width = target?.width ?? this.cy.width();
    const height = target?.height ?? this.cy.height();
    const ctx = target?.ctx ?? this.ctx;
    if (!target && (this.canvas.width !== Math.round(width * ratio) || this.canvas.height !== Math.round(height * ratio))) {
      this.canvas.width = Math.round(width * ratio);
      this.canvas.height = Math.round(height * ratio);
      this.canvas.style.width = `${width}px`;
      this.canvas.style.height = `${height}px`;
    }
    const zoom = this.cy.zoom();
    const pan = this.cy.pan();
    ctx.save();
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    if (!target) ctx.clearRect(0, 0, this.canvas.width, this.canvas.height);
    ctx.setTransform(zoom * ratio, 0, 0, zoom * ratio, pan.x * ratio, pan.y * ratio);
    ctx.globalAlpha = this.options.opacity;
    ctx.lineWidth = Math.max(this.options.width, this.options.minPixels / zoom);
    // The window in graph units: a line with both ends beyond the same side is not drawn.
    const x1 = -pan.x / zoom; const y1 = -pan.y / zoom;
    const x2 = x1 + width / zoom; const y2 = y1 + height / zoom;
    for (const [color, indexes] of this.byColor) {
      ctx.beginPath();
      for (const i of indexes) {
        if (!this.shown[i]) continue;
        const a = this.sources[i]!.position();
        const b = this.targets[i]!.position();
        if ((a.x < x1 && b.x < x1) || (a.x > x2 && b.x > x2) || (a.y < y1 && b.y < y1) || (a.y > y2 && b.y > y2)) continue;
        ctx.moveTo(a.x, a.y);
        ctx.lineTo(b.x, b.y);
      }
      ctx.strokeStyle = color;
      ctx.stroke();
    }
    ctx.restore();
    this.frame += 1;
  }

  /** How many times the layer has been drawn (tests wait on it). */
  get frames(): number { return this.frame; }

  /** The id of the shown edge nearest a point in graph units, if one passes within `pixels` of it on screen. */
  nearest(point: { x: number; y: number }, pixels: number): string | null {
    const reach = pixels / this.cy.zoom();
    let best = reach * reach;
    let found: string | null = null;
    for (let i = 0; i < this.ids.length; i += 1) {
      if (!this.shown[i]) continue;
      const a = this.sources[i]!.position();
      const b = this.targets[i]!.position();
      if (Math.min(a.x, b.x) - reach > point.x || Math.max(a.x, b.x) + reach < point.x
        || Math.min(a.y, b.y) - reach > point.y || Math.max(a.y, b.y) + reach < point.y) continue;
      const dx = b.x - a.x; const dy = b.y - a.y;
      const length = dx * dx + dy * dy;
      const t = length ? Math.max(0, Math.min(1, ((point.x - a.x) * dx + (point.y - a.y) * dy) / length)) : 0;
      const ex = a.x + t * dx - point.x; const ey = a.y + t * dy - point.y;
      const distance = ex * ex + ey * ey;
      if (distance < best) { best = distance; found = this.ids[i]!; }
    }
    return found;
  }
}
