/**
 * Which string is the article's title. Chinese pages offer several candidates: an <h1> (which
 * is sometimes the site logo), CMS metas (ArticleTitle), Open Graph, and the <title> with its
 * `_栏目_站点` suffix. The <title> is the referee: a heading it contains is the article title.
 */
import type { PageMeta } from './page-meta';
import { stripTitleSuffix } from './title';

const HEADING_SELECTOR = 'h1, h2, h3, .title, .article-title, .tit, #title, [class*="title"]';
/** Headings examined at most (pages with hundreds of h3 in link lists). */
const MAX_HEADINGS = 60;

/** Picks the title hint: meta ArticleTitle/og:title, a heading the <title> contains, else the stripped <title>. */
export function chooseTitleHint(doc: Document, meta: PageMeta, siteName: string | null): string | null {
  const docTitle = meta.documentTitle;
  if (meta.articleTitle) {
    const t = stripTitleSuffix(meta.articleTitle, siteName);
    if (t.length >= 2) return t;
  }
  const squashedDocTitle = squash(docTitle);
  const headings = doc.querySelectorAll(HEADING_SELECTOR);
  let best: string | null = null;
  for (let i = 0; i < headings.length && i < MAX_HEADINGS; i++) {
    const text = (headings[i]!.textContent ?? '').replace(/\s+/g, ' ').trim();
    const s = squash(text);
    // Four characters at least: a heading like 新闻 or 首页 is inside most titles by accident.
    if (s.length < 4 || s.length > 200 || !squashedDocTitle.includes(s)) continue;
    if (!best || s.length > squash(best).length) best = text;
  }
  if (best && squash(best).length >= squash(stripTitleSuffix(docTitle, siteName)).length * 0.6) return best;
  const stripped = stripTitleSuffix(docTitle, siteName);
  if (stripped) return stripped;
  const h1 = doc.querySelector('h1')?.textContent?.replace(/\s+/g, ' ').trim();
  return h1 || null;
}

/** Removes whitespace for containment tests. */
function squash(s: string): string {
  return s.replace(/[\s\u3000\u00a0]+/g, '');
}
