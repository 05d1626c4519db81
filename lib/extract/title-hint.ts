/**
 * Which string is the article's title. Chinese pages offer several candidates: an <h1> (which
 * is sometimes the site logo), CMS metas (ArticleTitle), Open Graph, and the <title> with its
 * `_栏目_站点` suffix. The <title> is the referee: a heading it contains is the article title.
 */
import type { PageMeta } from './page-meta';
import { readTitleHead, stripTitleSuffix } from './title';
import { squashSpaces } from '../text/spacing';

const HEADING_TAGS = new Set(['H1', 'H2', 'H3']);
/** Headings examined at most (pages with hundreds of h3 in link lists). */
const MAX_HEADINGS = 60;
/** Elements walked at most looking for headings: the title sits near the top of the DOM. */
const MAX_WALK = 20_000;

/** Picks the title hint: meta ArticleTitle/og:title, a heading the <title> contains, else the stripped <title>. */
export function chooseTitleHint(doc: Document, meta: PageMeta, siteName: string | null): string | null {
  const docTitle = meta.documentTitle;
  const headings = findHeadingElements(doc);
  // An <h1> that is the whole first segment of the <title> is the title however short
  // (金锺国 - 维基百科，自由的百科全书: there the site's tagline is the longer segment).
  const head = squashSpaces(readTitleHead(docTitle) ?? '');
  for (const heading of headings) {
    if (!head || heading.tagName.toUpperCase() !== 'H1') continue;
    const text = (heading.textContent ?? '').replace(/\s+/g, ' ').replace(/\[[^\]]{1,6}\]$/, '').trim();
    if (squashSpaces(text) === head) return text;
  }
  if (meta.articleTitle) {
    const t = stripTitleSuffix(meta.articleTitle, siteName);
    if (t.length >= 2) return t;
  }
  const squashedDocTitle = squashSpaces(docTitle);
  let best: string | null = null;
  for (const heading of headings) {
    const text = (heading.textContent ?? '').replace(/\s+/g, ' ').trim();
    const s = squashSpaces(text);
    // Four characters at least: a heading like 新闻 or 首页 is inside most titles by accident.
    if (s.length < 4 || s.length > 200 || !squashedDocTitle.includes(s)) continue;
    if (!best || s.length > squashSpaces(best).length) best = text;
  }
  if (best && squashSpaces(best).length >= squashSpaces(stripTitleSuffix(docTitle, siteName)).length * 0.6) return best;
  const stripped = stripTitleSuffix(docTitle, siteName);
  if (stripped) return stripped;
  const h1 = doc.querySelector('h1')?.textContent?.replace(/\s+/g, ' ').trim();
  return h1 || null;
}

/** h1-h3 and elements whose class or id says title, in document order, within a bounded walk. */
function findHeadingElements(doc: Document): Element[] {
  const out: Element[] = [];
  const root = doc.body ?? doc.documentElement;
  if (!root) return out;
  const stack: Element[] = [root];
  let walked = 0;
  while (stack.length && walked++ < MAX_WALK && out.length < MAX_HEADINGS) {
    const el = stack.pop()!;
    const tag = el.tagName.toUpperCase();
    if (tag === 'SCRIPT' || tag === 'STYLE') continue;
    if (HEADING_TAGS.has(tag) || /title|tit\b/i.test(`${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`)) out.push(el);
    const kids: Element[] = [];
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) kids.push(c);
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
  return out;
}
