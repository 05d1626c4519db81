/**
 * Page metadata that Readability misses on Chinese CMS pages: <meta name="PubDate">,
 * ArticleTitle, ContentSource, SiteName and their many spellings, plus Open Graph. Pure reads of
 * a Document; nothing is mutated.
 */
import { normalizeDateTime } from './date-text';

/** What the page's <head> says about the article. */
export interface PageMeta {
  /** The raw <title> text. */
  documentTitle: string;
  /** ArticleTitle / og:title / twitter:title / headline, as written. */
  articleTitle: string | null;
  /** YYYY-MM-DD or YYYY-MM-DD HH:MM[:SS] from a publish-date meta. */
  publishedAt: string | null;
  source: string | null;
  author: string | null;
  siteName: string | null;
  /** og:description / description: often the story's lead sentence. */
  description: string | null;
}

const TITLE_KEYS = ['articletitle', 'og:title', 'twitter:title', 'headline', 'title', 'dc.title'];
const DATE_KEYS = [
  'pubdate', 'publishdate', 'publish_date', 'publishdatetime', 'publishtime', 'publish-time', 'article:published_time',
  'og:article:published_time', 'og:release_date', 'datepublished', 'dc.date.issued', 'dc.date', 'dcterms.date',
  'firstpublishedtime', 'weibo:article:create_at', 'ptime', 'pubtime', 'date', 'sailthru.date', 'parsely-pub-date',
];
const SOURCE_KEYS = ['contentsource', 'source', 'article:source', 'og:article:source', 'mediaid'];
const AUTHOR_KEYS = ['author', 'article:author', 'og:article:author', 'dc.creator', 'byline'];
const SITE_KEYS = ['og:site_name', 'sitename', 'site_name', 'application-name', 'apple-mobile-web-app-title'];

/** Reads the article-describing <meta> tags (name, property or itemprop; case-insensitive). */
export function readPageMeta(doc: Document): PageMeta {
  const metas = collectMetas(doc);
  const pick = (keys: string[]): string | null => {
    for (const k of keys) {
      const v = metas.get(k)?.trim();
      if (v) return v;
    }
    return null;
  };
  let publishedAt: string | null = null;
  for (const k of DATE_KEYS) {
    const v = metas.get(k);
    const d = v ? normalizeDateTime(v) : null;
    if (d) {
      publishedAt = d;
      break;
    }
  }
  if (!publishedAt) publishedAt = readTimeElement(doc);
  const author = pick(AUTHOR_KEYS);
  return {
    documentTitle: (doc.querySelector('title')?.textContent ?? '').replace(/\s+/g, ' ').trim(),
    articleTitle: pick(TITLE_KEYS),
    publishedAt,
    source: pick(SOURCE_KEYS),
    // A URL is a profile link, not a name.
    author: author && !/^https?:/i.test(author) ? author : null,
    siteName: pick(SITE_KEYS),
    description: pick(['og:description', 'description', 'twitter:description']),
  };
}

/** Map of lower-cased meta name/property/itemprop -> first non-empty content. */
function collectMetas(doc: Document): Map<string, string> {
  const map = new Map<string, string>();
  // The head only: a body-wide query costs a full walk of a huge page for tags that live in <head>.
  const metas = (doc.head ?? doc).querySelectorAll('meta');
  for (let i = 0; i < metas.length && i < 500; i++) {
    const m = metas[i]!;
    const content = m.getAttribute('content');
    if (!content?.trim()) continue;
    for (const attr of ['name', 'property', 'itemprop', 'http-equiv']) {
      const key = m.getAttribute(attr)?.trim().toLowerCase();
      if (key && !map.has(key)) map.set(key, content);
    }
  }
  return map;
}

/** A <time datetime> with a publish meaning, the HTML5 way of stating a date. */
function readTimeElement(doc: Document): string | null {
  const el = doc.querySelector('time[pubdate], time[itemprop="datePublished"], [itemprop="datePublished"][datetime]');
  const raw = el?.getAttribute('datetime') ?? el?.getAttribute('content') ?? null;
  return raw ? normalizeDateTime(raw) : null;
}
