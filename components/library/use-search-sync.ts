/**
 * Keeps the search index in step with the data while the library page is open. The
 * repositories (lib/db) do not call the indexer yet, and the popup and background save
 * without it, so this catches up: sources missing from the index are indexed, refs of
 * deleted sources are dropped, and sources changed since the last pass are re-indexed
 * (indexing unchanged text is a no-op in lib/search). Runs after first paint and again
 * whenever the tables change, one pass at a time.
 */
import { liveQuery } from 'dexie';
import { useEffect } from 'preact/hooks';
import type { ClipperDb } from '../../lib/db/database';
import { indexClipping, indexHighlight, unindexClipping, unindexHighlight } from '../../lib/search/indexer';

/** What one pass did. */
export interface SyncSummary {
  indexed: number;
  removed: number;
}

/** A change marker: counts and newest update times of both tables. */
async function readMarker(db: ClipperDb): Promise<string> {
  const [c, h, cu, hu] = await Promise.all([
    db.clippings.count(),
    db.highlights.count(),
    db.clippings.orderBy('updatedAt').lastKey(),
    db.highlights.orderBy('updatedAt').lastKey(),
  ]);
  return `${c}/${h}/${String(cu)}/${String(hu)}`;
}

/**
 * One catch-up pass. `since` (epoch ms): sources updated at or after it are re-indexed;
 * missing and dead refs are found by comparing keys (no record is read for that).
 */
export async function syncSearchIndex(db: ClipperDb, since: number): Promise<SyncSummary> {
  const [refs, clippingIds, highlightIds] = await Promise.all([
    db.searchRefs.orderBy('ref').keys(),
    db.clippings.toCollection().primaryKeys(),
    db.highlights.toCollection().primaryKeys(),
  ]);
  const indexed = new Set(refs.map(String));
  const cIds = new Set(clippingIds);
  const hIds = new Set(highlightIds);
  const [cChanged, hChanged] = await Promise.all([
    db.clippings.where('updatedAt').aboveOrEqual(since).primaryKeys(),
    db.highlights.where('updatedAt').aboveOrEqual(since).primaryKeys(),
  ]);
  const cTodo = new Set([...clippingIds.filter((id) => !indexed.has(`c:${id}`)), ...cChanged]);
  const hTodo = new Set([...highlightIds.filter((id) => !indexed.has(`h:${id}`)), ...hChanged]);
  let done = 0;
  for (const c of await db.clippings.bulkGet([...cTodo])) {
    if (!c) continue;
    await indexClipping(db, c);
    done++;
  }
  for (const h of await db.highlights.bulkGet([...hTodo])) {
    if (!h) continue;
    await indexHighlight(db, h);
    done++;
  }
  let removed = 0;
  for (const ref of indexed) {
    const id = ref.slice(2);
    if (ref.startsWith('c:') ? cIds.has(id) : hIds.has(id)) continue;
    await (ref.startsWith('c:') ? unindexClipping(db, id) : unindexHighlight(db, id));
    removed++;
  }
  return { indexed: done, removed };
}

/** Runs syncSearchIndex after first paint and after every change to the data. */
export function useSearchSync(db: ClipperDb): void {
  useEffect(() => {
    // Edits made before this page opened and after the index's last change are caught by
    // the key comparison only when they add or remove; re-check the last day's edits too.
    let since = Date.now() - 86_400_000;
    let running: Promise<void> = Promise.resolve();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const schedule = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        running = running.then(async () => {
          const startedAt = Date.now();
          try {
            await syncSearchIndex(db, since);
            since = startedAt;
          } catch (e) {
            console.error('search index sync failed', e);
          }
        });
      }, 300);
    };
    const sub = liveQuery(() => readMarker(db)).subscribe({ next: schedule, error: (e) => console.error(e) });
    return () => {
      clearTimeout(timer);
      sub.unsubscribe();
    };
  }, [db]);
}
