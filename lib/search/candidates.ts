/**
 * Candidate generation: load only the rows holding the query's grams (one per gram and
 * block, read in one range request per gram's bucket), intersect the posting lists block by
 * block. Candidates are a superset of the true matches; verification against the text is
 * the caller's job.
 */
import type { ClipperDb } from '../db/database';
import { gramsOfTerm } from './normalize';
import { intersectSorted, readList } from './rows';
import { layoutOf, rowKeyOf, type PostingRow } from './schema';

/** Candidate documents and the index's size (for recency scores). */
export interface Candidates {
  /** Document numbers (seq * 4 + field), in no particular order. */
  docs: number[];
  /** Seqs allocated so far. */
  nextSeq: number;
  /** False when no term had an indexable gram (all punctuation): nothing can match. */
  usable: boolean;
}

/** Finds the documents holding every gram of every term, restricted to `fields`. */
export async function findCandidates(db: ClipperDb, terms: readonly string[], fields: ReadonlySet<number>): Promise<Candidates> {
  const grams = [...new Set(terms.flatMap(gramsOfTerm))];
  const meta = await db.searchMeta.get('state');
  const nextSeq = meta?.nextSeq ?? 0;
  if (grams.length === 0 || terms.length === 0) return { docs: [], nextSeq, usable: false };
  const layout = layoutOf(meta);
  const blocks = Math.ceil(nextSeq / layout.blockSeqs);
  const rows = new Map<number, PostingRow>();
  if (layout.bucketMajor) {
    // One range request per bucket: its rows in every block.
    const buckets = [...new Set(grams.map((g) => layout.bucketOf(g)))];
    const ranges = await Promise.all(buckets.map((b) => db.searchRows.where('key').between(layout.rowKey(0, b), layout.rowKey(blocks, b), true, false).toArray()));
    for (const list of ranges) for (const row of list) rows.set(row.key, row);
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
