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
  /** The article's text (Readability's textContent); countTextChars gives its length. */
  text: string;
}

/** Options of one Readability pass. */
export interface PassOptions {
  charThreshold?: number;
  nbTopCandidates?: number;
  /**
   * False when the caller knows the page has no element CLONE_PREP_SELECTOR selects: the
   * clone then needs no prepareClone (a query of all of it).
   */
  prepare?: boolean;
}

/** Runs Readability once on a deep clone of `doc`; null when it finds nothing or throws. */
export function runReadabilityPass(doc: Document, options: PassOptions = {}): ReadabilityArticle | null {
  const clone = doc.cloneNode(true) as Document;
  try {
    if (options.prepare ?? true) prepareClone(clone);
    const reader = new Readability<Element>(clone, {
      charThreshold: options.charThreshold ?? 500,
      nbTopCandidates: options.nbTopCandidates ?? 5,
      // Only text lines are read from the result: class clean-up and JSON-LD metadata are work for nothing.
      keepClasses: true,
      disableJSONLD: true,
      serializer: (node: Node) => node as Element,
    });
    useCheapBylineTest(reader);
    useCheapVisibilityTest(reader);
    memoizeTextWhileCleaning(reader);
    skipPostProcessing(reader);
    const parsed = reader.parse();
    if (!parsed?.content) return null;
    return {
      root: parsed.content,
      title: parsed.title ?? null,
      byline: parsed.byline ?? null,
      siteName: parsed.siteName ?? null,
      publishedTime: parsed.publishedTime ?? null,
      text: parsed.textContent ?? '',
    };
  } catch {
    // Readability can throw on malformed DOMs (linkedom quirks); the fallback extractor takes over.
    return null;
  }
}

/** The part of Readability's private interface useCheapBylineTest relies on. */
interface BylineInternals {
  _isValidByline?: (node: Element, matchString: string) => boolean;
  REGEXPS?: { byline?: RegExp };
}

/**
 * Readability 0.6.0 tests every element it walks for a byline, and its test computes the
 * element's whole text (`textContent.trim()`: for <body> and every wrapper, the page again)
 * before the cheap tests that rule out nearly every element (rel="author", itemprop, a
 * class or id saying byline/author). The same test, in the cheap-first order, is one less
 * text copy of every subtree per page: about 5% of the pass at 20 KB. Same answer for every
 * element (see tests/lib/extract/readability-pass.test.ts); applied only when the private
 * method and its pattern are where 0.6.0 has them, so an upgrade falls back to the original.
 */
export function useCheapBylineTest(reader: object): void {
  const r = reader as BylineInternals;
  const byline = r.REGEXPS?.byline;
  if (typeof r._isValidByline !== 'function' || !(byline instanceof RegExp)) return;
  r._isValidByline = (node, matchString) => {
    if (node.getAttribute('rel') !== 'author' && !node.getAttribute('itemprop')?.includes('author') && !byline.test(matchString)) return false;
    const length = (node.textContent ?? '').trim().length;
    return length > 0 && length < 100;
  };
}

/** The part of Readability's private interface useCheapVisibilityTest relies on. */
interface VisibilityInternals {
  _isProbablyVisible?: (node: Element) => boolean;
}

/** Elements whose attributes may make Readability's visibility test say no. */
const MAY_BE_INVISIBLE = '[style], [hidden], [aria-hidden]';

/**
 * Readability asks every element it walks whether it is visible, and its test reads the
 * element's inline style object first. An element with no style, `hidden` or `aria-hidden`
 * attribute passes every part of the test, so the answer is true without building the style
 * object: most elements of a page (<p>, <span>, links, elements with a class). Others get
 * Readability's own test.
 */
export function useCheapVisibilityTest(reader: object): void {
  const r = reader as VisibilityInternals;
  const visible = r._isProbablyVisible;
  if (typeof visible !== 'function') return;
  r._isProbablyVisible = function (this: unknown, node: Element) {
    return !node.hasAttributes() || !node.matches(MAY_BE_INVISIBLE) || visible.call(this, node);
  };
}

/** The part of Readability's private interface memoizeTextWhileCleaning relies on. */
interface CleaningInternals {
  _cleanConditionally?: (e: Element, tag: string) => void;
  _getInnerText?: (e: Element, normalizeSpaces?: boolean) => string;
  _removeNodes?: (nodes: ArrayLike<Element>, filter?: RemoveFilter) => void;
}
type RemoveFilter = (this: unknown, node: Element, index: number, nodes: ArrayLike<Element>) => unknown;

/**
 * Readability's conditional clean-up (run on the article for forms, tables, lists and divs)
 * judges each element by its text several times over: the comma count, the heading, link and
 * text densities and the length each read `textContent` of the element again (six times for
 * a <div>), and the densities read the text of every list, link and text-ish element inside
 * it, again for each enclosing element judged. While it runs, the pass keeps each element's
 * text once read. The judging never changes the DOM; the clean-up's only change is the
 * removal of an element judged bad. Readability judges from the last element back, so a
 * removal changes no text read so far (those are of later elements and their insides);
 * the kept texts are dropped at each removal all the same, so the memo stays right whatever
 * order a later Readability judges in. Same articles with and without it on every eval
 * page (tests/lib/extract/readability-pass.test.ts); it spares 28% of the characters the
 * pass reads there, and about a tenth of the pass's time at 20 KB.
 */
