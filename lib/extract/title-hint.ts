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
  // An <h1> that is the whole first segment of the <title> is the title however short
  // (金锺国 - 维基百科，自由的百科全书: there the site's tagline is the longer segment).
  const head = squashSpaces(readTitleHead(docTitle) ?? '');
  if (head) {
    // The <h1>s alone: the walk for every heading-like element is needed only further down.
    const root = doc.body ?? doc.documentElement;
    const h1s = root ? root.getElementsByTagName('h1') : [];
    for (let i = 0; i < h1s.length && i < MAX_HEADINGS; i++) {
      const text = (h1s[i]!.textContent ?? '').replace(/\s+/g, ' ').replace(/\[[^\]]{1,6}\]$/, '').trim();
      if (squashSpaces(text) === head) return text;
    }
  }
  if (meta.articleTitle) {
    const t = stripTitleSuffix(meta.articleTitle, siteName);
    if (t.length >= 2) return t;
  }
  const headings = findHeadingElements(doc);
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

/** A class or id that says title (title, article-title, tit). */
const TITLE_NAME = /title|tit\b/i;

/** True when an element's class or id says title. */
function isTitleNamed(el: Element): boolean {
  if (!el.hasAttributes()) return false;
  const cls = el.getAttribute('class');
  if (cls && TITLE_NAME.test(cls)) return true;
  const id = el.getAttribute('id');
  return !!id && TITLE_NAME.test(id);
}

/** h1-h3 and elements whose class or id says title, in document order, within a bounded walk. */
function findHeadingElements(doc: Document): Element[] {
  const out: Element[] = [];
  const root = doc.body ?? doc.documentElement;
  let el: Element | null = root;
  let walked = 0;
  // Pre-order walk by sibling pointers (no stack), skipping the inside of scripts and styles.
  while (el && walked++ < MAX_WALK && out.length < MAX_HEADINGS) {
    const tag: string = el.tagName.toUpperCase();
    const skip: boolean = tag === 'SCRIPT' || tag === 'STYLE';
    if (!skip && (HEADING_TAGS.has(tag) || isTitleNamed(el))) out.push(el);
    let next: Element | null = skip ? null : el.firstElementChild;
    for (let cur: Element | null = el; !next && cur && cur !== root; cur = cur.parentElement) next = cur.nextElementSibling;
    el = next;
  }
  return out;
}
