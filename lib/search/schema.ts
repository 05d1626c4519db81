/**
 * The search index's storage shape (schema v3, see lib/search/README.md).
 *
 * Every indexed source (a clipping or a highlight) gets a sequence number `seq`, allocated
 * in increasing order each time its searchable text changes; a document number is
 * `seq * 4 + field`. Posting lists are sharded twice so that writes touch few, small rows:
 * by block (BLOCK_SEQS consecutive seqs: a new source only ever touches the newest block)
 * and by bucket (a hash of the gram: one row holds the lists of the grams of one bucket, so
 * the row count is blocks x BUCKETS whatever the vocabulary). A query reads, per gram, one
 * row per block.
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
/** Buckets per block: bounds the number of rows (and so the cost of a rebuild). */
export const BUCKETS = 4096;

/** Which source a seq stands for (table `searchRefs`). */
export interface SearchRef {
  seq: number;
  /** 'c:' + clipping id or 'h:' + highlight id (unique). */
  ref: string;
  clippingId: string;
  /** Hash of the indexed text: re-indexing unchanged text is a no-op. */
  hash: number;
}

/** The posting lists of one (block, bucket) (table `searchRows`). */
export interface PostingRow {
  /** block * BUCKETS + bucket. */
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
}

/** Dexie store definitions of the search tables (merged into SCHEMA_V3). */
export const SEARCH_SCHEMA = {
  searchRefs: 'seq, &ref',
  searchRows: 'key',
  searchMeta: 'key',
} as const;

/** A fresh bookkeeping row. */
export function emptyMeta(): SearchMeta {
  return { key: 'state', nextSeq: 0, dead: {} };
}

/** The bucket of a gram (Fibonacci hashing: neighbouring code points spread out). */
export function bucketOf(gram: number): number {
  return (Math.imul(gram, 0x9e3779b1) >>> 0) % BUCKETS;
}

/** The row key of a gram in a block. */
export function rowKeyOf(block: number, gram: number): number {
  return block * BUCKETS + bucketOf(gram);
}
