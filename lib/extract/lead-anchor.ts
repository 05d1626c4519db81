/**
 * Finds the article by its lead sentence when Readability picked the wrong block. Portals such
 * as Yahoo HK put a 150-character story next to a 3,000-character feed of other stories, and
 * Readability takes the feed; but the page's meta description is the story's first sentence.
 * The block holding that sentence, with its siblings, is the story.
 */
import { collectLines } from './lines';
import { squashSpaces } from '../text/spacing';

/** Characters of the description used as the search key (whitespace removed). */
const KEY_CHARS = 20;
/** Text nodes examined at most. */
const MAX_TEXT_NODES = 50_000;
const INLINE = new Set(['A', 'SPAN', 'FONT', 'B', 'STRONG', 'I', 'EM', 'U', 'SMALL']);

/**
 * The search key of a description, or null when it is too short to be distinctive or is just
 * the title again (many CMSes fill description with the title).
 */
export function readLeadKey(description: string | null, title: string | null = null): string | null {
  const key = squashSpaces(description ?? '').slice(0, KEY_CHARS);
  if (key.length < 12) return null;
  const t = squashSpaces(title ?? '');
  if (t && (t.includes(key.slice(0, 12)) || key.startsWith(t.slice(0, 12)))) return null;
  return key;
}

/** True when the lines contain the lead key. */
export function containsLead(lines: readonly string[], key: string): boolean {
  // The key has no spaces: a line holding it as written holds it squashed too (the usual case).
  return lines.some((line) => line.includes(key)) || squashSpaces(lines.join('')).includes(key);
}

/**
 * Lines of the container of the body text node that starts with the lead key (the paragraph's
 * parent, i.e. the story's body), or null when no text node in <body> holds it.
 */
export function findLeadLines(doc: Document, key: string): string[] | null {
  const body = doc.body;
  if (!body) return null;
  const stack: Node[] = [body];
  let seen = 0;
  while (stack.length && seen < MAX_TEXT_NODES) {
    const node = stack.pop()!;
    if (node.nodeType === 3) {
      seen++;
      // The lead opens its paragraph; a 核心提示：/摘要： box quoting it is a summary, not the story.
      if (squashSpaces(node.nodeValue ?? '').startsWith(key.slice(0, 12)) && !isInHeadingOrLink(node)) {
        const lines = linesOfContainer(node);
        // The container must hold more than a teaser: at least the description's key and more.
        if (lines && squashSpaces(lines.join('')).length >= key.length * 2) return lines;
      }
      continue;
    }
    if (node.nodeType !== 1) continue;
    const tag = (node as Element).tagName.toUpperCase();
    if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'NOSCRIPT' || tag === 'TEMPLATE') continue;
    const kids = node.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
  return null;
}

/** The lines of the block holding a text node: out of inline wrappers, then out of its paragraph. */
function linesOfContainer(text: Node): string[] | null {
  let el = text.parentElement;
  while (el && INLINE.has(el.tagName.toUpperCase())) el = el.parentElement;
  if (el && el.tagName.toUpperCase() === 'P' && el.parentElement) el = el.parentElement;
  if (!el || el.tagName.toUpperCase() === 'BODY') return null;
  const lines = collectLines(el);
  return lines.length ? lines : null;
}

/** True inside h1-h6, <a> or <title>: a lead sentence is a paragraph, never a link or heading. */
function isInHeadingOrLink(node: Node): boolean {
  for (let el = node.parentElement, i = 0; el && i < 6; el = el.parentElement, i++) {
    if (/^(?:H[1-6]|A|TITLE)$/.test(el.tagName.toUpperCase())) return true;
  }
  return false;
}
