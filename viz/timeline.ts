// The date filter: a bar per month of events and statements, and two sliders bounding the shown range.
import { h } from './dom.js';

export interface TimelineHandle {
  set(from: string | null, to: string | null): void;
}

/** `keys`: every date key present, sorted; `counts`: events and statements per key. */
export function renderTimeline(root: HTMLElement, keys: string[], counts: Map<string, number>, onChange: (from: string | null, to: string | null) => void): TimelineHandle {
  if (keys.length === 0) {
    root.append(h('p', { className: 'muted' }, 'No dated events or statements.'));
    return { set() {} };
  }
  const max = Math.max(1, ...counts.values());
  const bars = h('div', { className: 'timeline-bars' });
  const barEls = keys.map((key) => {
    const bar = h('div', { className: 'timeline-bar', title: `${key}: ${counts.get(key) ?? 0} events and statements`, dataset: { key } });
    bar.style.height = `${Math.max(6, Math.round(((counts.get(key) ?? 0) / max) * 100))}%`;
    bars.append(bar);
    return bar;
  });
  const slider = (value: number, name: string) => {
    const el = h('input', { attrs: { type: 'range', min: '0', max: String(keys.length - 1), step: '1', name, 'aria-label': name } }) as HTMLInputElement;
    el.value = String(value);
    return el;
  };
  const fromInput = slider(0, 'from date');
  const toInput = slider(keys.length - 1, 'to date');
  const label = h('div', { className: 'timeline-label' });
  root.append(bars, h('div', { className: 'timeline-sliders' }, fromInput, toInput), label);

  const show = () => {
    const a = Number(fromInput.value);
    const b = Number(toInput.value);
    label.textContent = `${keys[a]} – ${keys[b]}`;
    barEls.forEach((bar, i) => bar.classList.toggle('off', i < a || i > b));
  };
  const changed = () => {
    let a = Number(fromInput.value);
    let b = Number(toInput.value);
    if (a > b) { [a, b] = [b, a]; fromInput.value = String(a); toInput.value = String(b); }
    show();
    onChange(a === 0 ? null : keys[a]!, b === keys.length - 1 ? null : keys[b]!);
  };
  fromInput.addEventListener('input', changed);
  toInput.addEventListener('input', changed);
  show();
  return {
    set(from, to) {
      const index = (key: string | null, fallback: number) => {
        if (!key) return fallback;
        const i = keys.findIndex((k) => k >= key);
        return i === -1 ? keys.length - 1 : i;
      };
      fromInput.value = String(index(from, 0));
      toInput.value = String(to ? Math.max(0, keys.filter((k) => k.slice(0, to.length) <= to).length - 1) : keys.length - 1);
      show();
    },
  };
}
