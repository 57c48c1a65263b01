// DOM → plain text with one blank line between blocks, so paragraphs and headings stay apart.

const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'H1', 'H2', 'H3',
  'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TD', 'TH', 'TR', 'UL',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME']);

interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

function collect(node: DomNode, parts: string[]): void {
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === 3) parts.push((child.textContent ?? '').replace(/\s+/g, ' '));
    if (child.nodeType !== 1) continue;
    const tag = child.nodeName.toUpperCase();
    if (SKIP.has(tag)) continue;
    if (tag === 'BR') parts.push('\n');
    else if (BLOCK.has(tag)) {
      parts.push('\n\n');
      collect(child, parts);
      parts.push('\n\n');
    } else collect(child, parts);
  }
}

export function htmlToText(root: DomNode): string {
  const parts: string[] = [];
  collect(root, parts);
  return parts
    .join('')
    .replace(/[ \t]*\n[ \t]*/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/ {2,}/g, ' ')
    .trim();
}
