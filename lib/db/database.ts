/**
 * The one Dexie database (ADR 002). It lives in the extension origin only: background and
 * extension pages open it; content scripts reach it through messages.
 *
 * Never edit a shipped `version(n)`: add `n+1` with an upgrade and a test that opens the old
 * shape (tests/lib/db/upgrade.test.ts).
 */
import Dexie, { type EntityTable, type Transaction } from 'dexie';
import type { Clipping, Highlight, Setting, Tag } from '../bulletin/model';
import { buildIndex, type IndexTables } from '../search/rebuild';
import { RefPacker } from '../search/refs';
import { installClippingSummaries, writeAllSummaries, type ClippingSummary } from './clipping-summaries';
import { dropDerivedText, installStoredText } from './stored-text';
import { installTagClips, type TagClipsState } from './tag-clips';
import { countAllTags, installTagCounts, type TagCount } from './tag-counts';
import { SEARCH_SCHEMA, SEARCH_SCHEMA_V6, type PostingRow, type SearchMeta, type SearchRef, type SeqPack, type SourceBucket } from '../search/schema';

export const DB_NAME = 'bulletin-clipper';

/** The database type; tables grow with later schema versions. */
export type ClipperDb = Dexie & {
  clippings: EntityTable<Clipping, 'id'>;
  highlights: EntityTable<Highlight, 'id'>;
  tags: EntityTable<Tag, 'name'>;
  settings: EntityTable<Setting, 'key'>;
  /** Search index (v6): seq -> source, packed (lib/search/refs.ts). */
  searchSeqs: EntityTable<SeqPack, 'key'>;
  /** Search index (v6): source -> seq, packed by hash bucket. */
  searchSources: EntityTable<SourceBucket, 'key'>;
  /** Search index (v3): sharded posting lists. */
  searchRows: EntityTable<PostingRow, 'key'>;
  /** Search index (v3): bookkeeping. */
  searchMeta: EntityTable<SearchMeta, 'key'>;
  /** The database's own bookkeeping (v5): the [tag, clippingId] backfill's progress. */
  dbMeta: EntityTable<TagClipsState, 'key'>;
  /** What the highlights view reads of a clipping (v7), kept by lib/db/clipping-summaries.ts. */
  clippingSummaries: EntityTable<ClippingSummary, 'id'>;
  /** How many highlights and clippings carry each tag (v8), kept by lib/db/tag-counts.ts. */
  tagCounts: EntityTable<TagCount, 'name'>;
};

/** Schema v1: clippings, findable by URL, date, issuer and tag. */
export const SCHEMA_V1 = {
  clippings: 'id, normalizedUrl, createdAt, updatedAt, date, issuer, *tags',
};

/**
 * Schema v2: highlights (tags multiEntry for filtering), tags and settings. Clippings are
 * unchanged, so no upgrade function is needed: v1 data opens as it was.
 */
export const SCHEMA_V2 = {
  ...SCHEMA_V1,
  highlights: 'id, clippingId, color, *tags, createdAt, updatedAt, reviewedAt',
  tags: 'name',
  settings: 'key',
};

/**
 * Schema v3: the full-text search index (lib/search). Existing tables are unchanged; the
 * upgrade builds the index over the clippings and highlights already stored.
 */
export const SCHEMA_V3 = {
  ...SCHEMA_V2,
  ...SEARCH_SCHEMA,
};

/**
 * Schema v4: same tables and indexes; a clipping's `text` is stored only when it is not its
 * paragraphs joined (lib/db/stored-text.ts). The upgrade rewrites every clipping without it.
 */
export const SCHEMA_V4 = SCHEMA_V3;

/**
 * Schema v5: highlights gain a multiEntry index of [tag, clippingId] pairs, derived from each
 * row by a middleware (lib/db/tag-clips.ts), and a dbMeta table for the database's own
 * bookkeeping. No upgrade function: rows stored before get their pairs from a resumable
 * backfill after the library page paints (rewriting them here blocked the database for a
 * minute at 100,000 highlights); building the empty index took 6.6-7.6 s there.
 */
export const SCHEMA_V5 = {
  ...SCHEMA_V4,
  highlights: `${SCHEMA_V4.highlights}, *tagClips`,
  dbMeta: 'key',
};

