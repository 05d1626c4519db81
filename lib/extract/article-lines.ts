/**
 * Finds the article of a page and returns it as lines: tuned Readability passes first, then the
 * densest-block fallback. Cost is bounded: pages past MAX_ELEMENTS skip Readability (whose clone
 * and scoring grow with the DOM) and go straight to the single-walk fallback.
 */
import { collectLines } from './lines';
import { extractFallbackLines } from './fallback';
import { runReadabilityPass, countTextChars, type ReadabilityArticle } from './readability-pass';

/** Elements above which Readability is not attempted (a 2 MB CMS page has ~40k). */
export const MAX_ELEMENTS = 60_000;
/** A strict pass whose article is shorter than this is retried with Readability's defaults. */
const MIN_STRICT_CHARS = 80;

/** The article found on a page. */
export interface ArticleLines {
  lines: string[];
  via: 'readability' | 'fallback';
  readability: ReadabilityArticle | null;
}

/** Returns the article's lines, or null when neither Readability nor the fallback finds text. */
export function findArticleLines(doc: Document): ArticleLines | null {
  const elements = doc.getElementsByTagName('*').length;
  let article: ReadabilityArticle | null = null;
  if (elements <= MAX_ELEMENTS) {
    article = runReadabilityPass(doc, { charThreshold: 100 });
    if (!article || article.textLength < MIN_STRICT_CHARS) {
      const second = runReadabilityPass(doc, {});
      if (second && (!article || second.textLength > article.textLength)) article = second;
    }
  }
  if (article) {
    const lines = collectLines(article.root);
    if (countTextChars(lines.join('')) > 0) return { lines, via: 'readability', readability: article };
  }
  const lines = extractFallbackLines(doc);
  return lines.length ? { lines, via: 'fallback', readability: article } : null;
}
