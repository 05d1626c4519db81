/**
 * Blog home and archive pages: several posts in one template, each marked up as
 * `.post-title` (title, date) + `.post-body` (+ `.post-footer`), the Blogger convention that
 * many Chinese blog hosts (文学城 and kin) share. Readability takes them all with the sidebar,
 * or drops a post whose body holds an image and no <p>. The first post (the newest) is the
 * article: its title row, then its body.
 */
import { collectLines } from './lines';
import { countTextChars } from './readability-pass';

/** A first post shorter than this (non-space characters) is not taken for the article. */
const MIN_POST_CHARS = 30;

/** The first post of a post list: its title (the first .post-title's text) and lines. */
export interface FirstPost {
  title: string | null;
  lines: string[];
}

/** The elements findFirstPost reads. */
export const POST_MARKS = '.post-title, .post-body';

/** True for an element POST_MARKS selects. */
export function isPostMark(el: Element): boolean {
  return el.classList.contains('post-title') || el.classList.contains('post-body');
}

/**
 * The first post when the page lists two or more `.post-body` posts; else null. `marked`: the
 * page's POST_MARKS elements in document order, when the caller has queried them already.
 */
export function findFirstPost(doc: Document, marked: ArrayLike<Element> = doc.querySelectorAll(POST_MARKS)): FirstPost | null {
  let bodies = 0;
  let first: Element | null = null;
  const titles: Element[] = [];
  for (let i = 0; i < marked.length; i++) {
    const el = marked[i]!;
    if (!el.classList.contains('post-body')) {
      if (!first) titles.push(el);
      continue;
    }
    first ??= el;
    if (++bodies >= 2) break;
  }
  if (bodies < 2 || !first) return null;
  const body = collectLines(first);
  if (countTextChars(body.join('')) < MIN_POST_CHARS) return null;
  // The title row: the .post-title elements sharing a parent with the last one before the body.
  const last = titles[titles.length - 1];
  const row = last ? titles.filter((t) => t.parentNode === last.parentNode) : [];
  const title = row.length ? (collectLines(row[0]!)[0] ?? null) : null;
  return { title, lines: [...row.flatMap((t) => collectLines(t)), ...body] };
}
