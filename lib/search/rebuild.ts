/**
 * Builds the search index from scratch: after an import, from the v3 schema upgrade, or when
 * the user asks. Sources are numbered in order of last change (updatedAt), which is what
 * the ranking's "recency" means, and processed one block at a time so memory stays bounded.
 */
import type { EntityTable } from 'dexie';
import type { Clipping, Highlight } from '../bulletin/model';
import type { ClipperDb } from '../db/database';
import { collectGrams, foldText } from './normalize';
import { RefPacker, type RefTables } from './refs';
import { encodeRow } from './rows';
import { currentLayout, type PostingRow, type SearchMeta, type SearchRef } from './schema';
import { clippingRef, fieldsOfClipping, fieldsOfHighlight, hashFields, highlightRef } from './sources';

/** The tables a build reads and writes (a db, or an upgrade transaction's tables). */
export interface IndexTables extends RefTables {
  clippings: EntityTable<Clipping, 'id'>;
  highlights: EntityTable<Highlight, 'id'>;
  searchRows: EntityTable<PostingRow, 'key'>;
  searchMeta: EntityTable<SearchMeta, 'key'>;
}

/** Progress of a build: sources indexed so far out of all. */
export interface BuildProgress {
  done: number;
  total: number;
}

/** What a build did. */
export interface BuildSummary {
  sources: number;
  rows: number;
  postings: number;
}

/** Rebuilds the whole index in one transaction (searches meanwhile wait, then see it whole). */
export async function rebuildIndex(
  db: ClipperDb,
  options: { onProgress?: (p: BuildProgress) => void } = {},
): Promise<BuildSummary> {
  return db.transaction('rw', [db.clippings, db.highlights, db.searchSeqs, db.searchSources, db.searchRows, db.searchMeta], async () => await buildIndex(db, options.onProgress));
}

type Source = Clipping | Highlight;

/** Records read per request while building. */
const READ_BATCH = 1000;

/**
 * A table's records in order of last change (updatedAt, then id), in batches read by key
 * range (one getAll each: far cheaper than a cursor or one get per id): each call of the
 * returned function reads the next batch, empty at the end. Records missing from the
 * updatedAt index come first, as oldest.
 */
function recordsInOrder(table: EntityTable<Source, 'id'>): () => Promise<Source[]> {
  let missing: string[] | null = null;
  let from: number | null = null;
  let done = false;
  return async () => {
    if (missing === null) {
      const [stored, indexed] = await Promise.all([table.count(), table.orderBy('updatedAt').count()]);
      missing = [];
      if (indexed < stored) {
        const inIndex = new Set(await table.orderBy('updatedAt').primaryKeys());
        missing = (await table.toCollection().primaryKeys()).filter((id) => !inIndex.has(id));
      }
    }
    if (missing.length) return (await table.bulkGet(missing.splice(0, READ_BATCH))).filter((r): r is Source => !!r);
    if (done) return [];
    const range = from === null ? table.orderBy('updatedAt') : table.where('updatedAt').above(from);
    const page: Source[] = await range.limit(READ_BATCH).toArray();
    if (page.length < READ_BATCH) {
      done = true;
      return page;
    }
    // The page may end inside a run of equal times: finish that run in one more request.
    const last = page[page.length - 1]!.updatedAt;
    from = last;
    return [...page.filter((r) => r.updatedAt < last), ...(await table.where('updatedAt').equals(last).toArray())];
  };
}

/** Postings of one block being built: gram -> ascending document numbers. */
class BlockBuilder {
  lists = new Map<number, number[]>();
  refs: SearchRef[] = [];
  postings = 0;

  add(seq: number, source: Source, isHighlight: boolean): void {
    const fields = isHighlight ? fieldsOfHighlight(source as Highlight) : fieldsOfClipping(source as Clipping);
    for (const [field, text] of fields) {
      const doc = seq * 4 + field;
      for (const gram of collectGrams(foldText(text))) {
        const list = this.lists.get(gram);
        if (list) list.push(doc);
        else this.lists.set(gram, [doc]);
      }
    }
    const clippingId = isHighlight ? (source as Highlight).clippingId : source.id;
    this.refs.push({ seq, ref: isHighlight ? highlightRef(source.id) : clippingRef(source.id), clippingId, hash: hashFields(fields) });
  }

  rows(block: number): PostingRow[] {
    const layout = currentLayout();
    const byBucket = new Map<number, Map<number, number[]>>();
    for (const [gram, docs] of this.lists) {
      const bucket = layout.bucketOf(gram);
      let m = byBucket.get(bucket);
      if (!m) byBucket.set(bucket, (m = new Map()));
      m.set(gram, docs);
      this.postings += docs.length;
    }
    return [...byBucket].map(([bucket, m]) => encodeRow(layout.rowKey(block, bucket), m));
  }
}

/**
 * Builds the index into the given tables; run inside a transaction that covers them.
 * Clippings, then highlights, each in order of last change, get consecutive seqs (a clipping
 * and a highlight never share a field, so only the order within a table ranks). Reads are
 * issued one batch ahead and a block's writes are not awaited before the next block is
 * computed, so IndexedDB's work overlaps the gram counting; every row is written once.
 */
export async function buildIndex(t: IndexTables, onProgress?: (p: BuildProgress) => void): Promise<BuildSummary> {
  await Promise.all([t.searchSeqs.clear(), t.searchSources.clear(), t.searchRows.clear()]);
  const layout = currentLayout();
  const [clippingCount, highlightCount] = await Promise.all([t.clippings.count(), t.highlights.count()]);
  const total = clippingCount + highlightCount;
  let seq = 0;
  let rowCount = 0;
  let postings = 0;
  let block = new BlockBuilder();
  const packer = new RefPacker();
  const writes: Promise<unknown>[] = [];
  const flush = async () => {
    const b = Math.floor((seq - 1) / layout.blockSeqs);
    const rows = block.rows(b);
    rowCount += rows.length;
    postings += block.postings;
    for (const r of block.refs) packer.add(r);
    writes.push(t.searchRows.bulkPut(rows), t.searchSeqs.bulkPut(packer.takeSeqRows()));
    block = new BlockBuilder();
    onProgress?.({ done: seq, total });
    // At most two blocks' writes in flight: memory stays bounded.
    while (writes.length > 4) await writes.shift();
  };
  for (const [isHighlight, table] of [[false, t.clippings], [true, t.highlights]] as const) {
    const read = recordsInOrder(table as EntityTable<Source, 'id'>);
    let next = read();
    for (;;) {
      const batch = await next;
      if (batch.length === 0) break;
      next = read(); // the next read is queued before this batch's writes
      for (const source of batch) {
        block.add(seq++, source, isHighlight);
        if (seq % layout.blockSeqs === 0) await flush();
      }
    }
  }
  if (block.refs.length) await flush();
  const { seqRows, sourceRows } = packer.finish();
  writes.push(t.searchSeqs.bulkPut(seqRows), t.searchSources.bulkPut(sourceRows));
  await Promise.all(writes);
  // Later edits start a fresh block: its rows begin empty, so the rows an update rewrites stay
  // small until it fills (seqs are numbers, the gap costs nothing).
  await t.searchMeta.put({ key: 'state', nextSeq: Math.ceil(seq / layout.blockSeqs) * layout.blockSeqs, dead: {}, layout: layout.version });
  return { sources: seq, rows: rowCount, postings };
}
