// The search box: suggestions over names and aliases from /api/search, chosen by click or keyboard.
import { api, type Suggestion } from './api.js';
import { clear, h } from './dom.js';
import { NODE_TYPES } from './style.js';

export function attachSearch(input: HTMLInputElement, list: HTMLElement, onPick: (id: string) => void): void {
  let items: Suggestion[] = [];
  let active = -1;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let asked = 0;

  const close = () => { clear(list); list.hidden = true; items = []; active = -1; input.setAttribute('aria-expanded', 'false'); };
  const pick = (s: Suggestion) => { close(); input.value = s.label; onPick(s.id); };
  const mark = () => [...list.children].forEach((li, i) => li.classList.toggle('active', i === active));

  const dot = (type: string) => {
    const el = h('span', { className: 'dot' });
    const color = NODE_TYPES[type]?.color;
    if (color) el.style.backgroundColor = color;
    return el;
  };

  const show = (results: Suggestion[], query: string) => {
    clear(list);
    items = results;
    active = results.length ? 0 : -1;
    if (!results.length) list.append(h('li', { className: 'none' }, `Nothing matches “${query}”`));
    for (const s of results) {
      list.append(h('li', { className: 'suggestion', dataset: { id: s.id }, attrs: { role: 'option' }, onClick: () => pick(s) },
        dot(s.type), h('span', { className: 'label' }, s.label),
        s.matched ? h('span', { className: 'alias' }, ` (${s.matched})`) : null,
        h('span', { className: 'kind' }, s.type)));
    }
    mark();
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    const q = input.value.trim();
    if (!q) { close(); return; }
    timer = setTimeout(async () => {
      const ticket = ++asked;
      const results = await api.search(q).catch(() => []);
      if (ticket === asked) show(results, q);
    }, 120);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' && items.length) { active = (active + 1) % items.length; mark(); event.preventDefault(); }
    else if (event.key === 'ArrowUp' && items.length) { active = (active - 1 + items.length) % items.length; mark(); event.preventDefault(); }
    else if (event.key === 'Enter' && active >= 0 && items[active]) { pick(items[active]!); event.preventDefault(); }
    else if (event.key === 'Escape') close();
  });
  document.addEventListener('click', (event) => { if (!list.contains(event.target as Node) && event.target !== input) close(); });
}
