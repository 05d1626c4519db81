/**
 * Document -> BulletinDraft: the one entry point the content script, the CLI and the eval call.
 * Finds the text (article / selection / whole page), reads what the page template says (title,
 * publish time, source, site) and hands the lines to the bulletin parser. Never mutates `doc`.
 * Standard DOM only: runs on a browser Document, linkedom and jsdom alike.
 */
import { emptyDraft, joinParagraphs, type BulletinDraft } from '../bulletin/model';
import { fail, ok, type Result } from '../bulletin/result';
import { findArticleLines } from './article-lines';
import { collectLines } from './lines';
import { readLineMeta } from './line-meta';
import { readPageMeta } from './page-meta';
import { chooseTitleHint } from './title-hint';
import { readTitleSuffix } from './title';
import { parseInterim } from './interim-parse';

/** How to extract. */
export interface ExtractOptions {
  /** The page URL (default: doc.URL when it is an http(s) URL). */
  url?: string | null;
  /** article: Readability + fallback; selection: the current selection; page: all visible body text. */
  mode?: 'article' | 'selection' | 'page';
  /** Reserved for time-relative dates (今天, 3小时前); unused so far. */
  now?: Date;
}

/** Page lines read for metadata at most (the info line sits near the top). */
const META_LINES = 400;

/** Extracts a bulletin draft from a page; fails with no_article or empty_selection. */
export function extractBulletin(doc: Document, options: ExtractOptions = {}): Result<BulletinDraft> {
  const mode = options.mode ?? 'article';
  let lines: string[];
  if (mode === 'selection') {
    lines = readSelectionLines(doc);
    if (!lines.length) return fail('empty_selection', 'nothing is selected');
  } else if (mode === 'page') {
    lines = doc.body ? collectLines(doc.body) : [];
    if (!lines.length) return fail('no_article', 'the page has no visible text');
  } else {
    const found = findArticleLines(doc);
    if (!found) return fail('no_article', 'no article found on the page');
    lines = found.lines;
  }
  const meta = readPageMeta(doc);
  const url = options.url ?? readDocumentUrl(doc);
  const siteName = meta.siteName ?? readTitleSuffix(meta.documentTitle) ?? readHost(url);
  const titleHint = chooseTitleHint(doc, meta, siteName);
  const pageLines = doc.body ? collectLines(doc.body, { maxChars: 200_000 }).slice(0, META_LINES) : [];
  const lineMeta = readLineMeta(pageLines, titleHint);
  const parsed = parseInterim(lines, titleHint);
  if (!parsed.paragraphs.length && mode === 'article') return fail('no_article', 'the article has no text');
  const draft: BulletinDraft = {
    ...emptyDraft(mode),
    title: parsed.title || titleHint || '',
    publishedAt: meta.publishedAt ?? lineMeta.publishedAt,
    source: meta.source ?? lineMeta.source,
    author: meta.author ?? lineMeta.author,
    url,
    siteName,
    paragraphs: parsed.paragraphs,
    text: joinParagraphs(parsed.paragraphs),
  };
  draft.date = draft.date ?? draft.publishedAt?.slice(0, 10) ?? null;
  return ok(draft);
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
