/**
 * From schema v5 every stored highlight row carries `tagClips`: one [tag, clippingId] pair
 * per tag, indexed multiEntry. It lets the library ask "this tag's highlights in these
 * clippings" with index lookups that return only the matches. Filtering by a common tag walks
 * clippings in sort order (lib/library/highlight-query.ts), and without the index it reads
 * every highlight of every clipping it passes: 240-480 records for a first page of a tag on
 * one highlight in five, at 100,000 highlights.
 *
 * The field is derived from the row alone (its tags and clippingId), so it can never disagree
 * with them: a DBCore middleware sets it on every add and put, whatever API made them, and
 * Dexie's reading hook takes it off every read, so nothing outside lib/db (backups included)
 * sees it.
 *
 * Rows stored before v5 get their pairs from backfillTagClips, batch by batch, after the
 * library page has painted, not in the v5 upgrade: rewriting 100,000 highlights took 57 s in
 * Chromium, and an upgrade blocks every use of the database (a save from the popup included)
 * and starts over if its page or worker goes away. Until the backfill is done, the queries
 * do not use the index (tagClipsReady). A database created at v5 is ready from the start.
 */
import type Dexie from 'dexie';
import type { Table } from 'dexie';
import { mapWrites } from './map-writes';

/** The field's name, which is also its index's. */
export const TAG_CLIPS = 'tagClips';

/** The dbMeta row that records the backfill's progress. */
export const TAG_CLIPS_STATE = 'tagClips';

/** The backfill's progress: done, or the last highlight id rewritten so far. */
export interface TagClipsState {
  key: typeof TAG_CLIPS_STATE;
  done: boolean;
  after: string | null;
}

type Row = Record<string, unknown>;

/** The [tag, clippingId] pairs of a highlight row (none when it has no tags or no clipping). */
export function tagClipKeys(row: Row): Array<[string, string]> {
  const { tags, clippingId } = row;
  if (!Array.isArray(tags) || typeof clippingId !== 'string') return [];
  const out: Array<[string, string]> = [];
  for (const t of new Set(tags)) if (typeof t === 'string') out.push([t, clippingId]);
  return out;
}

/** The row as stored: a copy with its pairs (the caller's object stays as it was). */
export function toStoredHighlight<T>(row: T): T {
  if (!row || typeof row !== 'object') return row;
  return { ...(row as Row), [TAG_CLIPS]: tagClipKeys(row as Row) } as T;
}

/** The row as read: without the pairs. */
export function fromStoredHighlight<T>(row: T): T {
  if (!row || typeof row !== 'object' || !(TAG_CLIPS in row)) return row;
  const { [TAG_CLIPS]: _pairs, ...rest } = row as Row;
  return rest as T;
}

/** Installs both halves on a database that has not been opened yet (openDb does this). */
export function installTagClips(db: Dexie): void {
  mapWrites(db, 'highlight-tag-clips', 'highlights', toStoredHighlight);
  db.table('highlights').hook('reading', fromStoredHighlight);
  // A database created at v5 has no row without pairs.
  db.on('populate', (tx) => {
    void tx.table('dbMeta').add({ key: TAG_CLIPS_STATE, done: true, after: null } satisfies TagClipsState);
  });
}

/** True when every highlight row has its pairs, so the index answers for all of them. */
export async function tagClipsReady(db: Dexie): Promise<boolean> {
  const state = (await db.table('dbMeta').get(TAG_CLIPS_STATE)) as TagClipsState | undefined;
  return state?.done === true;
}

/** Highlights rewritten per transaction by the backfill. */
const BACKFILL_BATCH = 500;

/** Options of backfillTagClips. */
export interface BackfillOptions {
  batch?: number;
  /** Stops after the current batch (the next run resumes where it left off). */
  signal?: AbortSignal;
  /** Called between batches (tests write there; the page yields to its own work). */
  between?: () => Promise<void>;
}

/**
 * Gives every highlight stored before v5 its pairs, in batches in id order, each one
 * read-and-put in a single read-write transaction (an edit made between batches is never
 * overwritten with an older copy), its progress saved with it: a closed page resumes where
 * it stopped. Returns true once every row has its pairs.
 */
export async function backfillTagClips(db: Dexie, options: BackfillOptions = {}): Promise<boolean> {
  const batch = options.batch ?? BACKFILL_BATCH;
  const highlights: Table = db.table('highlights');
  const meta: Table = db.table('dbMeta');
  // Done already (every visit after the first): a read, not a read-write transaction that
  // would hold up the page's highlight queries.
  if (await tagClipsReady(db)) return true;
  for (;;) {
    if (options.signal?.aborted) return false;
    const done = await db.transaction('rw', highlights, meta, async () => {
      const state = (await meta.get(TAG_CLIPS_STATE)) as TagClipsState | undefined;
      if (state?.done) return true;
      const after = state?.after ?? null;
      const rows: Row[] = await (after === null ? highlights.orderBy(':id') : highlights.where(':id').above(after)).limit(batch).toArray();
      await highlights.bulkPut(rows);
      const last = rows.length ? (rows[rows.length - 1]!.id as string) : after;
      const finished = rows.length < batch;
      await meta.put({ key: TAG_CLIPS_STATE, done: finished, after: last } satisfies TagClipsState);
      return finished;
    });
    if (done) return true;
    await (options.between?.() ?? new Promise((resolve) => setTimeout(resolve, 0)));
  }
}