/**
 * Schema v6: the search index's refs are packed (lib/search/refs.ts): `searchSeqs` and
 * `searchSources` replace `searchRefs`, one row per seq, which cost an index build 14-23 s of
 * writes at 110,000 sources in Chromium. The upgrade converts the refs (posting rows keep
 * their layout, recorded in searchMeta), or builds the index when there was none.
 */
export const SCHEMA_V6 = {
  ...SCHEMA_V5,
  ...SEARCH_SCHEMA_V6,
};

/**
 * Schema v7: `clippingSummaries`, a clipping's title, issuer, date and the like without its
 * text, written in the same transaction as the clipping by a middleware
 * (lib/db/clipping-summaries.ts). The upgrade writes the summaries of the clippings stored.
 */
export const SCHEMA_V7 = {
  ...SCHEMA_V6,
  clippingSummaries: 'id',
};

/**
 * Schema v8: `tagCounts`, how many highlights and clippings carry each tag, kept in the same
 * transaction as the rows by a middleware (lib/db/tag-counts.ts). The upgrade counts the rows
 * stored.
 */
export const SCHEMA_V8 = {
  ...SCHEMA_V7,
  tagCounts: 'name',
};

/** Old refs read per request by the v6 upgrade. */
const CONVERT_BATCH = 2000;

/** The v6 upgrade: packs the one-row-per-seq refs, or builds an index that never was. */
async function packSearchRefs(tx: Transaction): Promise<void> {
  const old = tx.table<SearchRef, number>('searchRefs');
  if ((await old.count()) === 0) {
    const tables: IndexTables = {
      clippings: tx.table('clippings'),
      highlights: tx.table('highlights'),
      searchSeqs: tx.table('searchSeqs'),
      searchSources: tx.table('searchSources'),
      searchRows: tx.table('searchRows'),
      searchMeta: tx.table('searchMeta'),
    };
    await buildIndex(tables);
    return;
  }
  const packer = new RefPacker();
  const seqs = tx.table<SeqPack, number>('searchSeqs');
  for (let from = -1; ; ) {
    const chunk = await old.where(':id').above(from).limit(CONVERT_BATCH).toArray();
    for (const r of chunk) packer.add(r);
    await seqs.bulkPut(packer.takeSeqRows());
    if (chunk.length < CONVERT_BATCH) break;
    from = chunk[chunk.length - 1]!.seq;
  }
  const { seqRows, sourceRows } = packer.finish();
  await Promise.all([seqs.bulkPut(seqRows), tx.table<SourceBucket, number>('searchSources').bulkPut(sourceRows)]);
}

/** Opens (creating or upgrading) the database. `indexedDB` is injectable for Node tests. */
export function openDb(options: { name?: string; indexedDB?: IDBFactory; IDBKeyRange?: typeof IDBKeyRange } = {}): ClipperDb {
  // Only pass what was given: Dexie treats an explicit `indexedDB: undefined` as "missing".
  const deps = options.indexedDB ? { indexedDB: options.indexedDB, IDBKeyRange: options.IDBKeyRange } : {};
  const db = new Dexie(options.name ?? DB_NAME, deps) as ClipperDb;
  db.version(1).stores(SCHEMA_V1);
  db.version(2).stores(SCHEMA_V2);
  // v3's upgrade built the index in its first layout; since v6 the v6 upgrade builds it for
  // data that had none, in the current one (an older database passes through both steps).
  db.version(3).stores(SCHEMA_V3);
  db.version(4)
    .stores(SCHEMA_V4)
    .upgrade(async (tx) => {
      await tx.table('clippings').toCollection().modify(dropDerivedText);
    });
  db.version(5).stores(SCHEMA_V5);
  db.version(6).stores(SCHEMA_V6).upgrade(packSearchRefs);
  db.version(7).stores(SCHEMA_V7).upgrade(writeAllSummaries);
  db.version(8).stores(SCHEMA_V8).upgrade(countAllTags);
  installStoredText(db);
  installClippingSummaries(db);
  installTagCounts(db);
  installTagClips(db);
  return db;
}
