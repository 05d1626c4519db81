/**
 * Runs our extractor and raw Readability (default options, on the same DOM, in the same run)
 * over the eval pages and aggregates the figures `npm run eval` prints and the eval test asserts.
 */
import { readFileSync } from 'node:fs';
import { parseHtmlDocument } from '../../cli/dom';
import { Readability } from '@mozilla/readability';
import { decodeHtml } from '../../lib/extract/decode';
import { extractBulletin } from '../../lib/extract/extract';
import { readPageMeta } from '../../lib/extract/page-meta';
import { normalizeDateTime } from '../../lib/extract/date-text';
import type { EvalCase } from './dataset';
import { composeReadingText, isDateRight, isTitleClean, scoreBigramF1 } from './score';

/** One extractor's result on one page. */
export interface SideResult {
  /** Body character-bigram F1 (0 when the extractor returned nothing). */
  f1: number;
  found: boolean;
  date: string | null;
  dateRight: boolean | null;
  title: string;
  titleClean: boolean;
}

/** Both extractors on one page. */
export interface CaseResult {
  id: string;
  truthDate: string | null;
  ours: SideResult;
  raw: SideResult;
}

/** Figures over all pages for one extractor. */
export interface Summary {
  pages: number;
  f1Mean: number;
  f1Min: number;
  atLeast90: number;
  noResult: number;
  /** Pages whose ground truth gives a full day (YYYY-MM-DD): the date bar is measured on these. */
  datePages: number;
  dateRight: number;
  /** Pages whose ground truth has only a year or year-month (北京之春 1998年3月号): reported apart. */
  partialDatePages: number;
  partialDateRight: number;
  titleClean: number;
}

/** A side that was not run (the test skips the baseline to halve its time). */
const NOT_RUN: SideResult = { f1: 0, found: false, date: null, dateRight: null, title: '', titleClean: false };

/** Scores one page with our extractor and, unless `baseline` is false, raw Readability. */
export function evaluateCase(c: EvalCase, options: { baseline?: boolean } = {}): CaseResult {
  const html = restoreWrapperTitle(decodeHtml(new Uint8Array(readFileSync(c.htmlPath))));
  const document = parseHtmlDocument(html);
  const docTitle = readPageMeta(document).documentTitle;
  const result = extractBulletin(document, { url: c.url });
  const draft = result.ok ? result.value : null;
  const ourDate = draft ? (draft.publishedAt ?? draft.date) : null;
  const ours: SideResult = {
    f1: draft ? scoreBigramF1(composeReadingText(draft), c.body) : 0,
    found: !!draft,
    date: ourDate,
    dateRight: c.date ? isDateRight(ourDate, c.date) : null,
    title: draft?.title ?? '',
    titleClean: isTitleClean(draft?.title, docTitle),
  };
  if (options.baseline === false) return { id: c.id, truthDate: c.date, ours, raw: NOT_RUN };
  let rawArticle: ReturnType<Readability['parse']> = null;
  try {
    rawArticle = new Readability(document.cloneNode(true) as Document).parse();
  } catch {
    rawArticle = null;
  }
  const rawDate = rawArticle?.publishedTime ? normalizeDateTime(rawArticle.publishedTime) : null;
  const raw: SideResult = {
    f1: rawArticle ? scoreBigramF1(rawArticle.textContent ?? '', c.body) : 0,
    found: !!rawArticle,
    date: rawDate,
    dateRight: c.date ? isDateRight(rawDate, c.date) : null,
    title: rawArticle?.title ?? '',
    titleClean: isTitleClean(rawArticle?.title, docTitle),
  };
  return { id: c.id, truthDate: c.date, ours, raw };
}

/** Aggregates one side of the results. */
export function summarize(results: readonly CaseResult[], side: 'ours' | 'raw'): Summary {
  const rows = results.map((r) => r[side]);
  const f1s = rows.map((r) => r.f1);
  const fullDay = results.map((r) => (r.truthDate?.length ?? 0) === 10);
  const dated = rows.filter((r, i) => r.dateRight !== null && fullDay[i]);
  const partial = rows.filter((r, i) => r.dateRight !== null && !fullDay[i]);
  return {
    pages: rows.length,
    f1Mean: f1s.reduce((a, b) => a + b, 0) / Math.max(1, f1s.length),
    f1Min: f1s.length ? Math.min(...f1s) : 0,
    atLeast90: f1s.filter((f) => f >= 0.9).length,
    noResult: rows.filter((r) => !r.found).length,
    datePages: dated.length,
    dateRight: dated.filter((r) => r.dateRight).length,
    partialDatePages: partial.length,
    partialDateRight: partial.filter((r) => r.dateRight).length,
    titleClean: rows.filter((r) => r.titleClean).length,
  };
}

/**
 * The Chinese-Web-Content-Extraction-Dataset crawler wrapped pages in `<text title="…">` and
 * dropped some pages' <head>: put the page title back where a browser would have it.
 */
function restoreWrapperTitle(html: string): string {
  const m = /^\s*<text\b[^>]*\btitle="([^"]*)"/.exec(html);
  if (!m || /<title[\s>]/i.test(html)) return html;
  return `<title>${m[1]}</title>${html}`;
}
