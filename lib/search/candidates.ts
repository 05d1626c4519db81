/**
 * Candidate generation: load only the rows holding the query's grams (one per gram and
 * block, read in one range request per gram's bucket, alongside the index's bookkeeping
 * row), intersect the posting lists block by block. Candidates are a superset of the true
 * matches; verification against the text is the caller's job.
 */
import type { ClipperDb } from '../db/database';
import { gramsOfTerm } from './normalize';
import { intersectSorted, readList } from './rows';
import { currentLayout, layoutOf, rowKeyOf, type PostingRow, type RowLayout } from './schema';

/** Candidate documents and the index's size (for recency scores). */
export interface Candidates {
  /** Document numbers (seq * 4 + field), in no particular order. */
  docs: number[];
  /** Seqs allocated so far. */
  nextSeq: number;
  /** False when no term had an indexable gram (all punctuation): nothing can match. */
  usable: boolean;
}

/** The rows of `buckets` in blocks [0, blocks) of a bucket-major layout: one range request each. */
async function bucketRows(db: ClipperDb, layout: RowLayout, buckets: number[], blocks: number, limit = Infinity): Promise<PostingRow[][]> {
  return Promise.all(buckets.map((b) => db.searchRows.where('key').between(layout.rowKey(0, b), layout.rowKey(blocks, b), true, false).limit(limit).toArray()));
}

/**
 * Rows read per bucket before the bookkeeping row tells how many blocks there are: 256 blocks
 * of 4,096 seqs. Bounds the read when the guess of the layout is wrong (an older index's keys
 * can fall in one bucket's range); a bucket with more rows is read again, in full.
 */
const GUESS_ROWS = 256;

/** The layout each database's index had at its last search (no guess after a miss). */
const lastLayout = new WeakMap<ClipperDb, number>();

/** Finds the documents holding every gram of every term, restricted to `fields`. */
export async function findCandidates(db: ClipperDb, terms: readonly string[], fields: ReadonlySet<number>): Promise<Candidates> {
  const grams = [...new Set(terms.flatMap(gramsOfTerm))];
  // The rows are asked for in the current layout alongside the bookkeeping row, not after it:
  // a round trip less. An index of an older layout (until its next build) reads them again.
  const current = currentLayout();
  const buckets = (layout: RowLayout) => [...new Set(grams.map((g) => layout.bucketOf(g)))];
  const guess = grams.length > 0 && current.bucketMajor && (lastLayout.get(db) ?? current.version) === current.version;
  const [meta, guessed] = await Promise.all([db.searchMeta.get('state'), guess ? bucketRows(db, current, buckets(current), current.maxBlocks, GUESS_ROWS) : null]);
  const nextSeq = meta?.nextSeq ?? 0;
  if (grams.length === 0 || terms.length === 0) return { docs: [], nextSeq, usable: false };
  const layout = layoutOf(meta);
  lastLayout.set(db, layout.version);
  const blocks = Math.ceil(nextSeq / layout.blockSeqs);
  const rows = new Map<number, PostingRow>();
  if (layout.bucketMajor) {
    const hit = layout === current && guessed && guessed.every((list) => list.length < GUESS_ROWS);
    const lists = hit ? guessed : await bucketRows(db, layout, buckets(layout), blocks);
    for (const list of lists) for (const row of list) rows.set(row.key, row);
  } else {
    const keys = new Set<number>();
    for (let b = 0; b < blocks; b++) for (const g of grams) keys.add(rowKeyOf(layout, b, g));
    const keyList = [...keys];
    const fetched = await db.searchRows.bulkGet(keyList);
    keyList.forEach((k, i) => {
      const row = fetched[i];
      if (row) rows.set(k, row);
    });
  }
  const docs: number[] = [];
  for (let b = 0; b < blocks; b++) {
    const lists = grams.map((g) => readList(rows.get(rowKeyOf(layout, b, g)), g));
    if (lists.some((l) => l.length === 0)) continue;
    for (const d of intersectSorted(lists)) if (fields.has(d % 4)) docs.push(d);
  }
  return { docs, nextSeq, usable: true };
}