export function memoizeTextWhileCleaning(reader: object): void {
  const r = reader as CleaningInternals;
  const { _cleanConditionally: clean, _getInnerText: innerText, _removeNodes: removeNodes } = r;
  if (typeof clean !== 'function' || typeof innerText !== 'function' || typeof removeNodes !== 'function') return;
  // The texts read during the current clean-up: normalised (Readability's default) and raw.
  let memo: { normalized: Map<Element, string>; raw: Map<Element, string> } | null = null;
  r._getInnerText = function (this: unknown, node: Element, normalizeSpaces?: boolean) {
    if (!memo) return innerText.call(this, node, normalizeSpaces);
    const texts = normalizeSpaces === undefined || normalizeSpaces ? memo.normalized : memo.raw;
    let text = texts.get(node);
    if (text === undefined) texts.set(node, (text = innerText.call(this, node, normalizeSpaces)));
    return text;
  };
  r._removeNodes = function (this: unknown, nodes: ArrayLike<Element>, filter?: RemoveFilter) {
    const kept = memo;
    if (!kept || !filter) return removeNodes.call(this, nodes, filter);
    return removeNodes.call(this, nodes, function (this: unknown, node, index, list) {
      const remove = filter.call(this, node, index, list);
      if (remove) {
        kept.normalized.clear();
        kept.raw.clear();
      }
      return remove;
    });
  };
  r._cleanConditionally = function (this: unknown, e: Element, tag: string) {
    memo = { normalized: new Map(), raw: new Map() };
    try {
      clean.call(this, e, tag);
    } finally {
      memo = null;
    }
  };
}

/**
 * Readability's last step readies the article's markup for display: it makes links and image
 * sources absolute (turning javascript: links into their text), unwraps a <div> or <section>
 * that holds just one other, and drops empty ones. The pass reads only the article's text
 * lines, which none of that changes (a block inside a block ends the same lines; an empty
 * block ends none), so it skips the step. tests/lib/extract/readability-pass.test.ts checks
 * the lines on every eval page.
 */
export function skipPostProcessing(reader: object): void {
  const r = reader as { _postProcessContent?: (article: Element) => void };
  if (typeof r._postProcessContent === 'function') r._postProcessContent = () => {};
}

/**
 * Prepares the clone for Readability in one query of it (the elements it acts on are few):
 *
 * - Un-hides visibility:hidden blocks that hold real text. Pages such as WeChat articles
 *   (#js_content) ship the body hidden and reveal it from a script; a saved copy never runs
 *   the script, and Readability drops invisible nodes. display:none stays hidden: that is
 *   usually a closed menu or a template.
 * - Removes widgets inside the article's container whose text is no article text. Wiki pages:
 *   MediaWiki's navigation boxes (.navbox, collapsed: a browser shows their title bar only),
 *   the [编辑] links beside every section heading (.mw-editsection), and the body of blocks
 *   collapsed by default (a browser shows their header only). Video pages: the player (a
 *   class ending in `player`: video-player, mplayer, xgplayer), whose text is its controls
 *   (倍速 2.0X, 高清, 00:00/00:00) and error messages.
 *
 * Mutates the clone only.
 */
function prepareClone(clone: Document): void {
  const found = clone.querySelectorAll(CLONE_PREP_SELECTOR);
  for (let i = 0; i < found.length; i++) {
    const el = found[i]!;
    // Document order: a hidden block's text is measured before a widget inside it goes;
    // a widget's own hidden descendants go with it either way.
    if (el.matches(WIDGET_CHROME)) el.remove();
    else revealIfDeferred(el);
  }
}

/** Elements with an inline style that may hide them (the attribute selector runs natively). */
const HIDDEN_STYLED = '[style*="hidden" i]';

/** Text above which a visibility:hidden block is taken for content waiting for a script. */
const DEFERRED_MIN_CHARS = 200;

/** Un-hides one visibility:hidden element when it holds real text. */
function revealIfDeferred(el: Element): void {
  const style = el.getAttribute('style') ?? '';
  if (!/visibility\s*:\s*hidden/i.test(style)) return;
  if (countTextChars(el.textContent ?? '', DEFERRED_MIN_CHARS) < DEFERRED_MIN_CHARS) return;
  el.setAttribute('style', style.replace(/visibility\s*:\s*hidden\s*;?/gi, ''));
}

/** The widgets prepareClone removes. */
const WIDGET_CHROME =
  '.navbox, .mw-editsection, .mw-collapsed .mw-collapsible-content, .mw-collapsed tr + tr, .NavFrame.collapsed > .NavContent, [class$="player" i], [class*="player " i]';

/** Every element prepareClone may change. */
export const CLONE_PREP_SELECTOR = `${WIDGET_CHROME}, ${HIDDEN_STYLED}`;

/** Characters counted per step when a limit allows stopping early. */
const COUNT_STEP = 256;

/**
 * Counts non-whitespace characters. With a `limit`, stops once it is reached (the count then
 * returned is at least `limit`): enough to compare a long text with a threshold.
 */
export function countTextChars(s: string, limit = Infinity): number {
  if (s.length <= COUNT_STEP || limit === Infinity) return squashSpaces(s).length;
  let n = 0;
  for (let at = 0; at < s.length && n < limit; at += COUNT_STEP) n += squashSpaces(s.slice(at, at + COUNT_STEP)).length;
  return n;
}
