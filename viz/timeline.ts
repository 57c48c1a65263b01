// The date filter on a linear time axis: one bar per month from the first dated item to the last (empty months
// included, so gaps show as gaps), a tick per year, and two sliders bounding the shown range.
import { h } from './dom.js';

export interface TimelineHandle {
  set(from: string | null, to: string | null): void;
}

/** Every month (YYYY-MM) from the first key's to the last key's; a year key ("2018") starts or ends its year. */
export function monthsBetween(keys: string[]): string[] {
  if (keys.length === 0) return [];
  const first = keys[0]!.length === 4 ? `${keys[0]}-01` : keys[0]!;
  const lastKey = keys[keys.length - 1]!;
  const last = lastKey.length === 4 ? `${lastKey}-12` : lastKey;
  const out: string[] = [];
  let [y, m] = first.split('-').map(Number) as [number, number];
  const [ly, lm] = last.split('-').map(Number) as [number, number];
  while (y < ly || (y === ly && m <= lm)) {
    out.push(`${y}-${String(m).padStart(2, '0')}`);
    m += 1;
    if (m > 12) { m = 1; y += 1; }
  }
  return out;
}

/** `keys`: every date key present (YYYY or YYYY-MM), sorted; `counts`: events and statements per key. */
export function renderTimeline(root: HTMLElement, keys: string[], counts: Map<string, number>, onChange: (from: string | null, to: string | null) => void): TimelineHandle {
  if (keys.length === 0) {
    root.append(h('p', { className: 'muted' }, 'No dated events or statements.'));
    return { set() {} };
  }
  const months = monthsBetween(keys);
  // A year-precision item is drawn in its January (it counts for the whole year in the filter).
  const perMonth = new Map<string, number>();
  for (const [key, n] of counts) {
    const month = key.length === 4 ? `${key}-01` : key;
    perMonth.set(month, (perMonth.get(month) ?? 0) + n);
  }
  const max = Math.max(1, ...perMonth.values());
  const bars = h('div', { className: 'timeline-bars', attrs: { role: 'img', 'aria-label': `${months[0]} to ${months[months.length - 1]}, one bar per month` } });
  const barEls = months.map((month) => {
    const n = perMonth.get(month) ?? 0;
    const bar = h('div', { className: n ? 'timeline-bar' : 'timeline-bar empty', title: `${month}: ${n} events and statements`, dataset: { key: month } });
    bar.style.height = n ? `${Math.max(6, Math.round((n / max) * 100))}%` : '2px';
    bars.append(bar);
    return bar;
  });
  // Year ticks at their place on the axis: the first month of each year, and the first month shown.
  const axis = h('div', { className: 'timeline-axis' });
  const years = new Set<string>();
  let lastLabel = -Infinity;
  months.forEach((month, i) => {
    const year = month.slice(0, 4);
    if (years.has(year) || (i > 0 && !month.endsWith('-01'))) return;
    years.add(year);
    const at = (i / months.length) * 100;
    // Every year has its tick; its label only where it does not run into the one before.
    const labelled = at - lastLabel >= 14 && at <= 88;
    if (labelled) lastLabel = at;
    const tick = h('span', { className: 'timeline-tick', dataset: { year }, attrs: { title: year } }, labelled ? year : '');
    tick.style.left = `${at}%`;
    axis.append(tick);
  });
  const slider = (value: number, name: string) => {
    const el = h('input', { attrs: { type: 'range', min: '0', max: String(months.length - 1), step: '1', name, 'aria-label': name } }) as HTMLInputElement;
    el.value = String(value);
    return el;
  };
  const fromInput = slider(0, 'from date');
  const toInput = slider(months.length - 1, 'to date');
  const label = h('div', { className: 'timeline-label' });
  root.append(bars, axis, h('div', { className: 'timeline-sliders' }, fromInput, toInput), label);

  const show = () => {
    const a = Number(fromInput.value);
    const b = Number(toInput.value);
    label.textContent = `${months[a]} – ${months[b]}`;
    barEls.forEach((bar, i) => bar.classList.toggle('off', i < a || i > b));
  };
  const changed = () => {
    let a = Number(fromInput.value);
    let b = Number(toInput.value);
    if (a > b) { [a, b] = [b, a]; fromInput.value = String(a); toInput.value = String(b); }
    show();
    onChange(a === 0 ? null : months[a]!, b === months.length - 1 ? null : months[b]!);
  };
  fromInput.addEventListener('input', changed);
  toInput.addEventListener('input', changed);
  show();
  const index = (key: string, end: boolean): number => {
    const month = key.length === 4 ? `${key}-${end ? '12' : '01'}` : key.slice(0, 7);
    const i = months.indexOf(month);
    if (i >= 0) return i;
    return month < months[0]! ? 0 : months.length - 1;
  };
  return {
    set(from, to) {
      fromInput.value = String(from ? index(from, false) : 0);
      toInput.value = String(to ? index(to, true) : months.length - 1);
      show();
    },
  };
}
