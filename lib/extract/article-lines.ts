/**
 * Finds the article of a page and returns it as lines: tuned Readability passes first, then the
 * densest-block fallback. Cost is bounded: pages past MAX_ELEMENTS skip Readability (whose clone
 * and scoring grow with the DOM) and go straight to the single-walk fallback.
 */
import { collectLines } from './lines';
import { extractFallbackLines } from './fallback';
import { hasTailMarker, trimArticleTail } from './trim-tail';
import { containsLead, findLeadLines, readLeadKey } from './lead-anchor';
import { runReadabilityPass, countTextChars, type ReadabilityArticle } from './readability-pass';
import { findFirstPost } from './post-list';

/** Elements above which Readability is not attempted (a 2 MB CMS page has ~40k). */
export const MAX_ELEMENTS = 60_000;
/**
 * Nesting depth above which Readability is not attempted: its cost grows with depth cubed
 * (measured in linkedom: 500 levels 2.5 s, 1,000 levels 21 s); real pages stay under ~60.
 */
export const MAX_DEPTH = 200;
/** A strict pass whose article is shorter than this is retried with Readability's defaults. */
const MIN_STRICT_CHARS = 80;

/** The article found on a page. */
export interface ArticleLines {
  lines: string[];
  via: 'readability' | 'lead' | 'fallback' | 'post';
  readability: ReadabilityArticle | null;
  /** The article's own title when the finder knows it better than the page (a post list's first post). */
  title?: string | null;
}

/** Returns the article's lines, or null when neither Readability nor the fallback finds text. */
export function findArticleLines(doc: Document, description: string | null = null, title: string | null = null): ArticleLines | null {
  const post = findFirstPost(doc);
  if (post) return { lines: trimArticleTail(post.lines, post.lines), via: 'post', readability: null, title: post.title };
  let article: ReadabilityArticle | null = null;
  if (!exceedsDomLimits(doc, MAX_ELEMENTS, MAX_DEPTH)) {
    article = runReadabilityPass(doc, { charThreshold: 100 });
    if (!article || article.textLength < MIN_STRICT_CHARS) {
      const second = runReadabilityPass(doc, {});
      if (second && (!article || second.textLength > article.textLength)) article = second;
    }
  }
  // The densest block (a walk of the whole page) is needed only to place a tail cut, or as
  // the fallback when Readability found nothing.
  let dense: string[] | null = null;
  const denseLines = (): string[] => (dense ??= extractFallbackLines(doc));
  const key = readLeadKey(description, title ?? doc.title ?? null);
  if (article) {
    const found = collectLines(article.root);
    const lines = hasTailMarker(found) ? trimArticleTail(found, denseLines()) : found;
    if (countTextChars(lines.join('')) > 0) {
      // Readability's block lacks the story's lead sentence: the block that has it is the story.
      const lead = key && !containsLead(lines, key) ? findLeadLines(doc, key) : null;
      if (lead) return { lines: trimArticleTail(lead, lead), via: 'lead', readability: article };
      return { lines, via: 'readability', readability: article };
    }
  }
  const fallback = denseLines();
  return fallback.length ? { lines: fallback, via: 'fallback', readability: article } : null;
}

/**
 * True when the page has more than `maxElements` elements or nests deeper than `maxDepth`.
 * One iterative walk with an early exit (linkedom's getElementsByTagName('*') returns nothing).
 */
export function exceedsDomLimits(doc: Document, maxElements: number, maxDepth: number): boolean {
  const root = doc.documentElement;
  if (!root) return false;
  const stack: Array<[Element, number]> = [[root, 1]];
  let count = 0;
  while (stack.length) {
    const [el, depth] = stack.pop()!;
    if (++count > maxElements || depth > maxDepth) return true;
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) stack.push([c, depth + 1]);
  }
  return false;
}
