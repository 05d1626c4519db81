/**
 * The choices the filter bar offers, read live without records: tag names, issuers and
 * site hosts.
 */
import type { ClipperDb } from '../../lib/db/database';
import { distinctHosts, distinctKeys } from '../../lib/library/distinct-keys';
import { useEffect, useState } from 'preact/hooks';
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
 * The options, live. They stay out until the list's first page (`ready`) has painted:
 * reading them (skip-scans) must not delay that paint, and neither must laying out a few
 * hundred <option>s. (A list view that starts with its rows, see prepared-page.ts, is
 * `ready` in its first render.)
 */
export function useFilterOptions(db: ClipperDb, ready: boolean): FilterOptions | undefined {
  const [painted, setPainted] = useState(false);
  // A plain effect runs after the frame has painted.
  useEffect(() => {
    if (ready) setPainted(true);
  }, [ready]);
  return useLiveQuery(async () => (painted ? loadFilterOptions(db) : undefined), [db, painted]);
}
