// An .html page → the article's own text (no navigation, headers, footers or scripts) and its meta data.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { isArticleDate } from './header.js';
import { htmlToText } from './html-text.js';
import { firstLine, type ParseOutcome } from './text-article.js';

type Doc = ReturnType<typeof parseHTML>['document'];

const DATE_SELECTORS = [
  'meta[property="article:published_time"]', 'meta[name="article:published_time"]', 'meta[itemprop="datePublished"]',
  'meta[name="date"]', 'meta[name="pubdate"]', 'meta[name="publish-date"]', 'meta[name="dc.date"]', 'meta[name="DC.date"]',
];
/** Page chrome, removed before Readability: on short pages it would otherwise keep menus and footers. */
const PAGE_CHROME = 'nav, footer, aside, form, iframe, [role="navigation"], [role="banner"], [role="contentinfo"], [aria-hidden="true"]';

function attr(document: Doc, selector: string, name: string): string | null {
  const value = document.querySelector(selector)?.getAttribute(name)?.trim();
  return value ? value : null;
}

/** `2021-04-07T10:00:00Z` → `2021-04-07`; anything that is not a date becomes null rather than an error. */
export function normalizeDate(value: string | null): string | null {
  if (!value) return null;
  const head = value.trim().slice(0, 10);
  if (isArticleDate(head)) return head;
  const time = Date.parse(value);
  return Number.isNaN(time) ? null : new Date(time).toISOString().slice(0, 10);
}

function pageDate(document: Doc): string | null {
  for (const selector of DATE_SELECTORS) {
    const date = normalizeDate(attr(document, selector, 'content'));
    if (date) return date;
  }
  return normalizeDate(attr(document, 'time[datetime]', 'datetime'));
}

/** The page's own link, http or https only: a `javascript:` or `file:` link is dropped, never shown or followed. */
function absoluteUrl(value: string | null): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** Elements nested deeper than this are no article page; Readability walks them recursively and would overflow. */
export const MAX_HTML_DEPTH = 400;

/** How deep the page's elements nest, by a scan of its tags (void and self-closed elements do not nest). */
function nestingDepth(html: string): number {
  let depth = 0;
  let deepest = 0;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(html); m; m = TAG.exec(html)) {
    const name = m[2]!.toLowerCase();
    if (m[1]) depth = Math.max(0, depth - 1);
    else if (!VOID.has(name) && !m[3]) deepest = Math.max(deepest, ++depth);
  }
  return deepest;
}
const TAG = /<(\/?)([a-zA-Z][\w-]*)\b[^>]*?(\/?)>/g;
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr', 'p', 'li', 'option']);

/** A page is read whole or refused with the reason: no page can take the other files of the build down with it. */
export function parseHtmlArticle(html: string): ParseOutcome {
  const depth = nestingDepth(html);
  if (depth > MAX_HTML_DEPTH) return { ok: false, problem: 'html', detail: `its elements nest ${depth} deep (over ${MAX_HTML_DEPTH})` };
  try {
    return readPage(html);
  } catch (error) {
    return { ok: false, problem: 'html', detail: `the page could not be read (${error instanceof Error ? error.message : String(error)})` };
  }
}

function readPage(html: string): ParseOutcome {
  const { document } = parseHTML(html);
  // Read the meta data first: Readability rewrites the document it is given.
  const metaTitle = attr(document, 'meta[property="og:title"]', 'content') ?? document.querySelector('title')?.textContent?.trim() ?? null;
  const date = pageDate(document);
  const url = absoluteUrl(attr(document, 'link[rel="canonical"]', 'href') ?? attr(document, 'meta[property="og:url"]', 'content'));
  const siteName = attr(document, 'meta[property="og:site_name"]', 'content');

  for (const element of Array.from(document.querySelectorAll(PAGE_CHROME))) element.remove();
  // A site header, not the headline block inside an article.
  for (const element of Array.from(document.querySelectorAll('header'))) if (!element.closest('article, main')) element.remove();
  const readable = new Readability(document as unknown as Document).parse();
  const content = readable?.content ? parseHTML(`<!doctype html><html><body>${readable.content}</body></html>`).document.body : document.body;
  const text = content ? htmlToText(content) : '';
  if (!text) return { ok: false, problem: 'empty', detail: 'no article text in the page' };
  const title = metaTitle || readable?.title?.trim() || firstLine(text);
  return { ok: true, fields: { title, date, source: siteName ?? readable?.siteName ?? null, url, text } };
}
