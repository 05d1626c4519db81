/**
 * The search index's storage shape (schema v3, refs packed since v6; see
 * lib/search/README.md).
 *
 * Every indexed source (a clipping or a highlight) gets a sequence number `seq`, allocated
 * in increasing order each time its searchable text changes; a document number is
 * `seq * 4 + field`. Posting lists are sharded twice so that writes touch few, small rows:
 * by block (BLOCK_SEQS consecutive seqs: a new source only ever touches the newest block)
 * and by bucket (a hash of the gram: one row holds the lists of the grams of one bucket, so
 * the row count is blocks x buckets whatever the vocabulary). A query reads, per gram, one
 * row per block.
 *
 * Chromium's IndexedDB charges about 0.1-0.2 ms per row written or read, whatever its size
 * (measured at 100,000 highlights: 110,000 one-row-per-seq refs took 14-23 s to write, the
 * same refs in rows of 16 under 1 s). So refs are stored packed (lib/search/refs.ts), and a
 * build uses fewer, larger posting rows than the first layout did.
 */

/** Searchable fields, in ranking order (lower ranks higher). */
export const FIELD_HIGHLIGHT = 0;
export const FIELD_TITLE = 1;
export const FIELD_NOTE = 2;
export const FIELD_BODY = 3;

/** The kinds a search hit can have, one per field. */
export type SearchKind = 'highlight' | 'title' | 'note' | 'clipping';

/** Field code of each kind. */
export const KIND_FIELD: Record<SearchKind, number> = { highlight: FIELD_HIGHLIGHT, title: FIELD_TITLE, note: FIELD_NOTE, clipping: FIELD_BODY };

/** Kind of each field code. */
export const FIELD_KIND: readonly SearchKind[] = ['highlight', 'title', 'note', 'clipping'];

/** Seqs per block: bounds the size of the rows an incremental update rewrites. */
export const BLOCK_SEQS = 4096;
/** Buckets per block of an index built before meta.buckets existed (schema v3 to v5). */
export const LEGACY_BUCKETS = 4096;
/**
 * Buckets per block of an index built now: bounds the number of rows (and so the cost of a
 * build). A query reads one row per gram and block whatever the count; fewer buckets make
 * those rows larger (about 6 KB in a block of clippings of ~1,000 characters).
 */
export const BUCKETS = 1024;

/** Seqs per row of `searchSeqs` (seq -> source). */
export const PACK_SEQS = 16;
/** Rows (hash buckets of the ref) of `searchSources` (source -> seq). */
export const SOURCE_BUCKETS = 2048;

/** Which source a seq stands for (logical record; stored packed, see lib/search/refs.ts). */
export interface SearchRef {
  seq: number;
  /** 'c:' + clipping id or 'h:' + highlight id (unique). */
  ref: string;
  clippingId: string;
  /** Hash of the indexed text: re-indexing unchanged text is a no-op. */
  hash: number;
}

/**
 * PACK_SEQS consecutive seqs' sources (table `searchSeqs`, key = seq / PACK_SEQS): entry i
 * stands for seq key * PACK_SEQS + i, '' where no live source has that seq.
 */
export interface SeqPack {
  key: number;
  refs: string[];
  clippingIds: string[];
}

/** The live refs of one hash bucket, with their seqs and hashes (table `searchSources`). */
export interface SourceBucket {
  key: number;
  refs: string[];
  seqs: number[];
  hashes: number[];
  clippingIds: string[];
}

/** The posting lists of one (block, bucket) (table `searchRows`). */
export interface PostingRow {
  /** block * buckets + bucket (buckets: SearchMeta.buckets). */
  key: number;
  /** Gram ids, ascending. */
  grams: Uint32Array;
  /** grams[i]'s documents are encoded in data[starts[i] .. starts[i+1]); length grams.length + 1. */
  starts: Uint32Array;
  /** Per gram, its ascending document numbers as delta-coded LEB128 varints (see rows.ts). */
  data: Uint8Array;
}

/** Index bookkeeping (table `searchMeta`, one row with key 'state'). */
export interface SearchMeta {
  key: 'state';
  /** Next seq to allocate. */
  nextSeq: number;
  /** Dead seqs still present in each block's postings (compaction trigger). */
  dead: Record<number, number>;
  /** Buckets per block of the posting rows; LEGACY_BUCKETS when absent (built before v6). */
  buckets?: number;
}

/** Dexie store definitions of the search tables (merged into SCHEMA_V3). */
export const SEARCH_SCHEMA = {
  searchRefs: 'seq, &ref',
  searchRows: 'key',
  searchMeta: 'key',
} as const;

/** Schema v6: refs packed (searchSeqs, searchSources) instead of a row per seq. */
export const SEARCH_SCHEMA_V6 = {
  searchRefs: null,
  searchSeqs: 'key',
  searchSources: 'key',
  searchRows: 'key',
  searchMeta: 'key',
} as const;

/** A fresh bookkeeping row (an empty index takes the current row layout). */
export function emptyMeta(): SearchMeta {
  return { key: 'state', nextSeq: 0, dead: {}, buckets: BUCKETS };
}

/** Buckets per block of an index, from its bookkeeping row. */
export function bucketsOf(meta: SearchMeta | undefined): number {
  return meta?.buckets ?? (meta ? LEGACY_BUCKETS : BUCKETS);
}

/** The bucket of a gram (Fibonacci hashing: neighbouring code points spread out). */
export function bucketOf(gram: number, buckets: number): number {
  return (Math.imul(gram, 0x9e3779b1) >>> 0) % buckets;
}

/** The row key of a gram in a block. */
export function rowKeyOf(block: number, gram: number, buckets: number): number {
  return block * buckets + bucketOf(gram, buckets);
}
