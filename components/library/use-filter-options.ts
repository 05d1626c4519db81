/**
 * The choices the filter bar offers, read live without records: tag names, issuers and
 * site hosts.
 */
import type { ClipperDb } from '../../lib/db/database';
import { distinctHosts, distinctKeys } from '../../lib/library/distinct-keys';
import { useLiveQuery } from '../common/use-live-query';

/** Lists a filter bar chooses from. */
export interface FilterOptions {
  tags: string[];
  issuers: string[];
  sites: string[];
}

/**
 * Collects the options from the database with a few cheap requests: tag names from the tags
 * table (saving a highlight or tagging adds its row: lib/db/highlights.ts ensureTags), and
 * issuers and sites by skip-scan. Reading every tag key of 100,000 highlights (uniqueKeys)
 * took ~2.5 s in Chromium and held up every later query of the page.
 */
export async function loadFilterOptions(db: ClipperDb): Promise<FilterOptions> {
  const [rows, issuers, hosts] = await Promise.all([db.tags.toCollection().primaryKeys(), distinctKeys(db.clippings, 'issuer'), distinctHosts(db.clippings)]);
  const sort = (a: string[]) => [...new Set(a)].sort((x, y) => x.localeCompare(y, 'zh-CN'));
  return { tags: sort(rows), issuers: sort(issuers), sites: sort(hosts) };
}

/**
 * The options, live. `ready` holds them back until the list's first page is on screen:
 * reading every tag key of 100,000 highlights must not delay the first paint.
 */
export function useFilterOptions(db: ClipperDb, ready: boolean): FilterOptions | undefined {
  return useLiveQuery(async () => (ready ? loadFilterOptions(db) : undefined), [db, ready]);
}
