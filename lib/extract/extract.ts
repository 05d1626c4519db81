/**
 * Document -> BulletinDraft: the one entry point the content script, the CLI and the eval call.
 * Finds the text (article / selection / whole page), reads what the page template says (title,
 * publish time, source, site) and hands the lines to the bulletin parser. Never mutates `doc`.
 * Standard DOM only: runs on a browser Document, linkedom and jsdom alike.
 */
import { emptyDraft, joinParagraphs, type BulletinDraft } from '../bulletin/model';
import { fail, ok, type Result } from '../bulletin/result';
import { findArticleLines } from './article-lines';
import { countTextChars } from './readability-pass';
import { squashSpaces, squashesTo } from '../text/spacing';
import { collectLines, LineReader } from './lines';
import { readLineMeta, readLineMetaFromTop, type LineMeta, type LineMetaNeed } from './line-meta';
import { readPageMeta } from './page-meta';
import { chooseTitleHint } from './title-hint';
import { readTitleSuffix } from './title';
import { findUrlDate } from './date-text';
import { parseBulletin } from '../bulletin/parse';

/** How to extract. */
export interface ExtractOptions {
  /** The page URL (default: doc.URL when it is an http(s) URL). */
  url?: string | null;
  /** article: Readability + fallback; selection: the current selection; page: all visible body text. */
  mode?: 'article' | 'selection' | 'page';
  /** Reserved for time-relative dates (今天, 3小时前); unused so far. */
  now?: Date;
}

/**
 * An article shorter than this (non-space characters) is a page without one: navigation
 * labels or a stray line. The popup then offers the selection or the whole page instead,
 * which is the better way to keep a one-line notice anyway.
 */
const MIN_ARTICLE_CHARS = 50;
/** A title hint no line can match (see the selection case in extractBulletin). */
const NO_TITLE = '\u0000';

/** Page lines read for metadata at most (the info line sits near the top). */
const META_LINES = 400;
/** Page lines read first for metadata; more only while the top does not settle it. */
const META_FIRST_LINES = 16;

/** Extracts a bulletin draft from a page; fails with no_article or empty_selection. */
export function extractBulletin(doc: Document, options: ExtractOptions = {}): Result<BulletinDraft> {
  const mode = options.mode ?? 'article';
  const meta = readPageMeta(doc);
  let lines: string[];
  let articleTitle: string | null = null;
  if (mode === 'selection') {
    lines = readSelectionLines(doc);
    if (!lines.length) return fail('empty_selection', 'nothing is selected');
  } else if (mode === 'page') {
    lines = doc.body ? collectLines(doc.body) : [];
    if (!lines.length) return fail('no_article', 'the page has no visible text');
  } else {
    const found = findArticleLines(doc, meta.description);
    if (!found) return fail('no_article', 'no article found on the page');
    lines = found.lines;
    articleTitle = found.title ?? null;
  }
  const url = options.url ?? readDocumentUrl(doc);
  const siteName = meta.siteName ?? readTitleSuffix(meta.documentTitle) ?? readHost(url);
  const titleHint = articleTitle ?? chooseTitleHint(doc, meta, siteName);
  // The info line fills only what the page's metas leave open.
  const need: LineMetaNeed = { publishedAt: !meta.publishedAt, source: !meta.source, author: !meta.author };
  const lineMeta = readPageLineMeta(doc, titleHint, need);
  // A selection is all body: with no page title to match, a hint that matches no line keeps the
  // parser from promoting the first selected sentence to a title.
  const hint = mode === 'selection' ? (titleHint ?? NO_TITLE) : titleHint;
  const parsed = parseBulletin({ lines: dropRepeatedTitle(lines, titleHint), titleHint: hint });
  if (parsed.title === NO_TITLE || !parsed.title) parsed.title = describeFirstSentence(parsed.paragraphs[0] ?? '');
  if (mode === 'article' && !hasTextChars(parsed.paragraphs, MIN_ARTICLE_CHARS)) {
    return fail('no_article', 'the article has no text');
  }
  // The page template (metas, the info line under the title) is more reliable than whatever
  // meta line survived inside the article; the parser's values fill the gaps.
  // A date in the URL path (/2005/07/31/, t20210322_) is the CMS's own filing date: last resort.
  const publishedAt = meta.publishedAt ?? lineMeta.publishedAt ?? parsed.publishedAt ?? (url ? findUrlDate(url) : null);
  const draft: BulletinDraft = {
    ...emptyDraft(mode),
    ...parsed,
    title: parsed.title || titleHint || '',
    date: parsed.date ?? publishedAt?.slice(0, 10) ?? null,
    publishedAt,
    source: meta.source ?? lineMeta.source ?? parsed.source,
    author: meta.author ?? lineMeta.author ?? parsed.author,
    url,
    siteName,
    text: joinParagraphs(parsed.paragraphs),
  };
  return ok(draft);
}

