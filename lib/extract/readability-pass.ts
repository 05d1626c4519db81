/**
 * Readability, tuned for Chinese pages and always run on a clone (it mutates what it parses).
 *
 * Why the tuning: with the default 500-character threshold a short bulletin fails the first,
 * strict pass and Readability retries with its "unlikely candidates" filter off, which brings
 * back navigation and sidebars. A low threshold keeps the strict pass; a second pass with the
 * defaults runs only when the strict one found nearly nothing.
 */
import { Readability } from '@mozilla/readability';
import { squashSpaces } from '../text/spacing';

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
    revealDeferredContent(clone);
    removeWidgetChrome(clone);
    const reader = new Readability<Element>(clone, {
      charThreshold: options.charThreshold ?? 500,
      nbTopCandidates: options.nbTopCandidates ?? 5,
      // Only text lines are read from the result: class clean-up and JSON-LD metadata are work for nothing.
      keepClasses: true,
      disableJSONLD: true,
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

/** Text above which a visibility:hidden block is taken for content waiting for a script. */
const DEFERRED_MIN_CHARS = 200;

/**
 * Un-hides visibility:hidden blocks that hold real text. Pages such as WeChat articles
 * (#js_content) ship the body hidden and reveal it from a script; a saved copy never runs the
 * script, and Readability drops invisible nodes. display:none stays hidden: that is usually a
 * closed menu or a template. Mutates the clone only.
 */
export function revealDeferredContent(clone: Document): void {
  // The attribute selector runs natively; most pages have no hidden style at all.
  const styled = clone.querySelectorAll('[style*="hidden" i]');
  for (let i = 0; i < styled.length; i++) {
    const el = styled[i]!;
    const style = el.getAttribute('style') ?? '';
    if (!/visibility\s*:\s*hidden/i.test(style)) continue;
    if (countTextChars(el.textContent ?? '') < DEFERRED_MIN_CHARS) continue;
    el.setAttribute('style', style.replace(/visibility\s*:\s*hidden\s*;?/gi, ''));
  }
}

/**
 * Widgets inside the article's container whose text is no article text. Wiki pages: MediaWiki's
 * navigation boxes (.navbox, collapsed: a browser shows their title bar only), the [编辑] links
 * beside every section heading (.mw-editsection), and the body of blocks collapsed by default
 * (a browser shows their header only). Video pages: the player (a class ending in `player`:
 * video-player, mplayer, xgplayer), whose text is its controls (倍速 2.0X, 高清, 00:00/00:00)
 * and error messages. Mutates the clone only.
 */
export function removeWidgetChrome(clone: Document): void {
  const found = clone.querySelectorAll(
    '.navbox, .mw-editsection, .mw-collapsed .mw-collapsible-content, .mw-collapsed tr + tr, .NavFrame.collapsed > .NavContent, [class$="player" i], [class*="player " i]',
  );
  for (let i = 0; i < found.length; i++) found[i]!.remove();
}

/** Counts non-whitespace characters. */
export function countTextChars(s: string): number {
  return squashSpaces(s).length;
}
