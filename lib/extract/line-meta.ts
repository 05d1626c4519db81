/**
 * The CMS "info line" under an article title: `发布时间：2021-03-22 16:05 来源：河南省科协
 * 浏览次数：1024`, `2005-07-31 12:30 新华网`, `作者：张三 责任编辑：李四`. Readability drops or
 * keeps it at random; this module reads it from the page's lines around the title.
 */
import { findDateTimes } from './date-text';
import { squashSpaces, squashesTo } from '../text/spacing';

/** Metadata read from a page's text lines. */
export interface LineMeta {
  publishedAt: string | null;
  source: string | null;
  author: string | null;
}

const DATE_LABEL = /(?:发布|發布|发表|發表|更新|上传|录入|刊发|公开|成文)?(?:时间|時間|日期)\s*[:：]?|(?:发表|發表|发布|發布|发帖|posted)\s*(?:于|於|on)|于\s*(?=(?:19|20)\d{2}\s*年[^。]{0,40}发表)/i;
const SOURCE_RE = /(?:来源|來源|稿源|出处|出處|信息来源|文章来源)\s*[:：]\s*([^\s|｜【】[\]]{1,40}?)(?=\s|$|\||｜|作者|编辑|責任|责任|浏览|点击|阅读|发布|时间|日期|【)/;
const AUTHOR_RE = /(?:作者|记者|撰稿|撰文|文\s*\/|供稿)\s*[:：]?\s*([^\s|｜【】[\]]{1,30}?)(?=\s|$|\||｜|来源|编辑|责任|浏览|点击|发布|时间|日期|【)/;
/** How many lines after the title the info line may sit (breadcrumbs, share bars in between). */
const WINDOW_AFTER = 8;
const WINDOW_BEFORE = 3;

/** Which fields a caller still needs (the page's metas may have given the others). */
export interface LineMetaNeed {
  publishedAt: boolean;
  source: boolean;
  author: boolean;
}

const ALL: LineMetaNeed = { publishedAt: true, source: true, author: true };
/** Lines read from the top when there is no title to look for. */
const TOP_LINES = 40;

/**
 * Reads publish time, source and author from the lines around the title line (or the top of
 * the page). Fields not in `need` are left null without being looked for.
 */
export function readLineMeta(lines: readonly string[], title: string | null, need: LineMetaNeed = ALL): LineMeta {
  const at = findTitleLine(lines, title);
  const result = readNear(lines, at, need);
  if (need.publishedAt && !result.publishedAt) result.publishedAt = findLabelledDateAnywhere(lines);
  return result;
}

/**
 * readLineMeta from the first lines of a page only, when they settle it: the title line is
 * among them with its whole window after it, and the window has a date if one is needed.
 * Then `meta` is what readLineMeta gives on all the page's lines. Otherwise `want` is how many
 * lines would settle it (the title line's window end), or 0 when more lines may not.
 */
export function readLineMetaFromTop(
  top: readonly string[],
  title: string | null,
  need: LineMetaNeed = ALL,
): { meta: LineMeta; want?: undefined } | { meta?: undefined; want: number } {
  let at: number;
  if (!title || !squashSpaces(title)) at = -1;
  else {
    // Only an exact title line settles where the window is: a later line could still be exact.
    at = findExactTitleLine(top, squashSpaces(title));
    if (at < 0) return { want: 0 };
  }
  const want = at < 0 ? TOP_LINES : at + WINDOW_AFTER + 1;
  if (want > top.length) return { want };
  const result = readNear(top, at, need);
  return need.publishedAt && !result.publishedAt ? { want: 0 } : { meta: result };
}

/** The fields found in the window around line `at` (the top of the page when -1). */
function readNear(lines: readonly string[], at: number, need: LineMetaNeed): LineMeta {
  const from = Math.max(0, at - WINDOW_BEFORE);
  const to = Math.min(lines.length, (at < 0 ? 0 : at) + WINDOW_AFTER + 1);
  const near = lines.slice(at < 0 ? 0 : from, at < 0 ? Math.min(lines.length, TOP_LINES) : to);
  const result: LineMeta = { publishedAt: null, source: null, author: null };
  if (need.publishedAt) {
    // Labelled dates win over bare ones: the bare one may be "today" in a page header.
    for (const line of near) if (!result.publishedAt && DATE_LABEL.test(line)) result.publishedAt = firstLabelledDate(line);
    for (const line of near) if (!result.publishedAt) result.publishedAt = findDateTimes(line)[0] ?? null;
  }
  for (const line of near) {
    if (need.source && !result.source) result.source = SOURCE_RE.exec(line)?.[1] ?? null;
    if (need.author && !result.author && line.length < 120) result.author = AUTHOR_RE.exec(line)?.[1] ?? null;
  }
  return result;
}

/** Index of the line equal to (or containing) the title, or -1. */
export function findTitleLine(lines: readonly string[], title: string | null): number {
  if (!title) return -1;
  const t = squashSpaces(title);
  if (!t) return -1;
  let contains = -1;
  const first = t[0]!;
  for (let i = 0; i < lines.length; i++) {
    // A line holding the title holds its first character: most lines are ruled out unsquashed.
    if (!lines[i]!.includes(first)) continue;
    const l = squashSpaces(lines[i]!);
    if (l === t) return i;
    if (contains < 0 && l.length < t.length * 2 + 10 && l.includes(t)) contains = i;
  }
  return contains;
}

/** Index of the first line equal to the (squashed) title, or -1. */
function findExactTitleLine(lines: readonly string[], t: string): number {
  return lines.findIndex((line) => squashesTo(line, t));
}

/** The date right after a 发布时间/日期 label in a line, else the line's first date. */
function firstLabelledDate(line: string): string | null {
  const m = DATE_LABEL.exec(line);
  const after = m ? line.slice(m.index) : line;
  return findDateTimes(after)[0] ?? findDateTimes(line)[0] ?? null;
}

/** A 发布时间-labelled date on any short line of the page (info lines far from the title). */
function findLabelledDateAnywhere(lines: readonly string[]): string | null {
  for (const line of lines) {
    if (line.length > 120 || !/(?:发布|發布|发表|發表)(?:时间|時間|日期|于|於)|于\s*(?:19|20)\d{2}\s*年[^。]{0,40}发表/.test(line)) continue;
    const d = firstLabelledDate(line);
    if (d) return d;
  }
  return null;
}
