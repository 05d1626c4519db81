/**
 * Keeps the search index in step with the data while the library page is open. Writes made
 * through a database without lib/search's installSearchIndexing middleware (the popup and
 * background today, or an older version) are not indexed as they happen, so this catches up: sources missing from the index are indexed, refs of
 * deleted sources are dropped, and sources changed since the last pass are re-indexed
 * (indexing unchanged text is a no-op in lib/search). Runs after first paint and again
 * whenever the tables change, one pass at a time.
 */
import { liveQuery } from 'dexie';
import { useEffect } from 'preact/hooks';
import type { ClipperDb } from '../../lib/db/database';
import { applySourceUpdates, type SourceUpdate } from '../../lib/search/indexer';
import { clippingRef, fieldsOfClipping, fieldsOfHighlight, highlightRef } from '../../lib/search/sources';

/** Sources read and indexed per step. */
const BATCH = 2000;

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
  const cTodo = [...new Set([...clippingIds.filter((id) => !indexed.has(clippingRef(id))), ...cChanged])];
  const hTodo = [...new Set([...highlightIds.filter((id) => !indexed.has(highlightRef(id))), ...hChanged])];
  const updates: SourceUpdate[] = [];
  for (let i = 0; i < cTodo.length; i += BATCH) {
    for (const c of await db.clippings.bulkGet(cTodo.slice(i, i + BATCH))) if (c) updates.push({ ref: clippingRef(c.id), clippingId: c.id, fields: fieldsOfClipping(c) });
  }
  for (let i = 0; i < hTodo.length; i += BATCH) {
    for (const h of await db.highlights.bulkGet(hTodo.slice(i, i + BATCH))) if (h) updates.push({ ref: highlightRef(h.id), clippingId: h.clippingId, fields: fieldsOfHighlight(h) });
  }
  const done = updates.length;
  let removed = 0;
  for (const ref of indexed) {
    const id = ref.slice(2);
    if (ref.startsWith('c:') ? cIds.has(id) : hIds.has(id)) continue;
    updates.push({ ref, clippingId: '', fields: null });
    removed++;
  }
  // One batched index update (unchanged texts are skipped by hash inside).
  for (let i = 0; i < updates.length; i += BATCH) await applySourceUpdates(db, updates.slice(i, i + BATCH));
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
    // The first pass reads every key of both tables: let the first view paint before it.
    let delay = 2000;
    const schedule = () => {
      clearTimeout(timer);
      const wait = delay;
      delay = 300;
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
      }, wait);
    };
    const sub = liveQuery(() => readMarker(db)).subscribe({ next: schedule, error: (e) => console.error(e) });
    return () => {
      clearTimeout(timer);
      sub.unsubscribe();
    };
  }, [db]);
}
