/**
 * The extractor of last resort, for pages where Readability returns nothing (table layouts,
 * pages whose article is one <td> full of <br>s, oversized pages we refuse to clone): the
 * element that directly holds the most non-link text. Text is credited to the container of
 * its block (a <p>'s parent, a <td> holding <br> lines), which is where CMS bodies live.
 */
import { collectLines } from './lines';

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'SELECT', 'OPTION', 'TEXTAREA', 'IFRAME', 'SVG']);
const INLINE = new Set(['A', 'SPAN', 'FONT', 'B', 'STRONG', 'I', 'EM', 'U', 'SUB', 'SUP', 'SMALL', 'BIG', 'LABEL', 'ABBR', 'CITE', 'Q']);
const PARAGRAPH = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE', 'PRE']);
/** Nodes visited at most: bounds the cost on huge pages. */
const MAX_NODES = 400_000;

/** Finds the densest text container under `doc.body`; null when the page has no text. */
export function findDensestBlock(doc: Document): Element | null {
  const body = doc.body ?? doc.documentElement;
  if (!body) return null;
  const credit = new Map<Element, number>();
  // Iterative walk carrying "inside a link" so link lists (nav, sidebars) earn nothing.
  const stack: Array<[Node, boolean]> = [[body, false]];
  let visited = 0;
  while (stack.length && visited < MAX_NODES) {
    const [node, inLink] = stack.pop()!;
    visited++;
    if (node.nodeType === 3) {
      if (inLink) continue;
      const n = (node.nodeValue ?? '').replace(/\s+/g, '').length;
      if (n === 0) continue;
      const target = creditTarget(node.parentNode as Element | null);
      if (target) credit.set(target, (credit.get(target) ?? 0) + n);
      continue;
    }
    if (node.nodeType !== 1) continue;
    const tag = (node as Element).tagName.toUpperCase();
    if (SKIP.has(tag)) continue;
    const kids = node.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) stack.push([kids[i]!, inLink || tag === 'A']);
  }
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, score] of credit) {
    if (score > bestScore) {
      best = el;
      bestScore = score;
    }
  }
  return best;
}

/** Lines of the densest block, or [] when there is none. */
export function extractFallbackLines(doc: Document): string[] {
  const block = findDensestBlock(doc);
  return block ? collectLines(block) : [];
}

/** The container a text node counts for: skip inline wrappers, then step out of a paragraph. */
function creditTarget(el: Element | null): Element | null {
  let cur = el;
  while (cur && INLINE.has(cur.tagName.toUpperCase())) cur = cur.parentElement;
  if (cur && PARAGRAPH.has(cur.tagName.toUpperCase())) cur = cur.parentElement;
  while (cur && INLINE.has(cur.tagName.toUpperCase())) cur = cur.parentElement;
  return cur;
}
