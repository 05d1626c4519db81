/**
 * Finds the article of a page and returns it as lines: tuned Readability passes first, then the
 * densest-block fallback. Cost is bounded: pages past MAX_ELEMENTS skip Readability (whose clone
 * and scoring grow with the DOM) and go straight to the single-walk fallback.
 */
import { collectLines } from './lines';
import { extractFallbackLines } from './fallback';
import { hasTailMarker, trimArticleTail } from './trim-tail';
import { containsLead, findLeadLines, readLeadKey } from './lead-anchor';
import { runReadabilityPass, countTextChars, CLONE_PREP_SELECTOR, type ReadabilityArticle } from './readability-pass';
import { findFirstPost, isPostMark, POST_MARKS } from './post-list';

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
  // One query of the page for both the post list and what a Readability clone needs changed
  // (most pages have neither: the clone then is not queried at all).
  const marked = doc.querySelectorAll(`${POST_MARKS}, ${CLONE_PREP_SELECTOR}`);
  const postMarks: Element[] = [];
  let prepare = false;
  for (let i = 0; i < marked.length; i++) {
    const el = marked[i]!;
    if (!isPostMark(el)) prepare = true;
    else {
      postMarks.push(el);
      if (!prepare && el.matches(CLONE_PREP_SELECTOR)) prepare = true;
    }
  }
  const post = findFirstPost(doc, postMarks);
  if (post) return { lines: trimArticleTail(post.lines, post.lines), via: 'post', readability: null, title: post.title };
  let article: ReadabilityArticle | null = null;
  if (!exceedsDomLimits(doc, MAX_ELEMENTS, MAX_DEPTH)) {
    article = runReadabilityPass(doc, { charThreshold: 100, prepare });
    if (!article || countTextChars(article.text, MIN_STRICT_CHARS) < MIN_STRICT_CHARS) {
      const second = runReadabilityPass(doc, { prepare });
      if (second && (!article || countTextChars(second.text) > countTextChars(article.text))) article = second;
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
    if (lines.some((line) => countTextChars(line, 1) > 0)) {
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
 * One walk by sibling pointers with an early exit, allocating nothing (linkedom's
 * getElementsByTagName('*') returns nothing).
 */
export function exceedsDomLimits(doc: Document, maxElements: number, maxDepth: number): boolean {
  const root = doc.documentElement;
  if (!root) return false;
  let el: Element | null = root;
  let depth = 1;
  let count = 0;
  while (el) {
    if (++count > maxElements || depth > maxDepth) return true;
    const child: Element | null = el.firstElementChild;
    if (child) {
      el = child;
      depth++;
      continue;
    }
    while (el && el !== root && !el.nextElementSibling) {
      el = el.parentElement;
      depth--;
    }
    el = el && el !== root ? el.nextElementSibling : null;
  }
  return false;
}
