/**
 * What the content script knows about its page: the identity the database keys it by, and
 * the draft the background clips silently before a first highlight.
 */
import type { BulletinDraft } from '../bulletin/model';
import type { Result } from '../bulletin/result';
import { pageIdentity } from '../bulletin/url';
import { requireExtractor } from './extractor-slot';

/** The page's address (jsdom documents without a location fall back to doc.URL). */
export function readPageUrl(doc: Document): string {
  return doc.location?.href ?? doc.URL;
}

/** The page's identity: its canonical link when on the same site, else its address. */
export function readPageIdentity(doc: Document): string | null {
  const canonical = doc.querySelector<HTMLLinkElement>('link[rel~="canonical"]')?.getAttribute('href');
  return pageIdentity(readPageUrl(doc), canonical);
}

/**
 * The page as a draft: the article, or all visible text when no article is found. `load`
 * brings in the extractor script when it is not loaded yet.
 */
export async function readPageDraft(doc: Document, load: () => Promise<unknown>): Promise<Result<BulletinDraft>> {
  const extract = await requireExtractor(load);
  if (!extract.ok) return extract;
  const url = readPageUrl(doc);
  const article = extract.value(doc, { url, mode: 'article' });
  return article.ok ? article : extract.value(doc, { url, mode: 'page' });
}