const NO_LINE_META: LineMeta = { publishedAt: null, source: null, author: null };

/**
 * readLineMeta on the page's lines (at most META_LINES), reading only as far down the page as
 * it takes: the title line and the info line under it usually sit near the top.
 */
function readPageLineMeta(doc: Document, title: string | null, need: LineMetaNeed): LineMeta {
  if (!need.publishedAt && !need.source && !need.author) return NO_LINE_META;
  if (!doc.body) return readLineMeta([], title, need);
  const reader = new LineReader(doc.body, { maxChars: 200_000 });
  for (let n = META_FIRST_LINES; n < META_LINES; ) {
    const top = reader.read(n);
    if (reader.done) break;
    const found = readLineMetaFromTop(top, title, need);
    if (found.meta) return found.meta;
    // Just as far as the title line's window when it is known, else twice as far.
    n = found.want > top.length ? found.want : n * 2;
  }
  reader.read(META_LINES);
  return readLineMeta(reader.finish(), title, need);
}

/**
 * Keeps only the last of several title lines at the top: CMS pages print the title as an <h1>
 * and again inside the pasted bulletin under its masthead; the parser must see the masthead
 * above the title, not after it.
 */
export function dropRepeatedTitle(lines: readonly string[], title: string | null): string[] {
  if (!title) return [...lines];
  const key = squashSpaces(title);
  const hits: number[] = [];
  for (let i = 0; i < Math.min(lines.length, 12); i++) if (squashesTo(lines[i]!, key)) hits.push(i);
  if (hits.length < 2) return [...lines];
  const drop = new Set(hits.slice(0, -1));
  return lines.filter((_, i) => !drop.has(i));
}

/** True when the texts hold at least `min` non-whitespace characters (counted until reached). */
function hasTextChars(texts: readonly string[], min: number): boolean {
  let n = 0;
  for (const t of texts) if ((n += countTextChars(t, min - n)) >= min) return true;
  return false;
}

/** The selection's lines, keeping its block structure when the DOM can clone the range. */
function readSelectionLines(doc: Document): string[] {
  const sel = typeof doc.getSelection === 'function' ? doc.getSelection() : null;
  if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return [];
  const lines: string[] = [];
  for (let i = 0; i < sel.rangeCount; i++) {
    const range = sel.getRangeAt(i);
    const fragment = typeof range.cloneContents === 'function' ? range.cloneContents() : null;
    const got = fragment ? collectLines(fragment) : [];
    lines.push(...(got.length ? got : range.toString().split(/\r?\n/).map((l) => l.trim()).filter(Boolean)));
  }
  return lines;
}

/** A stand-in title from the first sentence of a paragraph (at most 30 characters). */
function describeFirstSentence(paragraph: string): string {
  const sentence = /^[^。！？!?]{1,30}/.exec(paragraph)?.[0] ?? paragraph.slice(0, 30);
  return sentence.length < paragraph.length && sentence.length === 30 ? `${sentence}…` : sentence;
}

/** doc.URL when it is a web URL (about:blank and linkedom's undefined are not). */
function readDocumentUrl(doc: Document): string | null {
  const u = (doc as { URL?: string }).URL;
  return u && /^https?:/i.test(u) ? u : null;
}

/** The host of a URL, for siteName when nothing better exists. */
function readHost(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).host || null;
  } catch {
    return null;
  }
}
