/**
 * Readability, tuned for Chinese pages and always run on a clone (it mutates what it parses).
 *
 * Why the tuning: with the default 500-character threshold a short bulletin fails the first,
 * strict pass and Readability retries with its "unlikely candidates" filter off, which brings
 * back navigation and sidebars. A low threshold keeps the strict pass; a second pass with the
 * defaults runs only when the strict one found nearly nothing.
 */
import { Readability } from '@mozilla/readability';

/** The article Readability found: its content element (detached, in the clone) and metadata. */
export interface ReadabilityArticle {
  root: Element;
  title: string | null;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  /** Characters of text (whitespace excluded) in the article. */
  textLength: number;
}

/** Options of one Readability pass. */
export interface PassOptions {
  charThreshold?: number;
  nbTopCandidates?: number;
}

/** Runs Readability once on a deep clone of `doc`; null when it finds nothing or throws. */
export function runReadabilityPass(doc: Document, options: PassOptions = {}): ReadabilityArticle | null {
  const clone = doc.cloneNode(true) as Document;
  try {
    const reader = new Readability<Element>(clone, {
      charThreshold: options.charThreshold ?? 500,
      nbTopCandidates: options.nbTopCandidates ?? 5,
      keepClasses: false,
      serializer: (node: Node) => node as Element,
    });
    const parsed = reader.parse();
    if (!parsed?.content) return null;
    return {
      root: parsed.content,
      title: parsed.title ?? null,
      byline: parsed.byline ?? null,
      siteName: parsed.siteName ?? null,
      publishedTime: parsed.publishedTime ?? null,
      textLength: countTextChars(parsed.textContent ?? ''),
    };
  } catch {
    // Readability can throw on malformed DOMs (linkedom quirks); the fallback extractor takes over.
    return null;
  }
}

/** Counts non-whitespace characters. */
export function countTextChars(s: string): number {
  return s.replace(/[\s\u3000\u00a0]+/g, '').length;
}
