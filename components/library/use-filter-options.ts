/**
 * The choices the filter bar offers, read live from index keys only (no records): tag
 * names, issuers and site hosts.
 */
import type { ClipperDb } from '../../lib/db/database';
import { useLiveQuery } from '../common/use-live-query';

/** Lists a filter bar chooses from. */
export interface FilterOptions {
  tags: string[];
  issuers: string[];
  sites: string[];
}

/** Collects the options from the database. */
export async function loadFilterOptions(db: ClipperDb): Promise<FilterOptions> {
  const [rows, hTags, cTags, issuers, urls] = await Promise.all([
    db.tags.toCollection().primaryKeys(),
    db.highlights.orderBy('tags').uniqueKeys(),
    db.clippings.orderBy('tags').uniqueKeys(),
    db.clippings.orderBy('issuer').uniqueKeys(),
    db.clippings.orderBy('normalizedUrl').uniqueKeys(),
  ]);
  const hosts = new Set<string>();
  for (const u of urls) {
    // normalizedUrl is https://host/… (lib/bulletin/url); the site filter matches that prefix.
    const m = /^https:\/\/([^/]+)\//.exec(String(u));
    if (m) hosts.add(m[1]!);
  }
  const sort = (a: string[]) => [...new Set(a)].sort((x, y) => x.localeCompare(y, 'zh-CN'));
  return { tags: sort([...rows, ...hTags.map(String), ...cTags.map(String)]), issuers: sort(issuers.map(String)), sites: sort([...hosts]) };
}

/**
 * The options, live. `ready` holds them back until the list's first page is on screen:
 * reading every tag key of 100,000 highlights must not delay the first paint.
 */
export function useFilterOptions(db: ClipperDb, ready: boolean): FilterOptions | undefined {
  return useLiveQuery(async () => (ready ? loadFilterOptions(db) : undefined), [db, ready]);
}
