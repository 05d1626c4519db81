/**
 * The search index's storage shape (schema v3, refs packed since v6; see
 * lib/search/README.md).
 *
 * Every indexed source (a clipping or a highlight) gets a sequence number `seq`, allocated
 * in increasing order each time its searchable text changes; a document number is
 * `seq * 4 + field`. Posting lists are sharded twice so that writes touch few, small rows:
 * by block (consecutive seqs: a new source only ever touches the newest block)
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

/** Seqs per block and buckets per block of an index built by schema v3-v5. */
export const LEGACY_BLOCK_SEQS = 4096;
export const LEGACY_BUCKETS = 4096;
/**
 * Seqs per block of an index built now: bounds the rows an incremental update rewrites (the
 * newest block's, which start empty after a build). A query reads one row per gram and block.
 */
export const BLOCK_SEQS = 4096;
/**
 * Buckets per block of an index built now: bounds the number of rows a build writes (Chromium
 * charges about 0.13 ms for each), and so sets their size (about 6 KB in a block of clippings
 * of ~1,000 characters). 4,096 buckets made 58,000 rows at 110,000 sources, 1,024 make 26,000.
 */
export const BUCKETS = 1024;
/** Blocks one bucket's keys leave room for in the current layout. */
const BLOCK_SPAN = 2 ** 20;

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

/**
 * The posting lists of one (block, bucket) (table `searchRows`), in one buffer: gram ids
 * (`n` uint32, ascending), then `n + 1` uint32 starts, then the lists (see rows.ts). One
 * buffer rather than three typed arrays: Chromium's IndexedDB reads cost per array cloned
 * too (a search's 81 rows, copied to a scratch database: 27 against 32 ms).
 */
export interface PackedPostingRow {
  /** The row's key in its index's layout (layoutOf). */
  key: number;
  /** Number of grams. */
  n: number;
  /** grams (n x uint32) | starts ((n + 1) x uint32) | data, native byte order. */
  buf: Uint8Array;
}

/** A posting row as written before the packed form (still read: rows.ts). */
export interface LegacyPostingRow {
  key: number;
  /** Gram ids, ascending. */
  grams: Uint32Array;
  /** grams[i]'s documents are encoded in data[starts[i] .. starts[i+1]); length grams.length + 1. */
  starts: Uint32Array;
  /** Per gram, its ascending document numbers as delta-coded LEB128 varints (see rows.ts). */
  data: Uint8Array;
}

/** A row of `searchRows`: written packed; rows of an older build keep their form until rewritten. */
export type PostingRow = PackedPostingRow | LegacyPostingRow;

/** Index bookkeeping (table `searchMeta`, one row with key 'state'). */
export interface SearchMeta {
  key: 'state';
  /** Next seq to allocate. */
  nextSeq: number;
  /** Dead seqs still present in each block's postings (compaction trigger). */
  dead: Record<number, number>;
  /** The posting rows' layout: 2 in an index built since v6; absent before (see layoutOf). */
  layout?: number;
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
  return { key: 'state', nextSeq: 0, dead: {}, layout: CURRENT_LAYOUT.version };
}

/** The bucket of a gram (Fibonacci hashing: neighbouring code points spread out). */
function hashBucket(gram: number, buckets: number): number {
  return (Math.imul(gram, 0x9e3779b1) >>> 0) % buckets;
}

/**
 * How an index keys its posting rows and cuts its seqs into blocks. An index is read with
 * the layout it was built with: change a layout's numbers only under a new version.
 */
export interface RowLayout {
  /** Recorded in SearchMeta.layout (1: the layout before it was recorded). */
  version: number;
  blockSeqs: number;
  buckets: number;
  /** Dead seqs in one block that trigger its compaction (an eighth of the block). */
  compactAfterDead: number;
  bucketOf(gram: number): number;
  rowKey(block: number, bucket: number): number;
  /**
   * True when one bucket's rows of blocks 0, 1, 2 … have consecutive keys, so a query reads
   * a gram's rows in every block with one range request.
   */
  bucketMajor: boolean;
  /** Blocks the keys leave room for (a bucket-major range to it covers every block). */
  maxBlocks: number;
}

/** A layout: bucket-major keys are bucket * BLOCK_SPAN + block, block-major block * buckets + bucket. */
function makeLayout(version: number, blockSeqs: number, buckets: number, bucketMajor: boolean): RowLayout {
  return {
    version,
    blockSeqs,
    buckets,
    compactAfterDead: blockSeqs / 8,
    bucketOf: (gram) => hashBucket(gram, buckets),
    rowKey: bucketMajor ? (block, bucket) => bucket * BLOCK_SPAN + block : (block, bucket) => block * buckets + bucket,
    bucketMajor,
    maxBlocks: bucketMajor ? BLOCK_SPAN : Number.MAX_SAFE_INTEGER / buckets,
  };
}

/** Built since v6. */
const CURRENT_LAYOUT = makeLayout(2, BLOCK_SEQS, BUCKETS, true);
/** Built by schema v3-v5 (recorded as no layout at all). */
const LEGACY_LAYOUT = makeLayout(1, LEGACY_BLOCK_SEQS, LEGACY_BUCKETS, false);

/** The row layout of an index, from its bookkeeping row (none yet: the current one). */
export function layoutOf(meta: SearchMeta | undefined): RowLayout {
  return !meta || meta.layout === CURRENT_LAYOUT.version ? CURRENT_LAYOUT : LEGACY_LAYOUT;
}

/** The layout a build writes. */
export function currentLayout(): RowLayout {
  return CURRENT_LAYOUT;
}

/** The row key of a gram in a block. */
export function rowKeyOf(layout: RowLayout, block: number, gram: number): number {
  return layout.rowKey(block, layout.bucketOf(gram));
}
