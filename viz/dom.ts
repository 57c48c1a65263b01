// Builds DOM from values with text nodes only: article text can never become markup here.

type Child = Node | string | number | null | undefined | false;

export interface Props {
  className?: string;
  title?: string;
  onClick?: (event: MouseEvent) => void;
  /** Only http(s) addresses are kept; anything else (javascript:, data:) is dropped. */
  href?: string | null;
  dataset?: Record<string, string>;
  attrs?: Record<string, string>;
}

export function h(tag: string, props: Props = {}, ...children: Child[]): HTMLElement {
  const el = document.createElement(tag);
  if (props.className) el.className = props.className;
  if (props.title) el.title = props.title;
  if (props.onClick) el.addEventListener('click', props.onClick);
  if (props.href && /^https?:\/\//i.test(props.href)) {
    el.setAttribute('href', props.href);
    el.setAttribute('target', '_blank');
    el.setAttribute('rel', 'noopener noreferrer');
  }
  for (const [key, value] of Object.entries(props.dataset ?? {})) el.dataset[key] = value;
  for (const [key, value] of Object.entries(props.attrs ?? {})) el.setAttribute(key, value);
  append(el, ...children);
  return el;
}

export function append(parent: Element, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.append(typeof child === 'string' || typeof child === 'number' ? document.createTextNode(String(child)) : child);
  }
}

export function clear(el: Element): void {
  el.replaceChildren();
}

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`viewer: #${id} is missing from index.html`);
  return el as T;
}
